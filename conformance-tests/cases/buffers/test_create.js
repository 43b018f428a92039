'use strict';
// napi_create_buffer / napi_create_buffer_copy: real Buffers (Uint8Arrays with Buffer.prototype) whose data pointer is
// the JS bytes, both ways; Buffer methods work on them.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

// created by the addon, bytes written through the data pointer
const b = binding.create(6, 0x61); // 'abcdef'
strictEqual(Object.getPrototypeOf(b), Buffer.prototype);
strictEqual(b instanceof Buffer, true);
strictEqual(b instanceof Uint8Array, true);
strictEqual(Buffer.isBuffer(b), true);
strictEqual(ArrayBuffer.isView(b), true);
strictEqual(Object.prototype.toString.call(b), '[object Uint8Array]');
strictEqual(b.length, 6);
strictEqual(b.byteOffset, 0);
strictEqual(b.buffer.byteLength, 6);
console.log('create:', Array.from(b).join(','), JSON.stringify(b.toString()), b.toString('hex'), b.toString('base64'));
deepStrictEqual(Array.from(b), [0x61, 0x62, 0x63, 0x64, 0x65, 0x66]);
strictEqual(b.toString('hex'), '616263646566');
strictEqual(b.toString('latin1', 1, 3), 'bc');
strictEqual(b.equals(Buffer.from('abcdef')), true);
strictEqual(b.equals(Buffer.from('abcdeg')), false);
strictEqual(b.compare(Buffer.from('abcdeg')), -1);
strictEqual(b.indexOf('cd'), 2);
strictEqual(b.readUInt16BE(0), 0x6162);
strictEqual(b.readUInt32LE(2), 0x66656463);
console.log('JSON:', JSON.stringify(b));

// JS writes are seen through the data pointer and pointer writes by JS
b[0] = 0x41;
strictEqual(binding.peek(b, 0), 0x41);
b.write('XY', 4);
strictEqual(binding.peek(b, 4), 0x58);
strictEqual(binding.peek(b, 5), 0x59);
binding.poke(b, 1, 0x42);
strictEqual(b.toString(), 'ABcdXY');
console.log('after writes:', b.toString());

// slice() and subarray() alias the same bytes (unlike TypedArray.prototype.slice)
const s = b.slice(2, 4);
strictEqual(Object.getPrototypeOf(s), Buffer.prototype);
strictEqual(s.length, 2);
strictEqual(s.buffer, b.buffer);
binding.poke(s, 0, 0x7a);
strictEqual(b[2], 0x7a);
b[3] = 0x21;
strictEqual(s.toString(), 'z!');
strictEqual(binding.info(s).length, 2);
strictEqual(binding.info(s).sum, 0x7a + 0x21);
const sub = b.subarray(1);
binding.poke(sub, 0, 0x5f);
strictEqual(b[1], 0x5f);
console.log('slice aliases:', b.toString(), s.toString(), sub.toString());

// zero length, NULL data out-parameter (the Buffer is still made, zero-filled)
const z = binding.create(0, 0);
strictEqual(z.length, 0);
strictEqual(Buffer.isBuffer(z), true);
const nd = binding.createNoData(5);
strictEqual(Buffer.isBuffer(nd), true);
strictEqual(nd.length, 5);
nd.fill(3);
strictEqual(binding.info(nd).sum, 15);
console.log('zero length:', z.length, 'no data:', nd.length, binding.info(nd).sum);

// napi_create_buffer_copy: a copy (the source is overwritten and freed afterwards), result_data is its bytes
const c = binding.copy(5, 0x30);
strictEqual(c.distinct, true);
strictEqual(c.aliased, true);
strictEqual(Object.getPrototypeOf(c.buffer), Buffer.prototype);
strictEqual(c.buffer.toString(), '01234');
binding.poke(c.buffer, 4, 0x39);
strictEqual(c.buffer.toString(), '01239');
console.log('copy:', c.buffer.toString(), c.distinct, c.aliased);
const c0 = binding.copy(0, 0);
strictEqual(c0.buffer.length, 0);
const cn = binding.copyNoResultData(3);
deepStrictEqual(Array.from(cn), [1, 2, 3]);
strictEqual(cn.toString('hex'), '010203');
const ce = binding.copyEmptyNull();
strictEqual(Buffer.isBuffer(ce), true);
strictEqual(ce.length, 0);
console.log('copy variants:', c0.buffer.length, cn.toString('hex'), ce.length);

// many buffers: each pointer is its own memory
const bufs = [];
for (let i = 0; i < 50; i++) bufs.push(binding.create(16, i));
if (typeof gc === 'function') gc();
for (let i = 0; i < 50; i++) {
  strictEqual(bufs[i][0], i);
  strictEqual(binding.peek(bufs[i], 15), i + 15);
}
console.log('50 buffers ok');
