'use strict';
// napi_typeof for every JS type.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const T = {
  napi_undefined: 0,
  napi_null: 1,
  napi_boolean: 2,
  napi_number: 3,
  napi_string: 4,
  napi_symbol: 5,
  napi_object: 6,
  napi_function: 7,
  napi_external: 8,
  napi_bigint: 9,
};

class Klass { constructor() { this.x = 1; } }
function* gen() {}
async function asyncFn() {}

const cases = [
  ['undefined', undefined, T.napi_undefined],
  ['null', null, T.napi_null],
  ['true', true, T.napi_boolean],
  ['false', false, T.napi_boolean],
  ['0', 0, T.napi_number],
  ['-0', -0, T.napi_number],
  ['1.5', 1.5, T.napi_number],
  ['NaN', NaN, T.napi_number],
  ['Infinity', Infinity, T.napi_number],
  ['2**31', 2 ** 31, T.napi_number],
  ['empty string', '', T.napi_string],
  ['string', 'str', T.napi_string],
  ['symbol', Symbol('s'), T.napi_symbol],
  ['registered symbol', Symbol.for('reg'), T.napi_symbol],
  ['well-known symbol', Symbol.iterator, T.napi_symbol],
  ['plain object', {}, T.napi_object],
  ['null-proto object', Object.create(null), T.napi_object],
  ['array', [1, 2], T.napi_object],
  ['class instance', new Klass(), T.napi_object],
  ['Date', new Date(0), T.napi_object],
  ['RegExp', /x/, T.napi_object],
  ['Error', new Error('e'), T.napi_object],
  ['Map', new Map(), T.napi_object],
  ['Promise', Promise.resolve(1), T.napi_object],
  ['ArrayBuffer', new ArrayBuffer(1), T.napi_object],
  ['Uint8Array', new Uint8Array(1), T.napi_object],
  ['boxed number', new Number(1), T.napi_object],
  ['boxed string', new String('s'), T.napi_object],
  ['boxed boolean', new Boolean(false), T.napi_object],
  ['Proxy of object', new Proxy({}, {}), T.napi_object],
  ['function', function f() {}, T.napi_function],
  ['arrow', () => {}, T.napi_function],
  ['class', Klass, T.napi_function],
  ['generator function', gen, T.napi_function],
  ['async function', asyncFn, T.napi_function],
  ['bound function', function () {}.bind(null), T.napi_function],
  ['builtin', Math.max, T.napi_function],
  ['native addon function', binding.typeOf, T.napi_function],
  ['Proxy of function', new Proxy(function () {}, {}), T.napi_function],
  ['bigint 0n', 0n, T.napi_bigint],
  ['bigint large', 2n ** 100n, T.napi_bigint],
  ['bigint negative', -5n, T.napi_bigint],
  ['external', binding.createExternal(), T.napi_external],
];

for (const [label, value, expected] of cases) {
  const t = binding.typeOf(value);
  console.log(`typeof ${label} = ${t}`);
  strictEqual(t, expected, label);
}

// JS typeof of an external is 'object'
const ext = binding.createExternal();
console.log('JS typeof external:', typeof ext);
strictEqual(typeof ext, 'object');

// Values created natively.
const created = binding.typeOfCreated();
console.log('natively created [undefined,null,boolean,int32,double,string,symbol,object,array,function,external,bigint] =', created.join(','));
deepStrictEqual(created, [0, 1, 2, 3, 3, 4, 5, 6, 6, 7, 8, 9]);

// NULL value / NULL result -> napi_invalid_arg
const bad = binding.badArgs(1);
console.log('typeof bad args [NULL value, NULL result] =', bad.join(','));
deepStrictEqual(bad, [1, 1]);
