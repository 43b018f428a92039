// internalBinding('js_stream') (js_stream.cc, stream_base.cc): JSStream, an AsyncWrap + StreamBase whose operations
// are JS callbacks on the object itself: readStart/readStop call onreadstart/onreadstop, shutdown(req) calls
// onshutdown(req), the write* methods call onwrite(req, buffers) with copies of the bytes; JS completes them with
// finishWrite(req, status) / finishShutdown(req, status) (the request's oncomplete(status, stream, undefined)), and
// feeds reads with readBuffer(buf) / emitEOF() (the stream's onread, with streamBaseState as LibuvStreamWrap's).
// Node's lib/internal/js_stream_socket.js (tls and http2 over any Duplex) puts a net.Socket on it.
(function (binding, java, kit) {
  'use strict';
  const ReflectApply = Reflect.apply;
  const { Buffer } = kit.loaders.require('buffer');
  const streamWrap = kit.getInternalBinding('stream_wrap');
  const state = streamWrap.streamBaseState;
  const { kReadBytesOrError, kArrayBufferOffset, kBytesWritten, kLastWriteWasAsync } = streamWrap;
  const asyncWrap = kit.getInternalBinding('async_wrap');
  const PROVIDER_JSSTREAM = asyncWrap.Providers.JSSTREAM;
  const { UV_EPROTO, UV_EOF } = kit.getInternalBinding('uv');
  const newAsyncId = () => ++asyncWrap.async_id_fields[asyncWrap.constants.kAsyncIdCounter];
  const baseObjects = kit.baseObjects ??= new WeakSet();
  let externals = 0; // what _externalStream's External holds: no address here, a number per stream

  // a failed CHECK() of node's C++ (which aborts the process)
  const check = (ok, what) => {
    if (!ok) throw new Error(`Assertion failed: ${what}`);
  };
  const bytesOf = (view) => {
    if (ArrayBuffer.isView(view)) return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    check(view instanceof ArrayBuffer || view instanceof SharedArrayBuffer, 'value->IsArrayBufferView()');
    return new Uint8Array(view);
  };
  // Buffer::Copy: a fresh buffer of its own
  const copyOf = (bytes) => {
    const b = Buffer.allocUnsafeSlow(bytes.byteLength);
    b.set(bytes);
    return b;
  };
  const stringBytes = (s, encoding) => {
    const b = Buffer.allocUnsafeSlow(Buffer.byteLength(s, encoding));
    const n = b.write(s, 0, encoding);
    return n === b.length ? b : b.subarray(0, n);
  };
  // ParseEncoding with UTF8 as the default
  const encodingOf = (e) => (typeof e === 'string' && e !== 'buffer' && Buffer.isEncoding(e) ? e : 'utf8');

  let stateOf;
  // AsyncWrap's prototype methods, as JSStream inherits them
  class AsyncWrap {
    getAsyncId() { return stateOf(this).asyncId; }
    asyncReset() { stateOf(this).asyncId = newAsyncId(); }
    getAsyncContextFrameForDebuggingOnly() { stateOf(this); return undefined; }
    getProviderType() { stateOf(this); return PROVIDER_JSSTREAM; }
  }

  class JSStream extends AsyncWrap {
    #s;
    constructor() {
      super();
      this.#s = {
        asyncId: newAsyncId(), external: ++externals, bytesRead: 0, bytesWritten: 0, onread: undefined,
        writes: new Set(), shutdowns: new Set(), userBuffer: null,
      };
      baseObjects.add(this); // a BaseObject: not cloneable (structuredClone, postMessage), a host object to v8.serialize
    }
    static {
      // a method called on another object: V8's signature check
      stateOf = (o) => {
        if (o === null || typeof o !== 'object' || !(#s in o)) throw new TypeError('Illegal invocation');
        return o.#s;
      };
    }

    // js_stream.cc: MakeCallback(name) in a TryCatch; a throw is an uncaught exception and the result UV_EPROTO
    #callJS(name, args) {
      try {
        const fn = this[name];
        if (typeof fn !== 'function') return 0; // MakeCallback gives undefined, Int32Value 0
        return ReflectApply(fn, this, args) | 0;
      } catch (e) {
        kit.triggerUncaughtException(e, false);
        return UV_EPROTO;
      }
    }

    // StreamBase::Write: bytesWritten counts the bytes tried, streamBaseState says what happened
    #write(req, buffers) {
      const s = this.#s;
      let total = 0;
      for (let i = 0; i < buffers.length; i++) total += buffers[i].length;
      s.bytesWritten += total;
      s.writes.add(req);
      const err = this.#callJS('onwrite', [req, buffers]);
      if (err !== 0) s.writes.delete(req);
      state[kBytesWritten] = total;
      state[kLastWriteWasAsync] = err === 0 ? 1 : 0;
      return err;
    }
    #writeString(req, s, encoding) {
      check(req !== null && typeof req === 'object', 'args[0]->IsObject()');
      check(typeof s === 'string', 'args[1]->IsString()');
      return this.#write(req, [stringBytes(s, encoding)]);
    }

    // StreamResource::EmitRead through the listener: a fresh ArrayBuffer of the bytes, or the user's buffer
    #emitRead(nread, ab) {
      const s = this.#s;
      if (nread > 0) s.bytesRead += nread;
      state[kReadBytesOrError] = nread;
      state[kArrayBufferOffset] = 0;
      const onread = s.onread;
      check(typeof onread === 'function', 'onread->IsFunction()');
      return ReflectApply(onread, this, [ab]);
    }

    finishWrite(req, status) { return JSStream.#finish(this, this.#s.writes, req, status); }
    finishShutdown(req, status) { return JSStream.#finish(this, this.#s.shutdowns, req, status); }
    // JSStream::Finish: the request's Done(status), then its oncomplete if it has one
    static #finish(stream, pending, req, status) {
      stateOf(stream);
      check(req !== null && typeof req === 'object', 'args[0]->IsObject()');
      check(pending.has(req), 'StreamReq::FromObject(args[0])');
      check(typeof status === 'number' && (status | 0) === status && !Object.is(status, -0), 'args[1]->IsInt32()');
      pending.delete(req);
      if ('oncomplete' in req) ReflectApply(req.oncomplete, req, [status, stream, undefined]);
    }

    // JSStream::ReadBuffer: as many reads as the listener's buffers take
    readBuffer(buf) {
      const s = stateOf(this);
      const bytes = bytesOf(buf);
      let off = 0;
      while (off < bytes.length) {
        const left = bytes.length - off;
        const user = s.userBuffer;
        if (user === null) {
          const ab = new ArrayBuffer(left);
          new Uint8Array(ab).set(bytes.subarray(off));
          off += left;
          this.#emitRead(left, ab);
        } else {
          // CustomBufferJSListener: into the user's buffer; onread may return the next one
          const n = Math.min(left, user.length);
          user.set(bytes.subarray(off, off + n));
          off += n;
          const next = this.#emitRead(n, undefined);
          if (next !== undefined && ArrayBuffer.isView(next)) s.userBuffer = bytesOf(next);
        }
      }
    }
    emitEOF() {
      stateOf(this);
      this.#emitRead(UV_EOF, undefined);
    }

    get fd() { stateOf(this); return -1; }
    get _externalStream() { return kit.newExternal(stateOf(this).external); }
    get bytesRead() { return stateOf(this).bytesRead; }
    get bytesWritten() { return stateOf(this).bytesWritten; }
    get onread() { return stateOf(this).onread; }
    set onread(fn) {
      const s = stateOf(this);
      check(typeof fn === 'function', '((*value)->*typecheck)()');
      s.onread = fn;
    }

    readStart() { stateOf(this); return this.#callJS('onreadstart', []); }
    readStop() { stateOf(this); return this.#callJS('onreadstop', []); }
    shutdown(req) {
      const s = stateOf(this);
      check(req !== null && typeof req === 'object', 'args[0]->IsObject()');
      s.shutdowns.add(req);
      const err = this.#callJS('onshutdown', [req]);
      if (err !== 0) s.shutdowns.delete(req);
      return err;
    }
    useUserBuffer(buf) {
      const s = stateOf(this);
      check(buf instanceof Uint8Array, 'Buffer::HasInstance(args[0])');
      s.userBuffer = bytesOf(buf);
    }
    writev(req, chunks, allBuffers) {
      stateOf(this);
      check(req !== null && typeof req === 'object', 'args[0]->IsObject()');
      check(Array.isArray(chunks), 'args[1]->IsArray()');
      const buffers = [];
      if (allBuffers === true) {
        for (let i = 0; i < chunks.length; i++) buffers.push(copyOf(bytesOf(chunks[i])));
      } else {
        for (let i = 0; i + 1 < chunks.length; i += 2) {
          const chunk = chunks[i];
          buffers.push(ArrayBuffer.isView(chunk) ? copyOf(bytesOf(chunk))
            : stringBytes(String(chunk), encodingOf(chunks[i + 1])));
        }
      }
      return this.#write(req, buffers);
    }
    writeBuffer(req, buf) {
      stateOf(this);
      check(req !== null && typeof req === 'object', 'args[0]->IsObject()');
      if (!(buf instanceof Uint8Array)) {
        const e = new TypeError('Second argument must be a buffer');
        e.code = 'ERR_INVALID_ARG_TYPE';
        throw e;
      }
      return this.#write(req, [copyOf(buf)]);
    }
    writeAsciiString(req, s) { stateOf(this); return this.#writeString(req, s, 'latin1'); }
    writeUtf8String(req, s) { stateOf(this); return this.#writeString(req, s, 'utf8'); }
    writeUcs2String(req, s) { stateOf(this); return this.#writeString(req, s, 'ucs2'); }
    writeLatin1String(req, s) { stateOf(this); return this.#writeString(req, s, 'latin1'); }
  }

  // as a FunctionTemplate makes them: in its order (node's shape lists it), methods enumerable, accessors not
  // configurable, isStreamBase a value, the constructor last
  const defineLike = (proto, order, values) => {
    const all = { ...values };
    for (const key of Object.getOwnPropertyNames(proto)) {
      all[key] = Object.getOwnPropertyDescriptor(proto, key);
      delete proto[key];
    }
    for (const key of [...order, 'constructor']) {
      const d = all[key];
      if (key === 'constructor') Object.defineProperty(proto, key, d);
      else if ('value' in d) Object.defineProperty(proto, key, { ...d, enumerable: true });
      else Object.defineProperty(proto, key, { ...d, configurable: false });
    }
  };
  defineLike(AsyncWrap.prototype, ['getAsyncId', 'asyncReset', 'getAsyncContextFrameForDebuggingOnly', 'getProviderType']);
  defineLike(JSStream.prototype, kit.facts.bindings.js_stream.JSStream.methods,
    { isStreamBase: { value: true, writable: true, enumerable: true, configurable: true } });
  binding.JSStream = JSStream;
})
