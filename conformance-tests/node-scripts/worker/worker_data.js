// A worker: workerData in, an echo out through parentPort, 'online' before the message, 'exit' 0; the worker sees
// isMainThread false and its own threadId; its console.log reaches the parent's stdout.
const assert = require('assert');
const { Worker, isMainThread, workerData, parentPort, threadId } = require('worker_threads');
if (isMainThread) {
  const events = [];
  const w = new Worker(__filename, { workerData: { list: [1, 2, 3], nested: { s: 'x' } } });
  assert.strictEqual(typeof w.threadId, 'number');
  assert.ok(w.threadId > 0);
  w.on('online', () => events.push('online'));
  w.on('message', (m) => {
    events.push('message');
    assert.deepStrictEqual(m, { echo: { list: [1, 2, 3], nested: { s: 'x' } }, isMainThread: false, threadId: w.threadId });
  });
  w.on('error', (e) => assert.fail(e));
  w.on('exit', (code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(events, ['online', 'message']);
    console.log('exit', code, events.join(','));
  });
} else {
  console.log('in the worker');
  parentPort.postMessage({ echo: workerData, isMainThread, threadId });
}
