'use strict';
// napi_coerce_to_bool / number / object / string over values of every type, user valueOf / toString /
// Symbol.toPrimitive (that may throw), and the error paths.
const { show, strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);
const kinds = ['bool', 'number', 'object', 'string'];
const TYPES = ['undefined', 'null', 'boolean', 'number', 'string', 'symbol', 'object', 'function', 'external', 'bigint'];

// engine-made error messages differ between engines: print the constructor name for them
const UNWRAP = { '[object Boolean]': Boolean.prototype.valueOf, '[object Number]': Number.prototype.valueOf,
  '[object String]': String.prototype.valueOf, '[object BigInt]': BigInt.prototype.valueOf,
  '[object Symbol]': Symbol.prototype.valueOf };
let input;
const fmt = (r, ownErrors) => Object.keys(r).map((k) => {
  const v = r[k];
  if (k === 'type') return 'type=' + TYPES[v];
  // a date's string has the engine's time zone name: compare it with String() instead of printing it
  if (k === 'value' && input instanceof Date && typeof v === 'string') return 'value ' + (v === String(input) ? '=== String(input)' : '!== String(input): ' + v);
  if (k === 'exception') return 'exception=' + (v instanceof Error && !ownErrors ? v.constructor.name : show(v));
  if (k === 'value' && (typeof v === 'object' || typeof v === 'function') && v !== null) {
    const tag = Object.prototype.toString.call(v);
    const unwrap = UNWRAP[tag];
    return 'value=' + tag + (unwrap ? ' ' + show(unwrap.call(v)) : '') + (v === input ? ' (the input)' : '');
  }
  return k + '=' + show(v);
}).join(' ');

const log = [];
const values = [
  ['undefined', undefined], ['null', null], ['true', true], ['false', false], ['0', 0], ['-0', -0], ['NaN', NaN],
  ['1.5', 1.5], ['-Infinity', -Infinity], ['""', ''], ['" 12 "', ' 12 '], ['"0x1f"', '0x1f'], ['"1e3"', '1e3'],
  ['"abc"', 'abc'], ['"-0"', '-0'], ['"\\u00e9\\u{1F600}"', '\u00e9\u{1F600}'], ['0n', 0n], ['12n', 12n],
  ['symbol', Symbol('s')], ['{}', {}], ['[]', []], ['[7]', [7]], ['[1,2]', [1, 2]], ['function', function f() {}],
  ['new Date(0)', new Date(0)], ['Object(false)', Object(false)], ['Object(1n)', Object(1n)],
  ['valueOf 5', { valueOf() { log.push('valueOf'); return 5; }, toString() { log.push('toString'); return 'ts'; } }],
  ['toPrimitive', { [Symbol.toPrimitive](hint) { log.push('hint ' + hint); return hint === 'number' ? 9 : 'p'; } }],
  ['valueOf returns object', { valueOf() { log.push('valueOf'); return {}; }, toString() { log.push('toString'); return '33'; } }],
  ['throwing valueOf', { valueOf() { throw new RangeError('from valueOf'); } }],
  ['throwing toString', { toString() { throw 'thrown string'; } }],
  ['throwing toPrimitive', { [Symbol.toPrimitive]() { throw new TypeError('from toPrimitive'); } }],
  ['no primitive', { valueOf() { return {}; }, toString() { return {}; } }],
  ['null prototype', Object.create(null)],
];
for (const [name, v] of values) {
  for (const [k, kind] of kinds.entries()) {
    log.length = 0;
    input = v;
    const r = b.coerce(k, v, 0);
    const own = /throwing/.test(name);
    console.log(`coerce_to_${kind}(${name})`, fmt(r, own), log.length ? 'calls=' + log.join(',') : '');
  }
}
// coerce_to_object returns the object itself, and a wrapper for primitives
const o = {};
strictEqual(b.coerce(2, o, 0).value, o);
strictEqual(typeof b.coerce(2, 'str', 0).value, 'object');
for (const [k, kind] of kinds.entries()) {
  for (const mode of [1, 2]) console.log(`coerce_to_${kind} NULL mode ${mode}`, fmt(b.coerce(k, 1, mode)));
  console.log(`coerce_to_${kind} with an exception pending`, fmt(b.coerce(k, 1, 3), true));
}
