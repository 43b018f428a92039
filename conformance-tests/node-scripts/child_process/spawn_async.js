// child_process's asynchronous forms (process_wrap, pipe_wrap, stream_wrap): pipes, exit/close, kill, exec/execFile
'use strict';
const cp = require('child_process');
const steps = [];

function collect(child, name, done) {
  let out = '', err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  child.on('exit', (code, signal) => steps.push(`${name} exit ${code} ${signal}`));
  child.on('close', (code, signal) => {
    console.log(name, 'close', code, signal, JSON.stringify(out), JSON.stringify(err));
    done();
  });
}

const tasks = [
  (done) => collect(cp.spawn('sh', ['-c', 'echo out; echo err >&2; exit 4']), 'sh', done),
  (done) => {
    const c = cp.spawn('cat');
    collect(c, 'cat', done);
    c.stdin.write('line one\n');
    c.stdin.end('line two\n');
  },
  (done) => {
    const c = cp.spawn('sleep', ['30']);
    collect(c, 'sleep', done);
    setTimeout(() => console.log('kill', c.kill('SIGTERM'), c.killed), 200);
  },
  (done) => cp.exec('echo $NAPI_T; exit 2', { env: { NAPI_T: 'exec', PATH: process.env.PATH } }, (e, out, err) => {
    console.log('exec', e && e.code, JSON.stringify(out), JSON.stringify(err));
    done();
  }),
  (done) => cp.execFile('/bin/echo', ['a', 'b'], (e, out) => {
    console.log('execFile', e, JSON.stringify(out));
    done();
  }),
  (done) => {
    const c = cp.spawn('/no/such/cmd', ['x']);
    c.on('error', (e) => console.log('error event', e.code, e.syscall, e.path, e.spawnargs));
    c.on('close', (code) => { console.log('enoent close', code); done(); });
  },
  (done) => {
    const c = cp.spawn('sh', ['-c', 'exit 0'], { stdio: 'ignore' });
    console.log('ignore stdio', c.stdin, c.stdout, c.stderr);
    c.on('exit', (code) => { console.log('ignore exit', code); done(); });
  },
  (done) => cp.execFile(process.execPath, ['-e', 'console.log(6 * 7); process.exitCode = 5'], (e, out) => {
    console.log('execPath', e && e.code, JSON.stringify(out));
    done();
  }),
];

let i = 0;
(function next() {
  if (i === tasks.length) {
    console.log(steps.join('\n'));
    return;
  }
  tasks[i++](next);
})();
