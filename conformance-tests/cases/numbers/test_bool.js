'use strict';
// napi_get_value_bool: no coercion; non-booleans -> napi_boolean_expected (7).
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

deepStrictEqual(binding.getBool(true), [0, true]);
deepStrictEqual(binding.getBool(false), [0, false]);
console.log('getBool(true) =', binding.getBool(true).join('/'), 'getBool(false) =', binding.getBool(false).join('/'));

// Output starts as `true`; on failure it is untouched.
for (const v of [0, 1, '', 'true', null, undefined, {}, new Boolean(false), 0n, Symbol('b')]) {
  const r = binding.getBool(v);
  const label = typeof v === 'symbol' ? 'symbol' : typeof v === 'bigint' ? '0n' : (typeof v === 'string' ? JSON.stringify(v) : (v instanceof Boolean ? 'new Boolean(false)' : String(v)));
  console.log(`getBool(${label}) = ${r.join('/')}`);
  strictEqual(r[0], 7, label);
  strictEqual(r[1], true, label);
}
