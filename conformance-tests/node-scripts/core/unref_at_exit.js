// An unref'ed immediate or timer does not run when nothing else keeps the loop alive, even when the process has
// open handles to close at exit (here its stdout pipe): node's teardown cannot call into JS
// (timers/promises' setImmediate(v, { ref: false }), test-timers-immediate-promisified.js)
const assert = require('assert');
const { spawnSync } = require('child_process');

const child = (code) => spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const r = child(`process.stdout.write('out\\n');
  setImmediate(() => process.stderr.write('immediate ran\\n')).unref();
  setTimeout(() => process.stderr.write('timer ran\\n'), 0).unref();
  require('timers/promises').setImmediate('v', { ref: false }).then(() => process.stderr.write('promise settled\\n'));`);
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'out\n');
assert.strictEqual(r.stderr, '');
// a ref'ed immediate keeps the loop alive, and the unref'ed one queued before it runs in the same turn
const r2 = child(`setImmediate(() => console.log('unref')).unref(); setImmediate(() => console.log('ref'));`);
assert.strictEqual(r2.stdout, 'unref\nref\n');
console.log('unref at exit: ok');
