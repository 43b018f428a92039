'use strict';
// Native classes extended from JavaScript: super() runs the native
// constructor with new.target = the subclass, the prototype chain, methods on
// subclass instances, statics inherited; napi_new_instance; napi_get_new_target.
const { strictEqual, deepStrictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const sym = Symbol('m');
const P = b.defineClass('Base', -1, sym);

class Sub extends P {
  constructor(...a) { super(...a, 'sub'); this.subInit = true; }
  extra() { return 'extra'; }
}
const s = new Sub(7);
console.log('subclass instance: instanceof Sub', s instanceof Sub, 'instanceof Base', s instanceof P,
            'newTarget is Sub', s.newTarget === Sub, 'args', JSON.stringify(s.args));
deepStrictEqual([s instanceof Sub, s instanceof P, s.newTarget === Sub, s.args, s.subInit, s.extra(), s.kind],
                [true, true, true, [7, 'sub'], true, 'extra', 'point']);
strictEqual(Object.getPrototypeOf(Sub), P);
strictEqual(Object.getPrototypeOf(Sub.prototype), P.prototype);
strictEqual(Object.getPrototypeOf(s), Sub.prototype);
// methods of the native class accept subclass instances
const d = s.describe('x');
deepStrictEqual([d.self === s, d.data, d.args], [true, 200, ['x']]);
strictEqual(s[sym]().self, s);
// statics are inherited through the constructor's prototype chain
strictEqual(Sub.VERSION, 3);
strictEqual(Sub.create().self, Sub);
// default constructor
class Sub2 extends P {}
const s2 = new Sub2(1, 2);
deepStrictEqual([s2.newTarget === Sub2, s2.args, s2 instanceof P, s2.constructor === Sub2], [true, [1, 2], true, true]);
// two levels
class Sub3 extends Sub {}
const s3 = new Sub3();
deepStrictEqual([s3.newTarget === Sub3, s3 instanceof Sub, s3 instanceof P, s3.describe().self === s3], [true, true, true, true]);
// Reflect.construct with an explicit new.target
const rc = Reflect.construct(P, [1], Sub2);
deepStrictEqual([rc.newTarget === Sub2, Object.getPrototypeOf(rc) === Sub2.prototype], [true, true]);
// the native constructor returning an object: super() yields it as this
class SubR extends P { constructor() { super('return-object'); } }
deepStrictEqual(new SubR(), { replaced: true });
// the native constructor throwing propagates out of super()
class SubT extends P { constructor() { super('throw'); } }
let err = null;
try { new SubT(); } catch (e) { err = e; }
strictEqual(err.code, 'ECTOR');

// napi_new_instance
function fmt(r) {
  let x = 'status=' + r.status;
  if ('exc' in r) x += ' exc=' + (r.exc instanceof Error ? r.exc.constructor.name : String(r.exc));
  return x;
}
let r = b.newInstance(P, 1, 2);
console.log('new_instance(Base, 1, 2):', fmt(r), 'args', JSON.stringify(r.value.args), 'newTarget is Base', r.value.newTarget === P);
deepStrictEqual([r.status, r.value instanceof P, r.value.args, r.value.newTarget === P], [0, true, [1, 2], true]);
r = b.newInstance(Sub, 3);
deepStrictEqual([r.status, r.value instanceof Sub, r.value.args, r.value.newTarget === Sub], [0, true, [3, 'sub'], true]);
r = b.newInstance(P);
deepStrictEqual([r.status, r.value.argc], [0, 0]);
r = b.newInstance(Date, 0);
deepStrictEqual([r.status, r.value instanceof Date, r.value.getTime()], [0, true, 0]);
r = b.newInstance(Array, 3);
deepStrictEqual([r.status, Array.isArray(r.value), r.value.length], [0, true, 3]);
r = b.newInstance(Date.bind(null, 5));
deepStrictEqual([r.status, r.value.getTime()], [0, 5]);
r = b.newInstance(function F(a) { this.a = a; }, 'v');
deepStrictEqual([r.status, r.value.a], [0, 'v']);
r = b.newInstance(new Proxy(P, { construct(t, a) { return { trapped: a }; } }), 1);
deepStrictEqual([r.status, r.value], [0, { trapped: [1] }]);
// throwing constructors: the exception is pending
r = b.newInstance(P, 'throw');
console.log('new_instance throwing constructor:', fmt(r));
deepStrictEqual([r.status, r.exc.code], [10, 'ECTOR']);
r = b.newInstance(class { constructor() { throw new RangeError('x'); } });
console.log('new_instance throwing class:', fmt(r));
deepStrictEqual([r.status, r.exc instanceof RangeError], [10, true]);
// not constructible: TypeError pending; not a function: napi_invalid_arg
for (const [label, f] of [['arrow function', () => 1], ['method', { m() {} }.m], ['Symbol', Symbol]]) {
  r = b.newInstance(f);
  console.log(`new_instance ${label}:`, fmt(r));
  deepStrictEqual([r.status, r.exc instanceof TypeError], [10, true]);
}
for (const [label, v] of [['object', {}], ['number', 5], ['undefined', undefined], ['string', 'Date']]) {
  r = b.newInstance(v);
  console.log(`new_instance ${label}:`, fmt(r));
  deepStrictEqual([r.status, 'exc' in r], [1, false]);
}
// [NULL constructor, argc>0 NULL argv, NULL result, pending exception, first exception kept]
const bad = b.newBadArgs(P);
console.log('new_instance misuse:', bad.join(','));
deepStrictEqual(bad, [1, 1, 1, 10, 1]);

// napi_get_new_target in a plain function
const f = b.makeFunction();
strictEqual(f().newTarget, null);
const nf = new f();
strictEqual(nf.newTarget, f);
class FromFn extends f {}
strictEqual(new FromFn().newTarget, FromFn);
console.log('get_new_target: call null, new f', nf.newTarget === f);
// [NULL cbinfo, NULL result]
deepStrictEqual(b.newTargetBadArgs(), [1, 1]);

// napi_instanceof-like checks from JS
strictEqual(s instanceof P, true);
strictEqual({} instanceof P, false);
strictEqual(Object.create(P.prototype) instanceof P, true);
