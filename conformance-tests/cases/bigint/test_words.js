'use strict';
// napi_create_bigint_words and napi_get_value_bigint_words: sign bit, word_count in/out, truncation, NULLs,
// Node's INT_MAX check and V8's maximum BigInt size.
const { show, strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);
const fmt = (r) => Object.keys(r).map((k) => k + '=' + show(r[k])).join(' ');

const creations = [
  [0, []],
  [1, []],
  [0, ['0']],
  [1, ['0', '0']],
  [0, ['1']],
  [1, ['1']],
  [0, ['ffffffffffffffff']],
  [1, ['ffffffffffffffff']],
  [0, ['0', '1']],
  [0, ['123456789abcdef0', 'fedcba9876543210', '1']],
  [1, ['123456789abcdef0', 'fedcba9876543210', '0', '0']],
  [5, ['2']], // any nonzero sign_bit is negative
  [-1, ['3']],
];
for (const [sign, words] of creations) {
  const r = b.createWords(sign, words, -1, false);
  console.log('create_words', sign, JSON.stringify(words), fmt(r));
}
// word_count smaller than the array: only the first words are read
console.log('create_words count 1 of 2', fmt(b.createWords(0, ['5', '7'], 1, false)));
// NULL words (even with word_count 0), NULL result
console.log('create_words NULL words', fmt(b.createWords(0, null, 0, false)));
console.log('create_words NULL result', fmt(b.createWords(0, ['1'], -1, true)));
// word_count > INT_MAX: napi_invalid_arg; larger than V8's maximum BigInt: RangeError pending
console.log('create_words count INT_MAX+1', fmt(b.createWords(0, ['1'], 2147483648, false)));
console.log('create_words count INT_MAX', fmt(b.createWords(0, ['1'], 2147483647, false)));
console.log('create_words count 2^24+1', fmt(b.createWords(0, ['1'], 16777217, false)));

const values = [0n, 1n, -1n, 2n ** 64n - 1n, 2n ** 64n, -(2n ** 64n), 2n ** 128n + 2n ** 64n + 1n,
  -(2n ** 190n) - 7n, 0x123456789abcdef0fedcba9876543210n];
for (const v of values) {
  for (const cap of [0, 1, 2, 3, 4]) console.log('get_words', show(v), 'cap', cap, fmt(b.getWords(v, cap, 0)));
  console.log('get_words count only', show(v), fmt(b.getWords(v, 9, 1)));
  // round trip
  const r = b.getWords(v, 8, 0);
  const back = b.createWords(r.sign, r.words.slice(0, r.count), -1, false).value;
  strictEqual(back, v);
}
for (const mode of [2, 3, 4, 5]) console.log('get_words mode', mode, fmt(b.getWords(5n, 2, mode)));
for (const v of [1, 'x', {}, null]) console.log('get_words of', v === null ? 'null' : typeof v, fmt(b.getWords(v, 2, 0)));
// the type check comes after the word_count check
console.log('get_words NULL word_count of a number', fmt(b.getWords(1, 2, 4)));
