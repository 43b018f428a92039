'use strict';
// napi_create_promise / napi_resolve_deferred / napi_reject_deferred / napi_is_promise: settlement, thenables,
// resolving with a promise, reaction order relative to synchronous code, and error paths.
const { show, strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);
const fmt = (r) => Object.keys(r).filter((k) => k !== 'promise').map((k) => k + '=' + show(r[k])).join(' ');

const out = [];
const watch = (name, p) => p.then((v) => out.push(`${name} fulfilled ${show(v)}`), (e) => out.push(`${name} rejected ${show(e)}`));

let r = b.createPromise(0);
console.log('create_promise', fmt(r), r.promise instanceof Promise, Object.getPrototypeOf(r.promise) === Promise.prototype);
watch('p1', r.promise);
console.log('resolve', fmt(b.conclude(r.id, 'value 1', true, 0)));

r = b.createPromise(0);
watch('p2', r.promise);
console.log('reject', fmt(b.conclude(r.id, new TypeError('nope'), false, 0)));

r = b.createPromise(0);
watch('p3 (resolved with a thenable)', r.promise);
console.log('resolve with thenable', fmt(b.conclude(r.id, { then(res) { out.push('then called'); res('from thenable'); } }, true, 0)));

r = b.createPromise(0);
watch('p4 (resolved with a rejected promise)', r.promise);
const rejected = Promise.reject(new Error('inner'));
rejected.catch(() => {});
console.log('resolve with a rejected promise', fmt(b.conclude(r.id, rejected, true, 0)));

r = b.createPromise(0);
watch('p5 (thenable whose then getter throws)', r.promise);
console.log('resolve with a throwing then getter', fmt(b.conclude(r.id, { get then() { throw new RangeError('getter'); } }, true, 0)));

r = b.createPromise(0);
watch('p6 (rejected with a promise)', r.promise.catch((e) => { out.push('p6 reason is a promise: ' + (e instanceof Promise)); return 'handled'; }));
console.log('reject with a promise', fmt(b.conclude(r.id, Promise.resolve(1), false, 0)));

r = b.createPromise(0);
watch('p7 (resolved with itself)', r.promise.catch((e) => e.constructor.name));
console.log('resolve with itself', fmt(b.conclude(r.id, r.promise, true, 0)));

r = b.createPromise(0);
watch('p8 (undefined)', r.promise);
console.log('resolve with undefined', fmt(b.conclude(r.id, undefined, true, 0)));

// error paths
console.log('create_promise NULL deferred', fmt(b.createPromise(1)));
console.log('create_promise NULL promise', fmt(b.createPromise(2)));
console.log('create_promise with an exception pending', fmt(b.createPromise(3)));
r = b.createPromise(0);
watch('p9 (after failed conclusions)', r.promise);
console.log('resolve NULL value', fmt(b.conclude(r.id, 1, true, 1)));
console.log('reject NULL value', fmt(b.conclude(r.id, 1, false, 1)));
console.log('resolve with an exception pending', fmt(b.conclude(r.id, 1, true, 3)));
console.log('reject with an exception pending', fmt(b.conclude(r.id, 1, false, 3)));
console.log('the deferred still works', fmt(b.conclude(r.id, 'late', true, 0)));

for (const [name, v] of [['promise', Promise.resolve()], ['thenable', { then() {} }], ['proxy of a promise', new Proxy(Promise.resolve(), {})], ['1', 1]]) {
  console.log('is_promise', name, fmt(b.isPromise(v, 0)));
}
console.log('is_promise NULL value', fmt(b.isPromise(1, 1)), 'NULL result', fmt(b.isPromise(1, 2)));

out.push('sync end');
console.log('synchronous part done');
Promise.resolve().then(() => Promise.resolve()).then(() => new Promise((res) => res())).then(() => {
  for (const line of out) console.log(line);
  strictEqual(out[0], 'sync end');
});
