// internalBinding('fs') (node_file.cc): every call in node's three modes over FsBinding.java's libuv requests.
// `req` undefined: synchronous, a failure throws Node's UVException; an FSReqCallback: the request runs on libuv's
// threadpool and req.oncomplete(err) / (null, result) runs on the loop; kUsePromises: a promise of the result.
(function (binding, java, kit) {
  'use strict';
  const { kUsePromises } = binding;
  const addressOf = java.rawFunction('addressOf');
  let BufferCtor;
  const Buf = () => (BufferCtor ??= kit.loaders.require('buffer').Buffer);
  const UV_ENOENT = -2, UV_ENOTDIR = -20, UV_EEXIST = -17;
  const isErr = (r) => typeof r === 'number' && r < 0;
  // the path an error names: node decodes the path bytes as UTF-8
  const pathStr = (p) => (p === undefined ? undefined : typeof p === 'string' ? p : `${Buf().from(p.buffer, p.byteOffset, p.byteLength)}`);

  // ---- FSReqCallback (node's FSReqCallback: an AsyncWrap whose oncomplete the lib sets) ----
  const kBigint = Symbol('kUseBigint');
  class FSReqCallback {
    constructor(bigint) {
      this[kBigint] = bigint === true;
      this.oncomplete = undefined;
      this.context = undefined;
    }
  }
  binding.FSReqCallback = FSReqCallback;
  class FSReqPromise {} // stands for a pending promise request in kit.liveReqs

  // Runs one libuv request in the mode `req` asks for. `submit(cb)` starts it (cb undefined: synchronously) and
  // returns the result (sync) or 0 / a negative errno; `convert(raw, promise)` makes the JS result.
  function perform(req, syscall, path, dest, submit, convert = (r) => r, keep) {
    if (req === undefined) {
      const r = submit(undefined);
      if (isErr(r)) throw kit.uvException(r, syscall, pathStr(path), pathStr(dest));
      return convert(r, false);
    }
    if (req === kUsePromises) {
      let resolve, reject;
      const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
      const token = new FSReqPromise();
      const done = (r) => {
        void keep;
        queueMicrotask(() => kit.liveReqs.delete(token));
        if (isErr(r)) reject(kit.uvException(r, syscall, pathStr(path), pathStr(dest)));
        else {
          let v;
          try { v = convert(r, true); } catch (e) { reject(e); return; }
          resolve(v);
        }
      };
      kit.liveReqs.set(token, 'FSReqPromise');
      const r = submit(done);
      if (isErr(r)) done(r);
      return promise;
    }
    const done = (r) => {
      void keep;
      // node's ReqWrap leaves the queue after the callback's ticks and microtasks ran (FSReqAfterScope)
      queueMicrotask(() => kit.liveReqs.delete(req));
      if (isErr(r)) req.oncomplete(kit.uvException(r, syscall, pathStr(path), pathStr(dest)));
      else req.oncomplete(null, convert(r, false));
    };
    kit.liveReqs.set(req, 'FSReqCallback');
    const r = submit(done);
    if (isErr(r)) done(r);
    return undefined;
  }
  // a request with no result (node's AfterNoArgs): undefined
  const none = () => undefined;
  const num = (r) => r;

  // ---- buffers: libuv reads and writes the ArrayBuffer's own bytes ----
  const addr = (view, offset) => addressOf(view.buffer) + view.byteOffset + offset;
  const position = (p) => (typeof p === 'bigint' ? Number(p) : typeof p === 'number' && p >= 0 ? p : -1);

  // ---- encodings of names (node's StringBytes::Encode) ----
  const isUtf8 = (enc) => enc === undefined || enc === null || enc === 'utf8' || enc === 'utf-8' || enc === 'UTF8' || enc === 'UTF-8';
  const decodeName = (s, enc) => {
    if (isUtf8(enc)) return s;
    const b = Buf().from(s, 'latin1');
    return enc === 'buffer' ? b : b.toString(enc);
  };

  // ---- stats ----
  function fillStats(r, bigint, promise) {
    const arr = promise ? (bigint ? new BigInt64Array(36) : new Float64Array(36)) : (bigint ? binding.bigintStatValues : binding.statValues);
    if (bigint) for (let i = 0; i < 18; i++) arr[i] = BigInt(r[i]);
    else for (let i = 0; i < 18; i++) arr[i] = r[i];
    return arr;
  }
  function statLike(syscall, target, uvCall, bigint, req, noThrowOnMissing) {
    const submit = (cb) => uvCall(cb);
    if (noThrowOnMissing && (req === undefined || req === kUsePromises)) {
      if (req === undefined) {
        const r = submit(undefined);
        if (r === UV_ENOENT || r === UV_ENOTDIR) return undefined;
        if (isErr(r)) throw kit.uvException(r, syscall, pathStr(target));
        return fillStats(r, bigint, false);
      }
      return new Promise((resolve, reject) => {
        const done = (r) => {
          if (r === UV_ENOENT || r === UV_ENOTDIR) resolve(undefined);
          else if (isErr(r)) reject(kit.uvException(r, syscall, pathStr(target)));
          else resolve(fillStats(r, bigint, true));
        };
        const r = submit(done);
        if (isErr(r)) done(r);
      });
    }
    const useBigint = req instanceof FSReqCallback ? req[kBigint] || bigint === true : bigint === true;
    return perform(req, syscall, typeof target === 'number' ? undefined : target, undefined, submit,
      (r, promise) => fillStats(r, useBigint, promise));
  }
  binding.stat = (path, bigint, req, throwIfNoEntry) =>
    statLike('stat', path, (cb) => java.uvStat(cb, path, false), bigint, req, throwIfNoEntry === false);
  binding.lstat = (path, bigint, req, throwIfNoEntry) =>
    statLike('lstat', path, (cb) => java.uvStat(cb, path, true), bigint, req, throwIfNoEntry === false);
  binding.fstat = (fd, bigint, req, shouldNotThrow) => {
    if (req === undefined && shouldNotThrow === true) {
      const r = java.uvFstat(undefined, fd);
      return isErr(r) ? undefined : fillStats(r, bigint === true, false);
    }
    return statLike('fstat', fd, (cb) => java.uvFstat(cb, fd), bigint, req, false);
  };
  binding.statfs = (path, bigint, req) => perform(req, 'statfs', path, undefined, (cb) => java.uvStatfs(cb, path), (r, promise) => {
    const arr = promise ? (bigint ? new BigInt64Array(7) : new Float64Array(7)) : (bigint ? binding.bigintStatFsValues : binding.statFsValues);
    for (let i = 0; i < 7; i++) arr[i] = bigint ? BigInt(r[i]) : r[i];
    return arr;
  });
  binding.internalModuleStat = (...args) => java.internalModuleStat(...args);

  // ---- file descriptors ----
  binding.open = (path, flags, mode, req) => perform(req, 'open', path, undefined, (cb) => java.uvOpen(cb, path, flags, mode), num);
  binding.close = (fd, req) => perform(req, 'close', undefined, undefined, (cb) => (stdio(fd) ? atOnce(cb, 0) : java.uvClose(cb, fd)), none);
  // an embedded env's fds 0-2 are Java streams: done at once, a callback told on the next tick
  const embedded = java.javaStdio();
  const stdio = (fd) => embedded && java.javaStdio(fd);
  const atOnce = (cb, r) => {
    if (cb === undefined) return r;
    kit.process.nextTick(cb, r);
    return 0;
  };
  const readInto = (cb, fd, a, l, pos) => (stdio(fd)
    ? atOnce(cb, java.stdioRead(fd, typeof a === 'number' ? a : a[0], typeof l === 'number' ? l : l[0]))
    : java.uvRead(cb, fd, a, l, pos));
  const writeFrom = (cb, fd, a, l, pos) => (stdio(fd)
    ? atOnce(cb, java.stdioWrite(fd, typeof a === 'number' ? [a] : a, typeof l === 'number' ? [l] : l))
    : java.uvWrite(cb, fd, a, l, pos));
  binding.read = (fd, buffer, offset, length, pos, req) =>
    perform(req, 'read', undefined, undefined, (cb) => readInto(cb, fd, addr(buffer, offset), length, position(pos)), num, buffer);
  const views = (list) => [list.map((b) => addr(b, 0)), list.map((b) => b.byteLength)];
  binding.readBuffers = (fd, buffers, pos, req) => {
    const [a, l] = views(buffers);
    return perform(req, 'read', undefined, undefined, (cb) => readInto(cb, fd, a, l, position(pos)), num, buffers);
  };
  binding.writeBuffer = (fd, buffer, offset, length, pos, req) =>
    perform(req, 'write', undefined, undefined, (cb) => writeFrom(cb, fd, addr(buffer, offset), length, position(pos)), num, buffer);
  binding.writeBuffers = (fd, buffers, pos, req) => {
    const [a, l] = views(buffers);
    return perform(req, 'write', undefined, undefined, (cb) => writeFrom(cb, fd, a, l, position(pos)), num, buffers);
  };
  binding.writeString = (fd, str, pos, encoding, req) => {
    const buf = Buf().from(`${str}`, typeof encoding === 'string' ? encoding : 'utf8');
    return perform(req, 'write', undefined, undefined, (cb) => writeFrom(cb, fd, addr(buf, 0), buf.length, position(pos)), num, buf);
  };
  binding.fsync = (fd, req) => perform(req, 'fsync', undefined, undefined, (cb) => java.uvFsync(cb, fd, false), none);
  binding.fdatasync = (fd, req) => perform(req, 'fdatasync', undefined, undefined, (cb) => java.uvFsync(cb, fd, true), none);
  binding.ftruncate = (fd, len, req) => perform(req, 'ftruncate', undefined, undefined, (cb) => java.uvFtruncate(cb, fd, len ?? 0), none);
  binding.fchmod = (fd, mode, req) => perform(req, 'fchmod', undefined, undefined, (cb) => java.uvFchmod(cb, fd, mode), none);
  binding.fchown = (fd, uid, gid, req) => perform(req, 'fchown', undefined, undefined, (cb) => java.uvChown(cb, fd, uid, gid, 1), none);
  binding.futimes = (fd, atime, mtime, req) => perform(req, 'futime', undefined, undefined, (cb) => java.uvUtime(cb, fd, atime, mtime, 1), none);

  // ---- paths ----
  binding.access = (path, mode, req) => perform(req, 'access', path, undefined, (cb) => java.uvAccess(cb, path, mode ?? 0), none);
  binding.existsSync = (path) => java.uvAccess(undefined, path, 0) === 0;
  binding.unlink = (path, req) => perform(req, 'unlink', path, undefined, (cb) => java.uvUnlink(cb, path), none);
  binding.rmdir = (path, req) => perform(req, 'rmdir', path, undefined, (cb) => java.uvRmdir(cb, path), none);
  binding.rename = (from, to, req) => perform(req, 'rename', from, to, (cb) => java.uvRename(cb, from, to), none);
  binding.link = (from, to, req) => perform(req, 'link', from, to, (cb) => java.uvLink(cb, from, to), none);
  binding.symlink = (target, path, flags, req) => perform(req, 'symlink', target, path, (cb) => java.uvSymlink(cb, target, path, flags | 0), none);
  binding.copyFile = (src, dest, mode, req) => perform(req, 'copyfile', src, dest, (cb) => java.uvCopyfile(cb, src, dest, mode | 0), none);
  binding.chmod = (path, mode, req) => perform(req, 'chmod', path, undefined, (cb) => java.uvChmod(cb, path, mode), none);
  binding.chown = (path, uid, gid, req) => perform(req, 'chown', path, undefined, (cb) => java.uvChown(cb, path, uid, gid, 0), none);
  binding.lchown = (path, uid, gid, req) => perform(req, 'lchown', path, undefined, (cb) => java.uvChown(cb, path, uid, gid, 2), none);
  binding.utimes = (path, atime, mtime, req) => perform(req, 'utime', path, undefined, (cb) => java.uvUtime(cb, path, atime, mtime, 0), none);
  binding.lutimes = (path, atime, mtime, req) => perform(req, 'lutime', path, undefined, (cb) => java.uvUtime(cb, path, atime, mtime, 2), none);
  binding.readlink = (path, encoding, req) =>
    perform(req, 'readlink', path, undefined, (cb) => java.uvReadlink(cb, path, !isUtf8(encoding)), (r) => decodeName(r, encoding));
  binding.realpath = (path, encoding, req) =>
    perform(req, 'realpath', path, undefined, (cb) => java.uvRealpath(cb, path, !isUtf8(encoding)), (r) => decodeName(r, encoding));
  binding.mkdtemp = (prefix, encoding, req) => {
    const tmpl = typeof prefix === 'string' ? `${prefix}XXXXXX` : Buf().concat([prefix, Buf().from('XXXXXX')]);
    return perform(req, 'mkdtemp', tmpl, undefined, (cb) => java.uvMkdtemp(cb, tmpl, !isUtf8(encoding)), (r) => decodeName(r, encoding));
  };
  binding.readdir = (path, encoding, withFileTypes, req) =>
    perform(req, 'scandir', path, undefined, (cb) => java.uvScandir(cb, path, !isUtf8(encoding)), (r) => {
      if (r.length === 1) throw kit.uvException(r[0], 'scandir', pathStr(path));
      const hostNames = r[0], hostTypes = r[1];
      const names = [], types = [];
      for (let i = 0; i < hostNames.length; i++) {
        names.push(decodeName(hostNames[i], encoding));
        types.push(hostTypes[i]);
      }
      return withFileTypes ? [names, types] : names;
    });

  // ---- mkdir, recursive as node's MKDirpSync/MKDirpAsync (one algorithm, written in continuation style so that
  // the synchronous form runs it at once and the asynchronous one request by request) ----
  function step(cb, start, k) {
    if (cb === undefined) return k(start(undefined));
    const r = start((res) => k(res));
    if (isErr(r)) k(r);
    return 0;
  }
  function mkdirp(cb, path, mode, finish) {
    const paths = [path];
    let first;
    const next = () => {
      if (paths.length === 0) return finish(0, first);
      const p = paths.pop();
      return step(cb, (c) => java.uvMkdir(c, p, mode), (err) => {
        if (err === 0) {
          first ??= p;
          if (paths.length === 0) return finish(0, first);
          return next();
        }
        switch (err) {
          case -13: case -28: case -20: case -1: return finish(err); // EACCES ENOSPC ENOTDIR EPERM
          case UV_ENOENT: {
            const cut = p.lastIndexOf('/');
            const dirname = cut <= 0 ? (cut === 0 ? '/' : p) : p.slice(0, cut);
            if (dirname !== p) {
              paths.push(p, dirname);
              return next();
            }
            if (paths.length === 0) return finish(UV_EEXIST);
            return next();
          }
          default:
            return step(cb, (c) => java.uvStat(c, p, false), (s) => {
              if (!isErr(s) && (s[1] & 0o170000) !== 0o040000) {
                return finish(err === UV_EEXIST && paths.length > 0 ? UV_ENOTDIR : UV_EEXIST);
              }
              if (isErr(s)) return finish(s);
              return next();
            });
        }
      });
    };
    return next();
  }
  binding.mkdir = (path, mode, recursive, req) => {
    if (!recursive) return perform(req, 'mkdir', path, undefined, (cb) => java.uvMkdir(cb, path, mode), none);
    const p = typeof path === 'string' ? path : pathStr(path);
    return perform(req, 'mkdir', path, undefined, (cb) => {
      let out;
      mkdirp(cb, p, mode, (err, first) => {
        out = isErr(err) ? err : { first };
        if (cb) cb(out);
      });
      return cb ? 0 : out;
    }, (r) => r.first);
  };

  // ---- whole-file helpers of the module loader and fs.readFileSync/writeFileSync ----
  binding.readFileUtf8 = (path, flags) => {
    const r = java.readFileUtf8Raw(path, flags);
    if (r[0] < 0) throw kit.uvException(r[0], r[1], r[1] === 'open' ? pathStr(path) : undefined);
    return r[1];
  };
  binding.writeFileUtf8 = (path, data, flag, mode) => {
    const fd = typeof path === 'number' ? path : binding.open(path, flag, mode);
    try {
      const buf = Buf().from(`${data}`, 'utf8');
      for (let off = 0; off < buf.length;) off += binding.writeBuffer(fd, buf, off, buf.length - off, -1);
    } finally {
      if (typeof path !== 'number') binding.close(fd);
    }
  };
  // node_file.cc LegacyMainResolve: which of main, main.js, main.json, main.node, main/index.{js,json,node} (0-6), then
  // index.{js,json,node} of the package (7-9) is a file (anything but a directory, as InternalModuleStat says)
  const legacyMainExtensions = ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node'];
  binding.legacyMainResolve = (packagePath, main, base) => {
    const { resolve } = kit.loaders.require('path');
    const isFile = (p) => java.internalModuleStat(p) === 0;
    let initial = '';
    if (typeof main === 'string') {
      initial = resolve(packagePath, main);
      for (let i = 0; i < legacyMainExtensions.length; i++) if (isFile(initial + legacyMainExtensions[i])) return i;
    }
    const index = resolve(packagePath, './index');
    for (let i = 1; i <= 3; i++) if (isFile(index + legacyMainExtensions[i])) return 6 + i;
    if (initial === '') initial = `${index}.js`;
    const from = typeof base === 'string' && base.startsWith('file:') ? kit.loaders.require('url').fileURLToPath(base) : base;
    const e = new Error(`Cannot find package '${initial}' imported from ${from}`);
    e.code = 'ERR_MODULE_NOT_FOUND';
    throw e;
  };

  binding.getFormatOfExtensionlessFile = (path) => {
    // 1: wasm (\0asm magic), 0: javascript
    const fd = java.uvOpen(undefined, path, 0, 0);
    if (isErr(fd)) return 0;
    const b = Buf().alloc(4);
    const n = java.uvRead(undefined, fd, addr(b, 0), 4, 0);
    java.uvClose(undefined, fd);
    return n === 4 && b[0] === 0 && b[1] === 0x61 && b[2] === 0x73 && b[3] === 0x6d ? 1 : 0;
  };

  // ---- rmSync (node 25 does it in C++ with std::filesystem): recursive removal with retries ----
  binding.rmSync = (path, maxRetries, recursive, retryDelay) => {
    const p = pathStr(path);
    const rmOnce = (target) => {
      const s = java.uvStat(undefined, target, true);
      if (isErr(s)) return s === UV_ENOENT ? 0 : s;
      if ((s[1] & 0o170000) !== 0o040000) return java.uvUnlink(undefined, target);
      if (recursive) {
        const list = java.uvScandir(undefined, target, false);
        if (list.length === 1) return list[0];
        for (const name of list[0]) {
          const err = rmOnce(`${target}/${name}`);
          if (err < 0) return err;
        }
      }
      return java.uvRmdir(undefined, target);
    };
    let err;
    for (let i = 0; ; i++) {
      err = rmOnce(p);
      if (err >= 0) return;
      // EBUSY EMFILE ENFILE ENOTEMPTY EPERM are retried, as node's rm does
      if (i >= maxRetries || ![-16, -24, -23, -39, -1].includes(err)) break;
      const until = Date.now() + retryDelay;
      while (Date.now() < until) { /* node sleeps between retries */ }
    }
    throw kit.uvException(err, 'rm', p);
  };

  // ---- FileHandle (node's FileHandle: an fd the promises API owns; closed with a warning when collected) ----
  const kFd = Symbol('kFd'), kClosing = Symbol('kClosing');
  const onCollect = new FinalizationRegistry((fd) => {
    java.uvClose(undefined, fd);
    kit.process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
    kit.process.emitWarning('Closing a FileHandle object on garbage collection is deprecated. Please close FileHandle ' +
      'objects explicitly using FileHandle.prototype.close(). In the future, an error will be thrown if a file ' +
      'descriptor is closed during garbage collection.', 'DeprecationWarning', 'DEP0137');
  });
  class FileHandle {
    constructor(fd) {
      this[kFd] = fd;
      this[kClosing] = false;
      onCollect.register(this, fd, this);
    }
    get fd() { return this[kFd]; }
    getAsyncId() { return -1; }
    close() {
      const fd = this[kFd];
      onCollect.unregister(this);
      this[kFd] = -1;
      return perform(kUsePromises, 'close', undefined, undefined, (cb) => java.uvClose(cb, fd), none);
    }
    releaseFD() {
      onCollect.unregister(this);
      const fd = this[kFd];
      this[kFd] = -1;
      return fd;
    }
  }
  binding.FileHandle = FileHandle;
  binding.openFileHandle = (path, flags, mode, req) =>
    perform(req, 'open', path, undefined, (cb) => java.uvOpen(cb, path, flags, mode), (fd) => new FileHandle(fd));
  // ---- StatWatcher (node's StatWatcher over uv_fs_poll): stat every `interval` ms, onchange(status, [current,
  // previous]) when the result differs (libuv's statbuf_eq: ctime, mtime, birthtime, size, mode, uid, gid, ino, dev)
  // or the error changes ----
  const SAME = [14, 15, 12, 13, 16, 17, 8, 1, 3, 4, 7, 0];
  let timers;
  class StatWatcher {
    constructor(bigint) {
      this.bigint = bigint === true;
      this.timer = null;
      this.closed = false;
      this.refed = true;
      this.busy = 0; // libuv's busy_polling: 0 before the first result, 1 while stat succeeds, else the errno
      this.last = new Array(18).fill(0);
      this.onchange = undefined;
    }
    start(path, interval) {
      if (this.path !== undefined) return 0;
      this.path = path;
      this.interval = interval > 0 ? interval : 1;
      this.poll();
      return 0;
    }
    poll() {
      const begin = Date.now();
      const r = java.uvStat((res) => this.polled(res, begin), this.path, false);
      if (isErr(r)) this.polled(r, begin);
    }
    polled(r, begin) {
      if (this.closed) return;
      const prev = this.last;
      if (isErr(r)) {
        if (this.busy !== r) {
          this.last = new Array(18).fill(0);
          this.busy = r;
          this.report(r, this.last, prev);
        }
      } else {
        const cur = Array.from(r);
        if (this.busy !== 0 && (this.busy < 0 || SAME.some((i) => cur[i] !== prev[i]))) {
          this.last = cur;
          this.report(0, cur, prev);
        }
        this.last = cur;
        this.busy = 1;
      }
      if (this.closed) return;
      timers ??= kit.loaders.require('timers');
      const wait = Math.max(1, this.interval - ((Date.now() - begin) % this.interval));
      this.timer = timers.setTimeout(() => this.poll(), wait);
      if (!this.refed) this.timer.unref();
    }
    report(status, cur, prev) {
      const arr = this.bigint ? binding.bigintStatValues : binding.statValues;
      for (let i = 0; i < 18; i++) {
        arr[i] = this.bigint ? BigInt(cur[i]) : cur[i];
        arr[18 + i] = this.bigint ? BigInt(prev[i]) : prev[i];
      }
      if (typeof this.onchange === 'function') this.onchange(status, arr);
    }
    close(cb) {
      if (this.closed) return;
      this.closed = true;
      if (this.timer) (timers ??= kit.loaders.require('timers')).clearTimeout(this.timer);
      if (typeof cb === 'function') kit.process.nextTick(cb);
    }
    ref() { this.refed = true; this.timer?.ref(); }
    unref() { this.refed = false; this.timer?.unref(); }
    hasRef() { return this.refed && !this.closed; }
    getAsyncId() { return -1; }
  }
  binding.StatWatcher = StatWatcher;
  kit.fs = { java, perform, pathStr, decodeName, isUtf8, isErr, FileHandle, FSReqCallback };
  kit.host.bindingScript('fs_cp')(binding, java, kit); // cpSync's native steps
  // --permission: every call that names a path checks it first (fs_permission.js)
  const permission = kit.host.binding('permission');
  if (permission.enabled()) kit.host.bindingScript('fs_permission')(binding, kit.getInternalBinding('fs_dir'), permission, kit);
})
