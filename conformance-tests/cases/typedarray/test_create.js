'use strict';
// napi_create_typedarray for every napi_typedarray_type Node 20 has, and its RangeErrors.
const { strictEqual, deepStrictEqual, throws } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array];

for (let type = 0; type < TYPES.length; type++) {
  const C = TYPES[type];
  const ab = new ArrayBuffer(64);
  const size = C.BYTES_PER_ELEMENT;
  const ta = binding.create(type, ab, 2 * size, 3);
  strictEqual(binding.lastStatus(), 0);
  strictEqual(Object.getPrototypeOf(ta), C.prototype);
  strictEqual(ta.buffer, ab);
  strictEqual(ta.byteOffset, 2 * size);
  strictEqual(ta.length, 3);
  const info = binding.info(ta);
  strictEqual(info.status, 0);
  strictEqual(info.type, type);
  strictEqual(info.length, 3);
  strictEqual(info.byteOffset, 2 * size);
  strictEqual(info.buffer, ab);
  strictEqual(info.dataOk, true);
  // bytes written through the data pointer land at byteOffset in the buffer
  binding.fillBytes(ta, 0x11);
  const bytes = new Uint8Array(ab);
  strictEqual(bytes[2 * size - 1], 0);
  strictEqual(bytes[2 * size], 0x11);
  strictEqual(bytes[5 * size - 1], 0x11);
  strictEqual(bytes[5 * size], 0);
  console.log(C.name + ': type', info.type, 'length', info.length, 'byteOffset', info.byteOffset, 'element', String(ta[0]));
  // length 0 at the end of the buffer is fine
  strictEqual(binding.create(type, ab, 64, 0).length, 0);
}

// misaligned byte_offset: RangeError ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT, pending exception
for (let type = 3; type < TYPES.length; type++) {
  const e = throws(() => binding.create(type, new ArrayBuffer(64), 1, 1), RangeError);
  console.log(TYPES[type].name + ' offset 1:', binding.lastStatus(), e.code, JSON.stringify(e.message));
}
// out of bounds: RangeError ERR_NAPI_INVALID_TYPEDARRAY_LENGTH
for (const [type, off, len] of [[1, 0, 65], [1, 64, 1], [1, 65, 0], [5, 4, 16], [8, 8, 8], [8, 0, 9], [10, 56, 2]]) {
  const e = throws(() => binding.create(type, new ArrayBuffer(64), off, len), RangeError);
  console.log(TYPES[type].name + ' offset ' + off + ' length ' + len + ':', binding.lastStatus(), e.code, JSON.stringify(e.message));
}
// a length whose byte size overflows
{
  const e = throws(() => binding.createHuge(1, new ArrayBuffer(8), 0), RangeError);
  console.log('huge length:', binding.lastStatus(), e.code);
}
// both wrong: the alignment is checked first
{
  const e = throws(() => binding.create(5, new ArrayBuffer(8), 2, 100), RangeError);
  console.log('misaligned and too long:', e.code);
}

// not an ArrayBuffer, or not a type: napi_invalid_arg, nothing thrown
for (const [what, v] of [['Uint8Array', new Uint8Array(8)], ['DataView', new DataView(new ArrayBuffer(8))],
  ['object', {}], ['number', 8], ['undefined', undefined], ['Proxy', new Proxy(new ArrayBuffer(8), {})]]) {
  strictEqual(binding.create(1, v, 0, 1), undefined);
  console.log('create over ' + what + ':', binding.lastStatus());
}
for (const type of [12, 99, -1]) {
  strictEqual(binding.create(type, new ArrayBuffer(8), 0, 1), undefined);
  console.log('type ' + type + ':', binding.lastStatus());
}
// the type is checked before the alignment and the length
strictEqual(binding.create(99, new ArrayBuffer(8), 1, 100), undefined);
console.log('bad type, misaligned, too long:', binding.lastStatus());

// NULL arguments and a pending exception
console.log('NULL arguments:', binding.nullArgs(new ArrayBuffer(4), new Uint8Array(2)).join(','));
deepStrictEqual(binding.nullArgs(new ArrayBuffer(4), new Uint8Array(2)), [1, 1, 1, 1, 1]);
for (const [i, name] of ['create_typedarray', 'is_typedarray', 'get_typedarray_info'].entries()) {
  throws(() => binding.withPending(i, i === 0 ? new ArrayBuffer(2) : new Uint8Array(2)), { message: 'pending' });
  console.log('pending exception, ' + name + ':', binding.lastStatus());
}
