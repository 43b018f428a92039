'use strict';
// setTimeout / setInterval / setImmediate / process.nextTick on the event loop: order by expiry then creation,
// nextTicks then microtasks after every callback, immediates after the timers phase, ref/unref/hasRef, clearing
// (also by the timer's primitive id), and the loop ending when nothing ref'ed is left.
const { strictEqual } = require('../common.js');

const log = [];
const step = (s) => log.push(s);
process.on('exit', (code) => {
  console.log(log.join('\n'));
  console.log('exit', code);
});

// distinct durations, created in reverse; equal durations keep their creation order. Node reads the clock for each
// timer, so the gaps are wide: a slow start (a loaded machine) between two setTimeout calls must not reorder them
setTimeout(() => { step('t600'); phaseB(); }, 600);
setTimeout(() => step('t300'), 300);
setTimeout(() => {
  step('t1a');
  process.nextTick(() => step('t1a tick'));
  Promise.resolve().then(() => step('t1a micro'));
}, 1);
setTimeout((a, b) => step('t1b args ' + a + b), 1, 'x', 'y');
setTimeout(function () { step('t1c this is Timeout: ' + (typeof this.ref === 'function')); }, 0);
const c1 = setTimeout(() => step('cleared: wrong'), 1);
clearTimeout(c1);
const c2 = setTimeout(() => step('cleared by id: wrong'), 1);
const id = +c2;
strictEqual(typeof id, 'number');
clearTimeout(id);
process.nextTick(() => step('main tick'));
Promise.resolve().then(() => step('main micro'));
step('main end');

// inside a timer: the check phase (immediates) comes before the next timers phase
function phaseB() {
  setTimeout(() => step('B timeout 0'), 0);
  setImmediate(() => {
    step('B immediate');
    Promise.resolve().then(() => step('B immediate micro'));
    process.nextTick(() => step('B immediate tick'));
  });
  setImmediate((v) => { step('B immediate 2 ' + v); setImmediate(phaseC); }, 'arg');
  const ci = setImmediate(() => step('cleared immediate: wrong'));
  clearImmediate(ci);
}

// an interval, cleared from inside after 3 runs
function phaseC() {
  let n = 0;
  const iv = setInterval(function () {
    n++;
    step('interval ' + n + ' this===iv ' + (this === iv));
    if (n === 3) {
      clearInterval(iv);
      const u = setTimeout(() => step('unref timeout: wrong'), 100000);
      step('hasRef ' + u.hasRef() + ' ' + (u.unref() === u) + ' ' + u.hasRef() + ' ' + u.ref().hasRef() + ' ' + u.unref().hasRef());
      // an unref'ed immediate runs while something else keeps the loop alive
      const ui = setImmediate(() => step('unref immediate runs: the loop is alive'));
      step('immediate hasRef ' + ui.hasRef() + ' ' + ui.unref().hasRef());
      // a timer unref'ed then ref'ed again keeps the loop alive and fires
      setTimeout(() => {
        step('ref()ed again');
        // neither keeps the loop alive: the process ends without running them
        setTimeout(() => step('unref timeout 2: wrong'), 10).unref();
        setImmediate(() => step('unref immediate 2: wrong')).unref();
      }, 20).unref().ref();
    }
  }, 5);
}

// bad callbacks
for (const bad of [undefined, 'str', 42]) {
  for (const [name, f] of [['setTimeout', setTimeout], ['setInterval', setInterval], ['setImmediate', setImmediate]]) {
    try {
      f(bad, 1);
      console.log(name, 'no throw');
    } catch (e) {
      console.log(name, typeof bad, e.name, e.code);
    }
  }
}
console.log('typeof clearTimeout(undefined):', typeof clearTimeout(undefined), typeof clearImmediate(null));
