// fs's synchronous calls: file descriptors, whole files, stats, directories, links and Node's errors.
const fs = require('fs');
const path = require('path');
const os = require('os');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'napi-jvm-fs-sync-'));
const rel = (s) => `${s}`.split(root).join('<tmp>');
const show = (label, fn) => {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? rel(r) : r);
  } catch (e) {
    console.log(label, 'throws', e.name, rel(e.message), e.code, e.errno, e.syscall, rel(e.path), e.dest === undefined ? '' : rel(e.dest));
  }
};
const f = path.join(root, 'a.txt');
fs.writeFileSync(f, 'hello world\n');
fs.appendFileSync(f, 'second line\n');
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')), fs.readFileSync(f).length, fs.readFileSync(f, 'base64'));

// descriptors: read at positions, write, the current position
const fd = fs.openSync(f, 'r+');
const buf = Buffer.alloc(8);
console.log(fs.readSync(fd, buf, 0, 5, 6), buf.toString('utf8', 0, 5));
console.log(fs.readSync(fd, buf, { position: 0, length: 3 }), buf.toString('utf8', 0, 3));
console.log(fs.writeSync(fd, 'HELLO', 0), fs.writeSync(fd, Buffer.from('W'), 0, 1, 6));
console.log(fs.readvSync(fd, [Buffer.alloc(3), Buffer.alloc(4)], 0));
console.log(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd')], 24));
fs.ftruncateSync(fd, 26);
console.log(fs.fstatSync(fd).size);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.closeSync(fd);
console.log(JSON.stringify(fs.readFileSync(f, 'latin1')));
show('close again', () => fs.closeSync(fd));

// stats that are deterministic
fs.chmodSync(f, 0o640);
fs.utimesSync(f, 1000000000, 1200000000.5);
const st = fs.statSync(f);
console.log(st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, (st.mode & 0o777).toString(8), st.nlink,
  st.mtimeMs, st.atimeMs, st.mtime.toISOString(), st.uid === process.getuid(), st.blksize > 0);
const bst = fs.statSync(f, { bigint: true });
console.log(typeof bst.size, bst.size, bst.mtimeNs, bst.mtimeMs, bst.isFile());
show('stat missing', () => fs.statSync(path.join(root, 'missing')));
show('stat missing, no throw', () => fs.statSync(path.join(root, 'missing'), { throwIfNoEntry: false }));
show('lstat through a file', () => fs.lstatSync(path.join(f, 'x')));

// errors carry code, errno, syscall, path (and dest)
show('open missing', () => fs.openSync(path.join(root, 'nope', 'x'), 'r'));
show('open excl', () => fs.openSync(f, 'wx'));
show('read dir as file', () => fs.readFileSync(root));
show('unlink missing', () => fs.unlinkSync(path.join(root, 'nope')));
show('rename missing', () => fs.renameSync(path.join(root, 'nope'), path.join(root, 'nope2')));
show('copy excl', () => fs.copyFileSync(f, f, fs.constants.COPYFILE_EXCL));
show('access missing', () => fs.accessSync(path.join(root, 'nope')));
show('existsSync', () => [fs.existsSync(f), fs.existsSync(path.join(root, 'nope'))]);

// directories
show('mkdir recursive', () => fs.mkdirSync(path.join(root, 'd1', 'd2', 'd3'), { recursive: true }));
show('mkdir recursive again', () => fs.mkdirSync(path.join(root, 'd1', 'd2'), { recursive: true }));
show('mkdir recursive under a file', () => fs.mkdirSync(path.join(f, 'x'), { recursive: true }));
show('mkdir exists', () => fs.mkdirSync(path.join(root, 'd1')));
fs.writeFileSync(path.join(root, 'd1', 'b.bin'), Buffer.from([0, 1, 2, 255]));
fs.symlinkSync('a.txt', path.join(root, 'link'));
fs.linkSync(f, path.join(root, 'hard'));
show('readdir', () => fs.readdirSync(root));
show('readdir types', () => fs.readdirSync(root, { withFileTypes: true }).map((d) => `${d.name}:${d.isFile() ? 'f' : d.isDirectory() ? 'd' : d.isSymbolicLink() ? 'l' : '?'}`));
show('readdir recursive', () => fs.readdirSync(root, { recursive: true }).sort());
show('readdir buffer', () => fs.readdirSync(path.join(root, 'd1'), 'buffer'));
show('readdir missing', () => fs.readdirSync(path.join(root, 'missing')));
show('readlink', () => fs.readlinkSync(path.join(root, 'link')));
show('lstat link', () => fs.lstatSync(path.join(root, 'link')).isSymbolicLink());
show('nlink', () => fs.statSync(f).nlink);
show('realpath', () => fs.realpathSync(path.join(root, 'link')));
show('realpath native', () => fs.realpathSync.native(path.join(root, 'link')));
show('rmdir not empty', () => fs.rmdirSync(path.join(root, 'd1')));
fs.copyFileSync(f, path.join(root, 'copy.txt'));
fs.renameSync(path.join(root, 'copy.txt'), path.join(root, 'd1', 'moved.txt'));
show('moved', () => fs.readFileSync(path.join(root, 'd1', 'moved.txt'), 'utf8').length);
show('rm dir without recursive', () => fs.rmSync(path.join(root, 'd1')));
show('rm missing', () => fs.rmSync(path.join(root, 'missing')));
show('rm missing force', () => fs.rmSync(path.join(root, 'missing'), { force: true }));
show('rm recursive', () => fs.rmSync(path.join(root, 'd1'), { recursive: true }));
show('after rm', () => fs.readdirSync(root));
const d = fs.opendirSync(root);
const names = [];
for (let e; (e = d.readSync()) !== null;) names.push(e.name);
d.closeSync();
console.log('opendir', names.sort());
fs.rmSync(root, { recursive: true, force: true });
console.log('gone', fs.existsSync(root));
