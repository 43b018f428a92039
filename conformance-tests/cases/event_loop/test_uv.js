'use strict';
// An addon's own uv_timer_t on napi_get_uv_event_loop's loop keeps the process alive until it fires; its callback
// enters JS with napi_make_callback, whose callback scope runs nextTicks and microtasks before returning.
// Async cleanup hooks run at teardown with the env cleanup hooks, last registered first, and may finish later
// (they report on stderr: teardown output of C code is not captured when the suite runs napi-jvm in-process; the
// order there matches node's: env hook 4, async hook 2 called, env hook 1, async hook 2 done).
const b = require(process.env.NAPI_ADDON);
console.log('loopInfo [NULL result status, non-NULL, same]:', JSON.stringify(b.loopInfo()));
console.log('hooks [remove status, NULL hook, NULL remove]:', JSON.stringify(b.addHooks()));
const log = [];
b.uvTimer(30, () => {
  log.push('make_callback cb');
  process.nextTick(() => log.push('tick'));
  Promise.resolve().then(() => log.push('micro'));
}, (st) => {
  log.push('after, make_callback status ' + st);
  console.log(log.join('\n'));
});
console.log('main end');
