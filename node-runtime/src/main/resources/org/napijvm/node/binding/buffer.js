// internalBinding('buffer') (node_buffer.cc): byte-level work on Uint8Arrays, in JS (the JIT compiles these loops;
// a host call per slice would cost more than it saves for the short strings that dominate). Encoding ids are
// string_decoder's `encodings`: ascii 0, utf8 1, base64 2, utf16le 3, latin1 4, hex 5, buffer 6, base64url 7.
(function (binding, java, kit) {
  'use strict';
  const ASCII = 0, UTF8 = 1, BASE64 = 2, UCS2 = 3, LATIN1 = 4, HEX = 5, BUFFER = 6, BASE64URL = 7;
  const fromCharCode = String.fromCharCode;
  const u8 = (v) => (v instanceof Uint8Array ? v : new Uint8Array(v.buffer, v.byteOffset, v.byteLength));

  // ---- slices: bytes -> string ----
  function latin1Slice(buf, start, end) {
    buf = u8(buf);
    let s = '';
    for (let i = start; i < end; i += 8192) s += fromCharCode.apply(null, buf.subarray(i, Math.min(end, i + 8192)));
    return s;
  }
  function asciiSlice(buf, start, end) {
    buf = u8(buf);
    let s = '';
    for (let i = start; i < end; i += 8192) {
      const chunk = new Uint8Array(buf.subarray(i, Math.min(end, i + 8192))); // a copy: Buffer's slice is a view
      for (let j = 0; j < chunk.length; j++) chunk[j] &= 0x7f;
      s += fromCharCode.apply(null, chunk);
    }
    return s;
  }
  // WHATWG/V8 UTF-8 decoding: each maximal invalid subsequence becomes one U+FFFD
  function utf8Slice(buf, start, end) {
    buf = u8(buf);
    const out = [];
    let s = '';
    let i = start;
    while (i < end) {
      const b = buf[i];
      if (b < 0x80) { out.push(b); i++; }
      else {
        let need = 0, cp = 0, lower = 0x80, upper = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
        else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0xf; if (b === 0xe0) lower = 0xa0; if (b === 0xed) upper = 0x9f; }
        else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x7; if (b === 0xf0) lower = 0x90; if (b === 0xf4) upper = 0x8f; }
        else { out.push(0xfffd); i++; need = -1; }
        if (need > 0) {
          let j = i + 1, ok = true;
          for (let k = 0; k < need; k++, j++) {
            const c = j < end ? buf[j] : -1;
            if (c < lower || c > upper) { ok = false; break; }
            lower = 0x80; upper = 0xbf;
            cp = (cp << 6) | (c & 0x3f);
          }
          if (ok) {
            if (cp >= 0x10000) { cp -= 0x10000; out.push(0xd800 | (cp >> 10), 0xdc00 | (cp & 0x3ff)); }
            else out.push(cp);
            i = j;
          } else { out.push(0xfffd); i = j; }
        }
      }
      if (out.length >= 8192) { s += fromCharCode.apply(null, out); out.length = 0; }
    }
    return s + fromCharCode.apply(null, out);
  }
  function ucs2Slice(buf, start, end) {
    buf = u8(buf);
    let s = '';
    const n = (end - start) & ~1;
    const codes = [];
    for (let i = 0; i < n; i += 2) {
      codes.push(buf[start + i] | (buf[start + i + 1] << 8));
      if (codes.length >= 8192) { s += fromCharCode.apply(null, codes); codes.length = 0; }
    }
    return s + fromCharCode.apply(null, codes);
  }
  const HEX_DIGITS = '0123456789abcdef';
  const HEX_TABLE = [];
  for (let i = 0; i < 256; i++) HEX_TABLE.push(HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15]);
  function hexSlice(buf, start, end) {
    buf = u8(buf);
    let s = '';
    for (let i = start; i < end; i++) s += HEX_TABLE[buf[i]];
    return s;
  }
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  function base64Encode(buf, start, end, alphabet, pad) {
    let s = '';
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
      s += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63];
    }
    if (end - i === 1) {
      const n = buf[i] << 16;
      s += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + (pad ? '==' : '');
    } else if (end - i === 2) {
      const n = (buf[i] << 16) | (buf[i + 1] << 8);
      s += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + (pad ? '=' : '');
    }
    return s;
  }
  const base64Slice = (buf, start, end) => base64Encode(u8(buf), start, end, B64, true);
  const base64urlSlice = (buf, start, end) => base64Encode(u8(buf), start, end, B64URL, false);

  // ---- writes: string -> bytes (return the number of bytes written) ----
  function utf8Encode(str, target, offset, max) {
    let n = 0;
    for (let i = 0; i < str.length; i++) {
      let c = str.charCodeAt(i);
      let len;
      if (c < 0x80) len = 1;
      else if (c < 0x800) len = 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        c = 0x10000 + ((c - 0xd800) << 10) + (str.charCodeAt(i + 1) - 0xdc00);
        len = 4;
      } else {
        if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // lone surrogate
        len = 3;
      }
      if (n + len > max) break; // never a partial character
      const p = offset + n;
      if (len === 1) target[p] = c;
      else if (len === 2) { target[p] = 0xc0 | (c >> 6); target[p + 1] = 0x80 | (c & 63); }
      else if (len === 3) { target[p] = 0xe0 | (c >> 12); target[p + 1] = 0x80 | ((c >> 6) & 63); target[p + 2] = 0x80 | (c & 63); }
      else {
        target[p] = 0xf0 | (c >> 18); target[p + 1] = 0x80 | ((c >> 12) & 63);
        target[p + 2] = 0x80 | ((c >> 6) & 63); target[p + 3] = 0x80 | (c & 63);
        i++;
      }
      n += len;
    }
    return n;
  }
  function byteLengthUtf8(str) {
    let n = 0;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
      else n += 3;
    }
    return n;
  }
  const clampLen = (buf, offset, length) => Math.max(0, Math.min(length, buf.byteLength - offset));
  function utf8WriteStatic(buf, str, offset, length) {
    return utf8Encode(str, u8(buf), offset, clampLen(buf, offset, length));
  }
  function latin1WriteStatic(buf, str, offset, length) {
    buf = u8(buf);
    const n = Math.min(str.length, clampLen(buf, offset, length));
    for (let i = 0; i < n; i++) buf[offset + i] = str.charCodeAt(i) & 0xff;
    return n;
  }
  const asciiWriteStatic = latin1WriteStatic; // V8 writes one byte per UTF-16 unit, as latin1 (nbytes::ASCII)
  function ucs2Write(buf, str, offset, length) {
    buf = u8(buf);
    const n = Math.min(str.length, clampLen(buf, offset, length) >> 1);
    for (let i = 0; i < n; i++) {
      const c = str.charCodeAt(i);
      buf[offset + 2 * i] = c & 0xff;
      buf[offset + 2 * i + 1] = c >> 8;
    }
    return n * 2;
  }
  const hexValue = (c) => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  function hexWrite(buf, str, offset, length) {
    buf = u8(buf);
    const max = clampLen(buf, offset, length);
    let n = 0;
    for (; n < max && 2 * n + 1 < str.length; n++) {
      const hi = hexValue(str.charCodeAt(2 * n)), lo = hexValue(str.charCodeAt(2 * n + 1));
      if (hi < 0 || lo < 0) break;
      buf[offset + n] = (hi << 4) | lo;
    }
    return n;
  }
  // Node's lenient base64 (both alphabets): characters outside them are skipped, '=' ends the input
  const UNB64 = new Int8Array(256).fill(-1);
  for (let i = 0; i < 64; i++) { UNB64[B64.charCodeAt(i)] = i; UNB64[B64URL.charCodeAt(i)] = i; }
  function base64Decode(str, target, offset, max) {
    let n = 0, acc = 0, bits = 0;
    for (let i = 0; i < str.length && n < max; i++) {
      const c = str.charCodeAt(i);
      if (c === 61) break; // '='
      const v = c < 256 ? UNB64[c] : -1;
      if (v < 0) continue;
      acc = (acc << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        target[offset + n++] = (acc >> bits) & 0xff;
      }
    }
    return n;
  }
  const base64Write = (buf, str, offset, length) => base64Decode(str, u8(buf), offset, clampLen(buf, offset, length));
  const base64urlWrite = base64Write;

  function writeEncoded(buf, str, offset, length, enc) {
    switch (enc) {
      case UTF8: return utf8WriteStatic(buf, str, offset, length);
      case UCS2: return ucs2Write(buf, str, offset, length);
      case LATIN1: case ASCII: return latin1WriteStatic(buf, str, offset, length);
      case HEX: return hexWrite(buf, str, offset, length);
      case BASE64: case BASE64URL: return base64Write(buf, str, offset, length);
      default: return utf8WriteStatic(buf, str, offset, length);
    }
  }
  function encodedBytes(str, enc) {
    const len = enc === UTF8 ? byteLengthUtf8(str) : enc === UCS2 ? str.length * 2 : enc === HEX ? str.length >>> 1
      : enc === BASE64 || enc === BASE64URL ? Math.ceil(str.length * 3 / 4) : str.length;
    const b = new Uint8Array(len);
    return b.subarray(0, writeEncoded(b, str, 0, len, enc));
  }
  const normalizeEncodingName = (enc) => {
    switch (`${enc}`.toLowerCase()) {
      case 'utf8': case 'utf-8': case 'undefined': return UTF8;
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return UCS2;
      case 'latin1': case 'binary': return LATIN1;
      case 'ascii': return ASCII;
      case 'hex': return HEX;
      case 'base64': return BASE64;
      case 'base64url': return BASE64URL;
      default: return UTF8;
    }
  };

  // whether bytes are well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF)
  function utf8Valid(buf) {
    for (let i = 0; i < buf.length;) {
      const b = buf[i];
      if (b < 0x80) { i++; continue; }
      let need, lower = 0x80, upper = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) need = 1;
      else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) lower = 0xa0; if (b === 0xed) upper = 0x9f; }
      else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) lower = 0x90; if (b === 0xf4) upper = 0x8f; }
      else return false;
      for (let k = 1; k <= need; k++) {
        const c = buf[i + k];
        if (c === undefined || c < lower || c > upper) return false;
        lower = 0x80; upper = 0xbf;
      }
      i += need + 1;
    }
    return true;
  }

  // ---- comparisons, searches, copies ----
  function compareRange(a, aStart, aEnd, b, bStart, bEnd) {
    const n = Math.min(aEnd - aStart, bEnd - bStart);
    for (let i = 0; i < n; i++) {
      const x = a[aStart + i], y = b[bStart + i];
      if (x !== y) return x < y ? -1 : 1;
    }
    const la = aEnd - aStart, lb = bEnd - bStart;
    return la < lb ? -1 : la > lb ? 1 : 0;
  }
  function search(hay, needle, byteOffset, forward, step) {
    const h = hay.length, n = needle.length;
    if (byteOffset < 0) byteOffset += h;
    if (byteOffset < 0) { if (!forward) return -1; byteOffset = 0; }
    if (n === 0) return Math.min(byteOffset, h);
    if (forward) {
      for (let i = byteOffset; i + n <= h; i += 1) {
        if (step === 2 && (i & 1)) continue;
        let j = 0;
        while (j < n && hay[i + j] === needle[j]) j++;
        if (j === n) return i;
      }
    } else {
      for (let i = Math.min(byteOffset, h - n); i >= 0; i -= 1) {
        if (step === 2 && (i & 1)) continue;
        let j = 0;
        while (j < n && hay[i + j] === needle[j]) j++;
        if (j === n) return i;
      }
    }
    return -1;
  }

  // StringSlice's arguments (node_buffer.cc): ParseArrayIndex (undefined is the default, a negative index is out of
  // range), an end before the start is the start, an end past the buffer is out of range
  const outOfRange = () => Object.assign(new RangeError('Index out of range'), { code: 'ERR_OUT_OF_RANGE' });
  const arrayIndex = (v, def) => {
    if (v === undefined) return def;
    const n = Math.trunc(+v) || 0;
    if (n < 0) throw outOfRange();
    return n;
  };
  const stringSlice = (slice) => function (buf, start, end) {
    const length = buf.byteLength;
    if (length === 0) return '';
    start = arrayIndex(start, 0);
    end = arrayIndex(end, length);
    if (end < start) end = start;
    if (end > length) throw outOfRange();
    return slice(buf, start, end);
  };

  Object.assign(binding, {
    createUnsafeArrayBuffer: (size) => new ArrayBuffer(size),
    // Node-API's napi_create_buffer* make instances of Node's own Buffer from now on
    setBufferPrototype: (proto) => java.rawFunction('registerBuffer')(() => ({ prototype: proto })),
    setDetachKey: () => {},
    byteLengthUtf8,
    latin1Slice: stringSlice(latin1Slice), asciiSlice: stringSlice(asciiSlice), utf8Slice: stringSlice(utf8Slice),
    ucs2Slice: stringSlice(ucs2Slice), hexSlice: stringSlice(hexSlice), base64Slice: stringSlice(base64Slice),
    base64urlSlice: stringSlice(base64urlSlice),
    utf8WriteStatic, latin1WriteStatic, asciiWriteStatic, ucs2Write, hexWrite, base64Write, base64urlWrite,
    copy: (source, target, targetStart, sourceStart, nb) => {
      u8(target).set(u8(source).subarray(sourceStart, sourceStart + nb), targetStart);
      return nb;
    },
    copyArrayBuffer: (dest, destOffset, src, srcOffset, len) => {
      new Uint8Array(dest, destOffset, len).set(new Uint8Array(src, srcOffset, len));
    },
    compare: (a, b) => compareRange(u8(a), 0, a.byteLength, u8(b), 0, b.byteLength),
    compareOffset: (source, target, targetStart, sourceStart, targetEnd, sourceEnd) => {
      if (sourceStart > source.byteLength) throw new RangeError('The value of "sourceStart" is out of range.');
      if (targetStart > target.byteLength) throw new RangeError('The value of "targetStart" is out of range.');
      return compareRange(u8(source), sourceStart, Math.min(sourceEnd, source.byteLength),
        u8(target), targetStart, Math.min(targetEnd, target.byteLength));
    },
    fill: (buf, value, start, end, encoding) => {
      buf = u8(buf);
      if (end > buf.byteLength || start > end) return -2;
      let bytes;
      if (typeof value === 'string') bytes = encodedBytes(value, normalizeEncodingName(encoding));
      else if (ArrayBuffer.isView(value)) bytes = u8(value);
      else { buf.fill(value & 255, start, end); return undefined; }
      if (bytes.length === 0) return -1;
      for (let i = start, j = 0; i < end; i++, j = (j + 1) % bytes.length) buf[i] = bytes[j];
      return undefined;
    },
    indexOfString: (buf, val, byteOffset, enc, dir) => search(u8(buf), encodedBytes(val, enc), byteOffset, dir, enc === UCS2 ? 2 : 1),
    indexOfBuffer: (buf, val, byteOffset, enc, dir) => search(u8(buf), u8(val), byteOffset, dir, enc === UCS2 ? 2 : 1),
    indexOfNumber: (buf, num, byteOffset, dir) => search(u8(buf), [num & 255], byteOffset, dir, 1),
    swap16: (buf) => { buf = u8(buf); for (let i = 0; i + 1 < buf.length; i += 2) { const t = buf[i]; buf[i] = buf[i + 1]; buf[i + 1] = t; } },
    swap32: (buf) => { buf = u8(buf); for (let i = 0; i + 3 < buf.length; i += 4) buf.subarray(i, i + 4).reverse(); },
    swap64: (buf) => { buf = u8(buf); for (let i = 0; i + 7 < buf.length; i += 8) buf.subarray(i, i + 8).reverse(); },
    isAscii: (view) => { const b = u8(view); for (let i = 0; i < b.length; i++) if (b[i] > 127) return false; return true; },
    isUtf8: (view) => utf8Valid(u8(view)),
    atob: (input) => {
      // forgiving-base64 decode (WHATWG): -2 invalid character, -1 bad length
      const s = input.replace(/[\t\n\f\r ]/g, '');
      let t = s;
      if (t.length % 4 === 0) t = t.replace(/==?$/, '');
      if (t.length % 4 === 1) return /[^A-Za-z0-9+/]/.test(t) ? -2 : -1;
      if (/[^A-Za-z0-9+/]/.test(t)) return -2;
      const out = new Uint8Array(Math.floor(t.length * 3 / 4));
      return latin1Slice(out, 0, base64Decode(t, out, 0, out.length));
    },
    btoa: (input) => {
      const b = new Uint8Array(input.length);
      for (let i = 0; i < input.length; i++) {
        const c = input.charCodeAt(i);
        if (c > 255) return -1;
        b[i] = c;
      }
      return base64Slice(b, 0, b.length);
    },
  });
  kit.buffer = { utf8Slice, utf8Encode, byteLengthUtf8, latin1Slice, encodedBytes, writeEncoded };
})
