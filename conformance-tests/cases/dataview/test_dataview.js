'use strict';
// napi_create_dataview (and its RangeError), napi_is_dataview, napi_get_dataview_info; the data pointer aliases.
const { strictEqual, deepStrictEqual, throws } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const ab = new ArrayBuffer(16);
const dv = binding.create(ab, 4, 8);
strictEqual(binding.lastStatus(), 0);
strictEqual(Object.getPrototypeOf(dv), DataView.prototype);
deepStrictEqual([dv.byteOffset, dv.byteLength], [4, 8]);
strictEqual(dv.buffer, ab);
const info = binding.info(dv);
deepStrictEqual([info.status, info.byteLength, info.byteOffset, info.dataOk], [0, 8, 4, true]);
strictEqual(info.buffer, ab);
console.log('create(ab, 4, 8): byteLength', info.byteLength, 'byteOffset', info.byteOffset);
binding.setByte(dv, 0, 0xab);
strictEqual(new Uint8Array(ab)[4], 0xab);
dv.setUint8(7, 9);
strictEqual(binding.getByte(dv, 7), 9);
console.log('aliasing: ab[4]', new Uint8Array(ab)[4], 'getByte(7)', binding.getByte(dv, 7));

// edges that fit
for (const [off, len] of [[0, 16], [16, 0], [0, 0], [15, 1]]) {
  const d = binding.create(ab, off, len);
  strictEqual(binding.lastStatus(), 0);
  console.log('create(ab, ' + off + ', ' + len + '):', d.byteOffset, d.byteLength);
}
// too long: RangeError ERR_NAPI_INVALID_DATAVIEW_ARGS, napi_pending_exception
for (const [off, len] of [[0, 17], [16, 1], [17, 0], [8, 9]]) {
  const e = throws(() => binding.create(ab, off, len), RangeError);
  console.log('create(ab, ' + off + ', ' + len + '):', binding.lastStatus(), e.code, JSON.stringify(e.message));
}
// not an ArrayBuffer: napi_invalid_arg
for (const [what, v] of [['Uint8Array', new Uint8Array(4)], ['DataView', dv], ['object', {}], ['number', 1]]) {
  strictEqual(binding.create(v, 0, 1), undefined);
  console.log('create over ' + what + ':', binding.lastStatus());
}

// JS-made DataViews, and a user getter does not change the answer
{
  const base = new ArrayBuffer(10);
  const j = new DataView(base, 2);
  Object.defineProperty(j, 'byteLength', { value: 1000 });
  const i = binding.info(j);
  deepStrictEqual([i.byteLength, i.byteOffset, i.dataOk], [8, 2, true]);
  binding.setByte(j, 7, 1);
  strictEqual(new Uint8Array(base)[9], 1);
  console.log('JS DataView(base, 2): byteLength', i.byteLength, 'byteOffset', i.byteOffset);
}

// detached buffer
{
  const b = new ArrayBuffer(8);
  const d = new DataView(b, 2, 4);
  strictEqual(binding.detach(b), 0);
  const i = binding.info(d);
  console.log('detached: status', i.status, 'byteLength', i.byteLength, 'byteOffset', i.byteOffset, 'buffer same', i.buffer === b);
}

console.log('partial out-params:', binding.partial(dv).join(','));
for (const [what, v] of [['DataView', dv], ['Uint8Array', new Uint8Array(1)], ['ArrayBuffer', ab], ['object', {}],
  ['Proxy of DataView', new Proxy(dv, {})], ['spoofed tag', { [Symbol.toStringTag]: 'DataView' }], ['undefined', undefined]]) {
  console.log(what + ': is', binding.isDataView(v).join(','), 'info', binding.info(v).status);
}
console.log('NULL arguments:', binding.nullArgs(ab, dv).join(','));
for (const [i, name] of ['create_dataview', 'is_dataview', 'get_dataview_info'].entries()) {
  throws(() => binding.withPending(i, i === 0 ? ab : dv), { message: 'pending' });
  console.log('pending exception, ' + name + ':', binding.lastStatus());
}
