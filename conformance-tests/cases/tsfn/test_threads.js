'use strict';
// Threads calling a threadsafe function: every call is delivered on the JS thread, in order per thread; the
// finalizer runs once all threads released it; blocking calls wait while the queue is full; the default call (no
// call_js_cb) calls the function with no arguments.
const b = require(process.env.NAPI_ADDON);

function check(label, perThread, nthreads) {
  const seen = [];
  return {
    fn: (v) => seen.push(v),
    done: (stats) => {
      let ordered = true;
      for (let t = 1; t <= nthreads; t++) {
        const mine = seen.filter((v) => Math.floor(v / 1000) === t);
        for (let i = 0; i < mine.length; i++) if (mine[i] !== t * 1000 + i) ordered = false;
        if (mine.length !== perThread) ordered = false;
      }
      console.log(label, '[ok calls, closing, delivered, context]:', JSON.stringify(stats.slice(0, 4)),
        'received', seen.length, 'in order per thread', ordered);
      // the next step starts outside this finalizer: starting threads that block on a new tsfn from inside the
      // previous tsfn's finalizer deadlocks node ~30% of the time
      setImmediate(next);
    },
  };
}

const steps = [
  () => { const c = check('4 threads x 100, unbounded, non-blocking:', 100, 4); b.start(c.fn, c.done, 4, 100, 0, 0, 1); },
  // one blocking producer: with several producers blocked on a full queue, Node's dispatcher wakes one waiter only
  // when the queue was exactly full, so a wakeup can be lost and node itself hangs (~25% of runs)
  () => { const c = check('1 thread x 100, queue 2, blocking:', 100, 1); b.start(c.fn, c.done, 1, 100, 2, 1, 1); },
  () => { const c = check('2 threads x 50, queue 1, non-blocking (retry on queue_full):', 50, 2); b.start(c.fn, c.done, 2, 50, 1, 0, 1); },
  () => {
    let calls = 0, argsSeen = -1;
    b.start(function () { calls++; argsSeen = arguments.length; }, (stats) => {
      console.log('default call_js: function called', calls, 'times, with', argsSeen, 'arguments; stats', JSON.stringify(stats.slice(0, 4)));
      setImmediate(next);
    }, 3, 10, 0, 0, 0);
  },
];
function next() { const s = steps.shift(); if (s) s(); }
next();
