'use strict';
// napi_create_date (TimeClip), napi_is_date, napi_get_date_value (napi_date_expected).
const { show, strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);
const fmt = (r) => Object.keys(r).map((k) => k + '=' + (r[k] instanceof Date ? 'Date(' + show(r[k].getTime()) + ')' : show(r[k]))).join(' ');

const times = [0, -0, 1, 1.5, -1.5, 1549183351000, -62198755200000, 8.64e15, 8.64e15 + 1, -8.64e15, -8.64e15 - 1,
  NaN, Infinity, -Infinity, 2 ** 53, 0.9999];
for (const t of times) {
  const r = b.createDate(t, false);
  console.log('create_date', show(t), fmt(r), r.value instanceof Date, Object.prototype.toString.call(r.value));
  console.log('  get_date_value', fmt(b.getDateValue(r.value, 0)), 'is_date', fmt(b.is(3, r.value, 0)));
}
console.log('create_date NULL result', fmt(b.createDate(1, true)));

class MyDate extends Date {}
const proxy = new Proxy(new Date(5), {});
const fake = Object.create(Date.prototype);
const tagged = { [Symbol.toStringTag]: 'Date' };
const others = [['new Date(7)', new Date(7)], ['subclass', new MyDate(8)], ['proxy of a date', proxy],
  ['Object.create(Date.prototype)', fake], ['toStringTag Date', tagged], ['number', 7], ['string', '1970'],
  ['null', null], ['undefined', undefined], ['Date.now function', Date.now]];
for (const [name, v] of others) {
  console.log(name, 'is_date', fmt(b.is(3, v, 0)), 'get_date_value', fmt(b.getDateValue(v, 0)));
}
// the date's time value, not a user valueOf
const d = new Date(42);
d.valueOf = () => 1;
d.getTime = () => 2;
console.log('overridden valueOf/getTime', fmt(b.getDateValue(d, 0)));
strictEqual(b.getDateValue(d, 0).value, 42);
for (const mode of [1, 2]) {
  console.log('is_date NULL mode', mode, fmt(b.is(3, new Date(1), mode)));
  console.log('get_date_value NULL mode', mode, fmt(b.getDateValue(new Date(1), mode)));
}
console.log('get_date_value NULL result of a non-date', fmt(b.getDateValue(1, 2)));
