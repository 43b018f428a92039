// Sync, callback, promise-less stream and pipeline round trips of every zlib format, with small chunk sizes so the
// output buffer fills and the binding is called again (availOutAfter 0), and flush modes in between.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const { inputs, fnv } = require('./_inputs.js');
const pairs = [
  ['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync'],
];
for (const [name, input] of Object.entries(inputs)) {
  for (const [c, d] of pairs) {
    const z = zlib[c](input, { chunkSize: 64 });
    const back = zlib[d](z, { chunkSize: 64 });
    console.log('sync', name, c, d, back.equals(input));
  }
}
const info = zlib.gzipSync('abc', { info: true });
console.log('info', Object.keys(info), info.engine.constructor.name, info.engine.bytesWritten, info.buffer.length);

function asyncPairs(i) {
  if (i === pairs.length) return streams();
  const [c, d] = pairs[i].map((n) => n.replace('Sync', ''));
  zlib[c](inputs.words, (err, z) => {
    zlib[d](z, { chunkSize: 1024 }, (err2, back) => {
      console.log('async', c, d, err, err2, back.equals(inputs.words));
      asyncPairs(i + 1);
    });
  });
}
console.log('before async');
asyncPairs(0);
console.log('after async call');

function collect(stream, cb) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => cb(Buffer.concat(chunks)));
}
function streams() {
  const gz = zlib.createGzip({ chunkSize: 128 });
  const gunzip = zlib.createGunzip();
  collect(gunzip, (out) => {
    console.log('stream gzip->gunzip', out.length, out.equals(inputs.repeat), gz.bytesWritten);
    flushes();
  });
  gz.pipe(gunzip);
  for (let i = 0; i < inputs.repeat.length; i += 1000) gz.write(inputs.repeat.subarray(i, i + 1000));
  gz.end();
}
function flushes() {
  const d = zlib.createDeflate();
  const parts = [];
  d.on('data', (c) => parts.push(c));
  d.write('first part ');
  d.flush(zlib.constants.Z_SYNC_FLUSH, () => {
    const sofar = Buffer.concat(parts);
    console.log('sync flush', sofar.length, fnv(sofar), sofar.subarray(-4).toString('hex'));
    // what is flushed inflates without the end of the stream
    console.log('partial inflate', zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    d.params(9, zlib.constants.Z_FILTERED, () => {
      d.write('second part after params');
      d.flush(() => {
        d.end('the end', () => {});
      });
    });
  });
  d.on('end', () => {
    const all = Buffer.concat(parts);
    console.log('deflate with flushes and params', all.length, fnv(all), zlib.inflateSync(all).toString());
    pipelines();
  });
}
function pipelines() {
  let n = 0;
  const src = Readable.from([inputs.words.subarray(0, 5000), inputs.words.subarray(5000)]);
  pipeline(src, zlib.createDeflateRaw({ level: 3 }), zlib.createInflateRaw(), new Writable({
    write(chunk, enc, cb) { n += chunk.length; cb(); },
  }), (err) => {
    console.log('pipeline raw', err, n === inputs.words.length);
    resets();
  });
}
function resets() {
  // reset() between members: what follows is a new zlib stream (header again)
  const d = zlib.createDeflate();
  const parts = [];
  d.on('data', (c) => parts.push(c));
  d.on('end', () => {
    console.log('deflate, flush, reset, more', Buffer.concat(parts).toString('base64'));
    const g = zlib.createGzip();
    g.write('abc');
    g.flush(() => { g.reset(); console.log('gzip reset after flush ok'); g.close(); });
  });
  d.write('one');
  d.flush(() => {
    d.reset();
    d.end('two');
  });
}
process.on('exit', () => console.log('exit'));
