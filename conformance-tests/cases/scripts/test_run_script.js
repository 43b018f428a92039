'use strict';
// napi_run_script: completion value, global scope (var and top-level let/const/class persist as in a classic
// script), sloppy mode, string_expected, exceptions and syntax errors (napi_generic_failure with the error pending).
const { show, strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);
const fmt = (r, own) => Object.keys(r).map((k) => {
  const v = r[k];
  if (k === 'exception' && v instanceof Error && !own) return 'exception=' + v.constructor.name;
  return k + '=' + show(v);
}).join(' ');

const scripts = [
  '1 + 2', '"str" + 1', '', ';', 'undefined', 'null', '({a: 1})', '[1, 2, 3]', '10n ** 20n', 'if (true) { 5 } else { 6 }',
  'var declaredVar = 42; declaredVar', 'declaredVar + 1', 'let lexical = 7; lexical', 'lexical * 2',
  'const K = "k"; class C {}; typeof C', 'typeof C + K', 'function hoisted() { return "h"; } hoisted()',
  'this === globalThis', 'typeof require', 'typeof module', 'typeof exports', 'typeof __filename',
  'x_sloppy = 3; x_sloppy', '(function () { return this === globalThis; })()', '"use strict"; (function () { return this; })()',
  'globalThis.fromScript = "set"', 'typeof Symbol.for', 'Array.isArray([])',
];
for (const s of scripts) console.log(JSON.stringify(s), fmt(b.runScript(s, 0)));
strictEqual(globalThis.declaredVar, 42);
strictEqual(globalThis.fromScript, 'set');
// top-level lexical bindings of a script are not properties of the global object, but are visible to later scripts
console.log('lexical on globalThis:', 'lexical' in globalThis, 'in a later script:', b.runScript('lexical', 0).value);
console.log('redeclaring let:', fmt(b.runScript('let lexical = 8;', 0)));

const errors = ['throw new RangeError("from script")', 'throw 42', 'undefinedVariable', 'null.x', '1 +', 'let 1 = 2',
  'return 5', '}', 'await 1', '"use strict"; with ({}) {}', 'eval("(")'];
for (const s of errors) console.log(JSON.stringify(s), fmt(b.runScript(s, 0), /from script|throw 42/.test(s)));

for (const v of [1, undefined, null, {}, Symbol('s'), Object('1+1'), ['1']]) console.log('run_script of', show(v), fmt(b.runScript(v, 0)));
console.log('NULL script', fmt(b.runScript('1', 1)));
console.log('NULL result', fmt(b.runScript('1', 2)));
console.log('NULL result of a number', fmt(b.runScript(1, 2)));
console.log('with an exception pending', fmt(b.runScript('globalThis.ran = true', 3), true), 'ran:', globalThis.ran);
