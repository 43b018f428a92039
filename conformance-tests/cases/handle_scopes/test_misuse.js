'use strict';
// Handle scopes misused as node handles it: Node only counts open scopes, so closing them out of order succeeds,
// and napi_handle_scope_mismatch comes only when none is open, without setting the last error (error_code stays 0);
// escaping twice is napi_escape_called_twice and does set it.
const { deepStrictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const cases = [
  ['outer closed before inner [open, open, close outer, last, close inner, last]', [0, 0, 0, 0, 0, 0]],
  ['closed twice [open, close, close, last]', [0, 0, 13, 0]],
  ['closed with none open [close, last]', [13, 0]],
  ['escapable scopes out of order [open, open, close outer, close inner]', [0, 0, 0, 0]],
  ['escaped twice [open, escape, escape, last, close]', [0, 0, 12, 12, 0]],
  ['more closes than opens [open, close, close, close, last]', [0, 0, 13, 13, 0]],
];
cases.forEach(([what, want], k) => {
  const got = b.misuse(k);
  console.log(what + ':', got.join(','));
  deepStrictEqual(got, want);
});
