'use strict';
// napi_create_string_utf8 with malformed UTF-8: every maximal ill-formed
// subsequence becomes one U+FFFD (WHATWG / Unicode "best practice").
const { strictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

function units(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16).padStart(4, '0'));
  return out.join(' ');
}
const R = '\ufffd';
const cases = [
  ['lone ff', [0xff], R],
  ['lone continuation 80 80', [0x80, 0x80], R + R],
  ['truncated 3-byte e4 b8', [0xe4, 0xb8], R],
  ['truncated 3-byte then ascii e4 b8 61', [0xe4, 0xb8, 0x61], R + 'a'],
  ['truncated 4-byte f0 9f 98', [0xf0, 0x9f, 0x98], R],
  ['surrogate ed a0 80', [0xed, 0xa0, 0x80], R + R + R],
  ['overlong c0 80', [0xc0, 0x80], R + R],
  ['above U+10FFFF f4 90 80 80', [0xf4, 0x90, 0x80, 0x80], R + R + R + R],
  ['fe then ascii', [0xfe, 0x61], R + 'a'],
];
for (const [label, bytes, expected] of cases) {
  const s = binding.createUtf8(bytes, -1);
  console.log(`${label}: [${units(s)}]`);
  strictEqual(s, expected, label);
}
// Explicit length that cuts a multi-byte character.
const cut = binding.createUtf8([0xe4, 0xb8, 0xad], 2);
console.log(`中 cut at 2 bytes: [${units(cut)}]`);
strictEqual(cut, R);
