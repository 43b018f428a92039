// A SharedArrayBuffer sent to a worker (workerData, postMessage) is the same memory on both sides, and Atomics.wait
// in one thread is woken by Atomics.notify in the other, as V8 isolates share a BackingStore.
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
if (isMainThread) {
  const counter = new Int32Array(new SharedArrayBuffer(12));
  console.log('main: Atomics.wait with nothing to wait for:', Atomics.wait(counter, 2, 0, 5));
  const w = new Worker(__filename, { workerData: { counter } });
  w.on('message', (m) => {
    if (m.extra) {
      console.log('main: the extra buffer from the worker:', Array.from(new Uint8Array(m.extra)));
      new Uint8Array(m.extra)[0] = 99; // the worker reads it after the notify below
      return;
    }
    console.log('main: worker says', m, '- counter[0] is', Atomics.load(counter, 0));
    const deadline = Date.now() + 30000; // the worker waits on this memory: notify until it wakes
    let woken = 0;
    while (woken === 0 && Date.now() < deadline) woken = Atomics.notify(counter, 1);
    Atomics.store(counter, 1, 7);
    console.log('main: notified the waiting worker:', woken);
    if (woken === 0) w.terminate();
  });
  w.on('exit', (code) => console.log('main: worker exit', code, '- counter', Array.from(counter)));
} else {
  const { counter } = workerData;
  Atomics.add(counter, 0, 41);
  counter[0]++;
  const extra = new SharedArrayBuffer(2);
  new Uint8Array(extra).set([1, 2]);
  parentPort.postMessage({ extra });
  parentPort.postMessage('added 42');
  console.log('worker: woken:', Atomics.wait(counter, 1, 0));
  console.log('worker: the extra buffer now:', Array.from(new Uint8Array(extra)));
  counter[0] += 100;
}
