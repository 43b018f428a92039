// napi-jvm: the Node-like environment a script runs in: CommonJS require (relative/absolute JS, JSON and .node
// files, node_modules lookup), module/exports/__filename/__dirname, a `process` object, global.gc() and
// timers, setImmediate and process.nextTick over the runtime's libuv loop (EventLoop.java runs it after the main
// script, calling runTimer / runImmediate / invoke one callback per host call, so that microtasks run after each).
// `host` holds Java functions (NapiJvm.java); `info` is a JSON string with argv, env, cwd, execPath, versions.
// `builtinSource(path)` reads a file of the npm packages bundled into the jar (builtin/node_modules/, copied there by
// the build); `registerBuffer(load)` tells Node-API where Buffer comes from (napi_create_buffer & co.);
// `sys(op, path, ...)` is the host side of the small synchronous `fs` subset and process.report (NodeSys.java).
(function (stat, readFile, loadNative, exit, gc, write, nanoTime, infoJson, loop, builtinSource, registerBuffer, sys) {
  'use strict';
  const host = { stat, readFile, exit, gc, write, nanoTime, loop, builtinSource, sys };
  const info = JSON.parse(infoJson);
  // GraalJS's load() evaluates a script under a file name (stack traces name the file)
  const compile = (src, filename) => load({ name: filename, script: src });
  const g = globalThis;

  // ---- paths (POSIX only) ----
  function normalize(p) {
    const abs = p.startsWith('/');
    const out = [];
    for (const part of p.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') { if (out.length && out[out.length - 1] !== '..') out.pop(); else if (!abs) out.push('..'); }
      else out.push(part);
    }
    return (abs ? '/' : '') + out.join('/') || (abs ? '/' : '.');
  }
  const dirname = (p) => { const i = p.lastIndexOf('/'); return i <= 0 ? '/' : p.slice(0, i); };
  const resolvePath = (base, p) => normalize(p.startsWith('/') ? p : base + '/' + p);

  // ---- process ----
  const listeners = Object.create(null);
  const process = {
    argv: info.argv,
    argv0: info.argv[0],
    execPath: info.execPath,
    env: info.env,
    platform: 'linux',
    arch: 'x64',
    pid: info.pid,
    version: 'v' + info.versions.node,
    versions: info.versions,
    release: { name: 'node' },
    exitCode: undefined,
    cwd: () => info.cwd,
    exit: (code) => {
      if (code !== undefined) process.exitCode = code;
      emit('exit', process.exitCode | 0);
      host.exit(process.exitCode | 0);
    },
    on: (name, fn) => { (listeners[name] || (listeners[name] = [])).push(fn); return process; },
    once: (name, fn) => process.on(name, fn),
    removeListener: (name, fn) => {
      const ls = listeners[name];
      const i = ls ? ls.lastIndexOf(fn) : -1;
      if (i >= 0) ls.splice(i, 1);
      return process;
    },
    off: (name, fn) => process.removeListener(name, fn),
    listenerCount: (name) => (listeners[name] || []).length,
    emitWarning: (w, type, code) => emitWarning(w, type, code),
    hrtime: Object.assign((prev) => {
      const ns = host.nanoTime();
      const s = Math.floor(ns / 1e9), n = ns - s * 1e9;
      if (!prev) return [s, n];
      let ds = s - prev[0], dn = n - prev[1];
      if (dn < 0) { ds--; dn += 1e9; }
      return [ds, dn];
    }, { bigint: () => BigInt(host.nanoTime()) }),
    memoryUsage: () => ({ rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }),
    stdout: { write: (s) => { host.write(1, String(s)); return true; } },
    stderr: { write: (s) => { host.write(2, String(s)); return true; } },
  };
  function emit(name, ...args) { for (const fn of (listeners[name] || []).slice()) fn(...args); }
  // Node's process.emitWarning: a 'warning' event, and on stderr "(node:PID) [CODE] Type: message", the first one
  // followed by the hint on how to trace it
  let traceHintShown = false;
  function emitWarning(w, type, code) {
    if (type !== null && typeof type === 'object') ({ type, code } = type);
    const warning = typeof w === 'string' ? new Error(w) : w;
    warning.name = typeof w === 'string' ? (type || 'Warning') : (warning.name || 'Warning');
    if (code !== undefined && typeof w === 'string') warning.code = code;
    process.nextTick(() => {
      emit('warning', warning);
      const deprecation = warning.name === 'DeprecationWarning';
      let msg = '(' + process.release.name + ':' + process.pid + ') ' + (warning.code ? '[' + warning.code + '] ' : '') + String(warning);
      if (!traceHintShown) {
        const argv0 = String(process.argv0 || 'node').replace(/^.*\//, '');
        msg += '\n(Use `' + argv0 + ' ' + (deprecation ? '--trace-deprecation' : '--trace-warnings') + ' ...` to show where the warning was created)';
        traceHintShown = true;
      }
      host.write(2, msg + '\n');
    });
  }
  g.process = process;
  g.global = g;
  if (info.exposeGc) g.gc = () => host.gc();

  // ---- callbacks run by the event loop (EventLoop.java turns the libuv loop and calls runTimer / runImmediate /
  // invoke, one host call per callback so that microtasks run after each, as in Node) ----
  const invalidCallback = (fn) => {
    const e = new TypeError('The "callback" argument must be of type function. Received ' + (fn === null ? 'null' : typeof fn));
    e.code = 'ERR_INVALID_ARG_TYPE';
    return e;
  };
  // an exception no JS caught: 'uncaughtException' listeners, else it propagates (the host prints it, exit code 1)
  function uncaught(e) {
    const ls = listeners.uncaughtException;
    if (!ls || ls.length === 0) throw e;
    for (const fn of ls.slice()) fn(e, 'uncaughtException');
  }
  // process.nextTick: run when the current callback ends (before promise microtasks), as Node's tick queue
  const ticks = [];
  const resolvedPromise = Promise.resolve();
  let tickHead = 0, tickDrainQueued = false;
  function runTicks() {
    while (tickHead < ticks.length) {
      const t = ticks[tickHead];
      ticks[tickHead++] = undefined;
      t.fn(...t.args);
    }
    ticks.length = 0;
    tickHead = 0;
  }
  function afterCallback() {
    for (;;) {
      try { runTicks(); return; } catch (e) { uncaught(e); }
    }
  }
  process.nextTick = function nextTick(fn, ...args) {
    if (typeof fn !== 'function') throw invalidCallback(fn);
    ticks.push({ fn, args });
    if (!tickDrainQueued) {
      tickDrainQueued = true;
      resolvedPromise.then(() => { tickDrainQueued = false; runTicks(); });
    }
  };
  // the loop's time, read once per callback (timers created in one callback share their start, deterministically)
  let cachedNow = -1;
  const loopNow = () => (cachedNow >= 0 ? cachedNow : (cachedNow = host.loop(0)));

  // ---- timers: a queue sorted by (expiry, creation), behind one libuv timer armed for the earliest ----
  const TIMEOUT_MAX = 2 ** 31 - 1;
  const timerList = [];
  const timersById = new Map();
  let timerSeq = 0, refedTimers = 0, nextTimerId = 1, armedExpiry = -1, armedRef = false;
  function arm() {
    if (timerList.length === 0) {
      if (armedExpiry !== -1) { host.loop(2); armedExpiry = -1; }
      return;
    }
    const expiry = timerList[0]._expiry, ref = refedTimers > 0;
    if (expiry === armedExpiry && ref === armedRef) return;
    armedExpiry = expiry;
    armedRef = ref;
    host.loop(1, Math.max(1, expiry - loopNow()), ref); // >= 1 ms, as Node: never due again in this timers phase
  }
  function insertTimer(t, start) {
    t._expiry = start + t._idleTimeout;
    t._seq = timerSeq++;
    let lo = 0, hi = timerList.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1, m = timerList[mid];
      if (m._expiry < t._expiry || (m._expiry === t._expiry && m._seq < t._seq)) lo = mid + 1; else hi = mid;
    }
    timerList.splice(lo, 0, t);
    t._active = true;
    if (t._ref) refedTimers++;
    arm();
  }
  function unlinkTimer(t) {
    const i = timerList.indexOf(t);
    if (i >= 0) timerList.splice(i, 1);
    t._active = false;
    if (t._ref) refedTimers--;
    arm();
  }
  class Timeout {
    constructor(fn, after, args, repeat) {
      after *= 1;
      if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1;
      this._idleTimeout = after;
      this._onTimeout = fn;
      this._timerArgs = args;
      this._repeat = repeat ? after : null;
      this._destroyed = false;
      this._ref = true;
      this._active = false;
      this._id = nextTimerId++;
    }
    ref() {
      if (!this._ref) { this._ref = true; if (this._active) { refedTimers++; arm(); } }
      return this;
    }
    unref() {
      if (this._ref) { this._ref = false; if (this._active) { refedTimers--; arm(); } }
      return this;
    }
    hasRef() { return this._ref; }
    refresh() {
      if (this._active) { unlinkTimer(this); insertTimer(this, loopNow()); }
      return this;
    }
    close() { clearTimeout(this); return this; }
    [Symbol.toPrimitive]() { timersById.set(this._id, this); return this._id; }
  }
  function newTimer(fn, after, args, repeat) {
    if (typeof fn !== 'function') throw invalidCallback(fn);
    const t = new Timeout(fn, after, args, repeat);
    insertTimer(t, loopNow());
    return t;
  }
  g.setTimeout = function setTimeout(fn, after, ...args) { return newTimer(fn, after, args, false); };
  g.setInterval = function setInterval(fn, after, ...args) { return newTimer(fn, after, args, true); };
  g.clearTimeout = function clearTimeout(t) {
    if (t && t._onTimeout) {
      t._destroyed = true;
      timersById.delete(t._id);
      if (t._active) unlinkTimer(t);
    } else if (typeof t === 'number' || typeof t === 'string') {
      const tt = timersById.get(+t);
      if (tt) clearTimeout(tt);
    }
  };
  g.clearInterval = g.clearTimeout;
  // the loop's timer fired: run the first timer due at `now` (false when none is left: re-arm)
  function runTimer(now) {
    cachedNow = -1;
    if (timerList.length === 0 || timerList[0]._expiry > now) { armedExpiry = -1; arm(); return false; }
    const t = timerList.shift();
    t._active = false;
    if (t._ref) refedTimers--;
    const start = t._repeat !== null ? host.loop(0) : 0;
    try {
      try {
        t._onTimeout.apply(t, t._timerArgs);
      } finally {
        if (t._repeat !== null && !t._destroyed) { t._idleTimeout = t._repeat; insertTimer(t, start); }
        else { t._destroyed = true; timersById.delete(t._id); }
      }
    } catch (e) {
      uncaught(e);
    }
    afterCallback();
    return true;
  }

  // ---- setImmediate: a FIFO; the check phase runs those queued before it began ----
  const immediates = [];
  let immediateHead = 0, phaseEnd = 0, refedImmediates = 0;
  function refImmediates(d) {
    const before = refedImmediates;
    refedImmediates += d;
    if ((before === 0) !== (refedImmediates === 0)) host.loop(3, refedImmediates);
  }
  class Immediate {
    constructor(fn, args) { this._onImmediate = fn; this._argv = args; this._destroyed = false; this._ref = true; }
    ref() { if (!this._ref) { this._ref = true; if (!this._destroyed) refImmediates(1); } return this; }
    unref() { if (this._ref) { this._ref = false; if (!this._destroyed) refImmediates(-1); } return this; }
    hasRef() { return this._ref; }
  }
  g.setImmediate = function setImmediate(fn, ...args) {
    if (typeof fn !== 'function') throw invalidCallback(fn);
    const t = new Immediate(fn, args);
    immediates.push(t);
    refImmediates(1);
    return t;
  };
  g.clearImmediate = function clearImmediate(t) {
    if (t instanceof Immediate && !t._destroyed) {
      t._destroyed = true;
      if (t._ref) refImmediates(-1);
    }
  };
  function runImmediate(start) {
    cachedNow = -1;
    if (start) phaseEnd = immediates.length;
    while (immediateHead < phaseEnd) {
      const t = immediates[immediateHead];
      immediates[immediateHead++] = undefined;
      if (t._destroyed) continue;
      t._destroyed = true;
      if (t._ref) refImmediates(-1);
      try { t._onImmediate.apply(t, t._argv); } catch (e) { uncaught(e); }
      afterCallback();
      return true;
    }
    if (immediateHead > 0) { immediates.splice(0, immediateHead); immediateHead = 0; }
    phaseEnd = 0;
    return false;
  }
  // a native callback (async work complete, threadsafe function call, finalizer) as Node's callback scope
  function invoke(task) {
    cachedNow = -1;
    try { task(); } catch (e) { uncaught(e); }
    afterCallback();
  }
  // napi_fatal_exception: Node's TriggerUncaughtException
  function fatalException(e) {
    const ls = listeners.uncaughtException;
    if (ls && ls.length) { for (const fn of ls.slice()) fn(e, 'uncaughtException'); return; }
    host.write(2, formatError(e) + '\n');
    process.exitCode = 1;
    try { emit('exit', 1); } catch (_) { /* exiting anyway */ }
    host.exit(1);
  }
  function formatError(e) {
    try {
      if (e instanceof Error || (e && typeof e.stack === 'string')) return String(e.stack || e);
      return 'Uncaught ' + (typeof e === 'string' ? JSON.stringify(e) : String(e));
    } catch (_) { return 'Uncaught exception'; }
  }

  // ---- built-in modules: Node core modules napi-jvm provides, from bundled npm packages (never the file system) ----
  // buffer@6.0.3 (feross/buffer: Buffer as a Uint8Array subclass) needs base64-js and ieee754; path-browserify@1.0.1
  // is Node's POSIX path module ported; events@3.3.0 is Node's EventEmitter ported.
  const bundled = {
    'buffer': 'buffer/index.js', 'base64-js': 'base64-js/index.js', 'ieee754': 'ieee754/index.js',
    'path': 'path-browserify/index.js', 'events': 'events/events.js',
  };
  const bundledCache = Object.create(null);
  function notFound(request) {
    const err = new Error("Cannot find module '" + request + "'");
    err.code = 'MODULE_NOT_FOUND';
    return err;
  }
  function requireBundled(name) {
    const cached = bundledCache[name];
    if (cached) return cached.exports;
    if (!Object.prototype.hasOwnProperty.call(bundled, name)) throw notFound(name);
    const file = bundled[name];
    const src = host.builtinSource(file);
    if (typeof src !== 'string') throw notFound(name + ' (napi-jvm: builtin/node_modules/' + file + ' is missing from the jar)');
    const filename = 'napi-jvm:builtin/' + file;
    const mod = { id: name, filename, exports: {}, loaded: false };
    bundledCache[name] = mod;
    let ok = false;
    try {
      const fn = compile('(function (exports, require, module, __filename, __dirname) { ' + src + '\n})', filename);
      fn.call(mod.exports, mod.exports, requireBundled, mod, filename, dirname(filename));
      ok = true;
    } finally {
      if (!ok) delete bundledCache[name];
    }
    mod.loaded = true;
    return mod.exports;
  }
  // what require() answers before looking at files, as Node does for its core modules (also as 'node:<name>')
  let fsModule, osModule;
  const builtins = Object.assign(Object.create(null), {
    buffer: () => requireBundled('buffer'),
    path: () => requireBundled('path'),
    events: () => requireBundled('events'),
    fs: () => fsModule || (fsModule = makeFs()),
    os: () => osModule || (osModule = makeOs()),
  });
  const builtinName = (request) => {
    const name = request.startsWith('node:') ? request.slice(5) : request;
    return builtins[name] ? name : null;
  };

  // ---- fs: a small synchronous subset over NodeSys.java; everything else of Node's fs is absent (undefined) ----
  const uvErrors = {
    EPERM: [-1, 'operation not permitted'], ENOENT: [-2, 'no such file or directory'], EIO: [-5, 'i/o error'],
    EACCES: [-13, 'permission denied'], EEXIST: [-17, 'file already exists'], ENOTDIR: [-20, 'not a directory'],
    EISDIR: [-21, 'illegal operation on a directory'], EINVAL: [-22, 'invalid argument'],
    EROFS: [-30, 'read-only file system'], ENAMETOOLONG: [-36, 'name too long'],
    ENOTEMPTY: [-39, 'directory not empty'], ELOOP: [-40, 'too many symbolic links encountered'],
  };
  // as Node's uvException: "ENOENT: no such file or directory, open '/x'" with errno, code, syscall, path
  function uvError(code, syscall, path) {
    const [errno, desc] = uvErrors[code] || [-5, 'i/o error'];
    const err = new Error(code + ': ' + desc + ', ' + syscall + (path === undefined ? '' : " '" + path + "'"));
    err.errno = errno;
    err.code = code;
    err.syscall = syscall;
    if (path !== undefined) err.path = path;
    return err;
  }
  function argError(Ctor, code, message) {
    const err = new Ctor(message);
    err.code = code;
    return err;
  }
  // the "Received ..." of Node's ERR_INVALID_ARG_TYPE messages
  function received(v) {
    if (v == null) return String(v);
    if (typeof v === 'function') return 'function ' + v.name;
    if (typeof v === 'object') return v.constructor && v.constructor.name ? 'an instance of ' + v.constructor.name : 'type object';
    let shown = typeof v === 'string' ? "'" + v + "'" : typeof v === 'bigint' ? v + 'n' : String(v);
    if (shown.length > 28) shown = shown.slice(0, 25) + '...';
    return 'type ' + typeof v + ' (' + shown + ')';
  }
  function makeFs() {
    const pathMod = requireBundled('path');
    const toPath = (p) => {
      if (p instanceof Uint8Array) p = g.Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString();
      if (typeof p !== 'string') {
        throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "path" argument must be of type string or an instance of Buffer or URL. Received ' + received(p));
      }
      if (p.includes('\0')) {
        throw argError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received " + JSON.stringify(p).replace(/\\u0000/g, '\\x00').replace(/^"|"$/g, "'"));
      }
      return p;
    };
    // one host call; its errno name becomes Node's error for `syscall` on the path as the caller gave it
    const call = (op, syscall, p, a, b) => {
      if (p === '') throw uvError('ENOENT', syscall, p);
      try {
        return host.sys(op, pathMod.resolve(p), a, b);
      } catch (e) {
        if (e instanceof Error && e.message === e.code && uvErrors[e.code]) throw uvError(e.code, syscall, p);
        throw e;
      }
    };
    const encodingOf = (options, dflt) => {
      const enc = typeof options === 'string' ? options : options && options.encoding != null ? options.encoding : dflt;
      if (enc !== null && enc !== 'buffer' && !g.Buffer.isEncoding(enc)) {
        throw argError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'encoding' is invalid encoding. Received '" + enc + "'");
      }
      return enc === 'buffer' ? null : enc;
    };
    const flagOf = (options, dflt, allowed) => {
      const flag = options && typeof options === 'object' && options.flag != null ? options.flag : dflt;
      if (!allowed.includes(flag)) throw new Error("napi-jvm: fs flag '" + flag + "' is not supported (only " + allowed.join(', ') + ')');
      return flag;
    };
    class Stats {
      constructor(s) {
        const [type, size, mtimeMs] = s.split(' ');
        Object.defineProperty(this, '_type', { value: type });
        this.size = +size;
        this.mtimeMs = +mtimeMs;
        this.mtime = new Date(this.mtimeMs);
      }
      isFile() { return this._type === 'f'; }
      isDirectory() { return this._type === 'd'; }
      isSymbolicLink() { return this._type === 'l'; }
    }
    const statWith = (follow, syscall) => function (p, options) {
      p = toPath(p);
      try {
        return new Stats(call('stat', syscall, p, follow));
      } catch (e) {
        if (e.code === 'ENOENT' && options && options.throwIfNoEntry === false) return undefined;
        throw e;
      }
    };
    return {
      constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 },
      Stats,
      readFileSync(p, options) {
        if (typeof p === 'number') throw new Error('napi-jvm: fs.readFileSync(fd): file descriptors are not supported');
        const enc = encodingOf(options, null);
        flagOf(options, 'r', ['r']);
        p = toPath(p);
        let bytes;
        try {
          bytes = call('read', 'open', p);
        } catch (e) {
          throw e.code === 'EISDIR' ? uvError('EISDIR', 'read') : e;
        }
        const buf = g.Buffer.from(bytes, 'latin1');
        return enc ? buf.toString(enc) : buf;
      },
      writeFileSync(p, data, options) {
        if (typeof p === 'number') throw new Error('napi-jvm: fs.writeFileSync(fd): file descriptors are not supported');
        const enc = encodingOf(options, 'utf8');
        const flag = flagOf(options, 'w', ['w', 'a']);
        p = toPath(p);
        let buf;
        if (typeof data === 'string') buf = g.Buffer.from(data, enc || 'utf8');
        else if (ArrayBuffer.isView(data)) buf = g.Buffer.from(data.buffer, data.byteOffset, data.byteLength);
        else {
          throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received ' + received(data));
        }
        call('write', 'open', p, buf.toString('latin1'), flag === 'a');
      },
      existsSync(p) {
        try { return p !== '' && host.sys('exists', pathMod.resolve(toPath(p))); } catch (_) { return false; }
      },
      statSync: statWith(true, 'stat'),
      lstatSync: statWith(false, 'lstat'),
      readdirSync(p, options) {
        if (options && typeof options === 'object' && (options.withFileTypes || options.recursive)) {
          throw new Error('napi-jvm: fs.readdirSync supports neither withFileTypes nor recursive');
        }
        const enc = encodingOf(options, 'utf8');
        p = toPath(p);
        const s = call('readdir', 'scandir', p);
        const names = s === '' ? [] : s.split('/');
        return enc === 'utf8' || enc === 'utf-8' ? names : names.map((n) => enc ? g.Buffer.from(n).toString(enc) : g.Buffer.from(n));
      },
      realpathSync(p, options) {
        const enc = encodingOf(options, 'utf8');
        p = toPath(p);
        let r;
        try {
          r = host.sys('realpath', pathMod.resolve(p));
        } catch (e) {
          if (!(e instanceof Error && e.message === e.code && uvErrors[e.code])) throw e;
          // Node's realpathSync walks the path with lstat: the error names the first component that fails
          const abs = pathMod.resolve(p);
          let prefix = '';
          for (const part of abs.split('/').slice(1)) {
            prefix += '/' + part;
            try { host.sys('stat', prefix, false); } catch (e2) { throw uvError(e2.code || e.code, 'lstat', prefix); }
          }
          throw uvError(e.code, 'lstat', abs);
        }
        return enc === 'utf8' || enc === 'utf-8' ? r : enc ? g.Buffer.from(r).toString(enc) : g.Buffer.from(r);
      },
      mkdirSync(p, options) {
        const recursive = !!(options && typeof options === 'object' && options.recursive);
        p = toPath(p);
        return call('mkdir', 'mkdir', p, recursive);
      },
      accessSync(p, mode) {
        p = toPath(p);
        call('access', 'access', p, mode === undefined ? 0 : mode | 0);
      },
    };
  }

  // ---- os: what a loader asks (platform, arch, directories, CPU count); nothing more ----
  function makeOs() {
    const env = info.env;
    return {
      EOL: '\n',
      platform: () => 'linux',
      arch: () => 'x64',
      type: () => 'Linux',
      release: () => info.os.release,
      endianness: () => 'LE',
      homedir: () => env.HOME || info.os.homedir,
      tmpdir: () => {
        let p = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
        if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
        return p;
      },
      // Runtime.availableProcessors() entries; napi-jvm does not read the CPUs' model, speed or times
      cpus: () => Array.from({ length: info.os.cpus }, () => ({ model: '', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } })),
    };
  }

  // ---- process.report: getReport() with what addon loaders look at (napi-rs's musl detection) ----
  process.report = {
    excludeNetwork: false,
    getReport() {
      const glibc = host.sys('glibc');
      const header = {
        processId: info.pid, cwd: info.cwd, commandLine: info.argv.slice(), nodejsVersion: process.version,
        wordSize: 64, arch: 'x64', platform: 'linux', osName: 'Linux', osRelease: info.os.release,
      };
      if (glibc) header.glibcVersionRuntime = glibc;
      // the shared libraries mapped into this process (Node lists dl_iterate_phdr's), from /proc/self/maps
      const sharedObjects = [];
      try {
        const maps = host.sys('read', '/proc/self/maps');
        for (const line of maps.split('\n')) {
          const i = line.indexOf(' /');
          const file = i < 0 ? '' : line.slice(i + 1).trim();
          if (/\.so(\.[0-9]+)*$|\.node$/.test(file) && !sharedObjects.includes(file)) sharedObjects.push(file);
        }
      } catch (_) { /* no /proc: no list */ }
      return { header, sharedObjects };
    },
  };

  // Buffer: a global (an accessor, as in Node), loaded on first use
  let bufferValue;
  let bufferLoaded = false;
  const loadBuffer = () => requireBundled('buffer').Buffer;
  Object.defineProperty(g, 'Buffer', {
    configurable: true,
    enumerable: false,
    get() {
      if (!bufferLoaded) { bufferValue = loadBuffer(); bufferLoaded = true; }
      return bufferValue;
    },
    set(v) { bufferValue = v; bufferLoaded = true; },
  });
  registerBuffer(loadBuffer);

  // ---- modules ----
  const cache = Object.create(null);
  const extensions = ['.js', '.json', '.node'];

  function tryFile(p) { return host.stat(p) === 1 ? p : null; }
  function tryExtensions(p) {
    for (const e of extensions) { const f = tryFile(p + e); if (f) return f; }
    return null;
  }
  function tryDirectory(p) {
    if (host.stat(p) !== 2) return null;
    const pkg = tryFile(p + '/package.json');
    if (pkg) {
      const main = JSON.parse(host.readFile(pkg)).main;
      if (main) {
        const m = resolvePath(p, main);
        const f = tryFile(m) || tryExtensions(m) || tryExtensions(m + '/index');
        if (f) return f;
      }
    }
    return tryExtensions(p + '/index');
  }
  function resolveFilename(request, parentDir) {
    if (request.startsWith('node:') && !builtinName(request)) {
      const err = new Error('No such built-in module: ' + request);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    if (request.startsWith('./') || request.startsWith('../') || request.startsWith('/') || request === '.' || request === '..') {
      const p = resolvePath(parentDir, request);
      const f = tryFile(p) || tryExtensions(p) || tryDirectory(p);
      if (f) return f;
    } else {
      for (let dir = parentDir; ; dir = dirname(dir)) {
        const p = (dir === '/' ? '' : dir) + '/node_modules/' + request;
        const f = tryFile(p) || tryExtensions(p) || tryDirectory(p);
        if (f) return f;
        if (dir === '/') break;
      }
    }
    const err = new Error("Cannot find module '" + request + "'");
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }

  function Module(filename) {
    this.id = filename;
    this.filename = filename;
    this.path = dirname(filename);
    this.exports = {};
    this.loaded = false;
    this.children = [];
  }

  function makeRequire(mod) {
    const require = (request) => {
      if (typeof request !== 'string' || request === '') throw new TypeError('The "id" argument must be a non-empty string');
      const b = builtinName(request);
      if (b) return builtins[b]();
      return loadModule(resolveFilename(request, mod.path), mod);
    };
    require.resolve = (request) => builtinName(request) ? request : resolveFilename(request, mod.path);
    require.cache = cache;
    return require;
  }

  function loadModule(filename, parent) {
    const cached = cache[filename];
    if (cached) return cached.exports;
    const mod = new Module(filename);
    mod.parent = parent;
    if (parent) parent.children.push(mod);
    cache[filename] = mod;
    let ok = false;
    try {
      if (filename.endsWith('.node')) {
        mod.exports = loadNative(filename, mod.exports);
      } else if (filename.endsWith('.json')) {
        mod.exports = JSON.parse(host.readFile(filename));
      } else {
        let src = host.readFile(filename);
        if (src.startsWith('#!')) src = '//' + src.slice(2);
        const fn = compile('(function (exports, require, module, __filename, __dirname) { ' + src + '\n})', filename);
        fn.call(mod.exports, mod.exports, makeRequire(mod), mod, filename, mod.path);
      }
      ok = true;
    } finally {
      if (!ok) delete cache[filename];
    }
    mod.loaded = true;
    return mod.exports;
  }


  return {
    runMain(filename) {
      const mod = new Module(filename);
      mod.id = '.';
      cache[filename] = mod;
      const src0 = host.readFile(filename);
      const src = src0.startsWith('#!') ? '//' + src0.slice(2) : src0;
      if (filename.endsWith('.node')) { mod.exports = loadNative(filename, mod.exports); return; }
      const fn = compile('(function (exports, require, module, __filename, __dirname) { ' + src + '\n})', filename);
      process.mainModule = mod;
      try {
        fn.call(mod.exports, mod.exports, makeRequire(mod), mod, filename, mod.path);
      } catch (e) {
        uncaught(e);
      }
      mod.loaded = true;
      afterCallback();
    },
    require(path) { const b = builtinName(path); return b ? builtins[b]() : loadModule(resolveFilename(path, info.cwd), null); },
    runTimer,
    runImmediate,
    invoke,
    fatalException,
    emitExit(code) { emit('exit', code); },
    exitCode() { return process.exitCode | 0; },
    formatError,
  };
})
