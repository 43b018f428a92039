// node20: skip
'use strict';
// node_api_create_sharedarraybuffer / node_api_is_sharedarraybuffer (experimental, Node 24.9+).
const { strictEqual, deepStrictEqual, throws } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const sab = binding.create(8, 20);
strictEqual(Object.prototype.toString.call(sab), '[object SharedArrayBuffer]');
strictEqual(sab instanceof SharedArrayBuffer, true);
strictEqual(sab.byteLength, 8);
const v = new Uint8Array(sab);
console.log('created:', Array.from(v).join(','));
deepStrictEqual(Array.from(v), [20, 21, 22, 23, 24, 25, 26, 27]);
v[0] = 1;
strictEqual(binding.byteAt(0), 1);
binding.setByteAt(7, 2);
strictEqual(v[7], 2);
strictEqual(Atomics.add(new Int32Array(sab), 1, 1) >= 0, true);
console.log('after writes:', Array.from(v).join(','));

for (const [what, x] of [['created', sab], ['JS SharedArrayBuffer', new SharedArrayBuffer(2)], ['ArrayBuffer', new ArrayBuffer(2)],
  ['Uint8Array over SAB', v], ['object', {}], ['Proxy of SAB', new Proxy(sab, {})], ['number', 1]]) {
  console.log(what + ': is shared / is arraybuffer', binding.is(x).join(','));
}

console.log('napi_get_arraybuffer_info on it:', binding.info(sab).join(','));
console.log('napi_detach_arraybuffer on it:', binding.detach(sab));

const ta = binding.typedArray(sab, 2, 4);
console.log('napi_create_typedarray over it:', binding.lastStatus(), ta === undefined ? 'undefined' : ta.length);
const jsView = new Uint8Array(sab, 2, 4);
console.log('napi_get_typedarray_info of a view over it:', binding.viewInfo(jsView).join(','));
strictEqual(binding.viewBuffer(jsView), sab);
const dv = binding.dataView(sab, 1, 2);
strictEqual(dv.buffer, sab);
console.log('napi_create_dataview over it:', binding.lastStatus(), dv.byteOffset, dv.byteLength);
dv.setUint8(0, 77);
strictEqual(binding.byteAt(1), 77);
const e = throws(() => binding.dataView(sab, 4, 5), RangeError);
console.log('napi_create_dataview over it, too long:', binding.lastStatus(), e.code);

console.log('NULL arguments:', binding.nullArgs(sab).join(','));
for (const [i, name] of ['create_sharedarraybuffer', 'is_sharedarraybuffer'].entries()) {
  throws(() => binding.withPending(i, sab), { message: 'pending' });
  console.log('pending exception, ' + name + ':', binding.lastStatus());
}
