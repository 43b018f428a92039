'use strict';
// A callback returning one of its arguments' napi_value: JS gets back the very value it passed, for every type,
// also when the call site is hot (compiled) and with the argument in first or second position.
const { ok, show } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const obj = { a: 1 }, arr = [1, 2], fn = function f() {}, sym = Symbol('s');
const values = [0, -0, 1, -1, 2147483647, -2147483648, 2147483648, 1.5, NaN, Infinity, -Infinity, 2 ** 53,
  'str', '', true, false, undefined, null, obj, arr, fn, sym, 10n, -(2n ** 70n), new Date(0)];
const same = (a, b) => Object.is(a, b);

for (const v of values) {
  const r = [binding.returnArg0(v), binding.returnArg0(v, 'x'), binding.returnArg1('x', v), binding.returnArg1(1, v, 3)];
  console.log(`${typeof v} ${show(typeof v === 'symbol' ? v.toString() : v)}: ${r.map((x) => same(x, v)).join(' ')}`);
  for (const x of r) ok(same(x, v), 'same value back');
}
// missing argument: undefined (get_cb_info fills the slot)
console.log('missing:', show(binding.returnArg0()), show(binding.returnArg1(1)));
ok(binding.returnArg0() === undefined && binding.returnArg1(1) === undefined, 'missing -> undefined');

// hot loops: ints, doubles, mixed, objects
let sumI = 0, sumD = 0, objs = 0, mixed = 0;
for (let i = 0; i < 200000; i++) {
  sumI += binding.returnArg0(i);
  sumD += binding.returnArg1(i, i + 0.5);
  if (binding.returnArg0(obj) === obj) objs++;
  const m = (i & 3) === 0 ? -0 : (i & 3) === 1 ? i : (i & 3) === 2 ? 'q' : i / 4;
  if (same(binding.returnArg0(m), m)) mixed++;
}
console.log('hot:', sumI, sumD, objs, mixed);
ok(sumI === 199999 * 200000 / 2 && sumD === 199999 * 200000 / 2 + 100000 && objs === 200000 && mixed === 200000,
  'hot results');
