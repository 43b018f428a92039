// internalBinding('string_decoder') (string_decoder.cc, ported): decode(state, chunk) and flush(state) over the
// state buffer string_decoder.js allocates: [0..3] incomplete character, [4] missing bytes, [5] buffered bytes,
// [6] encoding (ascii 0, utf8 1, base64 2, utf16le 3, latin1 4, hex 5, base64url 7).
(function (binding, java, kit) {
  'use strict';
  const { kMissingBytes: MISSING, kBufferedBytes: BUFFERED, kEncodingField: ENC } = binding;
  const UTF8 = 1, BASE64 = 2, UCS2 = 3, BASE64URL = 7;
  const b = () => kit.getInternalBinding('buffer');
  function makeString(data, start, end, enc) {
    const bb = b();
    switch (enc) {
      case UTF8: return bb.utf8Slice(data, start, end);
      case UCS2: return bb.ucs2Slice(data, start, end);
      case BASE64: return bb.base64Slice(data, start, end);
      case BASE64URL: return bb.base64urlSlice(data, start, end);
      case 5: return bb.hexSlice(data, start, end);
      case 0: return bb.asciiSlice(data, start, end);
      default: return bb.latin1Slice(data, start, end);
    }
  }
  binding.decode = (state, chunk) => {
    const data = chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const enc = state[ENC];
    let pos = 0, nread = data.length;
    if (!(enc === UTF8 || enc === UCS2 || enc === BASE64 || enc === BASE64URL)) return makeString(data, 0, nread, enc);
    let prepend;
    if (state[MISSING] > 0) {
      if (enc === UTF8) {
        for (let i = 0; i < nread && i < state[MISSING]; ++i) {
          if ((data[i] & 0xc0) !== 0x80) {
            state[MISSING] = 0;
            state.set(data.subarray(0, i), state[BUFFERED]);
            state[BUFFERED] += i;
            pos += i;
            nread -= i;
            break;
          }
        }
      }
      const found = Math.min(nread, state[MISSING]);
      state.set(data.subarray(pos, pos + found), state[BUFFERED]);
      pos += found;
      nread -= found;
      state[MISSING] -= found;
      state[BUFFERED] += found;
      if (state[MISSING] === 0) {
        prepend = makeString(state, 0, state[BUFFERED], enc);
        state[BUFFERED] = 0;
      }
    }
    let body;
    if (nread === 0) {
      body = prepend !== undefined ? prepend : '';
      prepend = undefined;
    } else {
      const last = pos + nread - 1;
      if (enc === UTF8 && (data[last] & 0x80)) {
        for (let i = last; ; --i) {
          state[BUFFERED]++;
          if ((data[i] & 0xc0) === 0x80) {
            if (state[BUFFERED] >= 4 || i === pos) { state[BUFFERED] = 0; break; }
          } else {
            if ((data[i] & 0xe0) === 0xc0) state[MISSING] = 2;
            else if ((data[i] & 0xf0) === 0xe0) state[MISSING] = 3;
            else if ((data[i] & 0xf8) === 0xf0) state[MISSING] = 4;
            else { state[BUFFERED] = 0; break; }
            if (state[BUFFERED] >= state[MISSING]) { state[MISSING] = 0; state[BUFFERED] = 0; }
            state[MISSING] -= state[BUFFERED];
            break;
          }
        }
      } else if (enc === UCS2) {
        if (nread % 2 === 1) { state[BUFFERED] = 1; state[MISSING] = 1; }
        else if ((data[last] & 0xfc) === 0xd8) { state[BUFFERED] = 2; state[MISSING] = 2; }
      } else if (enc === BASE64 || enc === BASE64URL) {
        state[BUFFERED] = nread % 3;
        if (state[BUFFERED] > 0) state[MISSING] = 3 - state[BUFFERED];
      }
      if (state[BUFFERED] > 0) {
        nread -= state[BUFFERED];
        state.set(data.subarray(pos + nread, pos + nread + state[BUFFERED]), 0);
      }
      body = nread > 0 ? makeString(data, pos, pos + nread, enc) : '';
    }
    return prepend === undefined ? body : prepend + body;
  };
  binding.flush = (state) => {
    const enc = state[ENC];
    if (enc === UCS2 && state[BUFFERED] % 2 === 1) { state[MISSING]--; state[BUFFERED]--; }
    if (state[BUFFERED] === 0) return '';
    const s = makeString(state, 0, state[BUFFERED], enc);
    state[MISSING] = 0;
    state[BUFFERED] = 0;
    return s;
  };
})
