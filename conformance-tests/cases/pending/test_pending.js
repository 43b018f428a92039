'use strict';
// With an exception pending (thrown by napi_throw_error), the functions that may run JavaScript refuse with
// napi_pending_exception (10): Node's NAPI_PREAMBLE set. The others work as usual (status 0).
const b = require(process.env.NAPI_ADDON);

const rows = b.whilePending({}, function F() {}, new ArrayBuffer(4), new Date(0));
const refused = rows.filter(([, s]) => s === 10).map(([n]) => n);
const worked = rows.filter(([, s]) => s === 0).map(([n]) => n);
const other = rows.filter(([, s]) => s !== 0 && s !== 10);
console.log('refuse while an exception is pending:\n  ' + refused.join('\n  '));
console.log('work while an exception is pending:\n  ' + worked.join('\n  '));
console.log('other statuses:', JSON.stringify(other));
