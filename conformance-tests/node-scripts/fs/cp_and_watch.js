// fs.cpSync (node 25's native cp steps), fs.watchFile (stat polling) and opendir in callback form.
const fs = require('fs');
const path = require('path');
const os = require('os');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'napi-jvm-fs-cp-'));
const rel = (s) => `${s}`.split(root).join('<tmp>');
const src = path.join(root, 'src');
fs.mkdirSync(path.join(src, 'sub'), { recursive: true });
fs.writeFileSync(path.join(src, 'a.txt'), 'A');
fs.writeFileSync(path.join(src, 'sub', 'b.txt'), 'B');
fs.symlinkSync('a.txt', path.join(src, 'link'));
fs.cpSync(src, path.join(root, 'dst'), { recursive: true });
console.log(fs.readdirSync(path.join(root, 'dst'), { recursive: true }).sort(), fs.readFileSync(path.join(root, 'dst', 'sub', 'b.txt'), 'utf8'));
console.log(rel(fs.readlinkSync(path.join(root, 'dst', 'link'))));
fs.cpSync(path.join(src, 'a.txt'), path.join(root, 'single.txt'));
console.log(fs.readFileSync(path.join(root, 'single.txt'), 'utf8'));
for (const [label, fn] of [
  ['dir without recursive', () => fs.cpSync(src, path.join(root, 'x'))],
  ['same', () => fs.cpSync(src, src, { recursive: true })],
  ['into itself', () => fs.cpSync(src, path.join(src, 'sub', 'deeper'), { recursive: true })],
  ['dir over file', () => fs.cpSync(src, path.join(root, 'single.txt'), { recursive: true })],
  ['file over dir', () => fs.cpSync(path.join(src, 'a.txt'), path.join(root, 'dst'))],
  ['errorOnExist', () => fs.cpSync(path.join(src, 'a.txt'), path.join(root, 'single.txt'), { force: false, errorOnExist: true })],
  ['missing', () => fs.cpSync(path.join(root, 'missing'), path.join(root, 'y'))],
]) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.code); }
}

fs.opendir(src, (err, dir) => {
  const names = [];
  const next = () => dir.read((e, d) => {
    if (d === null) {
      console.log('opendir', err, names.sort());
      dir.close((e) => { console.log('closed', e); watch(); });
      return;
    }
    names.push(d.name);
    next();
  });
  next();
});

function watch() {
  const f = path.join(root, 'watched.txt');
  fs.writeFileSync(f, 'one');
  let n = 0;
  fs.watchFile(f, { interval: 50 }, (cur, prev) => {
    n++;
    console.log('change', n, cur.size, prev.size, cur.isFile());
    if (n === 1) setTimeout(() => fs.unlinkSync(f), 300);
    else {
      console.log('gone', cur.nlink, cur.mtimeMs);
      fs.unwatchFile(f);
      fs.rmSync(root, { recursive: true });
    }
  });
  setTimeout(() => fs.appendFileSync(f, 'three'), 300); // one write: no poll sees it half done
}
