'use strict';
// napi_call_function: receiver, arguments, return values, exceptions.
const { strictEqual, deepStrictEqual, throws, throwsValue } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

// Receiver and arguments.
const recv = { tag: 'recv' };
// (this file is strict mode, so all functions below are strict)
const r = binding.call(function (...a) { return { self: this, args: a }; }, recv, 1, 'a', null);
strictEqual(r.self, recv);
deepStrictEqual(r.args, [1, 'a', null]);
console.log('args:', JSON.stringify(r.args), 'self.tag:', r.self.tag);

// Strict function with undefined receiver sees undefined; sloppy sees global.
strictEqual(binding.call(function () { return this; }, undefined), undefined);
// eslint-disable-next-line no-new-func
const sloppy = new Function('return this;');
strictEqual(binding.call(sloppy, undefined), globalThis);
strictEqual(binding.call(sloppy, null), globalThis);
strictEqual(binding.call(function () { return this; }, 42), 42);
strictEqual(binding.call(function () { return this; }, null), null);

// Return values of all kinds.
for (const v of [undefined, null, true, 0, -0, 3.5, 'str', 10n, Symbol.iterator, recv]) {
  strictEqual(binding.call(() => v, undefined), v);
}
console.log('return values ok');

// Calling a native function through napi_call_function.
strictEqual(binding.call(binding.getThis, recv), recv);
// Calling built-ins.
strictEqual(binding.call(Math.max, undefined, 1, 7, 3), 7);
strictEqual(binding.call(Array.prototype.join, [1, 2, 3], '-'), '1-2-3');
console.log('builtins ok');

// Re-entrancy: C -> JS -> C -> JS ...
const depth = binding.recurse(binding.recurse, 50);
console.log('recurse depth =', depth);
strictEqual(depth, 50);

// A throwing JS function: napi_call_function returns napi_pending_exception
// and the exception propagates to JS after the native callback returns.
const err = new Error('thrown from js');
const caught = throws(() => binding.callRecordStatus(() => { throw err; }));
strictEqual(caught, err);
let info = binding.lastCallInfo();
console.log('throwing fn: status =', info.status, 'pending =', info.pending);
strictEqual(info.status, 10);
strictEqual(info.pending, true);

// Non-Error thrown values propagate unchanged.
throwsValue(() => binding.callRecordStatus(() => { throw 42; }), 42);
throwsValue(() => binding.callRecordStatus(() => { throw undefined; }), undefined);
info = binding.lastCallInfo();
strictEqual(info.status, 10);

// A successful call: status 0, nothing pending.
strictEqual(binding.callRecordStatus((a, b) => a + b, 2, 3), 5);
info = binding.lastCallInfo();
console.log('ok fn: status =', info.status, 'pending =', info.pending);
strictEqual(info.status, 0);
strictEqual(info.pending, false);

// Engine-generated errors inside the callee also propagate (don't print msg).
throws(() => binding.callRecordStatus(() => null.x), TypeError);
strictEqual(binding.lastCallInfo().status, 10);

// Catching in C with napi_get_and_clear_last_exception.
const c = binding.callAndCatch(() => { throw err; });
console.log(`callAndCatch: status=${c.status} lastErrorCode=${c.lastErrorCode} pendingBefore=${c.pendingBefore} pendingAfter=${c.pendingAfter} error.message=${c.error.message}`);
strictEqual(c.status, 10);
strictEqual(c.lastErrorCode, 10);
strictEqual(c.pendingBefore, true);
strictEqual(c.pendingAfter, false);
strictEqual(c.error, err);
const c2 = binding.callAndCatch(() => { throw 'str'; });
strictEqual(c2.error, 'str');
// Nothing thrown: get_and_clear returns undefined.
const c3 = binding.callAndCatch(() => 'fine');
console.log(`callAndCatch(no throw): status=${c3.status} pendingBefore=${c3.pendingBefore} error=${c3.error} result=${c3.result}`);
strictEqual(c3.status, 0);
strictEqual(c3.pendingBefore, false);
strictEqual(c3.error, undefined);
strictEqual(c3.result, 'fine');

// Calling again while an exception is pending: napi_pending_exception and
// the second function is not invoked; the first exception propagates.
let secondCalled = false;
const first = new Error('first');
const got = throws(() => binding.callTwiceAfterThrow(() => { throw first; }, () => { secondCalled = true; }));
strictEqual(got, first);
console.log('callTwiceAfterThrow: first =', binding.lastCallInfo().status, 'second =', binding.secondStatus(), 'secondCalled =', secondCalled);
strictEqual(binding.secondStatus(), 10);
strictEqual(secondCalled, false);

// napi_is_exception_pending
strictEqual(binding.isPendingNow(), false);
const pst = binding.isPendingBadArgs();
console.log('is_exception_pending(NULL) =', pst);
strictEqual(pst, 1);

// Misuse: [NULL recv, NULL func, argc>0 && argv NULL, NULL result ok, non-function]
let calledCount = 0;
const bad = binding.callBadArgs(() => { calledCount++; });
console.log('callBadArgs =', bad.join(','), 'calledCount =', calledCount);
deepStrictEqual(bad, [1, 1, 1, 0, 1]);
strictEqual(calledCount, 1);
