'use strict';
// napi_get/set/has/delete_property and napi_has_own_property: key types,
// prototype chains, accessors, proxies, primitives, frozen objects, misuse.
const { strictEqual, deepStrictEqual, show } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

function fmt(r) {
  let s = 'status=' + r.status;
  if ('value' in r) s += ' value=' + show(r.value);
  if ('exc' in r) s += ' exc=' + (r.exc instanceof Error ? r.exc.constructor.name : show(r.exc));
  return s;
}
function check(label, r, status, value) {
  console.log(label + ':', fmt(r));
  strictEqual(r.status, status, label + ' status');
  if (arguments.length > 4) strictEqual(r.value, value, label + ' value');
}

const sym = Symbol('k');
const proto = { inherited: 'p', [sym]: 'symval' };
const o = Object.create(proto);
o.own = 1;
o[5] = 'five';

// get: string, symbol, number (ToPropertyKey), object key with toString
check('get own', b.getProp(o, 'own'), 0, 1);
check('get inherited', b.getProp(o, 'inherited'), 0, 'p');
check('get symbol', b.getProp(o, sym), 0, 'symval');
check('get number key', b.getProp(o, 5), 0, 'five');
check('get string index', b.getProp(o, '5'), 0, 'five');
check('get object key', b.getProp(o, { toString() { return 'own'; } }), 0, 1);
check('get missing', b.getProp(o, 'missing'), 0, undefined);
check('get undefined key', b.getProp({ undefined: 'u' }, undefined), 0, 'u');
check('get null key', b.getProp({ null: 'n' }, null), 0, 'n');

// set: creates own data property, shadows the prototype, converts keys
check('set new', b.setProp(o, 'added', 'x'), 0);
deepStrictEqual(Object.getOwnPropertyDescriptor(o, 'added'), { value: 'x', writable: true, enumerable: true, configurable: true });
check('set shadowing', b.setProp(o, 'inherited', 'own'), 0);
strictEqual(o.inherited, 'own');
strictEqual(proto.inherited, 'p');
check('set number key', b.setProp(o, 7, 'seven'), 0);
strictEqual(o['7'], 'seven');
check('set symbol key', b.setProp(o, sym, 'mine'), 0);
strictEqual(Object.getOwnPropertyDescriptor(o, sym).value, 'mine');

// has: own, inherited, missing, Object.prototype members
check('has own', b.hasProp(o, 'own'), 0, true);
check('has inherited', b.hasProp(o, 'toString'), 0, true);
check('has missing', b.hasProp(o, 'nope'), 0, false);
check('has number', b.hasProp([1, 2], 1), 0, true);
check('has number missing', b.hasProp([1, 2], 2), 0, false);

// has_own: only names (strings and symbols) are accepted
check('hasOwn own', b.hasOwn(o, 'own'), 0, true);
check('hasOwn inherited', b.hasOwn(o, 'toString'), 0, false);
check('hasOwn symbol', b.hasOwn(proto, sym), 0, true);
check('hasOwn index string', b.hasOwn(o, '5'), 0, true);
check('hasOwn number key', b.hasOwn(o, 5), 4);
check('hasOwn object key', b.hasOwn(o, {}), 4);
check('hasOwn undefined key', b.hasOwn(o, undefined), 4);
check('hasOwn string primitive length', b.hasOwn('abc', 'length'), 0, true);
check('hasOwn string primitive index', b.hasOwn('abc', '1'), 0, true);

// delete: true when gone, false for non-configurable, result pointer optional
const d = { a: 1, b: 2 };
Object.defineProperty(d, 'fixed', { value: 1, configurable: false });
check('delete own', b.delProp(d, 'a'), 0, true);
strictEqual('a' in d, false);
check('delete missing', b.delProp(d, 'zzz'), 0, true);
check('delete non-configurable', b.delProp(d, 'fixed'), 0, false);
strictEqual(d.fixed, 1);
check('delete without result', b.delPropNoResult(d, 'b'), 0);
strictEqual('b' in d, false);
check('delete inherited', b.delProp(o, 'toString'), 0, true);
strictEqual(typeof o.toString, 'function');
check('delete array element', b.delProp([1, 2, 3], 1), 0, true);
check('delete array length', b.delProp([1], 'length'), 0, false);

