'use strict';
// napi_define_class: the constructor, name and length, prototype members
// (values, methods, accessors with data, symbol names, attributes), static
// members (napi_static), the receiver check of methods, calls without new,
// constructors that return objects or throw, misuse statuses.
const { strictEqual, deepStrictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

function D(d) {
  return Object.keys(d).map((k) => k + '=' + (typeof d[k] === 'function' ? 'fn' : typeof d[k] === 'object' ? typeof d[k] : String(d[k]))).join(' ');
}
const sym = Symbol('symMethod');
const P = b.defineClass('Point', -1, sym);
console.log('class:', typeof P, JSON.stringify(P.name), P.length);
strictEqual(typeof P, 'function');
strictEqual(P.name, 'Point');
strictEqual(P.length, 0);
strictEqual(Object.getPrototypeOf(P), Function.prototype);
strictEqual(Object.getPrototypeOf(P.prototype), Object.prototype);
strictEqual(P.prototype.constructor, P);

// own properties of the class (node 20 also lists 'arguments' and 'caller')
const ownKeys = Reflect.ownKeys(P).filter((k) => k !== 'arguments' && k !== 'caller');
console.log('class own keys:', ownKeys.join(' '));
deepStrictEqual(ownKeys, ['length', 'name', 'prototype', 'create', 'VERSION', 'sacc']);
for (const k of ownKeys) console.log('  ' + k + ':', D(Object.getOwnPropertyDescriptor(P, k)));
deepStrictEqual(D(Object.getOwnPropertyDescriptor(P, 'prototype')), 'value=object writable=true enumerable=false configurable=false');
deepStrictEqual(D(Object.getOwnPropertyDescriptor(P, 'VERSION')), 'value=3 writable=false enumerable=true configurable=false');
deepStrictEqual(D(Object.getOwnPropertyDescriptor(P, 'create')), 'value=fn writable=true enumerable=false configurable=true');
deepStrictEqual(D(Object.getOwnPropertyDescriptor(P, 'sacc')), 'get=fn set=undefined enumerable=false configurable=true');

// prototype members, in definition order, then constructor, then symbols
const protoKeys = Reflect.ownKeys(P.prototype);
console.log('prototype keys:', protoKeys.map(String).join(' '));
deepStrictEqual(protoKeys, ['kind', 'ro', 'wr', 'describe', 'acc', 'getOnly', 'constructor', sym]);
const expectDesc = {
  kind: 'value=point writable=false enumerable=true configurable=false',
  ro: 'value=1 writable=false enumerable=false configurable=false',
  wr: 'value=2 writable=true enumerable=false configurable=true',
  describe: 'value=fn writable=true enumerable=false configurable=true',
  acc: 'get=fn set=fn enumerable=true configurable=true',
  getOnly: 'get=fn set=undefined enumerable=false configurable=false',
  constructor: 'value=fn writable=true enumerable=false configurable=true',
};
for (const k of protoKeys) {
  const d = D(Object.getOwnPropertyDescriptor(P.prototype, k));
  console.log('  ' + String(k) + ':', d);
  if (typeof k === 'string') strictEqual(d, expectDesc[k], k);
}
strictEqual(D(Object.getOwnPropertyDescriptor(P.prototype, sym)), 'value=fn writable=false enumerable=false configurable=false');
// function names: template methods are named after their string key
const getter = Object.getOwnPropertyDescriptor(P.prototype, 'acc').get;
console.log('names: method', JSON.stringify(P.prototype.describe.name), 'symbol method', JSON.stringify(P.prototype[sym].name),
            'getter', JSON.stringify(getter.name), 'static method', JSON.stringify(P.create.name));
deepStrictEqual([P.prototype.describe.name, P.prototype[sym].name, getter.name, P.create.name], ['describe', '', '', '']);
strictEqual(P.prototype.describe.length, 0);

// construction
const o = new P(1, 'two');
console.log('instance keys:', Object.keys(o).join(' '), 'args', JSON.stringify(o.args), 'data', o.data, 'argc', o.argc);
deepStrictEqual(Object.keys(o), ['args', 'data', 'newTarget', 'argc']);
deepStrictEqual(o.args, [1, 'two']);
strictEqual(o.data, 100);
strictEqual(o.newTarget, P);
strictEqual(o instanceof P, true);
strictEqual(Object.getPrototypeOf(o), P.prototype);
deepStrictEqual([o.kind, o.ro, o.wr], ['point', 1, 2]);
const many = new P(1, 2, 3, 4, 5, 6);
strictEqual(many.argc, 6);

// methods and accessors: receiver and data
const d = o.describe(5);
console.log('describe: self===o', d.self === o, 'data', d.data, 'args', JSON.stringify(d.args), 'newTarget', d.newTarget);
deepStrictEqual([d.self === o, d.data, d.args, d.newTarget], [true, 200, [5], null]);
strictEqual(o[sym]().data, 200);
strictEqual(o.acc.self, o);
strictEqual(o.acc.data, 300);
o.acc = 9;
deepStrictEqual(o.lastSet, { value: 9, data: 300 });
strictEqual(o.getOnly.data, 300);
(() => { 'use strict'; let t = null; try { o.getOnly = 1; } catch (e) { t = e; } strictEqual(t instanceof TypeError, true); })();
(() => { 'use strict'; let t = null; try { o.ro = 5; } catch (e) { t = e; } strictEqual(t instanceof TypeError, true); })();
// statics
const c = P.create(1);
console.log('static: self===P', c.self === P, 'data', c.data, 'VERSION', P.VERSION, 'sacc data', P.sacc.data);
deepStrictEqual([c.self === P, c.data, P.VERSION, P.sacc.data, P.sacc.self === P], [true, 400, 3, 400, true]);
strictEqual('create' in o, false);

// methods check their receiver (V8 signature): a TypeError for objects the class did not construct
function receiverCheck(label, fn) {
  let e = null;
  try { fn(); } catch (x) { e = x; }
  console.log(label + ':', e === null ? 'ok' : e.constructor.name);
  return e;
}
strictEqual(receiverCheck('method on plain object', () => P.prototype.describe.call({})) instanceof TypeError, true);
strictEqual(receiverCheck('method on the prototype', () => P.prototype.describe.call(P.prototype)) instanceof TypeError, true);
strictEqual(receiverCheck('method on Object.create(P.prototype)', () => Object.create(P.prototype).describe()) instanceof TypeError, true);
strictEqual(receiverCheck('symbol method on a number', () => P.prototype[sym].call(5)) instanceof TypeError, true);
strictEqual(receiverCheck('method of another class with the same shape', () => b.defineClass('Point', -1, sym).prototype.describe.call(o)) instanceof TypeError, true);
// accessors and static methods do not check
strictEqual(receiverCheck('getter on plain object', () => getter.call({})), null);
strictEqual(receiverCheck('static method on other receiver', () => P.create.call({})), null);
// constructing a method skips the check
const nm = new o.describe();
console.log('new method: newTarget is the method', nm.newTarget === o.describe, 'self is a new object', nm.self !== o);
strictEqual(nm.newTarget, o.describe);
strictEqual(Object.getPrototypeOf(nm.self), o.describe.prototype);

// the class called without new: the constructor runs with the given receiver, no new.target
const recv = {};
const ret = P.call(recv, 1);
console.log('call without new: result', ret, 'newTarget', recv.newTarget, 'args', JSON.stringify(recv.args));
strictEqual(ret, undefined);
strictEqual(recv.newTarget, null);
deepStrictEqual(recv.args, [1]);
strictEqual(recv instanceof P, false);
strictEqual(receiverCheck('method on an object the class was called on', () => P.prototype.describe.call(recv)) instanceof TypeError, true);

// constructor results: an object replaces the instance, a primitive does not
const replaced = new P('return-object');
console.log('constructor returns object:', JSON.stringify(replaced), replaced instanceof P);
deepStrictEqual(replaced, { replaced: true });
const prim = new P('return-number');
strictEqual(prim instanceof P, true);
const thrown = receiverCheck('constructor throws', () => new P('throw'));
strictEqual(thrown.code, 'ECTOR');
strictEqual(thrown.message, 'ctor threw');

// names: explicit length, UTF-8, empty
const names = [b.defineClass('abcdef', 3, sym).name, b.defineClass('héllo', -1, sym).name, b.defineClass('x', 0, sym).name];
console.log('class names:', JSON.stringify(names));
deepStrictEqual(names, ['abc', 'héllo', '']);
// each call makes a new class; instances are not shared
const P2 = b.defineClass('Point', -1, sym);
strictEqual(P2 === P, false);
strictEqual(o instanceof P2, false);
// a class without properties and with NULL data
const Plain = b.plainClass();
deepStrictEqual([Plain.name, new Plain().data, Reflect.ownKeys(Plain.prototype)], ['Plain', null, ['constructor']]);

// misuse: [NULL result, NULL constructor, count>0 NULL properties, NULL name,
//          length > INT_MAX, count 0 NULL properties (ok), bad instance name,
//          bad static name, pending exception, first exception kept]
const bad = b.defineBadArgs();
console.log('define_class misuse:', bad.join(','));
deepStrictEqual(bad, [1, 1, 1, 1, 1, 0, 4, 4, 10, 1]);
