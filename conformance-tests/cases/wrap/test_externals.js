'use strict';
// napi_create_external values behave as V8's externals do in node: an object with a null prototype, not extensible,
// equal to itself (=== and napi_strict_equals), usable as a WeakMap / WeakRef / Map key, type-taggable (Node's
// test_object TypeTaggedExternal) and finalizable with napi_add_finalizer; napi_typeof says external (8).
const { strictEqual, deepStrictEqual, throws } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const e = b.external(5), other = b.external(6);
const line = (name, v) => console.log(name + ':', v);
line('typeof', typeof e);
strictEqual(typeof e, 'object');
line('napi_typeof', b.typeOf(e));
strictEqual(b.typeOf(e), 8);
strictEqual(b.typeOf({}), 6);
deepStrictEqual(b.externalData(e), [0, 5]);
deepStrictEqual(b.externalData({}), [1, -7]);

line('=== itself', e === e);
strictEqual(e === e, true);
strictEqual(e === other, false);
strictEqual(Object.is(e, e), true);
line('napi_strict_equals itself', b.strictEquals(e, e).join());
deepStrictEqual(b.strictEquals(e, e), [0, 1]);
deepStrictEqual(b.strictEquals(e, other), [0, 0]);

line('napi_get_prototype', b.prototypeOf(e));
strictEqual(b.prototypeOf(e), null);
strictEqual(Object.getPrototypeOf(e), null);
strictEqual(e instanceof Object, false);
strictEqual(Object.isExtensible(e), false);
deepStrictEqual(Reflect.ownKeys(e), []);
strictEqual(Object.prototype.toString.call(e), '[object Object]');
throws(() => String(e), TypeError); // no toString on a null prototype

const wm = new WeakMap([[e, 'weak']]);
strictEqual(wm.get(e), 'weak');
strictEqual(new WeakRef(e).deref(), e);
strictEqual(new Map([[e, 1]]).get(e), 1);
strictEqual(new Set([e]).has(e), true);
line('WeakMap, WeakRef, Map and Set keys', 'ok');

// type tags on externals (the engine's WeakMap must never see a value it rejects)
const tagged = b.typeTag(e, 1, 2);
line('type tag', tagged.join());
deepStrictEqual(tagged, [0, 0]);
deepStrictEqual(b.checkTag(e, 1, 2), [0, 1, 0]);
deepStrictEqual(b.checkTag(e, 1, 3), [0, 0, 0]);
deepStrictEqual(b.typeTag(e, 1, 2), [1, 0]); // tagged twice: invalid_arg
deepStrictEqual(b.checkTag(other, 1, 2), [0, 0, 0]);
// primitives are tagged on a temporary wrapper (ToObject): ok, and never found again
for (const v of [1, 'str', true, Symbol('s'), 10n]) {
  deepStrictEqual(b.typeTag(v, 1, 2), [0, 0]);
  deepStrictEqual(b.checkTag(v, 1, 2), [0, 0, 0]);
}
deepStrictEqual(b.typeTag(null, 1, 2), [10, 1]);
deepStrictEqual(b.checkTag(undefined, 1, 2), [10, 1, 1]);
line('type tags on primitives, null, undefined', 'as node');

const added = b.addFinalizer(e, 3, 1, 0);
line('napi_add_finalizer on an external', added.join());
deepStrictEqual(added, [0, -1]);
