'use strict';
// napi_get_value_string_utf8 / latin1 / utf16: length queries, truncation,
// NUL termination, bufsize 0, lone surrogates, non-string values.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const FILL8 = 0xaa;
const FILL16 = 0xaaaa;

// --- Reference model of Node's behaviour ---
function utf8Chars(s) {
  // returns array of byte arrays, one per code point (lone surrogate -> EF BF BD)
  const out = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push([c]);
    else if (c < 0x800) out.push([0xc0 | (c >> 6), 0x80 | (c & 0x3f)]);
    else if (c < 0x10000) out.push([0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]);
    else out.push([0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]);
  }
  return out;
}
function model(kind, s, bufsize) {
  let pieces;
  let fill = FILL8;
  if (kind === 'utf8') pieces = utf8Chars(s);
  else if (kind === 'latin1') pieces = Array.from({ length: s.length }, (_, i) => [s.charCodeAt(i) & 0xff]);
  else { pieces = Array.from({ length: s.length }, (_, i) => [s.charCodeAt(i)]); fill = FILL16; }
  const total = pieces.reduce((n, p) => n + p.length, 0);
  if (bufsize < 0) return { status: 0, result: total, buffer: null };
  if (bufsize === 0) return { status: 0, result: 0, buffer: [] };
  const buf = [];
  for (const p of pieces) {
    if (buf.length + p.length > bufsize - 1) break;  // never split a character
    buf.push(...p);
  }
  const result = buf.length;
  buf.push(0);
  while (buf.length < bufsize) buf.push(fill);
  return { status: 0, result, buffer: buf };
}

const hex = (a) => (a === null ? 'null' : '[' + a.map((x) => x.toString(16)).join(' ') + ']');
const fns = { utf8: binding.getUtf8, latin1: binding.getLatin1, utf16: binding.getUtf16 };

const strings = ['', 'hello', 'é', '中', '😀', 'aé中😀', '\ud800', 'a\udc00b', '\udbff\udfff', '\0x', 'ÿĀ'];
const sizes = [-1, 0, 1, 2, 3, 4, 5, 6, 12];
for (const s of strings) {
  for (const kind of ['utf8', 'latin1', 'utf16']) {
    const parts = [];
    for (const bs of sizes) {
      const r = fns[kind](s, bs);
      const label = `${kind}(${JSON.stringify(s)}, ${bs < 0 ? 'NULL' : bs})`;
      deepStrictEqual(r, model(kind, s, bs), label);
      parts.push(`${bs < 0 ? 'NULL' : bs}:${r.result}${bs > 0 ? hex(r.buffer) : ''}`);
    }
    console.log(`${kind} ${JSON.stringify(s)} -> ${parts.join(' ')}`);
  }
}

// Full round trips through C buffers.
for (const s of strings.concat(['x'.repeat(1000), '中'.repeat(300), '😀'.repeat(200)])) {
  strictEqual(binding.roundTripUtf16(s), s);
  const expectedUtf8 = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  strictEqual(binding.roundTripUtf8(s), expectedUtf8);
}
strictEqual(binding.roundTripLatin1('héllo\xff'), 'héllo\xff');
strictEqual(binding.roundTripLatin1('中'), '-');  // 0x4e2d -> low byte 0x2d
console.log('round trips ok');

// result pointer is optional when a buffer is given.
const nr = binding.getUtf8('abc', 4, false);
console.log('utf8 with NULL result:', nr.status, hex(nr.buffer));
deepStrictEqual(nr, { status: 0, result: null, buffer: [0x61, 0x62, 0x63, 0] });
deepStrictEqual(binding.getUtf16('abc', 4, false), { status: 0, result: null, buffer: [0x61, 0x62, 0x63, 0] });
deepStrictEqual(binding.getLatin1('abc', 4, false), { status: 0, result: null, buffer: [0x61, 0x62, 0x63, 0] });

// Non-string values -> napi_string_expected (3); buffer untouched.
for (const v of [5, true, null, undefined, {}, Symbol('s'), 1n, new String('boxed')]) {
  const r8 = binding.getUtf8(v, 4);
  const rl = binding.getLatin1(v, 4);
  const r16 = binding.getUtf16(v, 4);
  const r8q = binding.getUtf8(v, -1);
  console.log(`non-string ${typeof v}: utf8=${r8.status} latin1=${rl.status} utf16=${r16.status} query=${r8q.status}`);
  deepStrictEqual(r8, { status: 3, result: null, buffer: [FILL8, FILL8, FILL8, FILL8] });
  strictEqual(rl.status, 3);
  deepStrictEqual(r16, { status: 3, result: null, buffer: [FILL16, FILL16, FILL16, FILL16] });
  strictEqual(r8q.status, 3);
}

// NULL buf and NULL result -> invalid arg; NULL value -> invalid arg.
const bad = binding.getBadArgs('x');
console.log('getBadArgs("x") [utf8/latin1/utf16 NULL buf+result, utf8/latin1/utf16 NULL value] =', bad.join(','));
deepStrictEqual(bad, [1, 1, 1, 1, 1, 1]);
// With a non-string value the type check comes first.
const bad2 = binding.getBadArgs(5);
console.log('getBadArgs(5) =', bad2.join(','));
deepStrictEqual(bad2, [3, 3, 3, 1, 1, 1]);
