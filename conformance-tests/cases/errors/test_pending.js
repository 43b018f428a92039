'use strict';
// napi_get_and_clear_last_exception / napi_is_exception_pending with
// throws from C, and throwing while an exception is already pending.
const { strictEqual, deepStrictEqual, throws, throwsValue } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

// Nothing pending: returns undefined, status ok.
const none = binding.getAndClearNothing();
console.log('get_and_clear with nothing pending: status =', none[0], 'value =', none[1], 'pending =', none[2]);
deepStrictEqual(none, [0, undefined, false]);
const nr = binding.getAndClearNullResult();
console.log('get_and_clear(NULL) =', nr);
strictEqual(nr, 1);

// Throw in C, then catch in C.
const kinds = ['Error', 'TypeError', 'RangeError', 'SyntaxError'];
kinds.forEach((name, kind) => {
  const r = binding.throwThenCatch(kind, 'CAUGHT', 'caught in C');
  console.log(`${name}: throwStatus=${r.throwStatus} pendingAfterThrow=${r.pendingAfterThrow} pendingAfterClear=${r.pendingAfterClear} error.name=${r.error.name} message=${r.error.message} code=${r.error.code}`);
  strictEqual(r.throwStatus, 0);
  strictEqual(r.pendingAfterThrow, true);
  strictEqual(r.pendingAfterClear, false);
  strictEqual(r.error.name, name);
  strictEqual(r.error.code, 'CAUGHT');
});
// napi_throw of a primitive, then catch
const rp = binding.throwThenCatch(-1, null, 5);
console.log(`napi_throw(5) then catch: throwStatus=${rp.throwStatus} pendingAfterThrow=${rp.pendingAfterThrow} error=${rp.error} pendingAfterClear=${rp.pendingAfterClear}`);
deepStrictEqual(rp, { throwStatus: 0, pendingAfterThrow: true, error: 5, pendingAfterClear: false });

// Throwing twice: the second throw fails with napi_pending_exception and the
// first error propagates.
let e = throws(() => binding.throwTwice());
console.log(`throwTwice: thrown message=${e.message} code=${e.code} statuses=${binding.lastStatus()},${binding.secondStatus()}`);
strictEqual(e.message, 'first');
strictEqual(e.code, 'FIRST');
strictEqual(binding.lastStatus(), 0);
strictEqual(binding.secondStatus(), 10);

throwsValue(() => binding.throwValueTwice('one', 'two'), 'one');
console.log(`throwValueTwice: statuses=${binding.lastStatus()},${binding.secondStatus()}`);
strictEqual(binding.lastStatus(), 0);
strictEqual(binding.secondStatus(), 10);

// Exception pending from a JS call: napi_throw_error fails with
// napi_pending_exception and the JS exception propagates.
const jsErr = new RangeError('from js');
e = throws(() => binding.callThenThrow(() => { throw jsErr; }));
console.log(`callThenThrow: statuses=${binding.lastStatus()},${binding.secondStatus()} thrown is js error=${e === jsErr}`);
strictEqual(e, jsErr);
strictEqual(binding.lastStatus(), 10);
strictEqual(binding.secondStatus(), 10);

// After all that, nothing remains pending.
deepStrictEqual(binding.getAndClearNothing(), [0, undefined, false]);
