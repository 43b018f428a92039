// Compressed bytes as node 25's: for short inputs (and stored, incompressible ones) printed in full for gzip, deflate
// and raw deflate at levels 1, 6, 9 and other options. Longer compressible inputs do not give node's bytes: node
// bundles Chromium's zlib 1.3.1, whose deflate finds other matches than the system zlib napi-jvm calls (measured in
// docs/node-compat.md); for them the direction that must hold is checked: node's bytes inflate to the input.
const zlib = require('zlib');
const { inputs, fnv } = require('./_inputs.js');
const short = { empty: inputs.empty, hello: inputs.hello, noise100: inputs.noise.subarray(0, 100), noise1k: inputs.noise.subarray(0, 1000) };
const show = (b) => (b.length <= 120 ? b.toString('base64') : `${b.length} bytes fnv ${fnv(b)}`);
for (const [name, input] of Object.entries(short)) {
  for (const level of [0, 1, 6, 9]) {
    console.log(name, 'gzip', level, show(zlib.gzipSync(input, { level })));
    console.log(name, 'deflate', level, show(zlib.deflateSync(input, { level })));
    console.log(name, 'deflateRaw', level, show(zlib.deflateRawSync(input, { level })));
  }
  console.log(name, 'gzip memLevel 9 strategy RLE', show(zlib.gzipSync(input, { memLevel: 9, strategy: zlib.constants.Z_RLE })));
  console.log(name, 'deflate windowBits 9 huffman', show(zlib.deflateSync(input, { windowBits: 9, strategy: zlib.constants.Z_HUFFMAN_ONLY })));
  console.log(name, 'deflate dictionary', show(zlib.deflateSync(input, { dictionary: Buffer.from('hello world') })));
}
// node 25's zlib.gzipSync(inputs.repeat, { level: 9 })
const nodeGzip = Buffer.from('H4sIAAAAAAACA+3KyxGCMBQAwFZeBfYkEog/AjHxQ/XOWIWHPe7Mtpxi6+fTNYZaXktM5R2Xfl8fUZ6pRsspbsf9E2OZDz/JsizLsizLsizLsizLsizLsizLsizLsizLsizLsizLsizLsizLsizLsizLsizLsizLsizLf5m/En9/HFBGAAA=', 'base64');
console.log('node bytes gunzip', zlib.gunzipSync(nodeGzip).equals(inputs.repeat), zlib.unzipSync(nodeGzip).equals(inputs.repeat));
// brotli and zstd: the system's libbrotli 1.0.9 and libzstd 1.5.4 give node's bytes (brotli 1.2.0, zstd 1.5.7) for these
const more = { ...short, repeat: inputs.repeat, text2k: inputs.words.subarray(0, 2000), text16k: inputs.words.subarray(0, 16000) };
for (const [name, input] of Object.entries(more)) {
  console.log(name, 'brotli', show(zlib.brotliCompressSync(input)));
  // (quality 4 differs from node's on longer text: brotli 1.0.9 vs 1.2.0)
  if (input.length <= 18000 && !name.startsWith('text')) console.log(name, 'brotli quality 4 text', show(zlib.brotliCompressSync(input, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } })));
  console.log(name, 'zstd', show(zlib.zstdCompressSync(input)));
  console.log(name, 'zstd level 9 checksum', show(zlib.zstdCompressSync(input, { params: {
    [zlib.constants.ZSTD_c_compressionLevel]: 9, [zlib.constants.ZSTD_c_checksumFlag]: 1 } })));
}
