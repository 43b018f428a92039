'use strict';
// napi_create_arraybuffer / napi_get_arraybuffer_info: the data pointer is the JS bytes, both ways.
const { strictEqual, deepStrictEqual, throws } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

// created by the addon: bytes written through the pointer are seen by JS
const ab = binding.create(8, 10);
strictEqual(Object.prototype.toString.call(ab), '[object ArrayBuffer]');
strictEqual(ab instanceof ArrayBuffer, true);
strictEqual(ab.byteLength, 8);
const u8 = new Uint8Array(ab);
console.log('created:', Array.from(u8).join(','));
deepStrictEqual(Array.from(u8), [10, 11, 12, 13, 14, 15, 16, 17]);
// JS writes are seen through the pointer, pointer writes by JS
u8[3] = 200;
strictEqual(binding.peek(ab, 3), 200);
binding.poke(ab, 5, 99);
strictEqual(u8[5], 99);
strictEqual(new DataView(ab).getUint8(5), 99);
console.log('after writes:', Array.from(u8).join(','), 'sum', binding.sum(ab));
strictEqual(binding.sum(ab), 10 + 11 + 12 + 200 + 14 + 99 + 16 + 17);

// created by JS: new ArrayBuffer, typed array buffers, slice(), resizable
for (const [what, make] of [
  ['new ArrayBuffer(16)', () => new ArrayBuffer(16)],
  ['new Uint8Array(16).buffer', () => new Uint8Array(16).buffer],
  ['new Float64Array(2).buffer', () => new Float64Array(2).buffer],
  ['slice()', () => new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]).buffer.slice(1)],
  ['resizable', () => new ArrayBuffer(16, { maxByteLength: 64 })],
]) {
  const b = make();
  const v = new Uint8Array(b);
  const info = binding.info(b);
  strictEqual(info.status, 0);
  strictEqual(info.byteLength, 16);
  v.fill(0);
  v[0] = 7;
  v[15] = 9;
  strictEqual(binding.sum(b), 16);
  binding.poke(b, 1, 33);
  strictEqual(v[1], 33);
  strictEqual(binding.peek(b, 15), 9);
  console.log(what + ':', 'byteLength', info.byteLength, 'bytes', v[0], v[1], v[15]);
}

// slice() is a copy: the original and the slice have different bytes
{
  const orig = new Uint8Array([1, 2, 3, 4]).buffer;
  const copy = orig.slice(0);
  binding.poke(copy, 0, 50);
  strictEqual(new Uint8Array(orig)[0], 1);
  strictEqual(new Uint8Array(copy)[0], 50);
  console.log('slice is a copy: orig', new Uint8Array(orig)[0], 'copy', new Uint8Array(copy)[0]);
}

// resizable buffers report their current byteLength
{
  const r = new ArrayBuffer(4, { maxByteLength: 32 });
  strictEqual(binding.info(r).byteLength, 4);
  r.resize(20);
  strictEqual(binding.info(r).byteLength, 20);
  binding.poke(r, 19, 5);
  strictEqual(new Uint8Array(r)[19], 5);
  r.resize(2);
  strictEqual(binding.info(r).byteLength, 2);
  console.log('resizable byteLength 4 -> 20 -> 2 ok');
}

// the pointer is stable while the buffer lives, also across allocations and gc
{
  const keep = binding.create(32, 0);
  binding.remember(keep);
  const garbage = [];
  for (let i = 0; i < 200; i++) garbage.push(new ArrayBuffer(1024));
  if (typeof gc === 'function') gc();
  strictEqual(binding.samePointer(keep), true);
  binding.pokeRemembered(31, 77);
  strictEqual(new Uint8Array(keep)[31], 77);
  console.log('pointer stable:', binding.samePointer(keep), 'garbage', garbage.length);
}

// zero-length buffers
{
  const z = binding.create(0, 0);
  strictEqual(z.byteLength, 0);
  strictEqual(binding.info(z).status, 0);
  strictEqual(binding.info(z).byteLength, 0);
  strictEqual(binding.info(new ArrayBuffer(0)).byteLength, 0);
  console.log('zero length ok');
}

// data out-param may be NULL
{
  const b = binding.createNoData(3);
  strictEqual(b.byteLength, 3);
  deepStrictEqual(Array.from(new Uint8Array(b)), [0, 0, 0]);
  console.log('createNoData:', b.byteLength);
}

// napi_get_arraybuffer_info on other values: napi_invalid_arg (1)
for (const [what, v] of [
  ['Uint8Array', new Uint8Array(4)],
  ['DataView', new DataView(new ArrayBuffer(4))],
  ['object', {}],
  ['spoofed tag', { [Symbol.toStringTag]: 'ArrayBuffer', byteLength: 4 }],
  ['Proxy of ArrayBuffer', new Proxy(new ArrayBuffer(4), {})],
  ['number', 1],
  ['undefined', undefined],
  ['string', 'abc'],
]) {
  const info = binding.info(v);
  console.log('info(' + what + '):', info.status);
  strictEqual(info.status, 1);
}

// errors thrown by the helpers surface as JS errors
throws(() => binding.peek(new ArrayBuffer(2), 5), RangeError);
