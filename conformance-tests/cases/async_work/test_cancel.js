'use strict';
// napi_cancel_async_work: a work still queued (the 4 threadpool threads are busy) is cancelled and its complete
// runs with napi_cancelled (11); a running one cannot be cancelled (napi_generic_failure).
const b = require(process.env.NAPI_ADDON);
const done = [];
const r = b.cancelTest((tag, status) => {
  done.push(tag + ':' + status);
  if (done.length === 5) console.log('completes:', done.sort().join(' '));
});
console.log('[4 started, cancel queued, cancel running]:', JSON.stringify(r));
