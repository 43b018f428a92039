// node20: skip
'use strict';
// napi_float16_array (Node-API's NODE_API_HAS_FLOAT16_ARRAY): Float16Array in Node 25.
const { strictEqual, throws } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const ab = new ArrayBuffer(16);
const ta = binding.create(11, ab, 4, 3);
strictEqual(binding.lastStatus(), 0);
strictEqual(ta.constructor.name, 'Float16Array');
strictEqual(ta.length, 3);
ta[0] = 1.5;
const info = binding.info(ta);
strictEqual(info.type, 11);
strictEqual(info.dataOk, true);
console.log('Float16Array: type', info.type, 'length', info.length, 'byteOffset', info.byteOffset, 'value', ta[0]);
const js = binding.info(new Float16Array(5));
strictEqual(js.type, 11);
console.log('JS Float16Array: type', js.type, 'length', js.length);
const e = throws(() => binding.create(11, ab, 1, 1), RangeError);
console.log('Float16Array offset 1:', binding.lastStatus(), e.code, JSON.stringify(e.message));
