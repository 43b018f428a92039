'use strict';
// The benchmark cases (shapes of Node's own benchmark/napi), run the same way on node and on napi-jvm.
// Usage: <runtime> cases.js [filter]   env: BENCH_ROUNDS (timed rounds, default 7), BENCH_WARMUP (default 3),
//        BENCH_WARMUP_MS (warm-up lasts at least this long, default 3000: a JIT compiles in the background, and a
//        round of 10^6 calls is over before its first compilation lands), BENCH_SCALE (multiplies every case's
//        operations per round, default 1), BENCH_ADDON (the .node file).
// Prints one JSON line per case: ns/op of every timed round (warm-up rounds are run and not reported).
const path = require('path');
const repo = path.resolve(__dirname, '../..');
const addon = require(process.env.BENCH_ADDON || path.join(__dirname, 'build/binding.node'));

const ROUNDS = Number(process.env.BENCH_ROUNDS || 7), WARMUP = Number(process.env.BENCH_WARMUP || 3);
const SCALE = Number(process.env.BENCH_SCALE || 1);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 3000);
const filter = process.argv[2] ? new RegExp(process.argv[2]) : null;

function optional(id) {
  try {
    return require(id);
  } catch {
    return null;
  }
}

const latin16 = 'abcdefghijklmnop', latin4k = latin16.repeat(256);
const utf8_16 = 'héllo wörld ✓ab', utf8_4k = 'héllo wörld ✓ab'.repeat(256);
const utf16_16 = '日本語のテキスト漢字かなカナ…', utf16_4k = utf16_16.repeat(256);
const buf64 = Buffer.alloc(64, 3), u8 = new Uint8Array(64).fill(2), mib = Buffer.alloc(1 << 20, 7);
const opts = { x: 1, y: 2, z: 3 };

// [name, operations per round, run(n) -> result, expected(n)]; a case whose result differs stops the run
const sync = [
  ['call exports.noop()', 1e6, (n) => { let s = 0; for (let i = 0; i < n; i++) if (addon.noop() === undefined) s++; return s; }, (n) => n],
  ['call hoisted noop()', 1e6, (n) => { const f = addon.noop; let s = 0; for (let i = 0; i < n; i++) if (f() === undefined) s++; return s; }, (n) => n],
  ['call 1 number arg', 1e6, (n) => { const f = addon.sumArgs; let s = 0; for (let i = 0; i < n; i++) s += f(i); return s; }, (n) => n * (n - 1) / 2],
  ['call 2 number args', 1e6, (n) => { const f = addon.sumArgs; let s = 0; for (let i = 0; i < n; i++) s += f(i, 1); return s; }, (n) => n * (n - 1) / 2 + n],
  ['call 10 number args', 5e5, (n) => { const f = addon.sumArgs; let s = 0; for (let i = 0; i < n; i++) s += f(1, 2, 3, 4, 5, 6, 7, 8, 9, i); return s; }, (n) => 45 * n + n * (n - 1) / 2],
  ['string arg latin1 16 B', 5e5, (n) => { let s = 0; for (let i = 0; i < n; i++) s += addon.strLatin1(latin16); return s; }, (n) => 16 * n],
  ['string arg latin1 4 KiB', 5e4, (n) => { let s = 0; for (let i = 0; i < n; i++) s += addon.strLatin1(latin4k); return s; }, (n) => 4096 * n],
  ['string arg utf8 16 B', 5e5, (n) => { let s = 0; for (let i = 0; i < n; i++) s += addon.strUtf8(utf8_16); return s; }, (n) => Buffer.byteLength(utf8_16) * n],
  ['string arg utf8 4 KiB', 2e4, (n) => { let s = 0; for (let i = 0; i < n; i++) s += addon.strUtf8(utf8_4k); return s; }, (n) => Buffer.byteLength(utf8_4k) * n],
  ['string arg utf16 16 B', 5e5, (n) => { let s = 0; for (let i = 0; i < n; i++) s += addon.strUtf16(utf16_16); return s; }, (n) => utf16_16.length * n],
  ['string arg utf16 4 KiB', 2e4, (n) => { let s = 0; for (let i = 0; i < n; i++) s += addon.strUtf16(utf16_4k); return s; }, (n) => utf16_4k.length * n],
  ['string result', 5e5, (n) => { let s = 0; for (let i = 0; i < n; i++) s += addon.makeString().length; return s; }, (n) => 28 * n],
  ['object arg, 3 property reads', 5e5, (n) => { let s = 0; for (let i = 0; i < n; i++) s += addon.objectProps(opts); return s; }, (n) => 6 * n],
  ['create object, 3 properties', 5e5, (n) => { let s = 0; for (let i = 0; i < n; i++) s += addon.makeObject(i).z; return s; }, (n) => n * (n - 1) / 2],
  ['Buffer arg (64 B read)', 5e5, (n) => { let s = 0; for (let i = 0; i < n; i++) s += addon.bufferSum(buf64); return s; }, (n) => 192 * n],
  ['Uint8Array arg (64 B read)', 5e5, (n) => { let s = 0; for (let i = 0; i < n; i++) s += addon.typedArraySum(u8); return s; }, (n) => 128 * n],
  ['wrapped object method (unwrap)', 5e5, (n) => { const c = new addon.Counter(); let s = 0; for (let i = 0; i < n; i++) s = c.inc(); return s; }, (n) => n],
  ['define_class instance: new', 2e5, (n) => { let s = 0; for (let i = 0; i < n; i++) if (new addon.Counter()) s++; return s; }, (n) => n],
  ['reference create + delete', 5e5, (n) => { let s = 0; for (let i = 0; i < n; i++) s += addon.refCycle(opts); return s; }, () => 0],
  ['type tag check', 5e5, (n) => { const o = addon.tagObject({}); let s = 0; for (let i = 0; i < n; i++) if (addon.checkTag(o)) s++; return s; }, (n) => n],
];

