// The Node core modules napi-jvm provides as built-ins: path, events, fs (a synchronous subset), os, and
// process.report. NodeLoadersTest runs this on node 25, node 20 and napi-jvm (argv[2]: an empty scratch directory)
// and compares stdout; nothing printed here may legitimately differ between runtimes.
const assert = (c, what) => { if (!c) throw new Error('assertion failed: ' + what); };
let dir;
const hide = (s) => typeof s === 'string' && dir ? s.split(dir).join('<dir>') : s; // the scratch dir differs per run
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.errno, e.syscall, e.path === undefined ? '-' : hide(e.path), '|', hide(e.message), '|', Object.keys(e).join(','));
  }
};

// ---- path (POSIX) ----
const path = require('path');
console.log('path', require('node:path') === path, path.posix === path, path.sep, path.delimiter);
console.log(path.join('/a/b', '../c', './d.txt'), path.join('a', '', 'b/'), path.join(''));
console.log(path.resolve('/x/y', '..', 'z'), path.resolve('/') , path.normalize('/a//b/../c/.'), path.normalize('./'));
console.log(path.dirname('/a/b/c.node'), path.basename('/a/b/c.node'), path.basename('/a/b/c.node', '.node'), path.extname('x.tar.gz'), path.extname('.bashrc'));
console.log(path.isAbsolute('/a'), path.isAbsolute('a'), path.relative('/a/b/c', '/a/d'), path.relative('/a', '/a'));
console.log(JSON.stringify(path.parse('/home/u/file.txt')), path.format({ dir: '/x', name: 'f', ext: '.js' }));
console.log(path.resolve('rel') === path.join(process.cwd(), 'rel'));

// ---- events ----
const EventEmitter = require('events');
console.log('events', require('node:events') === EventEmitter, EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter.once);
const em = new EventEmitter();
const seen = [];
em.on('x', (a, b) => seen.push('on:' + a + b));
em.prependListener('x', () => seen.push('first'));
em.once('x', () => seen.push('once'));
console.log(em.emit('x', 1, 2), em.emit('x', 3, 4), em.emit('nothing'), seen.join(' '));
console.log(em.listenerCount('x'), em.eventNames().join(','), em.getMaxListeners());
const l = () => seen.push('removed?');
em.on('y', l); em.off('y', l); em.emit('y');
console.log(em.listenerCount('y'), seen.length);
try { em.emit('error', new Error('boom')); } catch (e) { console.log('unhandled error event:', e.message); }
class Sub extends EventEmitter {}
const sub = new Sub();
sub.on('newListener', (name) => console.log('newListener', name));
sub.on('data', (d) => console.log('data', d));
sub.emit('data', 'payload');

