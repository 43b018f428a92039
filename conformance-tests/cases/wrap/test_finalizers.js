'use strict';
// Finalizers of wraps, napi_add_finalizer and externals run after the GC collected their object, once, on the
// JS thread (they may call JS); posted finalizers; references of wraps.
const { strictEqual, deepStrictEqual, show } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const tick = () => new Promise((r) => (typeof setImmediate === 'function' ? setImmediate(r) : setTimeout(r, 0)));
async function gcUntil(cond) {
  for (let i = 0; i < 30 && !cond(); i++) { global.gc(); await tick(); }
  return cond();
}

(async () => {
  const seen = [];
  b.onFinalize((id) => { seen.push(id); });

  // wraps with counting finalizers, dropped
  (() => { for (let i = 1; i <= 10; i++) b.wrap({ i }, i, 1, 0); })();
  // a kept one is not finalized
  const kept = {};
  b.wrap(kept, 1000, 1, 0);
  console.log('collected 10:', await gcUntil(() => b.finalized()[0] === 10), show(b.finalized()));
  console.log('kept still wrapped:', show(b.unwrap(kept)));
  for (let i = 0; i < 3; i++) { global.gc(); await tick(); }
  console.log('each exactly once:', show(b.finalized()));
  b.resetCounts();

  // finalizers calling JS
  (() => { for (let i = 1; i <= 5; i++) b.wrap({}, i, 2, 0); })();
  console.log('JS called from finalizers:', await gcUntil(() => seen.length === 5), show(seen.slice().sort()));
  seen.length = 0;
  b.resetCounts();

  // napi_add_finalizer: several on one object, plus a wrap on it
  (() => {
    const o = {};
    b.addFinalizer(o, 1, 1, 0);
    b.addFinalizer(o, 2, 1, 0);
    b.addFinalizer(o, 4, 2, 0);
    b.wrap(o, 8, 1, 0);
  })();
  console.log('add_finalizer:', await gcUntil(() => b.finalized()[0] === 4), show(b.finalized()), show(seen));
  b.resetCounts();

  // references returned by wrap and add_finalizer read empty after collection and stay until deleted
  let r1, r2;
  (() => { r1 = b.wrap({}, 1, 1, 1)[1]; r2 = b.addFinalizer({}, 2, 1, 1)[1]; })();
  console.log('result refs:', await gcUntil(() => b.finalized()[0] === 2), show(b.finalized()), b.refEmpty(r1), b.refEmpty(r2));
  console.log('delete after finalize:', b.deleteRef(r1), b.deleteRef(r2));
  b.resetCounts();

  // a finalizer that deletes its own wrap reference
  (() => { b.wrap({}, 3, 3, 1); })();
  console.log('self-deleting:', await gcUntil(() => b.finalized()[0] === 1), show(b.finalized()));
  b.resetCounts();

  // removed wraps and deleted references never finalize
  let r3;
  (() => {
    const a = {}, c = {}, d = {};
    b.wrap(a, 1, 1, 0); b.removeWrap(a, 0);
    r3 = b.wrap(c, 2, 1, 1)[1]; b.removeWrap(c, 1);
    const r4 = b.addFinalizer(d, 4, 1, 1)[1]; b.deleteRef(r4);
  })();
  // a marker to know the GC ran
  (() => { b.wrap({}, 100, 1, 0); })();
  await gcUntil(() => b.finalized()[0] >= 1);
  for (let i = 0; i < 3; i++) { global.gc(); await tick(); }
  console.log('removed/deleted not finalized:', show(b.finalized()), 'removed wrap ref', b.refEmpty(r3));
  b.deleteRef(r3);
  b.resetCounts();

  // externals
  (() => { b.externalMany(50); })();
  console.log('externals:', await gcUntil(() => b.finalized()[0] === 50), show(b.finalized()));
  b.resetCounts();

  // posted finalizers run later, on the JS thread
  console.log('post:', b.postFinalizer(7), b.postFinalizer(9), show(b.finalized()));
  await tick();
  await tick();
  console.log('posted ran:', show(b.finalized()), show(seen.sort()));
  seen.length = 0;
  b.resetCounts();

  // instance data
  console.log('instance data unset:', show(b.instanceData(0, 0)));
  console.log('set:', show(b.instanceData(1, 42)), 'replace:', show(b.instanceData(1, 43)));
  console.log('replaced data not finalized:', show(b.finalized()));
  console.log('cleanup hooks:', show(b.hooks()));
  console.log('adjust_external_memory:', show(b.adjust()));
  console.log('done');
})();
