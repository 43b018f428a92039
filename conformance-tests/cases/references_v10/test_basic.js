// node20: skip
'use strict';
// Reference counts, values, which values may be referenced, and NULL arguments.
const { strictEqual, deepStrictEqual, show } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const obj = { a: 1 };
const fn = function f() {};
const sym = Symbol('s');
const values = [
  ['object', obj], ['function', fn], ['symbol', sym], ['registered symbol', Symbol.for('reg')],
  ['array', [1, 2]], ['string', 'str'], ['number', 42], ['double', 1.5], ['boolean', true],
  ['undefined', undefined], ['null', null], ['bigint', 10n],
];
for (const [name, v] of values) {
  const [st, i] = b.createRef(v, 1);
  if (st !== 0) { console.log(`${name}: create status ${st}`); continue; }
  const g = b.getRef(i);
  console.log(`${name}: create 0, get ${g.status} empty=${g.empty} same=${Object.is(g.value, v)}`);
  console.log(`  ref ${b.refRef(i)} ref ${b.refRef(i)} unref ${b.unrefRef(i)} unref ${b.unrefRef(i)}`);
  console.log(`  unref to 0: ${b.unrefRef(i)}, unref at 0: ${b.unrefRef(i)}`);
  const g0 = b.getRef(i);
  console.log(`  at 0 (weak): get ${g0.status} empty=${g0.empty} same=${Object.is(g0.value, v)}`);
  console.log(`  ref from 0: ${b.refRef(i)}`);
  const g1 = b.getRef(i);
  console.log(`  after ref: empty=${g1.empty} same=${Object.is(g1.value, v)}`);
  console.log(`  delete ${b.deleteRef(i)}`);
}

// initial count 0 and a large initial count
{
  const [st, i] = b.createRef(obj, 0);
  console.log('count 0:', st, show(b.unrefRef(i)), show(b.refRef(i)), show(b.unrefRef(i)));
  const [st2, j] = b.createRef(obj, 1000);
  console.log('count 1000:', st2, show(b.refRef(j)), show(b.unrefRef(j)));
  strictEqual(b.getRef(j).value, obj);
  b.deleteRef(i); b.deleteRef(j);
}

console.log('bad args:', show(b.badArgs(obj)));
console.log('pending exception:', show(b.withPendingException(obj)));
deepStrictEqual(b.refIdentity(obj), [obj, obj]);
console.log('identity ok');
