// fs's callback forms: requests run on libuv's threadpool, their callbacks on the loop, in the order node runs them.
const fs = require('fs');
const path = require('path');
const os = require('os');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'napi-jvm-fs-cb-'));
const rel = (s) => `${s}`.split(root).join('<tmp>');
const err = (e) => (e ? `${e.name} ${rel(e.message)} ${e.code} ${e.errno} ${e.syscall} ${rel(e.path)}${e.dest ? ' ' + rel(e.dest) : ''}` : null);
const f = path.join(root, 'a.txt');
console.log('start');
fs.writeFile(f, 'callback data\n', (e) => {
  console.log('writeFile', err(e));
  fs.readFile(f, 'utf8', (e, s) => {
    console.log('readFile', err(e), JSON.stringify(s));
    fs.open(f, 'r', (e, fd) => {
      console.log('open', err(e), typeof fd);
      const buf = Buffer.alloc(8);
      fs.read(fd, buf, 0, 8, 0, (e, n, b) => {
        console.log('read', err(e), n, b === buf, buf.toString());
        fs.fstat(fd, (e, st) => {
          console.log('fstat', err(e), st.size, st.isFile());
          fs.close(fd, (e) => {
            console.log('close', err(e));
            fs.close(fd, (e) => {
              console.log('close again', err(e));
              next();
            });
          });
        });
      });
    });
  });
});
setImmediate(() => console.log('immediate before any completion'));
process.nextTick(() => console.log('tick'));

function next() {
  fs.stat(path.join(root, 'missing'), (e, st) => {
    console.log('stat missing', err(e), st);
    fs.mkdir(path.join(root, 'x', 'y'), { recursive: true }, (e, first) => {
      console.log('mkdir recursive', err(e), rel(first));
      fs.mkdir(path.join(root, 'x'), (e) => {
        console.log('mkdir exists', err(e));
        fs.readdir(root, { withFileTypes: true }, (e, ents) => {
          console.log('readdir', err(e), ents.map((d) => `${d.name}:${d.isDirectory()}`));
          fs.rename(f, path.join(root, 'x', 'b.txt'), (e) => {
            console.log('rename', err(e));
            fs.copyFile(path.join(root, 'x', 'b.txt'), path.join(root, 'c.txt'), (e) => {
              console.log('copyFile', err(e));
              fs.unlink(path.join(root, 'nope'), (e) => {
                console.log('unlink missing', err(e));
                fs.stat(path.join(root, 'c.txt'), { bigint: true }, (e, st) => {
                  console.log('stat bigint', err(e), st.size);
                  fs.rm(root, { recursive: true }, (e) => {
                    console.log('rm', err(e), fs.existsSync(root));
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}
process.on('exit', () => console.log('exit'));