const xxhash = optional(path.join(repo, 'node_modules/@node-rs/xxhash'));
const crc = optional(path.join(repo, 'node_modules/@node-rs/crc32'));
const bcrypt = optional(path.join(repo, 'conformance-tests/real-addons/packages/node_modules/@node-rs/bcrypt'));
const xxhExpected = xxhash && xxhash.xxh64(mib), crcExpected = crc && crc.crc32(mib);
if (xxhash) sync.push(['@node-rs/xxhash xxh64, 1 MiB Buffer', 200, (n) => { let ok = 0; for (let i = 0; i < n; i++) if (xxhash.xxh64(mib) === xxhExpected) ok++; return ok; }, (n) => n, 1 << 20]);
if (crc) sync.push(['@node-rs/crc32 crc32, 1 MiB Buffer', 200, (n) => { let ok = 0; for (let i = 0; i < n; i++) if (crc.crc32(mib) === crcExpected) ok++; return ok; }, (n) => n, 1 << 20]);
if (bcrypt) sync.push(['@node-rs/bcrypt hashSync cost 4', 50, (n) => { let ok = 0; for (let i = 0; i < n; i++) if (bcrypt.hashSync('pw' + i, { cost: 4 }).length === 60) ok++; return ok; }, (n) => n]);

// [name, operations per round, run(n) -> Promise<result>, expected(n)]
const asyncCases = [
  ['async work round trip', 2e3, (n) => new Promise((resolve) => {
    let done = 0, sum = 0;
    const next = (v) => { sum += v; if (++done === n) resolve(sum); else addon.queueWork(1, next); };
    addon.queueWork(1, next);
  }), (n) => 2 * n],
  ['threadsafe function, 1 thread', 1e5, (n) => new Promise((resolve) => {
    let calls = 0;
    addon.tsfnRun(1, n, () => { if (++calls === n) setImmediate(() => resolve(calls)); });
  }), (n) => n],
  ['threadsafe function, 4 threads', 1e5, (n) => new Promise((resolve) => {
    let calls = 0;
    addon.tsfnRun(4, n / 4, () => { if (++calls === n) setImmediate(() => resolve(calls)); });
  }), (n) => n],
];

async function measure([name, ops, run, expected, bytes]) {
  const n = Math.max(1, Math.round(ops * SCALE));
  const rounds = [];
  const warmEnd = process.hrtime.bigint() + BigInt(WARMUP_MS) * 1000000n;
  let warm = 0;
  while (rounds.length < ROUNDS) {
    const t0 = process.hrtime.bigint();
    const got = await run(n);
    const t1 = process.hrtime.bigint();
    if (got !== expected(n)) throw new Error(`${name}: result ${got}, expected ${expected(n)}`);
    if (warm < WARMUP || t1 < warmEnd) warm++;
    else rounds.push(Number(t1 - t0) / n);
  }
  console.log(JSON.stringify({ case: name, n, bytes: bytes || 0, warmup: warm, ns: rounds }));
}

(async () => {
  for (const c of [...sync, ...asyncCases]) if (!filter || filter.test(c[0])) await measure(c);
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