// ---- fs ----
const fs = require('fs');
console.log('fs', require('node:fs') === fs);
dir = process.argv[2];
assert(dir && fs.statSync(dir).isDirectory(), 'scratch directory argument');
const rel = (p) => path.relative(dir, p);
const f = path.join(dir, 'a.txt');
fs.writeFileSync(f, 'héllo\nworld\n');
console.log(fs.existsSync(f), fs.existsSync(path.join(dir, 'nope')), fs.existsSync(''));
const buf = fs.readFileSync(f);
console.log(Buffer.isBuffer(buf), buf.length, buf.toString('hex'));
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')), JSON.stringify(fs.readFileSync(f, { encoding: 'utf-8' })));
console.log(fs.readFileSync(f, 'latin1').length, fs.readFileSync(f, 'hex'), fs.readFileSync(f, 'base64'));
fs.writeFileSync(f, Buffer.from([0, 1, 2, 255]));
console.log(fs.readFileSync(f).toString('hex'), fs.statSync(f).size);
fs.writeFileSync(f, 'more', { flag: 'a' });
fs.writeFileSync(path.join(dir, 'b.bin'), new Uint16Array([0x4142, 0x4344]));
fs.writeFileSync(path.join(dir, 'c.txt'), 'cafe', 'hex');
console.log(fs.readFileSync(f).toString('hex'), fs.readFileSync(path.join(dir, 'b.bin'), 'latin1'), fs.readFileSync(path.join(dir, 'c.txt')).toString('hex'));
const st = fs.statSync(f);
console.log(st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, typeof st.mtimeMs, st.mtimeMs > 1e12, st.mtime instanceof Date);
const sd = fs.statSync(dir);
console.log(sd.isFile(), sd.isDirectory(), fs.lstatSync(dir).isDirectory());
console.log(fs.mkdirSync(path.join(dir, 'sub')), rel(fs.mkdirSync(path.join(dir, 'deep/er/est'), { recursive: true })));
console.log(fs.mkdirSync(path.join(dir, 'deep/er'), { recursive: true }));
fs.writeFileSync(path.join(dir, 'deep/er/est/z.txt'), '');
console.log(fs.readdirSync(dir).join(','), fs.readdirSync(path.join(dir, 'deep/er/est')).join(','), fs.readdirSync(path.join(dir, 'sub')).length);
console.log(rel(fs.realpathSync(path.join(dir, 'deep/er/../er/est'))), fs.realpathSync('/') );
console.log(fs.accessSync(f), fs.accessSync(f, fs.constants.R_OK | fs.constants.W_OK), fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK, fs.constants.X_OK);
console.log(fs.statSync(path.join(dir, 'nope'), { throwIfNoEntry: false }), fs.lstatSync(path.join(dir, 'nope'), { throwIfNoEntry: false }));
show('read missing', () => fs.readFileSync(path.join(dir, 'nope')));
show('read relative missing', () => fs.readFileSync('definitely-not-here.txt'));
show('read dir', () => fs.readFileSync(dir));
show('read through file', () => fs.readFileSync(path.join(f, 'x')));
show('stat missing', () => fs.statSync('/definitely/not/here'));
show('lstat missing', () => fs.lstatSync('/definitely-not-here'));
show('readdir file', () => fs.readdirSync(f));
show('readdir missing', () => fs.readdirSync('/definitely-not-here'));
show('realpath missing', () => fs.realpathSync(path.join(dir, 'nope/deeper')));
show('mkdir exists', () => fs.mkdirSync(path.join(dir, 'sub')));
show('mkdir no parent', () => fs.mkdirSync(path.join(dir, 'x/y')));
show('mkdir -p over file', () => fs.mkdirSync(f, { recursive: true }));
show('mkdir -p through file', () => fs.mkdirSync(path.join(f, 'x'), { recursive: true }));
show('access missing', () => fs.accessSync(path.join(dir, 'nope')));
show('write dir', () => fs.writeFileSync(dir, 'x'));
show('write no parent', () => fs.writeFileSync(path.join(dir, 'x/y.txt'), 'x'));
show('write number', () => fs.writeFileSync(path.join(dir, 'n.txt'), 42));
show('write object', () => fs.writeFileSync(path.join(dir, 'n.txt'), {}));
show('stat array', () => fs.statSync(['x']));
show('stat number', () => fs.statSync(1234567890123456789012345678901234567890));
show('stat empty', () => fs.statSync(''));
show('read empty', () => fs.readFileSync(''));
show('bad encoding', () => fs.readFileSync(f, 'bogus'));
show('null byte', () => fs.readFileSync('a\0b'));
console.log(typeof fs.readFileSync, typeof fs.existsSync, typeof fs.statSync, typeof fs.lstatSync, typeof fs.readdirSync,
  typeof fs.realpathSync, typeof fs.writeFileSync, typeof fs.mkdirSync, typeof fs.accessSync);

// ---- os ----
const os = require('os');
console.log('os', require('node:os') === os, os.platform() === process.platform, os.arch() === process.arch, JSON.stringify(os.EOL));
console.log(os.type(), os.endianness(), typeof os.release(), os.release().length > 0);
console.log(typeof os.tmpdir(), path.isAbsolute(os.tmpdir()), os.homedir() === (process.env.HOME || os.homedir()));
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length >= 1, typeof cpus[0].model, typeof cpus[0].speed, Object.keys(cpus[0].times).sort().join(','));

// ---- process.report ----
const report = process.report.getReport();
console.log('report', typeof report.header.glibcVersionRuntime, /^\d+\.\d+/.test(report.header.glibcVersionRuntime),
  Array.isArray(report.sharedObjects), report.sharedObjects.some((s) => /libc\.so/.test(s)),
  report.sharedObjects.some((s) => s.includes('ld-musl-')), report.header.arch, report.header.platform);
// what napi-rs's generated loader reads first
console.log('ldd', fs.existsSync('/usr/bin/ldd') ? fs.readFileSync('/usr/bin/ldd', 'utf-8').includes('musl') : 'absent');
