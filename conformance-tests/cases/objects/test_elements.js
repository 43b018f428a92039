'use strict';
// napi_get/set/has/delete_element: arrays, holes, array-likes, prototypes,
// large indices, typed arrays, strings, frozen arrays, misuse.
const { strictEqual, deepStrictEqual, show } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

function check(label, r, status, value) {
  let s = 'status=' + r.status;
  if ('value' in r) s += ' value=' + show(r.value);
  if ('exc' in r) s += ' exc=' + r.exc.constructor.name;
  console.log(label + ':', s);
  strictEqual(r.status, status, label + ' status');
  if (arguments.length > 3) strictEqual(r.value, value, label + ' value');
}

const arr = [10, , 30];
check('get 0', b.getEl(arr, 0), 0, 10);
check('get hole', b.getEl(arr, 1), 0, undefined);
check('has hole', b.hasEl(arr, 1), 0, false);
check('has 2', b.hasEl(arr, 2), 0, true);
check('get past end', b.getEl(arr, 5), 0, undefined);
check('set past end', b.setEl(arr, 5, 'x'), 0);
strictEqual(arr.length, 6);
check('set hole', b.setEl(arr, 1, 20), 0);
deepStrictEqual(arr.slice(0, 3), [10, 20, 30]);
check('delete 0', b.delEl(arr, 0), 0, true);
strictEqual(0 in arr, false);
strictEqual(arr.length, 6);
check('delete missing', b.delEl(arr, 100), 0, true);

// largest uint32 index is 4294967295: an ordinary property, not an element
const big = [];
check('set 4294967295', b.setEl(big, 4294967295, 'max'), 0);
strictEqual(big.length, 0);
strictEqual(big['4294967295'], 'max');
check('get 4294967295', b.getEl(big, 4294967295), 0, 'max');
check('set 4294967294', b.setEl(big, 4294967294, 'last'), 0);
strictEqual(big.length, 4294967295);

// elements of plain objects and their prototypes
const proto = [0, 'p1'];
const child = Object.create(proto);
check('inherited element', b.getEl(child, 1), 0, 'p1');
check('has inherited element', b.hasEl(child, 1), 0, true);
check('delete inherited element', b.delEl(child, 1), 0, true);
strictEqual(proto[1], 'p1');
const obj = {};
check('set element on object', b.setEl(obj, 3, 'three'), 0);
deepStrictEqual(Object.keys(obj), ['3']);

// typed arrays: in-range writes convert, out-of-range ones are ignored
const ta = new Int8Array(2);
check('typed set', b.setEl(ta, 0, 300), 0);
strictEqual(ta[0], 44);
check('typed set out of range', b.setEl(ta, 5, 1), 0);
check('typed get out of range', b.getEl(ta, 5), 0, undefined);
check('typed has out of range', b.hasEl(ta, 5), 0, false);
check('typed delete', b.delEl(ta, 0), 0, false);

// strings: characters are read-only elements
check('string get', b.getEl('héllo', 1), 0, 'é');
check('string has', b.hasEl('abc', 2), 0, true);
check('string has past end', b.hasEl('abc', 3), 0, false);
check('string delete', b.delEl('abc', 0), 0, false);
check('number get', b.getEl(5, 0), 0, undefined);

// frozen arrays
const frozen = Object.freeze([1, 2]);
check('frozen set', b.setEl(frozen, 0, 5), 0);
check('frozen delete', b.delEl(frozen, 0), 0, false);
deepStrictEqual(frozen, [1, 2]);

// setters and getters on indices
const log = [];
const acc = Object.defineProperty({}, 0, { get() { log.push('get'); return 'g'; }, set(v) { log.push('set ' + v); } });
check('index getter', b.getEl(acc, 0), 0, 'g');
check('index setter', b.setEl(acc, 0, 'v'), 0);
deepStrictEqual(log, ['get', 'set v']);

// arguments objects
(function () {
  check('arguments get', b.getEl(arguments, 1), 0, 'b');
  check('arguments set', b.setEl(arguments, 0, 'z'), 0);
  strictEqual(arguments[0], 'z');
})('a', 'b');

// undefined / null
for (const v of [undefined, null]) {
  check(`get element of ${v}`, b.getEl(v, 0), 2);
  check(`set element of ${v}`, b.setEl(v, 0, 1), 2);
  check(`has element of ${v}`, b.hasEl(v, 0), 2);
  check(`delete element of ${v}`, b.delEl(v, 0), 2);
}

// NULL arguments: get [obj result] set [obj value] has [obj result] delete [obj result(ok)]
const bad = b.badArgs();
console.log('NULL args elements:', bad.slice(15, 23).join(','));
deepStrictEqual(bad.slice(15, 23), [1, 1, 1, 1, 1, 1, 1, 0]);
const pend = b.withPending([1]);
console.log('pending exception elements:', pend.slice(5, 9).join(','));
deepStrictEqual(pend.slice(5, 9), [10, 10, 10, 10]);
