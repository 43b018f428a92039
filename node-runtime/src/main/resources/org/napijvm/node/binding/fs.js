// internalBinding('fs') (node_file.cc), INTERIM: synchronous calls over FsBinding.java (libc); a call with a
// request object (callback or promise form) says it is not implemented yet.
(function (binding, java, kit) {
  'use strict';
  const sync = (name, req) => {
    if (req !== undefined) kit.notImplemented('fs', `${name} (asynchronous form)`)();
  };
  const check = (err, syscall, path, dest) => {
    if (err < 0) throw kit.uvException(err, syscall, path, dest);
  };
  binding.internalModuleStat = (...args) => java.internalModuleStat(...args);
  binding.readFileUtf8 = (path, flags) => {
    const r = java.readFileUtf8Raw(typeof path === 'number' ? `/proc/self/fd/${path}` : `${path}`, flags);
    check(r[0], 'open', `${path}`);
    return r[1];
  };
  binding.writeBuffer = (fd, buffer, offset, length, position, req) => {
    sync('writeBuffer', req);
    const n = java.writeBufferRaw(fd, buffer.buffer, buffer.byteOffset + offset, length, typeof position === 'number' ? position : -1);
    check(n, 'write');
    return n;
  };
  binding.writeString = (fd, str, pos, encoding, req) => {
    sync('writeString', req);
    let n;
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') {
      n = java.writeStringRaw(fd, `${str}`, typeof pos === 'number' ? pos : -1);
    } else {
      const buf = Buffer.from(`${str}`, encoding);
      n = java.writeBufferRaw(fd, buf.buffer, buf.byteOffset, buf.length, typeof pos === 'number' ? pos : -1);
    }
    check(n, 'write');
    return n;
  };
  function fill(r, useBigint) {
    const arr = useBigint ? binding.bigintStatValues : binding.statValues;
    for (let i = 0; i < 18; i++) arr[i] = useBigint ? BigInt(r[i + 1]) : r[i + 1];
    return arr;
  }
  function statOf(syscall, target, lstat, useBigint, req, throwIfNoEntry) {
    sync(syscall, req);
    const r = java.statRaw(target, lstat);
    if (r[0] < 0) {
      if (throwIfNoEntry === false && (r[0] === -2 || r[0] === -20)) return undefined;
      check(r[0], syscall, typeof target === 'string' ? target : undefined);
    }
    return fill(r, useBigint);
  }
  binding.stat = (path, useBigint, req, throwIfNoEntry) => statOf('stat', `${path}`, false, useBigint, req, throwIfNoEntry);
  binding.lstat = (path, useBigint, req, throwIfNoEntry) => statOf('lstat', `${path}`, true, useBigint, req, throwIfNoEntry);
  binding.fstat = (fd, useBigint, req, shouldNotThrow) => statOf('fstat', fd, false, useBigint, req, true);
  binding.realpath = (path, encoding, req) => {
    sync('realpath', req);
    const r = java.realpathRaw(`${path}`);
    check(r[0], 'realpath', `${path}`);
    return encoding === 'buffer' ? Buffer.from(r[1]) : r[1];
  };
  binding.readdir = (path, encoding, withFileTypes, req) => {
    sync('readdir', req);
    const r = java.readdirRaw(`${path}`);
    check(r[0], 'scandir', `${path}`);
    const names = [];
    for (let i = 1; i < r.length; i++) names.push(encoding === 'buffer' ? Buffer.from(r[i]) : r[i]);
    if (!withFileTypes) return names;
    const types = names.map((n) => {
      const s = java.statRaw(`${path}/${n}`, true);
      if (s[0] < 0) return 0;
      switch (s[2] & 0o170000) {
        case 0o100000: return 1; case 0o040000: return 2; case 0o120000: return 3;
        case 0o010000: return 4; case 0o140000: return 5; case 0o020000: return 6; case 0o060000: return 7;
        default: return 0;
      }
    });
    return [names, types];
  };
  binding.open = (path, flags, mode, req) => {
    sync('open', req);
    const fd = java.openRaw(`${path}`, flags, mode);
    check(fd, 'open', `${path}`);
    return fd;
  };
  binding.close = (fd, req) => {
    sync('close', req);
    check(java.closeRaw(fd), 'close');
  };
  binding.read = (fd, buffer, offset, length, position, req) => {
    sync('read', req);
    const n = java.readRaw(fd, buffer.buffer, buffer.byteOffset + offset, length, typeof position === 'number' ? position : typeof position === 'bigint' ? Number(position) : -1);
    check(n, 'read');
    return n;
  };
  binding.writeFileUtf8 = (path, data, flag, mode) => {
    const fd = typeof path === 'number' ? path : java.openRaw(`${path}`, flag, mode);
    check(fd, 'open', `${path}`);
    try {
      const buf = Buffer.from(`${data}`, 'utf8');
      for (let off = 0; off < buf.length;) {
        const n = java.writeBufferRaw(fd, buf.buffer, buf.byteOffset + off, buf.length - off, -1);
        check(n, 'write');
        off += n;
      }
    } finally {
      if (typeof path !== 'number') java.closeRaw(fd);
    }
  };
  // mkdir(path, mode, recursive): recursive gives the first directory it created (node's MKDirpSync)
  binding.mkdir = (path, mode, recursive, req) => {
    sync('mkdir', req);
    path = `${path}`;
    if (!recursive) { check(java.mkdirRaw(path, mode), 'mkdir', path); return undefined; }
    const made = [];
    let p = path;
    for (;;) {
      const err = java.mkdirRaw(p, mode);
      if (err === 0) { made.push(p); break; }
      if (err === -17) { // EEXIST: fine if a directory
        const s = java.statRaw(p, false);
        if (s[0] === 0 && (s[2] & 0o170000) === 0o040000) break;
        check(-17, 'mkdir', path);
      }
      if (err !== -2) check(err, 'mkdir', path);
      const parent = p.slice(0, p.lastIndexOf('/')) || '/';
      if (parent === p) check(err, 'mkdir', path);
      made.push(null);
      p = parent;
    }
    // create the missing children, outermost first
    let first;
    const chain = [];
    let q = path;
    while (q !== p) { chain.unshift(q); q = q.slice(0, q.lastIndexOf('/')) || '/'; }
    if (made[made.length - 1] === p && java.statRaw(p, false)[0] === 0 && chain.length === 0) return p;
    if (made[made.length - 1] === p) first = p;
    for (const d of chain) {
      const err = java.mkdirRaw(d, mode);
      if (err === 0) { if (first === undefined) first = d; } else if (err !== -17) check(err, 'mkdir', path);
    }
    return first;
  };
  binding.existsSync = (path) => java.accessRaw(`${path}`, 0) === 0;
  binding.access = (path, mode, req) => {
    sync('access', req);
    check(java.accessRaw(`${path}`, mode ?? 0), 'access', `${path}`);
  };
  binding.getFormatOfExtensionlessFile = (path) => {
    // 1: wasm (\0asm magic), 0: javascript
    try {
      const fd = java.openRaw(`${path}`, 0, 0);
      if (fd < 0) return 0;
      const b = Buffer.alloc(4);
      const n = java.readRaw(fd, b.buffer, b.byteOffset, 4, 0);
      java.closeRaw(fd);
      return n === 4 && b[0] === 0 && b[1] === 0x61 && b[2] === 0x73 && b[3] === 0x6d ? 1 : 0;
    } catch { return 0; }
  };
})
