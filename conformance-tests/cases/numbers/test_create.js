'use strict';
// napi_create_int32 / uint32 / int64 / double: what JS sees.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const fmt = (x) => (Object.is(x, -0) ? '-0' : String(x));

const i32 = binding.createInt32Cases();
console.log('int32 [INT32_MIN, -1, 0, 1, INT32_MAX]:', i32.map(fmt).join(' '));
deepStrictEqual(i32, [-2147483648, -1, 0, 1, 2147483647]);

const u32 = binding.createUint32Cases();
console.log('uint32 [0, 1, 2^31, UINT32_MAX]:', u32.map(fmt).join(' '));
deepStrictEqual(u32, [0, 1, 2147483648, 4294967295]);

const i64 = binding.createInt64Cases();
console.log('int64 [0, -1, 2^31, 2^53-1, 2^53, 2^53+1, -(2^53+1), INT64_MAX, INT64_MIN]:', i64.map(fmt).join(' '));
deepStrictEqual(i64, [0, -1, 2147483648, 9007199254740991, 9007199254740992, 9007199254740992,
                      -9007199254740992, 9223372036854775807, -9223372036854775808]);
strictEqual(i64[7], 2 ** 63);
strictEqual(i64[8], -(2 ** 63));
for (const x of i64) strictEqual(typeof x, 'number');

const dbl = binding.createDoubleCases();
console.log('double [0, -0, 1.5, NaN, Inf, -Inf, DBL_MAX, DBL_MIN, denorm min, 0.1]:', dbl.map(fmt).join(' '));
strictEqual(dbl[0], 0);
strictEqual(dbl[1], -0);
strictEqual(dbl[2], 1.5);
strictEqual(dbl[3], NaN);
strictEqual(dbl[4], Infinity);
strictEqual(dbl[5], -Infinity);
strictEqual(dbl[6], Number.MAX_VALUE);
strictEqual(dbl[7], 2.2250738585072014e-308);
strictEqual(dbl[8], Number.MIN_VALUE);
strictEqual(dbl[9], 0.1);
