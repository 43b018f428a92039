// fs.createWriteStream / createReadStream over the binding's callback mode, with pipeline.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { pipeline, Transform } = require('stream');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'napi-jvm-fs-s-'));
const src = path.join(root, 'src.txt');
const ws = fs.createWriteStream(src);
for (let i = 0; i < 1000; i++) ws.write(`line ${i}\n`);
ws.end('end\n');
ws.on('finish', () => {
  console.log('written', ws.bytesWritten, fs.statSync(src).size);
  const chunks = [];
  fs.createReadStream(src, { highWaterMark: 1024 })
    .on('open', (fd) => console.log('open', typeof fd))
    .on('data', (c) => chunks.push(c.length))
    .on('end', () => {
      console.log('chunks', chunks.length, chunks[0], chunks.reduce((a, b) => a + b, 0));
      const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
      pipeline(fs.createReadStream(src, { start: 0, end: 99 }), upper, fs.createWriteStream(path.join(root, 'dst.txt')), (e) => {
        console.log('pipeline', e, JSON.stringify(fs.readFileSync(path.join(root, 'dst.txt'), 'utf8').slice(0, 30)));
        fs.createReadStream(path.join(root, 'missing')).on('error', (e) => {
          console.log('error', e.code, e.syscall);
          fs.rmSync(root, { recursive: true });
        });
      });
    })
    .on('close', () => console.log('close'));
});
