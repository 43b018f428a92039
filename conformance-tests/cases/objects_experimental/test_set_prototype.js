// node20: skip
'use strict';
// node_api_set_prototype (experimental): objects, null, functions, primitive
// receivers; failures (non-extensible, cycles, immutable prototypes, proxies
// that refuse or throw) are napi_generic_failure with nothing pending;
// prototypes that are neither objects nor null are ignored.
const { strictEqual, deepStrictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

function fmt(r) {
  return 'status=' + r.status + ('exc' in r ? ' exc=' + (r.exc instanceof Error ? r.exc.constructor.name : String(r.exc)) : '');
}
function st(label, r, status) {
  console.log(label + ':', fmt(r));
  strictEqual(r.status, status, label);
  return r;
}

const proto = { inherited: 1 };
const o = {};
st('object', b.setPrototype(o, proto), 0);
strictEqual(Object.getPrototypeOf(o), proto);
strictEqual(o.inherited, 1);
st('null', b.setPrototype(o, null), 0);
strictEqual(Object.getPrototypeOf(o), null);
const fnProto = function () {};
st('function as prototype', b.setPrototype(o, fnProto), 0);
strictEqual(Object.getPrototypeOf(o), fnProto);
const f = function () {};
st('on a function', b.setPrototype(f, proto), 0);
strictEqual(Object.getPrototypeOf(f), proto);
const arr = [];
st('on an array', b.setPrototype(arr, null), 0);
strictEqual(Array.isArray(arr), true);
strictEqual(Object.getPrototypeOf(arr), null);

// neither object nor null: nothing happens, ok
for (const v of [undefined, 5, 'str', true, Symbol('x'), 1n]) {
  const x = {};
  const r = st(`prototype ${typeof v}`, b.setPrototype(x, v), 0);
  strictEqual(Object.getPrototypeOf(x), Object.prototype);
  strictEqual('exc' in r, false);
}
// primitive receivers are converted with ToObject (the wrapper is changed)
for (const v of [5, 'str', true]) st(`on ${typeof v}`, b.setPrototype(v, proto), 0);
for (const v of [undefined, null]) {
  const r = st(`on ${v}`, b.setPrototype(v, proto), 2);
  strictEqual(r.exc instanceof TypeError, true);
}

// failures: generic failure, no exception
const noExt = Object.preventExtensions({});
let r = st('non-extensible', b.setPrototype(noExt, proto), 9);
strictEqual('exc' in r, false);
strictEqual(Object.getPrototypeOf(noExt), Object.prototype);
st('non-extensible, same prototype', b.setPrototype(noExt, Object.prototype), 0);
const a = {}, c = Object.create(a);
st('cycle', b.setPrototype(a, c), 9);
st('Object.prototype (immutable)', b.setPrototype(Object.prototype, {}), 9);
st('frozen', b.setPrototype(Object.freeze({}), proto), 9);

// proxies: the setPrototypeOf trap runs; false or a throw is a generic failure
const log = [];
const ok = new Proxy({}, { setPrototypeOf(t, v) { log.push('ok'); return Reflect.setPrototypeOf(t, v); } });
st('proxy', b.setPrototype(ok, proto), 0);
strictEqual(Object.getPrototypeOf(ok), proto);
const refuses = new Proxy({}, { setPrototypeOf() { log.push('refuses'); return false; } });
st('proxy refuses', b.setPrototype(refuses, proto), 9);
const throws = new Proxy({}, { setPrototypeOf() { log.push('throws'); throw new Error('trap'); } });
r = st('proxy throws (the exception is swallowed)', b.setPrototype(throws, proto), 9);
strictEqual('exc' in r, false);
console.log('traps:', log.join(', '));
deepStrictEqual(log, ['ok', 'refuses', 'throws']);
