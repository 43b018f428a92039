// Errors as node reports them: message, code, errno, from zlib's own messages (strm.msg), sync and async.
const zlib = require('zlib');
const gz = zlib.gzipSync('some text to compress, some text to compress');
const def = zlib.deflateSync('abc', { dictionary: Buffer.from('abcdef') });
const show = (e) => `${e.name} ${e.code} ${e.errno} ${e.message}`;
const cases = [
  ['inflateSync garbage', () => zlib.inflateSync(Buffer.from('garbage'))],
  ['gunzipSync garbage', () => zlib.gunzipSync(Buffer.from('garbage!!'))],
  ['gunzipSync truncated', () => zlib.gunzipSync(gz.subarray(0, 20))],
  ['gunzipSync bad crc', () => { const b = Buffer.from(gz); b[b.length - 6] ^= 1; return zlib.gunzipSync(b); }],
  ['inflateRawSync garbage', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff]))],
  ['inflateSync missing dictionary', () => zlib.inflateSync(def)],
  ['inflateSync bad dictionary', () => zlib.inflateSync(def, { dictionary: Buffer.from('xyz') })],
  ['unzipSync garbage', () => zlib.unzipSync(Buffer.from('xx'))],
  ['level out of range', () => zlib.deflateSync('a', { level: 10 })],
  ['windowBits out of range', () => zlib.deflateSync('a', { windowBits: 99 })],
  ['bad input type', () => zlib.deflateSync(42)],
  ['bad chunkSize', () => zlib.createDeflate({ chunkSize: 8 })],
  ['maxOutputLength', () => zlib.inflateSync(zlib.deflateSync(Buffer.alloc(1000)), { maxOutputLength: 10 })],
  ['crc32 bad type', () => zlib.crc32(42)],
];
for (const [name, f] of cases) {
  try { f(); console.log(name, 'no error'); } catch (e) { console.log(name, show(e)); }
}
console.log('dictionary round trip', zlib.inflateSync(def, { dictionary: Buffer.from('abcdef') }).toString());
console.log('raw dictionary', zlib.inflateRawSync(zlib.deflateRawSync('abcabc', { dictionary: Buffer.from('abc') }),
  { dictionary: Buffer.from('abc') }).toString());
console.log('gzip members', zlib.gunzipSync(Buffer.concat([zlib.gzipSync('one '), zlib.gzipSync('two'), Buffer.alloc(3)])).toString());
zlib.inflate(Buffer.from('garbage'), (e, r) => {
  console.log('async inflate garbage', show(e), r);
  zlib.gunzip(gz.subarray(0, 20), (e2) => {
    console.log('async gunzip truncated', show(e2));
    const s = zlib.createInflate();
    s.on('error', (e3) => console.log('stream error event', show(e3), s.destroyed));
    s.on('close', () => console.log('stream closed'));
    s.end(Buffer.from('not zlib data'));
  });
});
