// node20: skip
'use strict';
// ArrayBuffer.prototype.transfer (not in node 20): the old buffer is detached, the new one is a normal buffer.
const { strictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const a = binding.create(4, 1);
const b = a.transfer();
strictEqual(a.detached, true);
strictEqual(binding.isDetached(a).result, true);
strictEqual(binding.isDetached(b).result, false);
strictEqual(binding.info(b).byteLength, 4);
strictEqual(binding.peek(b, 3), 4);
binding.poke(b, 0, 9);
strictEqual(new Uint8Array(b)[0], 9);
console.log('transfer: old detached', binding.isDetached(a).result, 'new length', binding.info(b).byteLength);
const ext = binding.external(3, 7);
const moved = ext.transfer(5);
strictEqual(binding.isDetached(ext).result, true);
strictEqual(moved.byteLength, 5);
strictEqual(new Uint8Array(moved)[2], 9);
console.log('transfer of external: new length', moved.byteLength, 'bytes', Array.from(new Uint8Array(moved)).join(','));
