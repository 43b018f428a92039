// child_process's synchronous forms (spawn_sync binding): output, status, signal, errors, input, timeout, maxBuffer
'use strict';
const cp = require('child_process');

const r = cp.spawnSync('/bin/echo', ['hi', 'there']);
console.log('echo', r.status, r.signal, JSON.stringify(r.stdout.toString()), r.stderr.length, r.pid > 0,
  r.output.length, r.output[0]);
console.log('keys', Object.keys(r).join(','));

const both = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 7'], { encoding: 'utf8' });
console.log('sh', both.status, JSON.stringify(both.stdout), JSON.stringify(both.stderr));

console.log('execSync', JSON.stringify(cp.execSync('echo abc; echo ignored >&2', { stdio: ['pipe', 'pipe', 'ignore'] }).toString()));
console.log('input', JSON.stringify(cp.execFileSync('sh', ['-c', 'tr a-z A-Z'], { input: 'fed in' }).toString()));
console.log('input buffer', JSON.stringify(cp.execFileSync('cat', [], { input: Buffer.from([104, 105]) }).toString()));
console.log('cwd', cp.execSync('pwd', { cwd: '/tmp', encoding: 'utf8' }).trim());
console.log('env', cp.execSync('echo $NAPI_T', { env: { NAPI_T: 'x1', PATH: process.env.PATH }, encoding: 'utf8' }).trim());

try {
  cp.execSync('echo partial; exit 3', { stdio: 'pipe' });
} catch (e) {
  console.log('failed', e.status, e.signal, e.message.split('\n')[0], JSON.stringify(e.stdout.toString()));
}
try {
  cp.execFileSync('/no/such/file', ['a']);
} catch (e) {
  console.log('enoent', e.code, e.errno, e.syscall, e.path, e.spawnargs, e.message);
}

const n = cp.spawnSync('/no/such', ['a']);
console.log('spawn enoent', n.error.code, n.error.message, n.status, n.signal, n.output, n.pid, n.stdout);

const t = cp.spawnSync('sleep', ['20'], { timeout: 300 });
console.log('timeout', t.error && t.error.code, t.signal, t.status);
const k = cp.spawnSync('sleep', ['20'], { timeout: 300, killSignal: 'SIGKILL' });
console.log('killSignal', k.error && k.error.code, k.signal, k.status);

// an endless child: the kill always lands (a finite one raced it, and its signal was null or SIGTERM by chance)
const m = cp.spawnSync('sh', ['-c', 'yes'], { maxBuffer: 1000 });
console.log('maxBuffer', m.error && m.error.code, m.signal, m.stdout.length > 1000);

const sig = cp.spawnSync('sh', ['-c', 'kill -USR1 $$']);
console.log('signalled', sig.status, sig.signal);

const big = cp.spawnSync('sh', ['-c', 'head -c 300000 /dev/zero']);
console.log('big', big.stdout.length);
