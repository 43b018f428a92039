// node20: skip
'use strict';
// An experimental-version module's finalizer, run from the GC, posts a finalizer with node_api_post_finalizer; the
// posted one runs later from the event loop, where it may call JS (Node's test_general/testFinalizer.js). Running
// it inside the GC pass would be the fatal "Finalizer is calling a function that may affect GC state".
const { strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const calls = [];
b.onFinalize((id) => calls.push(id));
(() => { b.addFinalizer({}, 41, 3, 0); b.addFinalizer({}, 42, 3, 0); })();
global.gc();
console.log('right after gc, JS called for:', calls.join() || 'none');
strictEqual(calls.length, 0);
setImmediate(() => {
  calls.sort();
  console.log('after a turn of the loop:', calls.join(), 'finalized', b.finalized().join());
  strictEqual(calls.join(), '41,42');
});