// accessors run with the object as receiver
const log = [];
const acc = {
  get g() { log.push('get'); return this === acc; },
  set s(v) { log.push('set ' + v); },
};
check('getter', b.getProp(acc, 'g'), 0, true);
check('setter', b.setProp(acc, 's', 3), 0);
deepStrictEqual(log, ['get', 'set 3']);

// proxies: the traps run
const traps = [];
const px = new Proxy({ t: 1 }, {
  get(t, k) { traps.push('get ' + String(k)); return Reflect.get(t, k); },
  set(t, k, v) { traps.push('set ' + String(k)); return Reflect.set(t, k, v); },
  has(t, k) { traps.push('has ' + String(k)); return Reflect.has(t, k); },
  deleteProperty(t, k) { traps.push('delete ' + String(k)); return Reflect.deleteProperty(t, k); },
  getOwnPropertyDescriptor(t, k) { traps.push('gopd ' + String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
});
check('proxy get', b.getProp(px, 't'), 0, 1);
check('proxy set', b.setProp(px, 'u', 2), 0);
check('proxy has', b.hasProp(px, 'u'), 0, true);
check('proxy hasOwn', b.hasOwn(px, 't'), 0, true);
check('proxy delete', b.delProp(px, 'u'), 0, true);
console.log('traps:', traps.join(', '));
deepStrictEqual(traps.filter((t) => !t.startsWith('gopd') || t === 'gopd t'),
                ['get t', 'set u', 'has u', 'gopd t', 'delete u']);
// traps that refuse: set ok (sloppy), delete false
const refusing = new Proxy({}, { set() { return false; }, deleteProperty() { return false; } });
check('proxy set refused', b.setProp(refusing, 'x', 1), 0);
check('proxy delete refused', b.delProp(refusing, 'x'), 0, false);

// frozen objects: set and delete fail silently
const frozen = Object.freeze({ a: 1 });
check('frozen set existing', b.setProp(frozen, 'a', 2), 0);
check('frozen set new', b.setProp(frozen, 'b', 2), 0);
check('frozen delete', b.delProp(frozen, 'a'), 0, false);
deepStrictEqual(Object.keys(frozen), ['a']);
strictEqual(frozen.a, 1);
const ro = {};
Object.defineProperty(ro, 'r', { value: 1 });
check('read-only set', b.setProp(ro, 'r', 2), 0);
strictEqual(ro.r, 1);
check('getter-only set', b.setProp({ get g() { return 1; } }, 'g', 2), 0);

// primitives are converted with ToObject; undefined and null are not
check('get on number', b.getProp(5, 'toFixed'), 0, Number.prototype.toFixed);
check('get on string', b.getProp('abc', 'length'), 0, 3);
check('get on string index', b.getProp('abc', 1), 0, 'b');
check('has on boolean', b.hasProp(true, 'valueOf'), 0, true);
check('set on symbol', b.setProp(Symbol('s'), 'x', 1), 0);
check('delete on bigint', b.delProp(1n, 'x'), 0, true);
check('delete on string length', b.delProp('abc', 'length'), 0, false);
for (const v of [undefined, null]) {
  check(`get on ${v}`, b.getProp(v, 'x'), 2);
  strictEqual(b.getProp(v, 'x').exc instanceof TypeError, true);
  check(`set on ${v}`, b.setProp(v, 'x', 1), 2);
  check(`has on ${v}`, b.hasProp(v, 'x'), 2);
  check(`hasOwn on ${v}`, b.hasOwn(v, 'x'), 2);
  check(`delete on ${v}`, b.delProp(v, 'x'), 2);
  strictEqual(b.delProp(v, 'x').exc instanceof TypeError, true);
}
// the object is checked before the key type
check('hasOwn on undefined with number key', b.hasOwn(undefined, 1), 2);

// NULL arguments: get [obj key result] set [obj key value] has [obj key result]
// has_own [obj key result] delete [obj key result(ok)]
const bad = b.badArgs();
console.log('NULL args get/set/has/hasOwn/delete:', bad.slice(0, 15).join(','));
deepStrictEqual(bad.slice(0, 15), [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
// while an exception is pending every one of them refuses, the first exception stays
const pend = b.withPending({});
console.log('pending exception get/set/has/hasOwn/delete:', pend.slice(0, 5).join(','), 'same exception:', pend[14]);
deepStrictEqual(pend.slice(0, 5), [10, 10, 10, 10, 10]);
strictEqual(pend[14], 1);
