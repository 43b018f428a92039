'use strict';
// napi_create_external_arraybuffer: the JS bytes are the addon's memory (no copy), both ways.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const ab = binding.external(6, 40);
strictEqual(ab instanceof ArrayBuffer, true);
strictEqual(ab.byteLength, 6);
const v = new Uint8Array(ab);
console.log('external:', Array.from(v).join(','));
deepStrictEqual(Array.from(v), [40, 41, 42, 43, 44, 45]);
v[2] = 250;
strictEqual(binding.externalByte(2), 250);
binding.setExternalByte(4, 1);
strictEqual(v[4], 1);
const dv = new DataView(ab);
dv.setUint16(0, 0x0102, true);
strictEqual(binding.externalByte(0), 2);
strictEqual(binding.externalByte(1), 1);
console.log('after writes:', Array.from(v).join(','));
const info = binding.info(ab);
strictEqual(info.status, 0);
strictEqual(info.byteLength, 6);
// typed arrays over it with an offset, and slice() copies out of it
const i16 = new Int16Array(ab, 2, 2);
i16[1] = -1;
strictEqual(binding.externalByte(4), 255);
strictEqual(binding.externalByte(5), 255);
const s = ab.slice(1, 3);
deepStrictEqual(Array.from(new Uint8Array(s)), [1, 250]);
console.log('slice of external:', Array.from(new Uint8Array(s)).join(','));
// zero-length external buffer
const z = binding.externalNoFinalizer(0);
strictEqual(z.byteLength, 0);
strictEqual(binding.isArrayBuffer(z).result, true);
console.log('zero-length external:', z.byteLength);
