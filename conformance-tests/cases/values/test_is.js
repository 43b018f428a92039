'use strict';
// napi_is_error, napi_is_array, napi_is_promise, napi_is_date, napi_is_arraybuffer on values of every kind.
const { show } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

class MyError extends TypeError {}
class MyPromise extends Promise {}
const values = [
  ['undefined', undefined], ['null', null], ['true', true], ['0', 0], ['"s"', 's'], ['symbol', Symbol('x')],
  ['1n', 1n], ['{}', {}], ['function', () => {}], ['[]', []], ['[1,2]', [1, 2]], ['new Array(3)', new Array(3)],
  ['proxy of []', new Proxy([], {})], ['proxy of {}', new Proxy({}, {})], ['new Error', new Error('e')],
  ['new TypeError', new TypeError('t')], ['subclass of TypeError', new MyError('m')],
  ['Object.create(Error.prototype)', Object.create(Error.prototype)], ['proxy of an error', new Proxy(new Error('p'), {})],
  ['{name,message}', { name: 'Error', message: 'x' }], ['Promise.resolve()', Promise.resolve(1)],
  ['subclass of Promise', MyPromise.resolve(2)], ['thenable', { then() {} }], ['proxy of a promise', new Proxy(Promise.resolve(3), {})],
  ['async function result', (async () => 1)()], ['new Date', new Date(0)], ['ArrayBuffer', new ArrayBuffer(4)],
  ['Uint8Array', new Uint8Array(2)], ['SharedArrayBuffer', new SharedArrayBuffer(4)], ['DataView', new DataView(new ArrayBuffer(2))],
  ['arguments', (function () { return arguments; })(1)], ['Array.prototype', Array.prototype],
  ['Error.prototype', Error.prototype], ['Promise.prototype', Promise.prototype],
];
const kinds = ['error', 'array', 'promise', 'date', 'arraybuffer'];
for (const [name, v] of values) {
  const row = kinds.map((k, i) => {
    const r = b.is(i, v, 0);
    return k + '=' + (r.status === 0 ? r.value : 'status ' + r.status);
  });
  console.log(name.padEnd(32), row.join(' '));
}
for (const [i, k] of kinds.entries()) {
  for (const mode of [1, 2]) {
    const r = b.is(i, {}, mode);
    console.log('is_' + k, 'NULL mode', mode, 'status=' + r.status, 'message=' + show(r.message));
  }
}
