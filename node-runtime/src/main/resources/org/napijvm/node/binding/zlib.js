// internalBinding('zlib') (node_zlib.cc): the stream classes lib/zlib.js instantiates (Zlib, BrotliEncoder,
// BrotliDecoder, ZstdCompress, ZstdDecompress: AsyncWraps with write/writeSync/close/init/params/reset) and crc32,
// over ZlibBinding.java (the system libz, libbrotlienc/dec and libzstd through FFM). Buffers go by address; a write in
// flight keeps its buffers reachable from the handle, as Node's native side keeps the handle strong while it runs.
(function (binding, java, kit) {
  'use strict';
  const { Buffer } = kit.loaders.require('buffer');
  const asyncWrap = kit.getInternalBinding('async_wrap');
  const PROVIDER_ZLIB = asyncWrap.Providers.ZLIB;
  const addressOf = java.rawFunction('addressOf');
  const kId = Symbol('kId'), kCallback = Symbol('kCallback'), kBuffers = Symbol('kBuffers');
  const newAsyncId = () => ++asyncWrap.async_id_fields[asyncWrap.constants.kAsyncIdCounter];
  const addr = (view, offset) => addressOf(view.buffer) + view.byteOffset + offset;
  const inFlight = new Map(); // id -> handle with an asynchronous write
  // a stream dropped without close() frees its native state when collected
  const onCollect = new FinalizationRegistry((id) => java.close(id));

  function codeError(code, message) {
    const e = new (code === 'ERR_INVALID_ARG_TYPE' || code === 'ERR_INVALID_ARG_VALUE' ? TypeError : code === 'ERR_OUT_OF_RANGE' ? RangeError : Error)(message);
    e.code = code;
    return e;
  }

  // MakeCallback(onerror): the lib's zlibOnError(message, errno, code) on the handle
  function emitError(handle, err) {
    if (typeof handle.onerror === 'function') handle.onerror(err[0], err[1], handle.errorCode(err));
  }
  // a brotli decoder error's code as node's (brotli 1.2.0: "ERR_" + BrotliDecoderErrorString, i.e. the enum's name
  // after BROTLI_DECODER); older libbrotli strings drop the prefix, so the name comes from Node's constants
  let brotliNames;
  function brotliCode(errno, fallback) {
    if (brotliNames === undefined) {
      brotliNames = new Map();
      const zc = kit.getInternalBinding('constants').zlib;
      for (const k of Object.keys(zc)) {
        if (k.startsWith('BROTLI_DECODER_ERROR_') || k === 'BROTLI_DECODER_NO_ERROR') brotliNames.set(zc[k], 'ERR_' + k.slice(14));
      }
    }
    return brotliNames.get(errno) ?? fallback;
  }

  java.setDispatcher((id, err) => {
    const handle = inFlight.get(id);
    if (handle === undefined) return;
    inFlight.delete(id);
    handle[kBuffers] = null;
    if (err) return emitError(handle, err);
    handle[kCallback].call(handle);
  });

  function checkBounds(buf, off, len, which) {
    if (off + len > buf.byteLength) throw codeError('ERR_OUT_OF_RANGE', `${which} buffer is out of bounds`);
  }

  class CompressionStream {
    constructor(mode) {
      this[kId] = java.create(mode);
      this[kCallback] = undefined;
      this[kBuffers] = null;
      this.asyncId = newAsyncId();
      onCollect.register(this, this[kId], this);
    }
    errorCode(err) { return err[2]; }
    getAsyncId() { return this.asyncId; }
    asyncReset() { this.asyncId = newAsyncId(); }
    getProviderType() { return PROVIDER_ZLIB; }
    getAsyncContextFrameForDebuggingOnly() { return undefined; }
    // write(flush, in, in_off, in_len, out, out_off, out_len)
    write(flush, input, inOff, inLen, out, outOff, outLen) {
      return this.doWrite(true, flush, input, inOff, inLen, out, outOff, outLen);
    }
    writeSync(flush, input, inOff, inLen, out, outOff, outLen) {
      this.doWrite(false, flush, input, inOff, inLen, out, outOff, outLen);
    }
    doWrite(async, flush, input, inOff, inLen, out, outOff, outLen) {
      flush >>>= 0;
      let inAddr = 0;
      if (input === null) {
        inLen = 0;
      } else {
        inOff >>>= 0; inLen >>>= 0;
        checkBounds(input, inOff, inLen, 'input');
        inAddr = inLen > 0 ? addr(input, inOff) : 0;
      }
      outOff >>>= 0; outLen >>>= 0;
      checkBounds(out, outOff, outLen, 'output');
      const outAddr = addr(out, outOff);
      if (async) {
        this[kBuffers] = [input, out];
        inFlight.set(this[kId], this);
      }
      const err = java.write(this[kId], async, flush, inAddr, inLen, outAddr, outLen);
      if (err) emitError(this, err);
      return async ? this : undefined;
    }
    close() {
      onCollect.unregister(this);
      java.close(this[kId]);
    }
    reset() {
      const err = java.reset(this[kId]);
      if (err === 'busy') throw new Error('Cannot reset zlib stream while a write is in progress');
      if (err) emitError(this, err);
    }
    params() {}
    setup(writeState, processCallback) {
      this[kCallback] = processCallback;
      this.writeState = writeState;
      return addr(writeState, 0);
    }
  }

  const dictOf = (d) => (d !== undefined && ArrayBuffer.isView(d) && d.byteLength > 0 ? [addr(d, 0), d.byteLength] : [0, 0]);

  class Zlib extends CompressionStream {
    // init(windowBits, level, memLevel, strategy, writeState, processCallback, dictionary)
    init(windowBits, level, memLevel, strategy, writeState, processCallback, dictionary) {
      const state = this.setup(writeState, processCallback);
      const [d, dl] = dictOf(dictionary);
      java.initZlib(this[kId], state, windowBits >>> 0, level | 0, memLevel >>> 0, strategy >>> 0, d, dl);
    }
    params(level, strategy) {
      const err = java.params(this[kId], level | 0, strategy | 0);
      if (err) emitError(this, err);
    }
  }
  binding.Zlib = Zlib;

  // Uint32Array of parameters (0xffffffff: unset)
  const paramsOf = (params) => [params.length > 0 ? addr(params, 0) : 0, params.length];

  function initFailed(handle, err, message) {
    emitError(handle, err);
    throw codeError('ERR_ZLIB_INITIALIZATION_FAILED', message);
  }

  function brotli(name, mode) {
    const C = { [name]: class extends CompressionStream {
      constructor() { super(mode); }
      errorCode(err) { return mode === 8 && err[0] === 'Decompression failed' ? brotliCode(err[1], err[2]) : err[2]; }
      // init(params, writeState, processCallback, dictionary)
      init(params, writeState, processCallback, dictionary) {
        const state = this.setup(writeState, processCallback);
        if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
          throw codeError('ERR_INVALID_ARG_TYPE', 'dictionary must be an ArrayBufferView if provided');
        }
        const [p, n] = paramsOf(params);
        const [d, dl] = dictOf(dictionary);
        const err = java.initBrotli(this[kId], state, p, n, d, dl);
        if (err) initFailed(this, err, err[2] === 'ERR_ZLIB_DICTIONARY_LOAD_FAILED' && err[0].startsWith('napi-jvm')
          ? err[0] : 'Initialization failed');
      }
    } }[name];
    return C;
  }
  binding.BrotliEncoder = brotli('BrotliEncoder', 9);
  binding.BrotliDecoder = brotli('BrotliDecoder', 8);

  function zstd(name, mode) {
    return { [name]: class extends CompressionStream {
      constructor() { super(mode); }
      // init(params, pledgedSrcSize, writeState, processCallback, dictionary)
      init(params, pledgedSrcSize, writeState, processCallback, dictionary) {
        const state = this.setup(writeState, processCallback);
        let pledged = -1; // ZSTD_CONTENTSIZE_UNKNOWN
        if (typeof pledgedSrcSize === 'number') {
          pledged = Math.trunc(pledgedSrcSize);
          if (!Number.isFinite(pledged)) throw codeError('ERR_INVALID_ARG_VALUE', 'pledgedSrcSize should be an integer');
          if (pledged < 0) throw codeError('ERR_INVALID_ARG_VALUE', 'pledgedSrcSize may not be negative');
        }
        if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
          throw codeError('ERR_INVALID_ARG_TYPE', 'dictionary must be an ArrayBufferView if provided');
        }
        const [p, n] = paramsOf(params);
        const [d, dl] = dictOf(dictionary);
        const err = java.initZstd(this[kId], state, p, n, pledged, d, dl);
        if (err) initFailed(this, err, err[0]);
      }
    } }[name];
  }
  binding.ZstdCompress = zstd('ZstdCompress', 10);
  binding.ZstdDecompress = zstd('ZstdDecompress', 11);

  binding.crc32 = function crc32(data, value) {
    const b = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (b.byteLength === 0) return value >>> 0; // zlib's crc32(value, NULL, 0) would be its initial value, 0
    return java.crc32(value >>> 0, b.byteLength > 0 ? addr(b, 0) : 0, b.byteLength);
  };
  kit.zlib = { CompressionStream, kId, codeError, dictOf, emitError };
})
