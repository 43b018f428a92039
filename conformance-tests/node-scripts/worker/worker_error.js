// An exception thrown in a worker: 'error' on the parent with the error's class, message and extra properties,
// then 'exit' with code 1; process.exit(7) in another worker: 'exit' 7 and no 'error'.
const assert = require('assert');
const { Worker } = require('worker_threads');
const w = new Worker('const e = new RangeError("bad thing"); e.extra = 42; throw e;', { eval: true });
let sawError = false;
w.on('error', (e) => {
  sawError = true;
  assert.ok(e instanceof RangeError);
  assert.strictEqual(e.message, 'bad thing');
  assert.strictEqual(e.extra, 42);
  console.log('error', e.name, e.message, e.extra);
});
w.on('exit', (code) => {
  assert.ok(sawError);
  assert.strictEqual(code, 1);
  console.log('exit', code);
  const x = new Worker('process.exit(7)', { eval: true });
  x.on('error', (e) => assert.fail(e));
  x.on('exit', (c) => {
    assert.strictEqual(c, 7);
    console.log('process.exit in a worker', c);
  });
});
