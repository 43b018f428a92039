'use strict';
// napi_wrap / napi_unwrap / napi_remove_wrap / type tags / bad arguments; no GC involved.
const { strictEqual, deepStrictEqual, show } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const o = {};
console.log('wrap:', show(b.wrap(o, 11, 1, 0)));
console.log('unwrap:', show(b.unwrap(o)));
console.log('wrap twice:', show(b.wrap(o, 12, 1, 0)));
console.log('unwrap still the first:', show(b.unwrap(o)));
console.log('no own properties added:', Object.getOwnPropertyNames(o).length + Object.getOwnPropertySymbols(o).length);
console.log('remove (result):', show(b.removeWrap(o, 1)));
console.log('unwrap after remove:', show(b.unwrap(o)));
console.log('remove again:', show(b.removeWrap(o, 1)));
console.log('wrap again after remove:', show(b.wrap(o, 13, 0, 0)));
console.log('remove (no result):', show(b.removeWrap(o, 0)));

// what can be wrapped
const kinds = {
  function: function f() {}, arrow: () => 1, array: [], proxy: new Proxy({}, {}), date: new Date(0),
  frozen: Object.freeze({}), 'null proto': Object.create(null), 'class instance': new (class A {})(),
};
for (const k of Object.keys(kinds)) {
  console.log(k + ':', show(b.wrap(kinds[k], 20, 0, 0)), show(b.unwrap(kinds[k])), show(b.removeWrap(kinds[k], 1)));
}
// the proxy's wrap is the proxy's, not its target's
const target = {}, proxy = new Proxy(target, {});
b.wrap(proxy, 30, 0, 0);
console.log('proxy target not wrapped:', show(b.unwrap(target)), show(b.unwrap(proxy)));
// an object inheriting from a wrapped one is not wrapped
const child = Object.create(proxy);
console.log('prototype chain not used:', show(b.unwrap(child)));
// NULL native pointer
const z = {};
console.log('NULL native:', show(b.wrap(z, 0, 0, 0)), show(b.unwrap(z)));
// a wrap with a result reference: remove_wrap keeps the reference (its finalizer is reset)
const w = {};
const [st, ri] = b.wrap(w, 40, 1, 1);
console.log('wrap with ref:', st, 'empty', b.refEmpty(ri));
console.log('remove:', show(b.removeWrap(w, 1)), 'ref still reads', b.refEmpty(ri));
console.log('delete ref:', b.deleteRef(ri));

// type tags
const t = {};
console.log('check untagged:', show(b.checkTag(t, 1, 2)));
console.log('tag:', show(b.typeTag(t, 1, 2)));
console.log('check same:', show(b.checkTag(t, 1, 2)), 'other lower:', show(b.checkTag(t, 3, 2)), 'other upper:', show(b.checkTag(t, 1, 3)));
console.log('tag twice:', show(b.typeTag(t, 1, 2)), 'tag twice other:', show(b.typeTag(t, 5, 6)));
console.log('still first:', show(b.checkTag(t, 1, 2)), show(b.checkTag(t, 5, 6)));
const t0 = {};
console.log('zero tag:', show(b.typeTag(t0, 0, 0)), show(b.checkTag(t0, 0, 0)), show(b.checkTag(t0, 0, 1)));
const tneg = {};
console.log('all-ones tag:', show(b.typeTag(tneg, -1, -1)), show(b.checkTag(tneg, -1, -1)), show(b.checkTag(tneg, -1, 0)));
const tf = function () {};
console.log('function:', show(b.typeTag(tf, 7, 8)), show(b.checkTag(tf, 7, 8)));
console.log('tag and wrap are independent:', show(b.wrap(t, 50, 0, 0)), show(b.unwrap(t)), show(b.checkTag(t, 1, 2)));
console.log('no own properties added:', Reflect.ownKeys(t).length);
// primitives are converted with ToObject (a new wrapper each time); undefined/null throw
console.log('tag number:', show(b.typeTag(5, 1, 2)), show(b.checkTag(5, 1, 2)));
console.log('tag string:', show(b.typeTag('s', 1, 2)), show(b.checkTag('s', 1, 2)));
console.log('tag undefined:', show(b.typeTag(undefined, 1, 2)), show(b.checkTag(undefined, 1, 2)));
console.log('tag null:', show(b.typeTag(null, 1, 2)), show(b.checkTag(null, 1, 2)));

console.log('bad args:', show(b.badArgs({}, 1)));
const wrapped = {};
b.wrap(wrapped, 60, 0, 0);
console.log('pending exception:', show(b.withPending({}, wrapped)));
strictEqual(b.unwrap(wrapped)[1], 60);
deepStrictEqual(b.finalized(), [0, 0, 0]);
