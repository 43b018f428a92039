'use strict';
// napi_is_arraybuffer, napi_detach_arraybuffer, napi_is_detached_arraybuffer, NULL arguments, pending exceptions.
const { strictEqual, deepStrictEqual, throws } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const values = [
  ['ArrayBuffer', new ArrayBuffer(4)],
  ['addon ArrayBuffer', binding.create(4, 0)],
  ['external ArrayBuffer', binding.externalNoFinalizer(4)],
  ['resizable ArrayBuffer', new ArrayBuffer(4, { maxByteLength: 8 })],
  ['SharedArrayBuffer', new SharedArrayBuffer(4)],
  ['Uint8Array', new Uint8Array(4)],
  ['DataView', new DataView(new ArrayBuffer(4))],
  ['spoofed tag', { [Symbol.toStringTag]: 'ArrayBuffer' }],
  ['Proxy of ArrayBuffer', new Proxy(new ArrayBuffer(4), {})],
  ['subclass instance', new (class extends ArrayBuffer {})(4)],
  ['object', {}],
  ['array', []],
  ['null', null],
  ['undefined', undefined],
  ['number', 3],
  ['string', 's'],
];
for (const [what, v] of values) {
  const r = binding.isArrayBuffer(v);
  const d = binding.isDetached(v);
  console.log(what + ': isArrayBuffer', r.status, r.result, 'isDetached', d.status, d.result);
  strictEqual(r.status, 0);
  strictEqual(d.status, 0);
  strictEqual(d.result, false);
}

// detach: JS sees a detached buffer; views see length 0
{
  const ab = binding.create(8, 1);
  const view = new Uint8Array(ab);
  strictEqual(binding.detach(ab), 0);
  strictEqual(ab.byteLength, 0);
  strictEqual(view.length, 0);
  strictEqual(binding.isDetached(ab).result, true);
  const info = binding.info(ab);
  strictEqual(info.status, 0);
  strictEqual(info.byteLength, 0);
  strictEqual(info.dataIsNull, true);
  console.log('detached addon buffer: byteLength', ab.byteLength, 'view length', view.length, 'info', info.status, info.byteLength, info.dataIsNull);
  // detaching twice is fine
  strictEqual(binding.detach(ab), 0);
  console.log('detach twice:', 0);
}
{
  const ab = new ArrayBuffer(8);
  strictEqual(binding.detach(ab), 0);
  strictEqual(binding.isDetached(ab).result, true);
  console.log('detached JS buffer: ok');
}
{
  const ab = binding.externalNoFinalizer(8);
  strictEqual(new Uint8Array(ab)[1], 101);
  strictEqual(binding.detach(ab), 0);
  strictEqual(ab.byteLength, 0);
  strictEqual(binding.isDetached(ab).result, true);
  console.log('detached external buffer: byteLength', ab.byteLength);
}

// detach of a non-ArrayBuffer: napi_arraybuffer_expected (19)
for (const [what, v] of [['Uint8Array', new Uint8Array(2)], ['SharedArrayBuffer', new SharedArrayBuffer(2)], ['object', {}], ['number', 1], ['undefined', undefined]]) {
  const st = binding.detach(v);
  console.log('detach(' + what + '):', st);
  strictEqual(st, 19);
}

// NULL pointer arguments: napi_invalid_arg, except napi_create_external_arraybuffer with a NULL result, which Node
// answers napi_ok (it makes a Buffer, then asks napi_get_typedarray_info for its optional arraybuffer out-param)
{
  const st = binding.nullArgs(new ArrayBuffer(4));
  console.log('NULL arguments:', st.join(','));
  deepStrictEqual(st, [1, 0, 1, 0, 1, 1, 1, 1, 1]);
}

// pending exception: functions with NAPI_PREAMBLE refuse (10), the others work
const names = ['create_arraybuffer', 'create_external_arraybuffer', 'get_arraybuffer_info', 'is_arraybuffer', 'is_detached_arraybuffer', 'detach_arraybuffer'];
for (let i = 0; i < names.length; i++) {
  throws(() => binding.withPending(i, new ArrayBuffer(2)), { message: 'pending' });
  console.log('pending exception, ' + names[i] + ':', binding.lastStatus());
}
