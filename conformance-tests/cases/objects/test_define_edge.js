'use strict';
// napi_define_properties edge cases: symbol and string-valued names, bad
// names stop the loop, napi_static is ignored, redefining, frozen and
// non-extensible targets, proxies whose traps refuse.
const { strictEqual, deepStrictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const VALUE = 0, METHOD = 1, GETTER = 2, ACCESSOR = 3;
const napi_static = 1 << 10;

function st(label, r, expected) {
  console.log(label + ':', r.status + ('exc' in r ? ' (exception pending)' : ''));
  strictEqual(r.status, expected, label);
  strictEqual('exc' in r, false, label + ' no exception');
}

// symbol names (through the napi_value name)
const sym = Symbol('sym');
const o = {};
st('symbol value', b.defineOn(o, sym, VALUE, 7, 'v'), 0);
strictEqual(o[sym], 'v');
st('symbol method', b.defineOn(o, Symbol.iterator, METHOD, 7, 0), 0);
strictEqual(o[Symbol.iterator](), 5);
st('symbol accessor', b.defineOn(o, Symbol.toPrimitive, GETTER, 2, 0), 0);
strictEqual(o[Symbol.toPrimitive], 5);
// names that are not strings or symbols: napi_name_expected
st('number name', b.defineOn({}, 5, VALUE, 7, 1), 4);
st('object name', b.defineOn({}, {}, VALUE, 7, 1), 4);
st('undefined name', b.defineOn({}, undefined, VALUE, 7, 1), 4);
// the loop stops at the first bad descriptor; earlier ones stay defined
const partial = {};
st('stops at bad name', b.defineStopsAtFailure(partial), 4);
deepStrictEqual(Object.keys(partial), ['a']);

// napi_static has no meaning for napi_define_properties
const s = {};
st('napi_static value', b.defineOn(s, 'x', VALUE, napi_static | 7, 1), 0);
st('napi_static method', b.defineOn(s, 'm', METHOD, napi_static | 1, 1), 0);
const dx = Object.getOwnPropertyDescriptor(s, 'x');
deepStrictEqual([dx.writable, dx.enumerable, dx.configurable], [true, true, true]);
strictEqual(s.m(), 5);

// redefining configurable properties replaces them; non-configurable ones fail
const r = {};
st('define configurable', b.defineOn(r, 'p', VALUE, 4, 1), 0);
st('redefine as method', b.defineOn(r, 'p', METHOD, 4, 0), 0);
strictEqual(typeof r.p, 'function');
st('redefine as accessor', b.defineOn(r, 'p', ACCESSOR, 0, 0), 0);
strictEqual(r.p, 5);
st('redefine non-configurable value', b.defineOn(r, 'p', VALUE, 7, 1), 1);
st('redefine non-configurable method', b.defineOn(r, 'p', METHOD, 7, 1), 9);
st('redefine non-configurable accessor', b.defineOn(r, 'p', ACCESSOR, 7, 1), 1);
// same value again on a non-configurable, non-writable property: allowed
const same = {};
st('define fixed', b.defineOn(same, 'k', VALUE, 0, 'same'), 0);
st('redefine with same value', b.defineOn(same, 'k', VALUE, 0, 'same'), 0);
st('redefine with other value', b.defineOn(same, 'k', VALUE, 0, 'other'), 1);

// frozen / non-extensible objects: value and accessor -> napi_invalid_arg,
// method -> napi_generic_failure; no exception
const frozen = Object.freeze({ a: 1 });
st('frozen new value', b.defineOn(frozen, 'b', VALUE, 7, 1), 1);
st('frozen new value (napi_default)', b.defineOn(frozen, 'b', VALUE, 0, 1), 1);
st('frozen new method', b.defineOn(frozen, 'b', METHOD, 7, 1), 9);
st('frozen new accessor', b.defineOn(frozen, 'b', ACCESSOR, 7, 1), 1);
st('frozen existing', b.defineOn(frozen, 'a', VALUE, 0, 2), 1);
const ne = Object.preventExtensions({});
st('non-extensible new value', b.defineOn(ne, 'b', VALUE, 7, 1), 1);
deepStrictEqual(Object.keys(ne), []);

// proxies whose defineProperty trap returns false
const refusing = new Proxy({}, { defineProperty() { return false; } });
st('proxy refuses value', b.defineOn(refusing, 'x', VALUE, 7, 1), 1);
st('proxy refuses method', b.defineOn(refusing, 'x', METHOD, 7, 1), 9);
st('proxy refuses accessor', b.defineOn(refusing, 'x', ACCESSOR, 7, 1), 1);
// and a proxy that accepts: the trap sees the descriptor
const seen = [];
const accepting = new Proxy({}, {
  defineProperty(t, k, d) { seen.push(k + ':' + Object.keys(d).sort().join('/')); return Reflect.defineProperty(t, k, d); },
});
st('proxy value', b.defineOn(accepting, 'v', VALUE, 1, 1), 0);
st('proxy method', b.defineOn(accepting, 'm', METHOD, 1, 1), 0);
st('proxy accessor', b.defineOn(accepting, 'a', ACCESSOR, 2, 1), 0);
console.log('descriptors seen by the trap:', seen.join(' '));
deepStrictEqual(seen, ['v:configurable/enumerable/value/writable', 'm:configurable/enumerable/value/writable',
                       'a:configurable/enumerable/get/set']);

// primitives: defined on a temporary wrapper, ok
st('define on number', b.defineOn(5, 'x', VALUE, 7, 1), 0);
st('define on string index', b.defineOn('abc', '0', VALUE, 0, 'z'), 1);
