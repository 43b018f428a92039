'use strict';
// napi_async_init / napi_async_destroy, napi_make_callback (this, arguments, result, a throwing function, argument
// checks; called from JS it is nested: microtasks wait for the outer callback), callback scopes.
const b = require(process.env.NAPI_ADDON);
console.log('asyncInit object [NULL name, NULL result, init, destroy NULL, destroy]:', JSON.stringify(b.asyncInit({}, 'res')));
console.log('asyncInit number name:', JSON.stringify(b.asyncInit({}, 42)));

const r = b.makeCallback({ k: 1 }, function (a, c) { return [this.k, a, c, arguments.length]; }, 'x', 2);
console.log('makeCallback result:', JSON.stringify(r));
console.log('makeCallback this for a number recv:', b.makeCallback(5, function () { return typeof this + ' ' + (this + 1); }));
try {
  b.makeCallback({}, () => { throw new Error('thrown in make_callback'); });
} catch (e) {
  console.log('makeCallback rethrows:', e.message);
}
const fn = () => 1;
console.log('status NULL recv:', JSON.stringify(b.makeCallbackStatus({}, fn, 1)));
console.log('status argc 1, NULL argv:', JSON.stringify(b.makeCallbackStatus({}, fn, 2)));
console.log('status NULL result:', JSON.stringify(b.makeCallbackStatus({}, fn, 3)));
console.log('status not a function:', JSON.stringify(b.makeCallbackStatus({}, 42, 0)));
console.log('status throwing:', JSON.stringify(b.makeCallbackStatus({}, () => { throw new Error('x'); }, 0)));

const order = [];
b.makeCallback({}, () => {
  Promise.resolve().then(() => order.push('micro'));
  process.nextTick(() => order.push('tick'));
  order.push('cb');
});
order.push('after makeCallback');
setTimeout(() => console.log('nested make_callback order:', order.join(', ')), 1);

console.log('scopes [close none open, open NULL result, close NULL, open, open, close, close, close again]:',
  JSON.stringify(b.scopes()));
