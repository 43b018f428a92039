// An immediate that throws (to an 'uncaughtException' handler) leaves the rest of its queue for the same loop turn,
// and its callback scope closes as failed: the next ticks it queued run only once the next immediate has run
// (env.cc CheckImmediate loops while kHasOutstanding; InternalCallbackScope skips the tick queue when failed).
const assert = require('assert');
const log = [];
process.on('uncaughtException', (e) => log.push(`uncaught ${e.message}`));
setImmediate(() => log.push('a'));
setImmediate(() => {
  process.nextTick(() => log.push('tick from the thrower'));
  Promise.resolve().then(() => log.push('microtask from the thrower'));
  setImmediate(() => log.push('next turn'));
  throw new Error('boom');
});
setImmediate(() => log.push('b'));
setImmediate(() => log.push('c'));
process.on('exit', () => {
  console.log(log.join('\n'));
  assert.deepStrictEqual(log, ['a', 'uncaught boom', 'b', 'tick from the thrower', 'microtask from the thrower', 'c',
    'next turn']);
});
