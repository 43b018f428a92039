'use strict';
// napi_is_buffer / napi_get_buffer_info: Node's Buffer::HasInstance is any ArrayBufferView (every typed array and
// DataView, not only Buffers); the length is the view's byte length, the data its first byte.
const { strictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const ab = new ArrayBuffer(16);
new Uint8Array(ab).forEach((_, i, a) => { a[i] = i; });
const cases = [
  ['Buffer.from', Buffer.from([1, 2, 3])],
  ['Buffer.alloc', Buffer.alloc(4, 2)],
  ['Uint8Array', new Uint8Array([5, 6])],
  ['Uint8Array at offset', new Uint8Array(ab, 3, 4)],
  ['Int16Array', new Int16Array(ab, 2, 3)],
  ['Float64Array', new Float64Array(ab, 8, 1)],
  ['BigInt64Array', new BigInt64Array(ab)],
  ['Uint8ClampedArray', new Uint8ClampedArray(ab, 15)],
  ['DataView', new DataView(ab, 1, 5)],
  ['DataView empty', new DataView(ab, 16)],
  ['Buffer subarray', Buffer.from(ab).subarray(10, 13)],
];
for (const [what, v] of cases) {
  const is = binding.isBuffer(v);
  const info = binding.info(v);
  strictEqual(is.status, 0);
  strictEqual(is.result, true);
  strictEqual(info.status, 0);
  strictEqual(info.length, v.byteLength);
  let sum = 0;
  const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  for (const x of bytes) sum += x;
  strictEqual(info.sum, sum);
  console.log(what + ':', 'is', is.result, 'length', info.length, 'sum', info.sum);
}

// writes through the data pointer land at the view's offset
const dv = new DataView(ab, 4, 4);
binding.poke(dv, 1, 200);
strictEqual(new Uint8Array(ab)[5], 200);
const i32 = new Int32Array(ab, 8, 2);
binding.poke(i32, 4, 0xff);
strictEqual(new Uint8Array(ab)[12], 0xff);
strictEqual(binding.peek(new Uint16Array(ab, 4, 1), 1), 200);
console.log('offset writes ok:', new Uint8Array(ab)[5], new Uint8Array(ab)[12]);

// not views: napi_is_buffer false, napi_get_buffer_info napi_invalid_arg (1)
for (const [what, v] of [
  ['ArrayBuffer', new ArrayBuffer(4)],
  ['SharedArrayBuffer', new SharedArrayBuffer(4)],
  ['array', [1, 2]],
  ['object', { length: 2, 0: 1, 1: 2 }],
  ['Proxy of a Buffer', new Proxy(Buffer.alloc(2), {})],
  ['impostor', Object.create(Buffer.prototype)],
  ['string', 'ab'],
  ['number', 3],
  ['null', null],
  ['undefined', undefined],
]) {
  const is = binding.isBuffer(v);
  const info = binding.info(v);
  strictEqual(is.status, 0);
  strictEqual(is.result, false);
  strictEqual(info.status, 1);
  console.log(what + ':', 'is', is.result, 'info status', info.status);
}

// NULL arguments: create / copy / external with NULL result, info with NULL value, both out-params NULL (napi_ok),
// is_buffer with NULL value or result
const nulls = binding.nullArgs(Buffer.alloc(2));
console.log('null args:', nulls.join(','));
strictEqual(nulls.join(','), '1,1,1,1,0,1,1');

// with an exception pending: the creating functions refuse (napi_pending_exception), the queries answer
const pending = [];
for (let which = 0; which < 5; which++) {
  let threw = null;
  try { binding.withPending(which, Buffer.alloc(2)); } catch (e) { threw = e.message; }
  strictEqual(threw, 'pending');
  pending.push(binding.lastStatus());
}
console.log('with pending exception:', pending.join(','));
strictEqual(pending.join(','), '10,10,10,0,0');
