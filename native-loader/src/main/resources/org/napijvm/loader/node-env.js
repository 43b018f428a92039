// napi-jvm: the Node-like environment a script runs in: CommonJS require (relative/absolute JS, JSON and .node
// files, node_modules lookup), module/exports/__filename/__dirname, a `process` object, global.gc() and
// setImmediate (the host runs `tick` after the main script until nothing is left: one immediate per call, so that
// microtasks run between them as in Node, with the Node-API finalizers of collected objects run at each turn).
// `host` holds Java functions (NapiJvm.java); `info` is a JSON string with argv, env, cwd, execPath, versions.
// `builtinSource(path)` reads a file of the npm packages bundled into the jar (builtin/node_modules/, copied there by
// the build); `registerBuffer(load)` tells Node-API where Buffer comes from (napi_create_buffer & co.).
(function (stat, readFile, loadNative, exit, gc, write, nanoTime, infoJson, drainFinalizers, builtinSource, registerBuffer) {
  'use strict';
  const host = { stat, readFile, exit, gc, write, nanoTime, drainFinalizers, builtinSource };
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
    nextTick: (fn, ...args) => queueMicrotask(() => fn(...args)),
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

  // ---- setImmediate: a FIFO run by tick() ----
  const immediates = [];
  let immediateHead = 0;
  class Immediate {
    constructor(fn, args) { this._fn = fn; this._args = args; }
    ref() { return this; }
    unref() { return this; }
    hasRef() { return true; }
  }
  g.setImmediate = function setImmediate(fn, ...args) {
    if (typeof fn !== 'function') {
      const e = new TypeError('The "callback" argument must be of type function. Received ' + (fn === null ? 'null' : typeof fn));
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    const t = new Immediate(fn, args);
    immediates.push(t);
    return t;
  };
  g.clearImmediate = function clearImmediate(t) { if (t instanceof Immediate) t._fn = null; };
  function tick() {
    const finalized = host.drainFinalizers(0);
    while (immediateHead < immediates.length) {
      const t = immediates[immediateHead];
      immediates[immediateHead++] = undefined;
      if (immediateHead > 1024 && immediateHead * 2 > immediates.length) { immediates.splice(0, immediateHead); immediateHead = 0; }
      if (t._fn === null) continue;
      const fn = t._fn;
      t._fn = null;
      fn(...t._args);
      return true;
    }
    return finalized || host.drainFinalizers(1);
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
      fn.call(mod.exports, mod.exports, makeRequire(mod), mod, filename, mod.path);
      mod.loaded = true;
    },
    require(path) { const b = builtinName(path); return b ? builtins[b]() : loadModule(resolveFilename(path, info.cwd), null); },
    tick,
    emitExit(code) { emit('exit', code); },
    exitCode() { return process.exitCode | 0; },
    formatError(e) {
      try {
        if (e instanceof Error || (e && typeof e.stack === 'string')) return String(e.stack || e);
        return 'Uncaught ' + (typeof e === 'string' ? JSON.stringify(e) : String(e));
      } catch (_) { return 'Uncaught exception'; }
    },
  };
})
