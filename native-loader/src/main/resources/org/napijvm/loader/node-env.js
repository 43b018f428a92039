// napi-jvm: the Node-like environment a script runs in: CommonJS require (relative/absolute JS, JSON and .node
// files, node_modules lookup), module/exports/__filename/__dirname, a `process` object, global.gc() and
// timers, setImmediate and process.nextTick over the runtime's libuv loop (EventLoop.java runs it after the main
// script, calling runTimer / runImmediate / invoke one callback per host call, so that microtasks run after each).
// `host` holds Java functions (NapiJvm.java); `info` is a JSON string with argv, env, cwd, execPath, versions.
// `builtinSource(path)` reads a file of the npm packages bundled into the jar (builtin/node_modules/, copied there by
// the build); `registerBuffer(load)` tells Node-API where Buffer comes from (napi_create_buffer & co.).
(function (stat, readFile, loadNative, exit, gc, write, nanoTime, infoJson, loop, builtinSource, registerBuffer) {
  'use strict';
  const host = { stat, readFile, exit, gc, write, nanoTime, loop, builtinSource };
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
    emitWarning: (w) => console.error('(napi-jvm) Warning: ' + (w && w.message || w)),
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
  function emit(name, ...args) { for (const fn of listeners[name] || []) fn(...args); }
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
  // buffer@6.0.3 (feross/buffer: Buffer as a Uint8Array subclass) needs base64-js and ieee754.
  const bundled = { 'buffer': 'buffer/index.js', 'base64-js': 'base64-js/index.js', 'ieee754': 'ieee754/index.js' };
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
  const builtins = Object.assign(Object.create(null), {
    buffer: () => requireBundled('buffer'),
  });
  const builtinName = (request) => {
    const name = request.startsWith('node:') ? request.slice(5) : request;
    return builtins[name] ? name : null;
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
