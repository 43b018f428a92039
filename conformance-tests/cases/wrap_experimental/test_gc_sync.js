// node20: skip
'use strict';
// Experimental-version modules: finalizers run inside gc() itself (Node calls them from the GC), not later.
const { strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

(() => { for (let i = 1; i <= 10; i++) b.wrap({ i }, i, 1, 0); })();
(() => { const o = {}; b.addFinalizer(o, 100, 1, 0); })();
(() => { b.externalMany(5); })();
const kept = {};
b.wrap(kept, 1000, 1, 0);
console.log('before gc:', b.finalized().join());
global.gc();
console.log('right after gc:', b.finalized().join());
strictEqual(b.finalized()[0], 16);
// posted finalizers still wait for the event loop
console.log('post:', b.postFinalizer(7), b.finalized().join());
b.onFinalize((id) => console.log('posted finalizer called JS with', id));
setImmediate(() => {
  console.log('later:', b.finalized().join(), 'kept:', b.unwrap(kept).join());
});
