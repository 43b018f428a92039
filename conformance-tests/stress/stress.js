'use strict';
// Stress run (StressTest, behind -Dnapi.stress=true), the same script on node 25 and napi-jvm:
//   stress.js all       wraps/references, threadsafe-function calls, async works with cancellation
//   stress.js teardown  ends (the loop empty) with wraps alive and threads calling an unref'ed threadsafe function
//   stress.js exit      process.exit() with wraps alive, threads calling a threadsafe function and works queued
// stdout holds only what must be the same on every runtime; figures (memory, times) go to stderr as
// "figure NAME VALUE" lines.
const b = require(process.env.NAPI_ADDON);
const WRAPS = Number(process.env.STRESS_WRAPS || 1e6), BATCH = 1e5;
const CALLS = Number(process.env.STRESS_TSFN_CALLS || 1e5), WORKS = Number(process.env.STRESS_WORKS || 1e4);
const figure = (name, value) => process.stderr.write(`figure ${name} ${value}\n`);
const mb = (x) => (x / 1048576).toFixed(1);
const turn = () => new Promise((r) => setImmediate(r));
const now = () => Number(process.hrtime.bigint() / 1000000n);

async function collect(target) {
  for (let i = 0; i < 200 && b.wrapStats().finalized < target; i++) {
    global.gc();
    await turn();
  }
}

async function wraps() {
  b.prepare(WRAPS);
  const t0 = now();
  let base;
  for (let done = 0; done < WRAPS; done += BATCH) {
    for (let i = 0; i < BATCH; i++) b.wrap({ i });
    await collect(done + BATCH);
    b.sweepRefs();
    if (done === BATCH) base = b.memory();   // after two batches: the runtime is warm
  }
  const end = b.memory(), s = b.wrapStats();
  console.log(`wraps: ${s.created} created, ${s.finalized} finalized, ${s.finalizedTwice} twice, ` +
    `${s.neverFinalized} never, ${s.liveData} native data alive, ${s.refsHeld} references alive`);
  figure('wraps.ms', now() - t0);
  figure('wraps.rss.after2batches.MB', mb(base.rss));
  figure('wraps.rss.end.MB', mb(end.rss));
  figure('wraps.malloc.after2batches.MB', mb(base.mallocInUse));
  figure('wraps.malloc.end.MB', mb(end.mallocInUse));
}

function tsfn() {
  const t0 = now();
  let samples = 0;
  return new Promise((resolve) => b.startTsfn(CALLS, 256, () => samples++, (s) => {
    console.log(`tsfn: 8 threads x ${CALLS}: ${s.delivered} delivered, ${s.failedCalls} failed calls, ` +
      `${s.outOfOrder} out of order or twice, ${s.threadsShort} threads short, ${samples} samples seen by JS`);
    figure('tsfn.ms', now() - t0);
    figure('tsfn.queueFullRetries', s.queueFull);
    resolve();
  }));
}

function works() {
  const t0 = now();
  return new Promise((resolve) => {
    const refused = b.startWorks(WORKS, (s) => {
      const cancelled = WORKS / 2 - refused;
      console.log(`works: ${s.works} queued, ${s.completed} completed, ${s.completedTwice} twice, ` +
        `cancelled ${s.cancelled === cancelled ? 'as napi_cancel_async_work said' : s.cancelled + ' but ' + cancelled + ' cancels succeeded'}, ` +
        `executed ${s.executed === WORKS - s.cancelled ? 'all the others' : s.executed}, ` +
        `${s.cancelledButRan} cancelled but ran, ${s.wrongStatus} wrong statuses`);
      figure('works.cancelled', s.cancelled);
      figure('works.ms', now() - t0);
      resolve();
    });
  });
}

async function teardown(exit) {
  b.setLog(process.env.STRESS_LOG);
  b.prepare(BATCH);
  const keep = [];
  for (let i = 0; i < BATCH; i++) { const o = { i }; keep.push(o); b.wrap(o); }
  globalThis.keep = keep;
  // the threads retry on a full queue; napi_closing stops them
  b.startTsfn(1e6, 16, () => {}, () => {}, true, !exit);
  if (!exit) return console.log(`teardown: ending with ${keep.length} wraps alive`);
  b.startWorks(WORKS, () => {});
  console.log(`exit: exiting with ${keep.length} wraps alive`);
  process.exit(0);
}

(async () => {
  if (process.argv[2] !== 'all') return teardown(process.argv[2] === 'exit');
  await wraps();
  await tsfn();
  await works();
})();
