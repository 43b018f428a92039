// Deterministic inputs for the zlib scripts: text with repeats, prose-like words, and incompressible bytes.
'use strict';
function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x; };
}
function words(n, seed) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < n; i++) out.push('w' + (r() % 700).toString(36));
  return Buffer.from(out.join(' '));
}
function noise(n, seed) {
  const r = rng(seed);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = r() & 0xff;
  return b;
}
// FNV-1a over the bytes: a short fingerprint of a long output
function fnv(buf) {
  let h = 0x811c9dc5;
  for (const c of buf) { h ^= c; h = Math.imul(h, 0x01000193) >>> 0; }
  return h.toString(16).padStart(8, '0');
}
module.exports = {
  inputs: {
    empty: Buffer.alloc(0),
    hello: Buffer.from('hello world\n'),
    repeat: Buffer.from('the quick brown fox jumps over the lazy dog. '.repeat(400)),
    words: words(30000, 7),
    noise: noise(70000, 11),
  },
  fnv,
};
