'use strict';
// Async work: execute runs on another thread, complete on the JS thread with napi_ok; pending work keeps the
// process alive; completes are callbacks (microtasks run after each); a completed work can be queued again.
const b = require(process.env.NAPI_ADDON);
const log = [];
process.on('exit', (code) => console.log(log.join('\n') + '\nexit ' + code));

b.run(1000, 50, 1, (status, sum, threads, runs) => {
  log.push('sum 1000: status ' + status + ' sum ' + sum + ' execute elsewhere, complete on JS thread ' + threads + ' runs ' + runs);
  Promise.resolve().then(() => log.push('microtask after complete'));
  // a second work, queued from a complete callback, run three times
  b.run(10, 0, 3, (st, s, t, r) => log.push('requeued: status ' + st + ' sum ' + s + ' ' + t + ' run ' + r));
});
log.push('main end');
