'use strict';
// napi_create_string_utf8 / latin1 / utf16 with explicit lengths,
// NAPI_AUTO_LENGTH, embedded NULs and non-ASCII content.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const AUTO = -1;
function units(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i).toString(16).padStart(4, '0'));
  return out.join(' ');
}
function check(label, actual, expected) {
  console.log(`${label}: length=${actual.length} units=[${units(actual)}]`);
  strictEqual(typeof actual, 'string', label);
  strictEqual(actual, expected, label);
}

// UTF-8
check('utf8 "hello" AUTO', binding.createUtf8([0x68, 0x65, 0x6c, 0x6c, 0x6f], AUTO), 'hello');
check('utf8 "hello" len 5', binding.createUtf8([0x68, 0x65, 0x6c, 0x6c, 0x6f], 5), 'hello');
check('utf8 "hello" len 3', binding.createUtf8([0x68, 0x65, 0x6c, 0x6c, 0x6f], 3), 'hel');
check('utf8 "hello" len 0', binding.createUtf8([0x68, 0x65, 0x6c, 0x6c, 0x6f], 0), '');
check('utf8 empty AUTO', binding.createUtf8([], AUTO), '');
check('utf8 é', binding.createUtf8([0xc3, 0xa9], AUTO), 'é');
check('utf8 中', binding.createUtf8([0xe4, 0xb8, 0xad], AUTO), '中');
check('utf8 😀', binding.createUtf8([0xf0, 0x9f, 0x98, 0x80], AUTO), '😀');
check('utf8 😀 len 4', binding.createUtf8([0xf0, 0x9f, 0x98, 0x80], 4), '😀');
check('utf8 mixed', binding.createUtf8([0x61, 0xc3, 0xa9, 0xe4, 0xb8, 0xad, 0xf0, 0x9f, 0x98, 0x80], AUTO), 'aé中😀');
// embedded NUL: explicit length keeps it, AUTO stops at it
check('utf8 a\\0b len 3', binding.createUtf8([0x61, 0x00, 0x62], 3), 'a\0b');
check('utf8 a\\0b AUTO', binding.createUtf8([0x61, 0x00, 0x62], AUTO), 'a');
check('utf8 \\0\\0 len 2', binding.createUtf8([0x00, 0x00], 2), '\0\0');
strictEqual(binding.createUtf8([0x61, 0x00, 0x62], 3).length, 3);

// Latin-1
check('latin1 "abc" AUTO', binding.createLatin1([0x61, 0x62, 0x63], AUTO), 'abc');
check('latin1 "abc" len 2', binding.createLatin1([0x61, 0x62, 0x63], 2), 'ab');
check('latin1 é', binding.createLatin1([0xe9], AUTO), 'é');
check('latin1 high bytes', binding.createLatin1([0x80, 0xa0, 0xff], AUTO), '\x80\xa0\xff');
check('latin1 a\\0b len 3', binding.createLatin1([0x61, 0x00, 0x62], 3), 'a\0b');
check('latin1 a\\0b AUTO', binding.createLatin1([0x61, 0x00, 0x62], AUTO), 'a');
// UTF-8 bytes interpreted as Latin-1 are separate characters
check('latin1 c3 a9', binding.createLatin1([0xc3, 0xa9], AUTO), '\xc3\xa9');

// UTF-16
check('utf16 "hi" AUTO', binding.createUtf16([0x68, 0x69], AUTO), 'hi');
check('utf16 "hi" len 1', binding.createUtf16([0x68, 0x69], 1), 'h');
check('utf16 中', binding.createUtf16([0x4e2d], AUTO), '中');
check('utf16 😀', binding.createUtf16([0xd83d, 0xde00], AUTO), '😀');
check('utf16 😀 len 1 (lone high surrogate)', binding.createUtf16([0xd83d, 0xde00], 1), '\ud83d');
check('utf16 lone low surrogate', binding.createUtf16([0xdc00], AUTO), '\udc00');
check('utf16 a\\0b len 3', binding.createUtf16([0x61, 0x00, 0x62], 3), 'a\0b');
check('utf16 a\\0b AUTO', binding.createUtf16([0x61, 0x00, 0x62], AUTO), 'a');
check('utf16 ffff', binding.createUtf16([0xffff, 0xfeff], AUTO), '\uffff\ufeff');

// Long strings
const longBytes = [];
for (let i = 0; i < 500; i++) longBytes.push(0x61 + (i % 26));
const longStr = binding.createUtf8(longBytes, AUTO);
strictEqual(longStr.length, 500);
strictEqual(longStr.slice(0, 27), 'abcdefghijklmnopqrstuvwxyza');
console.log('long utf8 length:', longStr.length);

// NULL string with length 0 -> empty string
for (const kind of [0, 1, 2]) {
  strictEqual(binding.createNullEmpty(kind), '');
}
console.log('NULL str with length 0 -> ""');

// Misuse statuses.
const bad = binding.createBadArgs();
console.log('createBadArgs utf8   [NULL result, NULL str len 3, NULL str len 0, NULL str AUTO, len>INT_MAX] =', bad.slice(0, 5).join(','));
console.log('createBadArgs latin1 [NULL result, NULL str len 3, NULL str len 0, NULL str AUTO, len>INT_MAX] =', bad.slice(5, 10).join(','));
console.log('createBadArgs utf16  [NULL result, NULL str len 3, NULL str len 0, NULL str AUTO, len>INT_MAX] =', bad.slice(10, 15).join(','));
deepStrictEqual(bad, [1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1]);
