'use strict';
// napi_create_bigint_int64 / uint64 and napi_get_value_bigint_int64 / uint64, with lossless and error paths.
const { show, strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);
const fmt = (r) => Object.keys(r).map((k) => k + '=' + show(r[k])).join(' ');

for (const s of ['0', '1', '-1', '9223372036854775807', '-9223372036854775808', '4294967296', '-4294967297']) {
  const r = b.createInt64(s, false);
  console.log('create_int64', s, fmt(r));
  strictEqual(r.value, BigInt(s));
}
for (const s of ['0', '1', '18446744073709551615', '9223372036854775808']) {
  const r = b.createUint64(s, false);
  console.log('create_uint64', s, fmt(r));
  strictEqual(r.value, BigInt(s));
}
console.log('create_int64 NULL result', fmt(b.createInt64('1', true)));
console.log('create_uint64 NULL result', fmt(b.createUint64('1', true)));

const values = [0n, 1n, -1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n,
  -(2n ** 64n), 2n ** 64n + 5n, -(2n ** 64n) - 5n, 2n ** 200n + 3n, -(2n ** 130n) + 12345n];
for (const v of values) {
  console.log('get_int64', show(v), fmt(b.getInt64(v, 0)));
  console.log('get_uint64', show(v), fmt(b.getUint64(v, 0)));
}
// wrong types and NULLs
for (const v of [1, '1', {}, null, undefined, Object(1n)]) {
  console.log('get_int64 of', typeof v, fmt(b.getInt64(v, 0)));
  console.log('get_uint64 of', typeof v, fmt(b.getUint64(v, 0)));
}
for (const mode of [1, 2, 3]) {
  console.log('get_int64 NULL mode', mode, fmt(b.getInt64(5n, mode)));
  console.log('get_uint64 NULL mode', mode, fmt(b.getUint64(5n, mode)));
}
// a NULL argument is checked before the type
console.log('get_int64 NULL result of a number', fmt(b.getInt64(5, 2)));
