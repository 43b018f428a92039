'use strict';
// napi_create_object, napi_set/get/has_named_property.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const obj = binding.createObject();
strictEqual(typeof obj, 'object');
strictEqual(Object.getPrototypeOf(obj), Object.prototype);
deepStrictEqual(Object.keys(obj), []);
strictEqual(binding.createObject() === binding.createObject(), false);
console.log('createObject keys:', JSON.stringify(Object.keys(obj)));

// set / get / has own properties
for (const [name, value] of [['a', 1], ['b', 'str'], ['c', null], ['d', undefined], ['é中', 2.5], ['', 'empty']]) {
  const st = binding.setNamed(obj, name, value);
  strictEqual(st, 0);
  strictEqual(obj[name], value);
  strictEqual(binding.getNamed(obj, name), value);
  strictEqual(binding.hasNamed(obj, name), true);
}
console.log('after set:', JSON.stringify(Object.keys(obj)));
deepStrictEqual(Object.keys(obj), ['a', 'b', 'c', 'd', 'é中', '']);
// set_named_property creates ordinary data properties
deepStrictEqual(Object.getOwnPropertyDescriptor(obj, 'a'),
                { value: 1, writable: true, enumerable: true, configurable: true });
// overwrite
strictEqual(binding.setNamed(obj, 'a', 100), 0);
strictEqual(obj.a, 100);
// integer-like names are ordinary keys
strictEqual(binding.setNamed(obj, '0', 'zero'), 0);
strictEqual(obj[0], 'zero');

// inherited
const proto = { inherited: 'yes' };
const child = Object.create(proto);
console.log('has inherited:', binding.hasNamed(child, 'inherited'), 'get inherited:', binding.getNamed(child, 'inherited'));
strictEqual(binding.hasNamed(child, 'inherited'), true);
strictEqual(binding.getNamed(child, 'inherited'), 'yes');
strictEqual(binding.hasNamed(child, 'toString'), true);
strictEqual(binding.getNamed(child, 'toString'), Object.prototype.toString);
// setting on the child shadows, does not modify proto
strictEqual(binding.setNamed(child, 'inherited', 'own'), 0);
strictEqual(child.inherited, 'own');
strictEqual(proto.inherited, 'yes');

// missing
console.log('has missing:', binding.hasNamed(obj, 'missing'), 'get missing:', binding.getNamed(obj, 'missing'));
strictEqual(binding.hasNamed(obj, 'missing'), false);
strictEqual(binding.getNamed(obj, 'missing'), undefined);
// Object with null prototype
const bare = Object.create(null);
strictEqual(binding.hasNamed(bare, 'toString'), false);
strictEqual(binding.setNamed(bare, 'x', 1), 0);
strictEqual(bare.x, 1);

// getters / setters are invoked
const acc = {
  log: [],
  get g() { this.log.push('get'); return 'got'; },
  set s(v) { this.log.push('set ' + v); },
};
strictEqual(binding.getNamed(acc, 'g'), 'got');
strictEqual(binding.setNamed(acc, 's', 5), 0);
strictEqual(binding.hasNamed(acc, 'g'), true);
console.log('accessor log:', acc.log.join(','));
deepStrictEqual(acc.log, ['get', 'set 5']);

// Proxy traps are invoked
const traps = [];
const proxy = new Proxy({}, {
  get(t, k) { traps.push('get ' + String(k)); return 'p'; },
  set(t, k, v) { traps.push('set ' + String(k)); t[k] = v; return true; },
  has(t, k) { traps.push('has ' + String(k)); return true; },
});
strictEqual(binding.getNamed(proxy, 'x'), 'p');
strictEqual(binding.setNamed(proxy, 'y', 1), 0);
strictEqual(binding.hasNamed(proxy, 'z'), true);
console.log('proxy traps:', traps.join(','));
deepStrictEqual(traps, ['get x', 'set y', 'has z']);

// Arrays and functions are objects too
const arr = [1, 2];
strictEqual(binding.getNamed(arr, 'length'), 2);
strictEqual(binding.setNamed(arr, 'length', 0), 0);
strictEqual(arr.length, 0);
function fn() {}
strictEqual(binding.setNamed(fn, 'extra', 1), 0);
strictEqual(fn.extra, 1);

// Frozen object: set silently does not change the value (status ok)
const frozen = Object.freeze({ p: 0 });
let st = binding.statusesOn(frozen);
console.log('frozen:', JSON.stringify(st));
strictEqual(frozen.p, 0);
strictEqual(st.set, 0);

// Primitive receivers are coerced with ToObject: ok
for (const v of [5, 'str', true, Symbol('s'), 10n]) {
  st = binding.statusesOn(v);
  console.log(`statusesOn(${typeof v}):`, JSON.stringify(st));
  deepStrictEqual(st, { set: 0, setPending: false, get: 0, getPending: false, has: 0, hasPending: false });
}
// undefined / null cannot be converted: napi_object_expected (2) and a
// pending exception.
for (const v of [undefined, null]) {
  st = binding.statusesOn(v);
  console.log(`statusesOn(${v}):`, JSON.stringify(st));
  deepStrictEqual(st, { set: 2, setPending: true, get: 2, getPending: true, has: 2, hasPending: true });
}

// NULL arguments
const bad = binding.namedBadArgs();
console.log('namedBadArgs =', bad.join(','));
deepStrictEqual(bad, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
