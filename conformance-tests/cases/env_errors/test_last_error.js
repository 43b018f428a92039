'use strict';
// napi_get_last_error_info: error_code / error_message after failing and
// successful calls.
const { strictEqual, throws } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

function fmt(o) {
  return `status=${o.status} infoStatus=${o.infoStatus} code=${o.code} message=${o.message === null ? 'null' : JSON.stringify(o.message)}`;
}

// Failing call: napi_get_value_int32 on a string -> napi_number_expected (6)
let r = binding.lastErrorAfterInt32('not a number');
console.log('int32(string):', fmt(r));
strictEqual(r.status, 6);
strictEqual(r.infoStatus, 0);
strictEqual(r.code, 6);
strictEqual(r.message, 'A number was expected');

// Successful napi_get_value_int32 -> napi_ok, message NULL
r = binding.lastErrorAfterInt32(42);
console.log('int32(42):', fmt(r));
strictEqual(r.status, 0);
strictEqual(r.code, 0);
strictEqual(r.message, null);

// A failing call followed by a successful call clears the error.
r = binding.lastErrorAfterSuccess();
console.log('after success:', fmt(r));
strictEqual(r.status, 0);
strictEqual(r.code, 0);
strictEqual(r.message, null);

// Querying the last error does not reset it.
r = binding.lastErrorQueriedTwice();
console.log('queried twice:', fmt(r));
strictEqual(r.status, 7);
strictEqual(r.code, 7);
strictEqual(r.message, 'A boolean was expected');

// NULL result pointer for napi_get_last_error_info -> napi_invalid_arg
const st = binding.lastErrorNullResult();
console.log('get_last_error_info(NULL) =', st);
strictEqual(st, 1);

// Table of triggerable statuses with their messages.
const cases = [
  [1, 5, 1, 'Invalid argument'],
  [3, 5, 3, 'A string was expected'],
  [4, 5, 4, 'A string or symbol was expected'],
  // napi_call_function with a non-function is napi_invalid_arg in Node.
  [5, {}, 1, 'Invalid argument'],
  [6, 'x', 6, 'A number was expected'],
  [7, 1, 7, 'A boolean was expected'],
  [8, {}, 8, 'An array was expected'],
  [17, 1, 17, 'A bigint was expected'],
  [19, {}, 19, 'An arraybuffer was expected'],
  // napi_get_arraybuffer_info with a non-arraybuffer is napi_invalid_arg.
  [119, {}, 1, 'Invalid argument'],
];
for (const [which, arg, code, message] of cases) {
  const o = binding.lastErrorForCase(which, arg);
  console.log(`case ${which}:`, fmt(o), 'pending=' + o.pending);
  strictEqual(o.pending, false, `case ${which} pending`);
  strictEqual(o.exception, undefined, `case ${which} exception`);
  strictEqual(o.status, code, `case ${which} status`);
  strictEqual(o.code, code, `case ${which} code`);
  strictEqual(o.message, message, `case ${which} message`);
}

// napi_pending_exception (10): call into a throwing JS function.
const thrown = new Error('boom');
const o = binding.lastErrorForCase(10, () => { throw thrown; });
console.log('case 10:', fmt(o), 'pending=' + o.pending);
strictEqual(o.status, 10);
strictEqual(o.code, 10);
strictEqual(o.message, 'An exception is pending');
strictEqual(o.pending, true);
strictEqual(o.exception, thrown);

// napi_function_expected (5): napi_instanceof with a non-function
// constructor; Node also throws a TypeError with code ERR_NAPI_CONS_FUNCTION.
const o2 = binding.lastErrorForCase(55, {});
console.log('case 55:', fmt(o2), 'pending=' + o2.pending);
strictEqual(o2.status, 5);
strictEqual(o2.code, 5);
strictEqual(o2.message, 'A function was expected');
strictEqual(o2.pending, true);
strictEqual(o2.exception instanceof TypeError, true);
console.log('instanceof exception:', o2.exception.name, o2.exception.code, JSON.stringify(o2.exception.message));
strictEqual(o2.exception.code, 'ERR_NAPI_CONS_FUNCTION');
strictEqual(o2.exception.message, 'Constructor must be a function');

// The NAPI_CALL helper throws an Error with the last error message.
throws(() => binding.napiCallThrows('str'), { name: 'Error', message: 'A number was expected' });
console.log('napiCallThrows:', binding.napiCallThrows(7));
console.log('done');
