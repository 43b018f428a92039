'use strict';
// Buffer's string slices as node_buffer.cc's StringSlice takes their arguments (no arguments: the whole buffer; an
// end before the start: empty; a negative index or an end past the buffer: ERR_OUT_OF_RANGE), without changing the
// bytes; TextDecoder's single-byte decoders use buf.latin1Slice() and buf.ucs2Slice() so.
const b = Buffer.from('héllo wörld');
for (const m of ['latin1Slice', 'asciiSlice', 'utf8Slice', 'ucs2Slice', 'hexSlice', 'base64Slice', 'base64urlSlice']) {
  const out = [];
  for (const args of [[], [2], [2, 5], [5, 2], [undefined, 3], ['1', '4'], [NaN, 3], [1.7, 3.9], [0, 100], [-1], [0, -1], [100], [Infinity]]) {
    try { out.push(JSON.stringify(b[m](...args))); } catch (e) { out.push(`${e.name} ${e.code} ${e.message}`); }
  }
  console.log(m, out.join(' | '));
}
console.log(JSON.stringify(Buffer.alloc(0).latin1Slice(5, 1)));
console.log(JSON.stringify(new TextDecoder('windows-1252').decode(Uint8Array.of(0x41, 0x80, 0xc1))), JSON.stringify(new TextDecoder('windows-1252').decode(Uint8Array.of(0x41, 0x42))));
