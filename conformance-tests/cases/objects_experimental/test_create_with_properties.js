// node20: skip
'use strict';
// node_api_create_object_with_properties (experimental): prototype (object,
// null, NULL, function), names (strings, symbols, indices, duplicates,
// __proto__), the properties are own data properties defined without
// running setters of the prototype; misuse; it works while an exception is
// pending (no NAPI_PREAMBLE in Node).
const { strictEqual, deepStrictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

function keys(o) {
  return Reflect.ownKeys(o).map(String).join(' ');
}

const proto = { inherited: 1 };
const s = Symbol('s');
let r = b.createWith(proto, ['a', 'b', s, '1', '0'], [1, 'two', 3, 'one', 'zero']);
console.log('object:', r.status, keys(r.value), 'inherited', r.value.inherited);
strictEqual(r.status, 0);
strictEqual(Object.getPrototypeOf(r.value), proto);
deepStrictEqual(Reflect.ownKeys(r.value), ['0', '1', 'a', 'b', s]);
deepStrictEqual([r.value.a, r.value.b, r.value[s], r.value[0], r.value[1]], [1, 'two', 3, 'zero', 'one']);
for (const k of Reflect.ownKeys(r.value)) {
  deepStrictEqual(Object.getOwnPropertyDescriptor(r.value, k),
                  { value: r.value[k], writable: true, enumerable: true, configurable: true });
}

r = b.createWith(null, ['x'], [1]);
console.log('null prototype:', r.status, Object.getPrototypeOf(r.value));
deepStrictEqual([r.status, Object.getPrototypeOf(r.value), r.value.x], [0, null, 1]);
r = b.createWith(undefined, ['x'], [1]);
console.log('NULL prototype_or_null:', r.status, Object.getPrototypeOf(r.value));
deepStrictEqual([r.status, Object.getPrototypeOf(r.value)], [0, null]);
r = b.createWith(undefined, [], []);
deepStrictEqual([r.status, Object.getPrototypeOf(r.value), Reflect.ownKeys(r.value)], [0, null, []]);
r = b.createWith(Object.prototype, [], []);
deepStrictEqual([r.status, Object.getPrototypeOf(r.value)], [0, Object.prototype]);
r = b.createWith(Array.prototype, [], []);
console.log('Array.prototype as prototype: isArray', Array.isArray(r.value), 'instanceof Array', r.value instanceof Array);
deepStrictEqual([r.status, Array.isArray(r.value), r.value instanceof Array], [0, false, true]);
const fp = function () {};
r = b.createWith(fp, ['x'], [1]);
deepStrictEqual([r.status, Object.getPrototypeOf(r.value) === fp, typeof r.value], [0, true, 'object']);

// duplicate names: the last value wins, one key
r = b.createWith(null, ['d', 'e', 'd'], [1, 2, 3]);
console.log('duplicates:', keys(r.value), r.value.d);
deepStrictEqual([r.status, Object.keys(r.value), r.value.d], [0, ['d', 'e'], 3]);
// __proto__ is an ordinary own property here
r = b.createWith(Object.prototype, ['__proto__'], [proto]);
console.log('__proto__ name:', keys(r.value), Object.getPrototypeOf(r.value) === Object.prototype);
deepStrictEqual([r.status, Object.keys(r.value), Object.getPrototypeOf(r.value) === Object.prototype, r.value.inherited],
                [0, ['__proto__'], true, undefined]);
// setters and read-only properties of the prototype do not interfere
const setterProto = { set x(v) { throw new Error('setter ran'); } };
r = b.createWith(setterProto, ['x'], [1]);
deepStrictEqual([r.status, 'exc' in r, Object.getOwnPropertyDescriptor(r.value, 'x').value], [0, false, 1]);
r = b.createWith(Object.freeze({ y: 1 }), ['y'], [2]);
deepStrictEqual([r.status, r.value.y], [0, 2]);
const trapLog = [];
r = b.createWith(new Proxy({}, { get() { trapLog.push('get'); }, set() { trapLog.push('set'); return true; } }), ['y'], [2]);
deepStrictEqual([r.status, Object.getOwnPropertyDescriptor(r.value, 'y').value, trapLog], [0, 2, []]);
// names must be strings or symbols
for (const [label, n] of [['number', 1], ['object', {}], ['undefined', undefined], ['null', null]]) {
  r = b.createWith(null, ['ok', n], [1, 2]);
  console.log(`name ${label}:`, r.status, 'exc' in r);
  deepStrictEqual([r.status, 'exc' in r], [4, false]);
}

// [set_prototype NULL object, NULL value, create NULL result, NULL names, NULL values,
//  count 0 with NULL arrays (ok), set_prototype while pending, create while pending (ok),
//  first exception kept]
const bad = b.badArgs();
console.log('misuse:', bad.join(','));
deepStrictEqual(bad, [1, 1, 1, 1, 1, 0, 10, 0, 1]);
