// A Node-API addon in a worker: its own module instance (instance data starts afresh), and its env cleanup hook
// runs exactly once when the worker exits, before the parent's 'exit' event.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const addon = require(process.env.NAPI_SCRIPTS_INSTANCE_ADDON);
if (isMainThread) {
  assert.strictEqual(addon.inc(), 1);
  assert.strictEqual(addon.inc(), 2);
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'napi-worker-')), 'cleanup.log');
  const w = new Worker(__filename, { workerData: log });
  w.on('message', (n) => {
    assert.strictEqual(n, 1);
    console.log('worker instance count', n);
  });
  w.on('exit', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(fs.readFileSync(log, 'utf8'), 'cleanup 3\n');
    console.log('cleanup hook ran once:', JSON.stringify(fs.readFileSync(log, 'utf8')));
    assert.strictEqual(addon.inc(), 3); // the main thread's instance is untouched
    fs.rmSync(path.dirname(log), { recursive: true });
    console.log('main instance count', 3);
  });
} else {
  addon.logTo(workerData);
  addon.inc();
  addon.inc();
  parentPort.postMessage(addon.inc() - 2);
}
