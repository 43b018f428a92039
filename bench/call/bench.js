'use strict';
// Function-call micro-benchmark: cost of one JS -> native -> JS round trip.
//
// Usage: node bench.js [N]        (default N = 1e7 calls per timed round)
//        BENCH_ADDON=/path/to/binding.node node bench.js
//
// Output, one line per function, ns per call with 2 decimals (best of 3 rounds, or of BENCH_ROUNDS; more rounds
// give steadier numbers on a busy machine):
//   noop <ns>
//   identity <ns>
//   add <ns>
//
// Only uses features the napi-jvm runtime guarantees: require, process.argv,
// process.env, console.log, Date.now / performance.now (feature-detected).

const addon = require(process.env.BENCH_ADDON || (__dirname + '/build/binding.node'));

const now = (typeof performance !== 'undefined' && performance && typeof performance.now === 'function')
  ? function () { return performance.now(); }
  : function () { return Date.now(); };

let N = 1e7;
if (process.argv.length > 2 && process.argv[2] !== undefined && process.argv[2] !== '') {
  N = Math.floor(Number(process.argv[2]));
  if (!(N > 0)) {
    console.log('bench.js: invalid N: ' + process.argv[2]);
    process.exit(2);
  }
}

const WARMUP_ROUNDS = 5;
const WARMUP_CALLS = Math.min(1e6, N);
const TIMED_ROUNDS = Math.max(1, Math.floor(Number(process.env.BENCH_ROUNDS || 3)) || 3);

// One loop function per target so every call site stays monomorphic.
// Each loop consumes the result so the call cannot be treated as dead code.
function loopNoop(n) {
  const f = addon.noop;
  let sink = 0;
  for (let i = 0; i < n; i++) {
    if (f() === undefined) sink++;
  }
  return sink;
}

function loopIdentity(n) {
  const f = addon.identity;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += f(i);
  }
  return sum;
}

function loopAdd(n) {
  const f = addon.add;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += f(i, 1);
  }
  return sum;
}

// Expected results, used to check the addon actually did its job.
function expectNoop(n) { return n; }
function expectIdentity(n) { return n * (n - 1) / 2; }
function expectAdd(n) { return n * (n - 1) / 2 + n; }

const cases = [
  ['noop', loopNoop, expectNoop],
  ['identity', loopIdentity, expectIdentity],
  ['add', loopAdd, expectAdd],
];

for (let c = 0; c < cases.length; c++) {
  const name = cases[c][0];
  const loop = cases[c][1];
  const expect = cases[c][2];

  for (let r = 0; r < WARMUP_ROUNDS; r++) {
    const got = loop(WARMUP_CALLS);
    if (got !== expect(WARMUP_CALLS)) {
      console.log('bench.js: ' + name + ' returned wrong result during warm-up: ' + got);
      process.exit(1);
    }
  }

  let best = Infinity;
  for (let r = 0; r < TIMED_ROUNDS; r++) {
    const t0 = now();
    const got = loop(N);
    const t1 = now();
    if (got !== expect(N)) {
      console.log('bench.js: ' + name + ' returned wrong result: ' + got);
      process.exit(1);
    }
    const ms = t1 - t0;
    if (ms < best) best = ms;
  }

  console.log(name + ' ' + (best * 1e6 / N).toFixed(2));
}
