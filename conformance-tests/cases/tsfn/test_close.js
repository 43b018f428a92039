'use strict';
// Queue full (non-blocking), acquire/release counts and napi_invalid_arg once no thread holds it; abort: later calls
// get napi_closing, the finalizer runs, calls still queued are reported with a NULL env; argument checks; an
// unref'ed tsfn does not keep the process alive and is finalized at teardown (reported on stderr).
const b = require(process.env.NAPI_ADDON);
console.log('errors [no name, 0 threads, no result, no fn nor call_js, not a function, call_js only]:',
  JSON.stringify(b.errors(() => {}, 42)));
const got = [];
console.log('queueFull [call, call (full), acquire, release, release, release (none left)]:',
  JSON.stringify(b.queueFull((v) => got.push(v), (stats) => {
    console.log('queueFull delivered', JSON.stringify(got), 'stats', JSON.stringify(stats));
    abortTest();
  })));

function abortTest() {
  b.abortStart((stats) => {
    // [ok calls, closing calls, delivered, context, -]: the thread saw exactly one napi_closing
    console.log('abort: finalized; closing calls', stats[1], 'context', stats[3], 'some ok', stats[0] > 0);
    console.log('unref [unref, ref, unref]:', JSON.stringify(b.unrefIdle(() => {})));
  });
  setTimeout(() => console.log('abort [release abort, acquire after]:', JSON.stringify(b.abortNow())), 30);
}
process.on('exit', (code) => console.log('exit', code));
