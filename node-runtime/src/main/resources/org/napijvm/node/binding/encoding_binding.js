// internalBinding('encoding_binding') (encoding_binding.cc): UTF-8 for TextEncoder/TextDecoder; IDNA for domains.
(function (binding, java, kit) {
  'use strict';
  const b = () => kit.buffer;
  binding.encodeUtf8String = (str) => {
    const s = `${str}`;
    const out = new Uint8Array(b().byteLengthUtf8(s));
    b().utf8Encode(s, out, 0, out.length);
    return out;
  };
  binding.encodeInto = (source, dest) => {
    // [read (UTF-16 units), written (bytes)] into encodeIntoResults
    const r = binding.encodeIntoResults;
    let read = 0, written = 0;
    const d = dest;
    for (; read < source.length; read++) {
      const c = source.charCodeAt(read);
      let len = c < 0x80 ? 1 : c < 0x800 ? 2 : (c >= 0xd800 && c <= 0xdbff && read + 1 < source.length
        && (source.charCodeAt(read + 1) & 0xfc00) === 0xdc00) ? 4 : 3;
      if (written + len > d.length) break;
      written += b().utf8Encode(source.slice(read, read + (len === 4 ? 2 : 1)), d, written, len);
      if (len === 4) read++;
    }
    r[0] = read;
    r[1] = written;
  };
  binding.decodeUTF8 = (input, ignoreBOM, fatal) => {
    const u8 = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
    let start = 0;
    if (!ignoreBOM && u8.length >= 3 && u8[0] === 0xef && u8[1] === 0xbb && u8[2] === 0xbf) start = 3;
    if (fatal && !kit.getInternalBinding('buffer').isUtf8(u8)) {
      const e = new TypeError('The encoded data was not valid for encoding utf-8');
      e.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
      throw e;
    }
    return b().utf8Slice(u8, start, u8.length);
  };
  binding.toASCII = (domain) => kit.host.domainToASCII(`${domain}`);
  binding.toUnicode = (domain) => kit.host.domainToUnicode(`${domain}`);
})
