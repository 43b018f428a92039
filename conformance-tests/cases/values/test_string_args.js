'use strict';
// napi_create_string_utf8 / latin1 / utf16 argument rules: NULL str only with length 0, length <= INT_MAX or
// NAPI_AUTO_LENGTH, NULL result.
const { show } = require('../common.js');
const b = require(process.env.NAPI_ADDON);
const fmt = (r) => Object.keys(r).map((k) => k + '=' + show(r[k])).join(' ');

const kinds = ['utf8', 'latin1', 'utf16'];
for (const [k, name] of kinds.entries()) {
  console.log(name, 'abc AUTO', fmt(b.createString(k, 0, -1)));
  console.log(name, 'abc 2', fmt(b.createString(k, 0, 2)));
  console.log(name, 'abc 0', fmt(b.createString(k, 0, 0)));
  console.log(name, 'NULL 0', fmt(b.createString(k, 1, 0)));
  console.log(name, 'NULL 1', fmt(b.createString(k, 1, 1)));
  console.log(name, 'NULL AUTO', fmt(b.createString(k, 1, -1)));
  console.log(name, 'length INT_MAX+1', fmt(b.createString(k, 0, 2147483648)));
  console.log(name, 'length 2^40', fmt(b.createString(k, 0, 2 ** 40)));
  console.log(name, 'NULL result', fmt(b.createString(k, 2, -1)));
  console.log(name, 'NULL str and result, length 0', fmt(b.createString(k, 3, 0)));
}
