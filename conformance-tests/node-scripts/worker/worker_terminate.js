// terminate() stops a worker spinning in an endless loop: the promise resolves with exit code 1, 'exit' 1.
const assert = require('assert');
const { Worker } = require('worker_threads');
const w = new Worker('require("worker_threads").parentPort.postMessage("spinning"); for (;;) {}', { eval: true });
w.once('message', async (m) => {
  assert.strictEqual(m, 'spinning');
  const code = await w.terminate();
  assert.strictEqual(code, 1);
  console.log('terminated', code);
});
w.on('exit', (code) => console.log('exit', code));
