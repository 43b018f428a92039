// An unref'ed immediate or timer does not run when nothing else keeps the loop alive, even when the process has
// open handles to close at exit (here its stdout pipe): node's teardown cannot call into JS
// (timers/promises' setImmediate(v, { ref: false }), test-timers-immediate-promisified.js)
const assert = require('assert');
const { spawnSync } = require('child_process');

// one child only: each napi-jvm start is costly on a loaded machine
const r = spawnSync(process.execPath, ['-e', `process.stdout.write('out\\n');
  setImmediate(() => process.stderr.write('immediate ran\\n')).unref();
  setTimeout(() => process.stderr.write('timer ran\\n'), 0).unref();
  require('timers/promises').setImmediate('v', { ref: false }).then(() => process.stderr.write('promise settled\\n'));`],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'out\n');
assert.strictEqual(r.stderr, '');
console.log('unref at exit: ok');
