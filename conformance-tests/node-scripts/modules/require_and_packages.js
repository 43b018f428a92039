// CommonJS as Node's loader does it: relative files, JSON, packages with main and exports, require.resolve, cache.
const fs = require('fs'), path = require('path'), os = require('os');
const m = require('module');
console.log(typeof m.createRequire, m.builtinModules.includes('fs'), m.isBuiltin('node:path'), require.resolve('fs'));
console.log(require('./_fixture/lib.js').twice(21), require('./_fixture/data.json').k, require.main === module);
console.log(require('expkg').name, require('expkg/sub').sub, require('./_fixture'), path.relative(__dirname, require.resolve('expkg')));
try { require('expkg/main.js'); } catch (e) { console.log(e.code); }
try { require('./_fixture/nope'); } catch (e) { console.log(e.code, e.message.split('\n')[0].replace(__dirname, '.')); }
console.log(Object.keys(require.cache).length > 0, module.paths[0] === path.join(__dirname, 'node_modules'), __filename === path.join(__dirname, 'require_and_packages.js'));
