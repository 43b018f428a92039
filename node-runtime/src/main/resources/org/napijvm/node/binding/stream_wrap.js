// internalBinding('stream_wrap') (stream_wrap.cc, stream_base.cc, handle_wrap.cc): the JS face of libuv handles.
// HandleWrap (close/ref/unref/hasRef, async ids) and LibuvStreamWrap (readStart/readStop, write*, writev, shutdown,
// results through streamBaseState as Node's StreamBase) over UvHandles.java, which calls uvwrap.c. The other handle
// bindings (tty_wrap, pipe_wrap, tcp_wrap, signal_wrap, process_wrap) build on kit.uv from here.
(function (binding, java, kit) {
  'use strict';
  const { Buffer } = kit.loaders.require('buffer');
  const state = binding.streamBaseState;
  const { kReadBytesOrError, kArrayBufferOffset, kBytesWritten, kLastWriteWasAsync } = binding;
  const asyncWrap = kit.getInternalBinding('async_wrap');
  const kPtr = Symbol('kPtr');
  const kOnClose = Symbol('handle_onclose');
  const EV_READ = 1, EV_WRITE = 2, EV_SHUTDOWN = 3, EV_CONNECT = 4, EV_CONNECTION = 5, EV_EXIT = 6, EV_SIGNAL = 7, EV_CLOSE = 8;
  const UV_EBADF = -9;

  const addressOf = java.rawFunction('addressOf');
  const copyIn = java.rawFunction('copyIn');
  const markExternal = java.rawFunction('markExternal');
  // a V8 External of data (what StreamBase's _externalStream is): an object as V8 makes them, known to types/util
  const newExternal = (data) => markExternal(Object.preventExtensions(Object.create(null)), data);
  const kInfoName = Symbol('kInfoName');
  const P = asyncWrap.Providers;
  const infoNames = {
    [P.TCPWRAP]: 'TCPSocketWrap', [P.TCPSERVERWRAP]: 'TCPServerWrap', [P.PIPEWRAP]: 'PipeWrap',
    [P.PIPESERVERWRAP]: 'PipeWrap', [P.TTYWRAP]: 'TTYWrap', [P.PROCESSWRAP]: 'ProcessWrap', [P.SIGNALWRAP]: 'SignalWrap',
  };
  const newAsyncId = () => ++asyncWrap.async_id_fields[asyncWrap.constants.kAsyncIdCounter];

  // handle_wrap.cc: state kInitialized -> kClosing -> kClosed; methods on a closed handle do nothing
  class HandleWrap {
    constructor(provider) {
      this[kPtr] = 0;
      this.asyncId = newAsyncId();
      this.provider = provider;
    }
    close(cb) {
      const p = this[kPtr];
      if (!p) return;
      if (typeof cb === 'function') this[kOnClose] = cb;
      kit.uvClosing(this);
      this[kPtr] = 0;
      this.closing = true;
      java.close(p);
    }
    ref() { if (this[kPtr]) java.op('nj_ref', this[kPtr], 1); }
    unref() { if (this[kPtr]) java.op('nj_ref', this[kPtr], 0); }
    hasRef() { return this[kPtr] ? java.op('nj_has_ref', this[kPtr]) !== 0 : false; }
    getAsyncId() { return this.asyncId; }
    getProviderType() { return this.provider; }
    asyncReset() { this.asyncId = newAsyncId(); }
    // MemoryInfoName of node's wraps, what getActiveResourcesInfo() names a handle by
    get [kInfoName]() { return infoNames[this.provider] ?? 'HandleWrap'; }
  }

  const toBuffer = (data, encoding) => (typeof data === 'string' ? Buffer.from(data, encoding) : data);

  class LibuvStreamWrap extends HandleWrap {
    constructor(provider) {
      super(provider);
      this.reading = false;
      this.bytesRead = 0;
      this.bytesWritten = 0;
      this.isStreamBase = true;
    }
    get fd() { return this[kPtr] ? java.op('nj_fileno', this[kPtr]) : -1; }
    get writeQueueSize() { return this[kPtr] ? java.op('nj_write_queue_size', this[kPtr]) : 0; }
    get _externalStream() { return this[kPtr] ? newExternal(this[kPtr]) : undefined; }
    readStart() { return this[kPtr] ? java.op('nj_read_start', this[kPtr]) : UV_EBADF; }
    readStop() { return this[kPtr] ? java.op('nj_read_stop', this[kPtr]) : UV_EBADF; }
    setBlocking(on) { return this[kPtr] ? java.op('nj_set_blocking', this[kPtr], on ? 1 : 0) : UV_EBADF; }
    useUserBuffer() {}
    shutdown(req) {
      if (!this[kPtr]) return UV_EBADF;
      req.handle = this;
      const r = java.shutdown(this[kPtr], req);
      if (r === 0) kit.liveReqs.set(req, 'ShutdownWrap');
      return r;
    }
    // StreamBase::Write*: kBytesWritten and kLastWriteWasAsync tell the JS caller what happened
    writeBuffer(req, buf) { return this.writeBytes(req, buf); }
    writeUtf8String(req, s) { return this.writeBytes(req, Buffer.from(s, 'utf8')); }
    writeAsciiString(req, s) { return this.writeBytes(req, Buffer.from(s, 'latin1')); }
    writeLatin1String(req, s) { return this.writeBytes(req, Buffer.from(s, 'latin1')); }
    writeUcs2String(req, s) { return this.writeBytes(req, Buffer.from(s, 'ucs2')); }
    writev(req, chunks, allBuffers) {
      const list = [];
      if (allBuffers) {
        for (let i = 0; i < chunks.length; i++) list.push(chunks[i]);
      } else {
        for (let i = 0; i < chunks.length; i += 2) list.push(toBuffer(chunks[i], chunks[i + 1]));
      }
      return this.writeBytes(req, Buffer.concat(list));
    }
    writeBytes(req, buf) {
      state[kBytesWritten] = 0;
      state[kLastWriteWasAsync] = 0;
      if (!this[kPtr]) return UV_EBADF;
      const len = buf.byteLength;
      const addr = len > 0 ? addressOf(buf.buffer) + buf.byteOffset : 0;
      const r = java.write(this[kPtr], req, addr, len);
      if (r < 0) return r;
      state[kBytesWritten] = len;
      state[kLastWriteWasAsync] = r;
      this.bytesWritten += len;
      if (r === 1) {
        req.handle = this;
        kit.liveReqs.set(req, 'WriteWrap');
      }
      return 0;
    }
  }

  // the completions of uvwrap.c, as Node's MakeCallback into the wrap or request object
  function dispatch(kind, target, a, b, c) {
    switch (kind) {
      case EV_READ: {
        if (a > 0) {
          const ab = new ArrayBuffer(a);
          copyIn(ab, 0, b, a);
          target.bytesRead += a;
          state[kReadBytesOrError] = a;
          state[kArrayBufferOffset] = 0;
          return target.onread(ab);
        }
        state[kReadBytesOrError] = a;
        return target.onread(undefined);
      }
      case EV_WRITE: case EV_SHUTDOWN:
        kit.liveReqs.delete(target);
        return target.oncomplete(a, target.handle, undefined);
      case EV_CONNECT:
        kit.liveReqs.delete(target);
        return target.oncomplete(a, target.handle, target, true, true);
      case EV_CONNECTION:
        return target[kit.uvAccept](a);
      case EV_EXIT:
        return target[kit.uvExit](a, b);
      case EV_SIGNAL:
        return target.onsignal(a);
      case EV_CLOSE: {
        kit.liveHandles.delete(target);
        const cb = target[kOnClose];
        target.closing = false;
        if (typeof cb === 'function') {
          target[kOnClose] = undefined;
          cb.call(target);
        }
      }
    }
  }
  java.setDispatcher(dispatch);

  // what the other handle bindings use
  kit.uv = java;
  kit.uvAddressOf = addressOf;
  kit.uvCopyIn = copyIn;
  kit.newExternal = newExternal;
  kit.uvPtr = kPtr;
  kit.uvOnClose = kOnClose;
  kit.uvAccept = Symbol('accept');
  kit.uvExit = Symbol('exit');
  kit.HandleWrap = HandleWrap;
  kit.LibuvStreamWrap = LibuvStreamWrap;
  kit.uvOpen = (wrap, type, arg) => {
    const p = java.open(type, arg, wrap);
    if (p < 0) return p;
    wrap[kPtr] = p;
    kit.liveHandles.add(wrap);
    return 0;
  };
  kit.uvInfoName = kInfoName;
  // a closing handle still counts, as ref'ed as it was, until its close callback (node's HandleWrap::IsAlive)
  const kClosingRef = Symbol('kClosingRef');
  kit.uvClosing = (wrap) => {
    if (wrap.hasRef()) wrap[kClosingRef] = true;
    else kit.liveHandles.delete(wrap);
  };
  kit.uvCountsAsRefed = (wrap) => (wrap[kPtr] ? wrap.hasRef() : wrap[kClosingRef] === true && wrap.closing === true);

  binding.HandleWrap = HandleWrap;
  binding.LibuvStreamWrap = LibuvStreamWrap;
  binding.WriteWrap = function WriteWrap() {};
  binding.ShutdownWrap = function ShutdownWrap() {};
})
