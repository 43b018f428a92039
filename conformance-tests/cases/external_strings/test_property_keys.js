// node20: skip
'use strict';
// node_api_create_property_key_latin1 / utf8 / utf16: strings usable as property keys, with the string rules.
const { show, strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);
const fmt = (r) => Object.keys(r).map((k) => k + '=' + show(r[k])).join(' ');

const kinds = ['latin1', 'utf8', 'utf16'];
const samples = { latin1: ['key', 'caf\u00e9', ''], utf8: ['key', 'caf\u00e9 \u{1F600}', ''], utf16: ['key', '\u4e2d\u{1F600}', ''] };
for (const [k, name] of kinds.entries()) {
  for (const s of samples[name]) {
    const r = b.key(k, s, -1, 0);
    console.log(name, show(s), fmt(r));
    strictEqual(r.value, s);
    const o = { [s]: 1 };
    strictEqual(o[r.value], 1);
  }
  console.log(name, 'length 2', fmt(b.key(k, 'abc', 2, 0)));
  console.log(name, 'NULL str length 0', fmt(b.key(k, 'abc', 0, 1)));
  console.log(name, 'NULL str AUTO', fmt(b.key(k, 'abc', -1, 1)));
  console.log(name, 'NULL result', fmt(b.key(k, 'abc', -1, 2)));
  console.log(name, 'length INT_MAX+1', fmt(b.key(k, 'abc', 2147483648, 0)));
}
