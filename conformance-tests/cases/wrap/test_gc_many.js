'use strict';
// 100000 wrapped objects with counting finalizers: after they are dropped and a few GCs, every finalizer ran
// exactly once.
const { strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const tick = () => new Promise((r) => (typeof setImmediate === 'function' ? setImmediate(r) : setTimeout(r, 0)));
const N = 100000;
(async () => {
  b.wrapMany(N, 0);
  for (let i = 0; i < 40 && b.finalized()[0] < N; i++) { global.gc(); await tick(); }
  const [count, sum, bad] = b.finalized();
  console.log('finalized:', count);
  strictEqual(count, N);
  strictEqual(sum, ((N - 1) * N / 2) | 0);
  strictEqual(bad, 0);
  for (let i = 0; i < 3; i++) { global.gc(); await tick(); }
  strictEqual(b.finalized()[0], N);
  console.log('no more');
})();
