// zlib.crc32 (node 22+): strings as UTF-8, buffers and typed arrays by their bytes, a running value.
const zlib = require('zlib');
const { inputs } = require('./_inputs.js');
console.log(zlib.crc32(''), zlib.crc32('hello'), zlib.crc32('héllo ☃'), zlib.crc32(Buffer.from('hello')));
console.log(zlib.crc32(inputs.noise), zlib.crc32(inputs.words));
let v = 0;
for (let i = 0; i < inputs.words.length; i += 777) v = zlib.crc32(inputs.words.subarray(i, i + 777), v);
console.log('running', v, v === zlib.crc32(inputs.words));
console.log(zlib.crc32(new Uint16Array([1, 2, 3])), zlib.crc32(new DataView(new ArrayBuffer(5))), zlib.crc32('x', 4294967295));
try { zlib.crc32('x', -1); } catch (e) { console.log(e.code, e.message); }
