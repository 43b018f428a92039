// args: --permission --allow-fs-read=./_granted --allow-fs-write=./_granted
// Node's permission model: what fs, require, chdir, spawn and dlopen do inside and outside the granted directory
// (ERR_ACCESS_DENIED's code, permission, resource and message; the main script itself stays readable).
const fs = require('fs');
const show = (e) => [e.code, e.permission, JSON.stringify(e.resource), e.message.split('\n')[0]].join(' ');
const t = (name, f) => {
  try {
    console.log(name, 'ok', JSON.stringify(f()));
  } catch (e) {
    console.log(name, show(e));
  }
};
const g = '_granted';
t('self', () => fs.readFileSync(__filename, 'utf8').length > 0);
t('read', () => fs.readFileSync(`${g}/a.txt`, 'utf8'));
t('readOut', () => fs.readFileSync('../fs/callbacks.js'));
t('statDir', () => fs.statSync(g).isDirectory());
t('statPrefix', () => fs.statSync(`${g}x`));
t('statParent', () => fs.statSync('.'));
t('has', () => [process.permission.has('fs.read', g), process.permission.has('fs.read', '..'), process.permission.has('fs.write'),
  process.permission.has('fs'), process.permission.has('child'), process.permission.has('worker'), process.permission.has('nope')]);
t('hasType', () => process.permission.has(1));
t('requireOut', () => require('../fs/callbacks.js'));
t('requireMissing', () => require('/no/such/module.js'));
t('write', () => fs.writeFileSync(`${g}/w.txt`, 'x'));
t('writeOut', () => fs.writeFileSync('w.txt', 'x'));
t('append', () => fs.appendFileSync(`${g}/w.txt`, 'y'));
t('openR', () => fs.closeSync(fs.openSync(`${g}/w.txt`, 'r')));
t('openOutW', () => fs.openSync('w.txt', 'w'));
t('renameOut', () => fs.renameSync(`${g}/w.txt`, 'w2.txt'));
t('copyOut', () => fs.copyFileSync(`${g}/w.txt`, 'w2.txt'));
t('copyIn', () => fs.copyFileSync('fs_and_process.js', `${g}/copy.js`));
t('symlink', () => fs.symlinkSync('a.txt', `${g}/link`));
t('mkdirp', () => fs.mkdirSync(`${g}/d/e`, { recursive: true }));
t('readdir', () => fs.readdirSync(g).sort());
t('readdirOut', () => fs.readdirSync('..'));
t('rm', () => fs.rmSync(`${g}/d`, { recursive: true }));
t('unlink', () => [fs.unlinkSync(`${g}/w.txt`), fs.unlinkSync(`${g}/copy.js`)]);
t('mkdtempOut', () => fs.mkdtempSync('tmp-'));
t('accessOut', () => fs.accessSync('/'));
t('existsOut', () => fs.existsSync('/'));
t('opendirOut', () => fs.opendirSync('/'));
t('watchFileOut', () => fs.watchFile('/', () => {}));
t('chmodOut', () => fs.chmodSync('fs_and_process.js', 0o644));
t('fsync', () => fs.fsyncSync(0));
t('chdirOut', () => process.chdir('..'));
t('spawnSync', () => require('child_process').spawnSync('true'));
t('worker', () => new (require('worker_threads').Worker)('0', { eval: true }));
t('binding', () => process.binding('fs'));
t('dlopen', () => process.dlopen({ exports: {} }, '/no/such/addon.node'));
fs.readFile('/etc/hostname', (e) => console.log('callback', show(e)));
fs.promises.readFile('/etc/hostname').catch((e) => console.log('promise', show(e)));
fs.promises.writeFile('w.txt', '').catch((e) => console.log('promiseWrite', show(e)));
const granted = require('path').resolve(g);
process.on('exit', () => console.log('left', fs.readdirSync(granted).sort().join(','), process.cwd() === granted));
t('chdirIn', () => process.chdir(g)); // last: the way back ('..') is not granted
