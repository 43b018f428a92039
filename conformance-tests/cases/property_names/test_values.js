'use strict';
// napi_get_property_names / napi_get_all_property_names on arrays, strings,
// typed arrays, functions, arguments, primitives, proxies (trap order and
// which traps run), throwing traps, invalid modes, misuse.
const { strictEqual, deepStrictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const INCLUDE_PROTOTYPES = 0, OWN_ONLY = 1, KEEP_NUMBERS = 0, NUMBERS_TO_STRINGS = 1;
const ENUMERABLE = 2, SKIP_SYMBOLS = 16;

function show(keys) {
  return keys.map((k) => typeof k === 'symbol' ? k.toString() : typeof k === 'number' ? '#' + k : k).join(' ');
}
function own(label, v, filter, conv, exp) {
  const r = b.allNames(v, OWN_ONLY, filter, conv);
  console.log(label + ':', r.status, show(r.value));
  strictEqual(r.status, 0, label);
  deepStrictEqual(r.value, exp, label);
}

own('sparse array', [1, , 3], 0, KEEP_NUMBERS, [0, 2, 'length']);
own('sparse array strings', [1, , 3], 0, NUMBERS_TO_STRINGS, ['0', '2', 'length']);
own('array enumerable', ['a', 'b'], ENUMERABLE, KEEP_NUMBERS, [0, 1]);
own('string primitive', 'ab', 0, KEEP_NUMBERS, [0, 1, 'length']);
own('string primitive enumerable', 'ab', ENUMERABLE, NUMBERS_TO_STRINGS, ['0', '1']);
own('number primitive', 5, 0, KEEP_NUMBERS, []);
own('typed array', new Uint8Array(3), 0, KEEP_NUMBERS, [0, 1, 2]);
own('arguments', (function () { return arguments; })('x', 'y'), ENUMERABLE, KEEP_NUMBERS, [0, 1]);
own('function enumerable', function f() {}, ENUMERABLE, KEEP_NUMBERS, []);
own('large keys', { [2 ** 32 - 2]: 1, [2 ** 32]: 1, [2 ** 53]: 1, 1e21: 1 }, 0, KEEP_NUMBERS,
    [4294967294, '4294967296', '9007199254740992', '1e+21']);
own('null-prototype object', Object.assign(Object.create(null), { z: 1, 0: 1 }), 0, KEEP_NUMBERS, [0, 'z']);
// prototype chains of arrays: own keys, then the array's
const arrChild = Object.create([7, 8]);
arrChild[5] = 1;
arrChild.z = 1;
const r1 = b.allNames(arrChild, INCLUDE_PROTOTYPES, ENUMERABLE, KEEP_NUMBERS);
console.log('object over array:', show(r1.value));
deepStrictEqual(r1.value, [5, 'z', 0, 1]);
// string wrapper included prototypes (String.prototype has nothing enumerable)
deepStrictEqual(b.allNames('hi', INCLUDE_PROTOTYPES, ENUMERABLE, KEEP_NUMBERS).value, [0, 1]);
// napi_get_property_names on a class instance: instance fields, then prototype's enumerable members
class A { constructor() { this.x = 1; } m() {} }
A.prototype.shared = 1;
deepStrictEqual(b.names(new A()).value, ['x', 'shared']);

// Proxies: keys in trap order; descriptors are read only when a filter needs them;
// the prototype via the getPrototypeOf trap only when prototypes are included
const log = [];
const s1 = Symbol('s1');
const px = new Proxy({ x: 1, y: 2 }, {
  ownKeys() { log.push('ownKeys'); return ['y', 'x', '3', s1]; },
  getOwnPropertyDescriptor(t, k) {
    log.push('gopd ' + String(k));
    return k === s1 ? { value: 1, enumerable: true, configurable: true }
                    : Reflect.getOwnPropertyDescriptor(t, k) || { value: 1, enumerable: false, configurable: true };
  },
  getPrototypeOf() { log.push('getPrototypeOf'); return Object.assign(Object.create(null), { inproto: 1 }); },
});
function traced(label, mode, filter, conv, exp, expLog) {
  const r = b.allNames(px, mode, filter, conv);
  const calls = log.splice(0);
  console.log(label + ':', show(r.value), '| traps:', calls.join(', '));
  deepStrictEqual(r.value, exp, label);
  deepStrictEqual(calls, expLog, label + ' traps');
}
traced('proxy own all', OWN_ONLY, 0, KEEP_NUMBERS, ['y', 'x', 3, s1], ['ownKeys']);
traced('proxy own enumerable', OWN_ONLY, ENUMERABLE, KEEP_NUMBERS, ['y', 'x', s1],
       ['ownKeys', 'gopd y', 'gopd x', 'gopd 3', 'gopd Symbol(s1)']);
traced('proxy own enumerable no symbols', OWN_ONLY, ENUMERABLE | SKIP_SYMBOLS, NUMBERS_TO_STRINGS, ['y', 'x'],
       ['ownKeys', 'gopd y', 'gopd x', 'gopd 3']);
traced('proxy with prototypes', INCLUDE_PROTOTYPES, 0, NUMBERS_TO_STRINGS, ['y', 'x', '3', s1, 'inproto'],
       ['ownKeys', 'getPrototypeOf']);
const r2 = b.names(px);
const calls = log.splice(0);
console.log('proxy napi_get_property_names:', show(r2.value), '| traps:', calls.join(', '));
deepStrictEqual(r2.value, ['y', 'x', 'inproto']);
deepStrictEqual(calls, ['ownKeys', 'gopd y', 'gopd x', 'gopd 3', 'getPrototypeOf']);
// an object whose prototype is the proxy
const child = Object.create(px);
child.c = 1;
deepStrictEqual(b.names(child).value, ['c', 'y', 'x', 'inproto']);
log.length = 0;
