'use strict';
// napi_get_value_int32 / uint32 / int64 / double conversion rules.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const fmt = (x) => (Object.is(x, -0) ? '-0' : String(x));

// [input, int32, uint32, int64 (string), double]
// int32/uint32: ECMAScript ToInt32/ToUint32 (modular), non-finite -> 0.
// int64: truncation toward zero, saturating at INT64_MIN/INT64_MAX,
//        non-finite -> 0.
// double: the value itself.
const table = [
  [0, 0, 0, '0', 0],
  [-0, 0, 0, '0', -0],
  [1.5, 1, 1, '1', 1.5],
  [-1.5, -1, 4294967295, '-1', -1.5],
  [2 ** 31, -2147483648, 2147483648, '2147483648', 2 ** 31],
  [2 ** 31 - 1, 2147483647, 2147483647, '2147483647', 2 ** 31 - 1],
  [-(2 ** 31), -2147483648, 2147483648, '-2147483648', -(2 ** 31)],
  [-(2 ** 31) - 1, 2147483647, 2147483647, '-2147483649', -(2 ** 31) - 1],
  [2 ** 32, 0, 0, '4294967296', 2 ** 32],
  [2 ** 32 + 1, 1, 1, '4294967297', 2 ** 32 + 1],
  [2 ** 53, 0, 0, '9007199254740992', 2 ** 53],
  [2 ** 53 + 1, 0, 0, '9007199254740992', 2 ** 53 + 1],  // 2**53+1 === 2**53 as a double
  [2 ** 63, 0, 0, '9223372036854775807', 2 ** 63],
  [-(2 ** 63), 0, 0, '-9223372036854775808', -(2 ** 63)],
  [2 ** 64, 0, 0, '9223372036854775807', 2 ** 64],
  [1e300, 0, 0, '9223372036854775807', 1e300],
  [-1e300, 0, 0, '-9223372036854775808', -1e300],
  [NaN, 0, 0, '0', NaN],
  [Infinity, 0, 0, '0', Infinity],
  [-Infinity, 0, 0, '0', -Infinity],
  [Number.MIN_VALUE, 0, 0, '0', Number.MIN_VALUE],
  [-Number.MIN_VALUE, 0, 0, '0', -Number.MIN_VALUE],
  [2 ** 63 - 1024, -1024, 4294966272, '9223372036854774784', 2 ** 63 - 1024],
  [-(2 ** 63) + 1024, 1024, 1024, '-9223372036854774784', -(2 ** 63) + 1024],
  [2 ** 62, 0, 0, '4611686018427387904', 2 ** 62],
  [4294967295.5, -1, 4294967295, '4294967295', 4294967295.5],
  [-4294967295.5, 1, 1, '-4294967295', -4294967295.5],
  [2 ** 32 * 3 + 5, 5, 5, '12884901893', 2 ** 32 * 3 + 5],
  [-(2 ** 32 * 3 + 5), -5, 4294967291, '-12884901893', -(2 ** 32 * 3 + 5)],
  [-1, -1, 4294967295, '-1', -1],
  [0.9999, 0, 0, '0', 0.9999],
  [-0.9999, 0, 0, '0', -0.9999],
];

for (const [x, i32, u32, i64, dbl] of table) {
  const a = binding.getInt32(x);
  const b = binding.getUint32(x);
  const c = binding.getInt64(x);
  const d = binding.getDouble(x);
  console.log(`${fmt(x)}: int32=${fmt(a[1])} uint32=${fmt(b[1])} int64=${c[1]} double=${fmt(d[1])} statuses=${a[0]},${b[0]},${c[0]},${d[0]}`);
  deepStrictEqual([a[0], b[0], c[0], d[0]], [0, 0, 0, 0], `statuses for ${fmt(x)}`);
  strictEqual(a[1], i32, `int32(${fmt(x)})`);
  strictEqual(b[1], u32, `uint32(${fmt(x)})`);
  strictEqual(c[1], i64, `int64(${fmt(x)})`);
  strictEqual(d[1], dbl, `double(${fmt(x)})`);
}

// Round trips (get then create).
for (const x of [0, -0, 1, -1, 2147483647, -2147483648]) {
  strictEqual(binding.roundTripInt32(x), x === 0 ? 0 : x);
}
strictEqual(Object.is(binding.roundTripInt32(-0), 0), true);
strictEqual(binding.roundTripUint32(4294967295), 4294967295);
strictEqual(binding.roundTripUint32(-1), 4294967295);
strictEqual(binding.roundTripInt64(2 ** 53 - 1), 2 ** 53 - 1);
strictEqual(binding.roundTripInt64(-(2 ** 53 - 1)), -(2 ** 53 - 1));
strictEqual(binding.roundTripInt64(2 ** 63), 2 ** 63);  // INT64_MAX -> double rounds to 2**63
strictEqual(Object.is(binding.roundTripInt64(-0), 0), true);
strictEqual(Object.is(binding.roundTripDouble(-0), -0), true);
strictEqual(binding.roundTripDouble(NaN), NaN);
strictEqual(binding.roundTripDouble(0.1 + 0.2), 0.1 + 0.2);
console.log('round trips ok');

// Non-numbers -> napi_number_expected (6), output untouched (12345).
// No coercion: strings, booleans, null, BigInt, Number objects are rejected.
for (const v of ['1', '', true, null, undefined, {}, [], 1n, new Number(5), Symbol('s'), () => 1]) {
  const r = [binding.getInt32(v), binding.getUint32(v), binding.getInt64(v), binding.getDouble(v)];
  const label = typeof v === 'symbol' ? 'symbol' : (typeof v === 'string' ? JSON.stringify(v) : (Array.isArray(v) ? '[]' : typeof v === 'function' ? 'function' : (v === null ? 'null' : (typeof v === 'object' ? 'object' : String(v) + (typeof v === 'bigint' ? 'n' : '')))));
  console.log(`non-number ${label}: ${r.map((p) => p[0] + '/' + p[1]).join(' ')}`);
  for (const p of r) strictEqual(p[0], 6, label);
  deepStrictEqual(r.map((p) => p[1]), [12345, 12345, '12345', 12345], label);
}

// NULL arguments
const bad = binding.badArgs();
console.log('badArgs [create x4 NULL result, get x5 NULL value, get x5 NULL result] =', bad.join(','));
deepStrictEqual(bad, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
