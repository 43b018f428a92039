'use strict';
// napi_strict_equals, napi_get_prototype, napi_object_freeze, napi_object_seal.
const { strictEqual, deepStrictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

// strict equality is JS ===
const o = {};
const pairs = [
  ['1 === 1', 1, 1, true], ['1 === 1.0 (double)', 1, 1.0, true], ['0 === -0', 0, -0, true],
  ['NaN === NaN', NaN, NaN, false], ["'a' === 'a'", 'a', 'a', true], ["'a' === 'b'", 'a', 'b', false],
  ["1 === '1'", 1, '1', false], ['null === undefined', null, undefined, false], ['null === null', null, null, true],
  ['undefined === undefined', undefined, undefined, true], ['true === true', true, true, true],
  ['true === 1', true, 1, false], ['o === o', o, o, true], ['{} === {}', {}, {}, false],
  ['1n === 1n', 1n, 1n, true], ['1n === 1', 1n, 1, false], ['sym === sym', Symbol.iterator, Symbol.iterator, true],
  ["Symbol('a') === Symbol('a')", Symbol('a'), Symbol('a'), false],
  ['long strings', 'x'.repeat(100) + 'é', 'x'.repeat(100) + 'é', true],
];
for (const [label, a, c, expected] of pairs) {
  const r = b.strictEquals(a, c);
  console.log(label, '->', r.status, r.value);
  strictEqual(r.status, 0);
  strictEqual(r.value, expected, label);
}
const f = () => {};
strictEqual(b.strictEquals(f, f).value, true);

// prototypes
function Ctor() {}
const inst = new Ctor();
const cases = [
  ['plain object', {}, Object.prototype], ['array', [], Array.prototype], ['instance', inst, Ctor.prototype],
  ['null-prototype object', Object.create(null), null], ['function', f, Function.prototype],
  ['class extends', class extends Ctor {}, Ctor], ['number (ToObject)', 5, Number.prototype],
  ['string (ToObject)', 's', String.prototype], ['boolean (ToObject)', false, Boolean.prototype],
  ['symbol (ToObject)', Symbol('x'), Symbol.prototype], ['bigint (ToObject)', 1n, BigInt.prototype],
];
for (const [label, v, expected] of cases) {
  const r = b.getProto(v);
  console.log('prototype of', label, '->', r.status, r.value === expected);
  strictEqual(r.status, 0);
  strictEqual(r.value, expected, label);
}
// Proxies: V8 does not run the getPrototypeOf trap; a proxy's prototype reads as null
const trapLog = [];
const px = new Proxy([], { getPrototypeOf() { trapLog.push('trap'); throw new Error('trap'); } });
const pr = b.getProto(px);
console.log('prototype of proxy ->', pr.status, pr.value, 'trap calls:', trapLog.length);
strictEqual(pr.status, 0);
strictEqual(pr.value, null);
strictEqual(trapLog.length, 0);
strictEqual(b.getProto(new Proxy({}, {})).value, null);
for (const v of [undefined, null]) {
  const r = b.getProto(v);
  console.log(`prototype of ${v} ->`, r.status, r.exc instanceof TypeError);
  strictEqual(r.status, 2);
  strictEqual(r.exc instanceof TypeError, true);
}

// freeze and seal
const fz = { a: 1, nested: { b: 2 } };
strictEqual(b.freeze(fz).status, 0);
console.log('frozen:', Object.isFrozen(fz), 'nested frozen:', Object.isFrozen(fz.nested));
strictEqual(Object.isFrozen(fz), true);
strictEqual(Object.isFrozen(fz.nested), false);
const sl = { a: 1 };
strictEqual(b.seal(sl).status, 0);
console.log('sealed:', Object.isSealed(sl), 'frozen:', Object.isFrozen(sl));
strictEqual(Object.isSealed(sl), true);
strictEqual(Object.isFrozen(sl), false);
sl.a = 2;
strictEqual(sl.a, 2);
const farr = [1, 2];
strictEqual(b.freeze(farr).status, 0);
strictEqual(Object.isFrozen(farr), true);
// freezing twice, freezing a function, sealing a frozen object
strictEqual(b.freeze(fz).status, 0);
strictEqual(b.freeze(f).status, 0);
strictEqual(Object.isFrozen(f), true);
strictEqual(b.seal(fz).status, 0);
// typed arrays with elements cannot be frozen: TypeError pending (Object.freeze throws)
const tr = b.freeze(new Uint8Array(2));
console.log('freeze typed array ->', tr.status, tr.exc instanceof TypeError);
strictEqual(tr.status, 10);
strictEqual(tr.exc instanceof TypeError, true);
strictEqual(b.seal(new Uint8Array(0)).status, 0);
strictEqual(b.freeze(new Uint8Array(0)).status, 0);
// primitives: their wrappers are frozen, ok
for (const v of [1, 'str', true, Symbol('s'), 1n]) {
  deepStrictEqual([b.freeze(v).status, b.seal(v).status], [0, 0]);
}
for (const v of [undefined, null]) {
  const r1 = b.freeze(v), r2 = b.seal(v);
  console.log(`freeze/seal ${v} ->`, r1.status, r2.status, r1.exc instanceof TypeError, r2.exc instanceof TypeError);
  deepStrictEqual([r1.status, r2.status], [2, 2]);
}
// a proxy: preventExtensions and defineProperty traps run
const log = [];
const fp = new Proxy({ a: 1 }, {
  preventExtensions(t) { log.push('preventExtensions'); return Reflect.preventExtensions(t); },
  defineProperty(t, k, d) { log.push('defineProperty ' + k); return Reflect.defineProperty(t, k, d); },
});
strictEqual(b.freeze(fp).status, 0);
console.log('proxy freeze traps:', log.join(', '));
deepStrictEqual(log, ['preventExtensions', 'defineProperty a']);

// NULL arguments: strict_equals [lhs rhs result] get_prototype [obj result] freeze seal
const bad = b.badArgs();
console.log('NULL args strict_equals/get_prototype/freeze/seal:', bad.slice(23).join(','));
deepStrictEqual(bad.slice(23), [1, 1, 1, 1, 1, 1, 1]);
const pend = b.withPending({});
console.log('pending exception strict_equals/get_prototype/freeze/seal/define:', pend.slice(9, 14).join(','));
deepStrictEqual(pend.slice(9, 14), [10, 10, 10, 10, 10]);
