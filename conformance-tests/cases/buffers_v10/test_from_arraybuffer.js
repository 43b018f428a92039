// node20: skip
'use strict';
// node_api_create_buffer_from_arraybuffer (Node-API 10): a Buffer viewing [byte_offset, byte_offset + byte_length)
// of an ArrayBuffer. Out of range: a pending RangeError ERR_OUT_OF_RANGE, yet napi_ok (Node returns what
// napi_throw_range_error returns). Not an ArrayBuffer: napi_invalid_arg.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const ab = new ArrayBuffer(8);
const all = new Uint8Array(ab);
all.forEach((_, i, a) => { a[i] = 0x61 + i; }); // 'abcdefgh'

for (const [off, len] of [[0, 8], [2, 4], [7, 1], [8, 0], [0, 0]]) {
  const b = binding.fromArrayBuffer(ab, off, len);
  strictEqual(binding.lastStatus(), 0);
  strictEqual(Object.getPrototypeOf(b), Buffer.prototype);
  strictEqual(b.buffer, ab);
  strictEqual(b.byteOffset, off);
  strictEqual(b.length, len);
  console.log(off + ',' + len + ':', JSON.stringify(b.toString()), b.toString('hex'));
}

// the Buffer aliases the ArrayBuffer, both ways, also through napi_get_buffer_info's data pointer
const b = binding.fromArrayBuffer(ab, 2, 4);
b[0] = 0x43;
strictEqual(all[2], 0x43);
all[5] = 0x46;
strictEqual(b.toString(), 'CdeF');
binding.poke(b, 1, 0x44);
strictEqual(all[3], 0x44);
strictEqual(binding.info(b).length, 4);
strictEqual(binding.info(b).sum, 0x43 + 0x44 + 0x65 + 0x46);
const s = b.slice(1, 3);
s[1] = 0x45;
strictEqual(all[4], 0x45);
console.log('aliasing:', b.toString(), String.fromCharCode(...all));

// out of range: RangeError pending, status napi_ok, no result
for (const [off, len] of [[0, 9], [9, 0], [1, 8], [4, 5]]) {
  let err = null;
  try { binding.fromArrayBuffer(ab, off, len); } catch (e) { err = e; }
  strictEqual(binding.lastStatus(), 0);
  strictEqual(err instanceof RangeError, true);
  strictEqual(err.code, 'ERR_OUT_OF_RANGE');
  console.log(off + ',' + len + ':', 'status', binding.lastStatus(), err.name, err.code, err.message);
}

// not an ArrayBuffer: napi_invalid_arg (1), nothing thrown
for (const [what, v] of [
  ['SharedArrayBuffer', new SharedArrayBuffer(4)],
  ['Uint8Array', new Uint8Array(4)],
  ['Buffer', Buffer.alloc(4)],
  ['DataView', new DataView(new ArrayBuffer(4))],
  ['object', {}],
  ['number', 1],
  ['undefined', undefined],
]) {
  strictEqual(binding.fromArrayBuffer(v, 0, 1), undefined);
  strictEqual(binding.lastStatus(), 1);
  console.log(what + ':', 'status', binding.lastStatus());
}

// NULL result, NULL arraybuffer
const nulls = binding.fromArrayBufferNulls(ab);
deepStrictEqual(nulls, [1, 1]);
console.log('null args:', nulls.join(','));

// an exception pending: napi_pending_exception (10)
let threw = null;
try { binding.withPending(ab); } catch (e) { threw = e.message; }
strictEqual(threw, 'pending');
strictEqual(binding.lastStatus(), 10);
console.log('with pending exception:', binding.lastStatus());

// a detached ArrayBuffer: an empty Buffer (0, 0); napi_get_buffer_info of a view of a detached buffer: length 0
{
  const d = new ArrayBuffer(4);
  const view = new Uint8Array(d, 1, 2);
  d.transfer();
  const e = binding.fromArrayBuffer(d, 0, 0);
  strictEqual(binding.lastStatus(), 0);
  strictEqual(Buffer.isBuffer(e), true);
  strictEqual(e.length, 0);
  let err = null;
  try { binding.fromArrayBuffer(d, 0, 1); } catch (x) { err = x; }
  strictEqual(err.code, 'ERR_OUT_OF_RANGE');
  const info = binding.info(view);
  strictEqual(info.status, 0);
  strictEqual(info.length, 0);
  console.log('detached:', e.length, err.code, 'view info length', info.length);
}
