// Brotli and zstd: sync, callback and stream round trips, parameters, flush operations, errors with node's codes.
// Their compressed bytes are not compared: node bundles brotli 1.2.0 and zstd 1.5.7, napi-jvm calls the system's.
const zlib = require('zlib');
const { inputs } = require('./_inputs.js');
const { constants: C } = zlib;
const show = (e) => `${e.name} ${e.code} ${e.errno} ${e.message}`;
for (const [name, input] of Object.entries(inputs)) {
  const b = zlib.brotliCompressSync(input, { chunkSize: 64 });
  console.log('brotli', name, zlib.brotliDecompressSync(b, { chunkSize: 64 }).equals(input), b.length <= input.length + 8);
  const z = zlib.zstdCompressSync(input, { chunkSize: 64 });
  console.log('zstd', name, zlib.zstdDecompressSync(z, { chunkSize: 64 }).equals(input), z.length <= input.length + 16);
}
const q = { params: { [C.BROTLI_PARAM_QUALITY]: 2, [C.BROTLI_PARAM_MODE]: C.BROTLI_MODE_TEXT, [C.BROTLI_PARAM_SIZE_HINT]: inputs.words.length } };
console.log('brotli params', zlib.brotliDecompressSync(zlib.brotliCompressSync(inputs.words, q)).equals(inputs.words));
const zp = { params: { [C.ZSTD_c_compressionLevel]: 19, [C.ZSTD_c_checksumFlag]: 1 } };
const zc = zlib.zstdCompressSync(inputs.repeat, zp);
console.log('zstd params', zlib.zstdDecompressSync(zc).equals(inputs.repeat));
console.log('zstd pledged', zlib.zstdDecompressSync(zlib.zstdCompressSync(inputs.words, { pledgedSrcSize: inputs.words.length })).equals(inputs.words));
const zd = Buffer.from('the quick brown fox jumps over the lazy dog');
console.log('zstd dictionary', zlib.zstdDecompressSync(zlib.zstdCompressSync(inputs.repeat, { dictionary: zd }), { dictionary: zd }).equals(inputs.repeat));
const errors = [
  ['brotli garbage', () => zlib.brotliDecompressSync(Buffer.from('garbage!!'))],
  ['brotli truncated', () => zlib.brotliDecompressSync(zlib.brotliCompressSync(inputs.words).subarray(0, 100))],
  ['zstd garbage', () => zlib.zstdDecompressSync(Buffer.from('garbage!!'))],
  ['zstd checksum', () => { const b = Buffer.from(zc); b[b.length - 1] ^= 0xff; return zlib.zstdDecompressSync(b); }],
  ['brotli bad param key', () => zlib.brotliCompressSync('x', { params: { 999: 1 } })],
  ['brotli bad param value', () => zlib.brotliCompressSync('x', { params: { [C.BROTLI_PARAM_MODE]: 'x' } })],
  ['brotli param set failed', () => zlib.createBrotliDecompress({ params: { 5: 1 } })],
  ['zstd param set failed', () => zlib.createZstdCompress({ params: { [C.ZSTD_c_windowLog]: 100 } })],
  ['zstd bad param key', () => zlib.createZstdCompress({ params: { 9999: 1 } })],
  ['zstd negative pledge', () => zlib.createZstdCompress({ pledgedSrcSize: -1 })],
  ['brotli flush out of range', () => zlib.createBrotliCompress({ flush: 9 })],
];
for (const [name, f] of errors) {
  try { f(); console.log(name, 'no error'); } catch (e) { console.log(name, show(e)); }
}
zlib.brotliCompress(inputs.words, (e, b) => {
  zlib.brotliDecompress(b, (e2, r) => {
    console.log('brotli async', e, e2, r.equals(inputs.words));
    zlib.zstdCompress(inputs.words, (e3, z) => {
      zlib.zstdDecompress(z, (e4, r2) => {
        console.log('zstd async', e3, e4, r2.equals(inputs.words));
        zlib.brotliDecompress(Buffer.from('garbage!!'), (e5) => {
          console.log('brotli async error', show(e5));
          zlib.zstdDecompress(Buffer.from('garbage!!'), (e6) => {
            console.log('zstd async error', show(e6));
            streams();
          });
        });
      });
    });
  });
});
function streams() {
  const enc = zlib.createBrotliCompress();
  const dec = zlib.createBrotliDecompress();
  const out = [];
  dec.on('data', (c) => out.push(c));
  enc.pipe(dec);
  enc.write('part one, ');
  enc.flush(C.BROTLI_OPERATION_FLUSH, () => {
    enc.write('part two');
    enc.end();
  });
  dec.on('end', () => {
    console.log('brotli stream with flush', Buffer.concat(out).toString());
    const zs = zlib.createZstdCompress();
    const zd2 = zlib.createZstdDecompress();
    const out2 = [];
    zd2.on('data', (c) => out2.push(c));
    zd2.on('end', () => console.log('zstd stream with flush', Buffer.concat(out2).toString()));
    zs.pipe(zd2);
    zs.write('zstd one, ');
    zs.flush(C.ZSTD_e_flush, () => zs.end('zstd two'));
  });
}
