'use strict';
// napi_create_external_arraybuffer over no memory (NULL data, length 0): node makes it detached at once (JS sees a
// detached buffer too; Node's test_typedarray NullArrayBuffer) and calls its finalizer once, asynchronously.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const ab = binding.externalNull();
strictEqual(ab instanceof ArrayBuffer, true);
const d = binding.isDetached(ab);
console.log('napi_is_detached_arraybuffer:', d.status, d.result, 'byteLength', ab.byteLength);
deepStrictEqual([d.status, d.result], [0, true]);
strictEqual(ab.byteLength, 0);
if ('detached' in ArrayBuffer.prototype) strictEqual(ab.detached, true); // node 20 has no .detached
const info = binding.info(ab);
deepStrictEqual([info.status, info.byteLength, info.dataIsNull], [0, 0, true]);
let viewError = null;
try { new Uint8Array(ab); } catch (e) { viewError = e; }
strictEqual(viewError instanceof TypeError, true); // no view of a detached buffer
// a zero-length buffer over real memory is not detached
deepStrictEqual(binding.isDetached(binding.externalNoFinalizer(0)).result, false);
console.log('finalizer calls during the call:', binding.nullFinalized());
setImmediate(() => setImmediate(() => {
  console.log('finalizer calls later:', binding.nullFinalized());
  strictEqual(binding.nullFinalized(), 1);
}));
