// require(esm) as node 25: a synchronous ES module graph is required (namespace, default facade with __esModule),
// one with top-level await is refused with ERR_REQUIRE_ASYNC_MODULE; import() from CommonJS
const path = require('path');
const rel = (s) => `${s}`.replaceAll(__dirname, '<here>');

const esm = require('./_esm/sync-esm.mjs');
console.log('require(esm):', esm.kind, esm.default('x'), esm.__esModule, Object.keys(esm));
const noDefault = require('./_esm/esm-no-default.mjs');
console.log('no default:', noDefault.only, '__esModule' in noDefault);
console.log('cached:', require('./_esm/sync-esm.mjs') === esm);
try {
  require('./_esm/tla.mjs');
} catch (e) {
  console.log('top-level await:', e.code, rel(e.message));
}
import('./_esm/lib.mjs').then((ns) => {
  console.log('import() from cjs:', ns.name, typeof ns.default);
  return import('node:path');
}).then((p) => {
  console.log('import() builtin from cjs:', p.default === path, typeof p.join);
  return import('./_esm/missing.mjs');
}).catch((e) => console.log('import() missing from cjs:', e.code));
