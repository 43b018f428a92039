// napi-jvm: what node.cc, node_realm.cc and the BuiltinLoader do in C++ before Node's own JavaScript runs: the
// `process` object, internalBinding() over napi-jvm's bindings, then Node's own bootstrap scripts
// (per_context/*, internal/bootstrap/realm, internal/bootstrap/node, ...) and the main script Node would choose.
// `host` is the env's Java side (NodeEnv.Host). Returns the functions NodeEnv calls to spin the loop and exit.
(function bootstrap(host) {
  'use strict';
  const trace = host.startupTrace(); // NAPI_JVM_STARTUP_TRACE, else null
  const factsT0 = trace && trace.now();
  const facts = JSON.parse(host.facts());
  // the bindings' shapes, each parsed when first asked for (bindings/<name>.json)
  const bindingNames = facts.bindings;
  facts.bindings = { __proto__: null };
  for (const name of bindingNames) {
    Object.defineProperty(facts.bindings, name, {
      enumerable: true, configurable: true,
      get() {
        const shape = JSON.parse(host.bindingShape(name));
        Object.defineProperty(facts.bindings, name, { value: shape, enumerable: true, configurable: true, writable: true });
        return shape;
      },
    });
  }
  if (trace !== null) trace.ran('[napi-jvm] node-facts.json', trace.now() - factsT0, trace.now() - factsT0);
  // napi_run_script is V8's Script::Compile + Run: ContextifyBinding.runScript
  host.binding('contextify').rawFunction('registerScriptRunner')();
  const { ObjectKeys, ObjectCreate, ObjectDefineProperty, SymbolCtor, ReflectApply } = {
    ObjectKeys: Object.keys, ObjectCreate: Object.create, ObjectDefineProperty: Object.defineProperty,
    SymbolCtor: Symbol, ReflectApply: Reflect.apply,
  };

  // ---- Symbol.dispose / Symbol.asyncDispose: V8 has them, GraalJS 25.0.3 not (no explicit resource management);
  // Node's primordials copy them and the library names methods after them ----
  for (const name of ['dispose', 'asyncDispose']) {
    if (typeof Symbol[name] !== 'symbol') {
      ObjectDefineProperty(Symbol, name, { value: SymbolCtor(`Symbol.${name}`), writable: false, enumerable: false, configurable: false });
    }
  }

  // ---- symbols: per-isolate ones (binding 'symbols') are ordinary; private ones (util.privateSymbols) are the
  // engine's private symbols: never listed by Reflect.ownKeys, never seen by proxies, as V8's ----
  const perIsolateSymbols = { __proto__: null };
  for (const [key, s] of Object.entries(facts.bindings.symbols)) perIsolateSymbols[key] = SymbolCtor(s.description);
  const privateSymbols = { __proto__: null };
  for (const [key, s] of Object.entries(facts.bindings.util.privateSymbols.keys)) {
    privateSymbols[key] = host.privateSymbol(s.description);
  }
  const symbolsByDescription = new Map();
  for (const [key, s] of Object.entries(facts.bindings.symbols)) symbolsByDescription.set(s.description, perIsolateSymbols[key]);

  // ---- compiling built-ins: the parameters of BuiltinLoader::LookupAndCompile ----
  function paramsOf(id) {
    if (id.startsWith('internal/per_context/')) return 'exports, primordials, privateSymbols, perIsolateSymbols';
    if (id === 'internal/bootstrap/realm') return 'process, getLinkedBinding, getInternalBinding, primordials';
    if (id.startsWith('internal/main/') || id.startsWith('internal/bootstrap/')) return 'process, require, internalBinding, primordials';
    return 'exports, require, module, process, internalBinding, primordials';
  }
  // NAPI_JVM_STARTUP_TRACE (StartupTrace.java): per built-in, the compile time and the self time of its top level
  const traceStack = [];
  function traced(id, fn) {
    return function () {
      const t0 = trace.now();
      traceStack.push(0);
      try {
        return ReflectApply(fn, this, arguments);
      } finally {
        const total = trace.now() - t0;
        const children = traceStack.pop();
        if (traceStack.length > 0) traceStack[traceStack.length - 1] += total;
        trace.ran(id, total - children, total);
      }
    };
  }
  function compileBuiltin(id) {
    if (trace === null) return host.compileBuiltin(id, paramsOf(id));
    const t0 = trace.now();
    const fn = host.compileBuiltin(id, paramsOf(id));
    trace.compiled(id, trace.now() - t0);
    return traced(id, fn);
  }

  // ---- internalBinding(name): Node's shape of the binding, filled from napi-jvm's Java and JS halves ----
  // -Dnapi.recordBindings / NAPI_JVM_RECORD_BINDINGS (docs/bindings.md): the stubs and Java functions made are
  // remembered, and each binding's functions wrapped once assembled (binding-calls.js); off, both stay null
  const calls = host.bindingCalls();
  const made = calls !== null ? { stubs: new Set(), java: new Set() } : null;
  const recordBinding = calls !== null ? host.bindingCallsScript()(calls, made) : null;
  function notImplemented(binding, name) {
    const fn = function () {
      const e = new Error(`napi-jvm: internalBinding('${binding}').${name} is not implemented yet`);
      e.code = 'ERR_NAPI_JVM_NOT_IMPLEMENTED';
      throw e;
    };
    ObjectDefineProperty(fn, 'name', { value: name });
    if (made !== null) made.stubs.add(fn);
    return fn;
  }
  function stubClass(binding, name, shape) {
    const fail = notImplemented(binding, name);
    const C = { [name]: function () { return fail(); } }[name];
    for (const m of shape.methods || []) C.prototype[m] = notImplemented(binding, `${name}.prototype.${m}`);
    for (const s of shape.statics || []) C[s] = notImplemented(binding, `${name}.${s}`);
    if (made !== null) made.stubs.add(C);
    return C;
  }
  function fromShape(binding, key, s, java, implemented) {
    switch (s.kind) {
      case 'value': return s.value;
      case 'number': return Number(s.value);
      case 'undefined': return undefined;
      case 'bigint': return BigInt(s.value);
      case 'symbol': return symbolsByDescription.get(s.description) || SymbolCtor(s.description);
      case 'typedarray': return new globalThis[s.type](s.length);
      case 'map': return new Map();
      case 'set': return new Set();
      case 'function': return implemented.has(key) ? javaFunction(java, key) : notImplemented(binding, key);
      case 'class': return implemented.has(key) ? javaFunction(java, key) : stubClass(binding, key, s);
      case 'object': {
        const o = s.array ? [] : {};
        for (const k of ObjectKeys(s.keys || {})) o[k] = fromShape(binding, `${key}.${k}`, s.keys[k], java, implemented);
        return o;
      }
      default: return undefined;
    }
  }
  // a Java binding function: an exported method (polyglot values), or a raw one (engine values, see Binding.java)
  // (the arguments go as one array: a lone array-like argument would otherwise be spread into the varargs)
  const javaFunction = (java, key) => {
    const method = java[key];
    const fn = typeof method !== 'function' ? java.rawFunction(key) : { [key]: function (...args) { return method(args); } }[key];
    if (made !== null) made.java.add(fn);
    return fn;
  };
  const bindings = { __proto__: null };
  const kit = { host, facts, perIsolateSymbols, privateSymbols, notImplemented, paramsOf, compileBuiltin, getInternalBinding: null, process: null, loaders: null };
  // Node's env handle_wrap_queue / req_wrap_queue: the open handle wraps, and the pending requests (object -> its
  // MemoryInfoName); process._getActiveHandles/_getActiveRequests/getActiveResourcesInfo list them
  kit.liveHandles = new Set();
  kit.liveReqs = new Map();
  function getInternalBinding(name) {
    let b = bindings[name];
    if (b !== undefined) return b;
    const shape = facts.bindings[name];
    if (shape === undefined || shape.missing) throw new Error(`No such binding: ${name}`);
    if (trace !== null) return traced(`[binding] ${name}`, assembleBinding)(name, shape);
    return assembleBinding(name, shape);
  }
  function assembleBinding(name, shape) {
    const java = host.binding(name);
    const implemented = new Set(java ? Array.from(java.functionNames()) : []);
    const b = {};
    for (const key of ObjectKeys(shape)) {
      if (name === 'util' && key === 'privateSymbols') b[key] = privateSymbols;
      else if (name === 'symbols') b[key] = perIsolateSymbols[key];
      else b[key] = fromShape(name, key, shape[key], java, implemented);
    }
    bindings[name] = b;
    const own = host.bindingScript(name);
    if (own) own(b, java, kit);
    if (java) java.attached(b);
    if (recordBinding !== null) recordBinding(name, shape, b);
    return b;
  }
  kit.getInternalBinding = getInternalBinding;
  // what node's C++ throws for a failed libuv call (api/exceptions.cc UVException), made by Node's own class
  kit.uvException = (errno, syscall, path, dest) => {
    // api/exceptions.cc UVException: "<code>: <message>, <syscall> '<path>' -> '<dest>'", then errno, code, syscall,
    // path, dest in that order
    const uv = getInternalBinding('uv');
    const code = uv.errname(errno);
    let msg = `${code}: ${host.uvStrerror(errno)}, ${syscall}`;
    if (path !== undefined) msg += ` '${path}'`;
    if (dest !== undefined) msg += ` -> '${dest}'`;
    const e = new Error(msg);
    e.errno = errno;
    e.code = code;
    e.syscall = syscall;
    if (path !== undefined) e.path = path;
    if (dest !== undefined) e.dest = dest;
    return e;
  };

  // permission/permission.cc CreateAccessDeniedError: an Error with code, permission and resource, in that order
  const permissionFlags = { FileSystemRead: '--allow-fs-read', FileSystemWrite: '--allow-fs-write',
    ChildProcess: '--allow-child-process', WorkerThreads: '--allow-worker', Net: '--allow-net' };
  // a denied file system check is published on node's diagnostics channel (permission.cc)
  let fsChannel;
  kit.publishDenied = (permission, resource) => {
    fsChannel ??= kit.loaders.require('diagnostics_channel').channel('node:permission-model:fs');
    if (fsChannel.hasSubscribers) fsChannel.publish({ permission, resource });
  };
  kit.accessDenied = (permission, resource, message) => {
    const e = new Error(message ?? `Access to this API has been restricted. Use ${permissionFlags[permission]} to manage permissions.`);
    e.code = 'ERR_ACCESS_DENIED';
    e.permission = permission;
    e.resource = resource;
    return e;
  };

  // a child process's cwd: an embedded env's own cwd (libuv's default, and its base for a relative one, would be
  // the process's)
  kit.spawnCwd = (cwd) => {
    const own = host.ownCwd();
    if (typeof cwd !== 'string' || cwd.length === 0) return own;
    return own !== null && cwd[0] !== '/' ? `${own}/${cwd}` : cwd;
  };

  function getLinkedBinding(name) {
    throw new Error(`No such binding: ${name}`);
  }

  // process.env (node_env_var.cc): the process's real environment (setenv/getenv, so addons and children see it);
  // values are strings, assignment coerces, keys enumerate in environ order
  function processEnv() {
    const target = ObjectCreate(null);
    const env = host.env();
    return new Proxy(target, {
      get: (t, key) => (typeof key === 'string' ? env.get(key) ?? undefined : undefined),
      set: (t, key, value) => {
        if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
        env.set(key, `${value}`);
        return true;
      },
      has: (t, key) => typeof key === 'string' && env.get(key) != null,
      deleteProperty: (t, key) => { if (typeof key === 'string') env.unset(key); return true; },
      ownKeys: () => Array.from(env.keys()),
      getOwnPropertyDescriptor: (t, key) => {
        if (typeof key !== 'string') return undefined;
        const v = env.get(key);
        return v == null ? undefined : { value: v, writable: true, enumerable: true, configurable: true };
      },
      defineProperty: (t, key, d) => {
        if ('get' in d || 'set' in d || d.configurable === false || d.writable === false || d.enumerable === false) {
          const e = new TypeError("'process.env' only accepts a configurable, writable, and enumerable data descriptor");
          e.code = 'ERR_INVALID_OBJECT_DEFINE_PROPERTY';
          throw e;
        }
        env.set(key, `${d.value}`);
        return true;
      },
    });
  }

  // ---- the process object (node_process_object.cc): what C++ puts there before the bootstrap scripts run ----
  const processCtor = function process() {};
  const process = ObjectCreate(processCtor.prototype);
  kit.process = process;
  const info = JSON.parse(host.processInfo());
  process.version = 'v' + facts.process.versions.node;
  process.versions = { ...facts.process.versions, napi_jvm: info.napiJvmVersion };
  // node built without OpenSSL has no versions.openssl (Node's tests read it as hasCrypto, lib/internal/util as
  // whether require('crypto') works): kept while napi-jvm has a crypto binding
  if (!host.binding('crypto')) delete process.versions.openssl;
  // no SQLite inside (internalBinding('sqlite'/'webstorage') are not there): a node built without it does not list
  // it, and code that asks (Node's own test/common: hasSQLite) sees so
  delete process.versions.sqlite;
  process.arch = 'x64';
  process.platform = 'linux';
  process.release = { ...facts.process.release };
  // sourceUrl and headersUrl stay: node-gyp fetches 25.8.1's headers from there, the ones napi-jvm implements
  host.reportFacts(process.version, process.versions, process.release);
  process._rawDebug = (...args) => host.rawDebug(args.join(' '));
  process.env = processEnv();
  process.argv = info.argv;
  process.execArgv = info.execArgv;
  process[privateSymbols.exit_info_private_symbol] = new Int32Array(3); // kExiting, kExitCode, kHasExitCode

  if (info.exposeGc) {
    ObjectDefineProperty(globalThis, 'gc', { value: function gc() { host.gc(); }, writable: true, configurable: true, enumerable: false });
  }
  if (info.nativesSyntax) {
    // --allow-natives-syntax: V8's optimization hints tests call; GraalJS's own compiler decides, so they do nothing
    for (const name of ['PrepareFunctionForOptimization', 'OptimizeFunctionOnNextCall', 'NeverOptimizeFunction',
      'DeoptimizeFunction', 'OptimizeOsr']) {
      ObjectDefineProperty(globalThis, `%${name}`, { value: function() {}, writable: true, configurable: true, enumerable: false });
    }
  }

  // ---- Node's bootstrap, as node_realm.cc / node.cc run it ----
  const primordials = { __proto__: null };
  const perContextExports = { __proto__: null };
  for (const id of ['internal/per_context/primordials', 'internal/per_context/domexception', 'internal/per_context/messageport']) {
    compileBuiltin(id)(perContextExports, primordials, privateSymbols, perIsolateSymbols);
  }
  kit.primordials = primordials;
  kit.perContextExports = perContextExports;
  const loaderExports = compileBuiltin('internal/bootstrap/realm')(process, getLinkedBinding, getInternalBinding, primordials);
  const { internalBinding, require } = kit.loaders; // handed over by realm.js through builtins.setInternalLoaders
  // an embedder's allowlist of built-ins (NodeEnv.Builder.builtins): Node's own realm restriction (a ShadowRealm's),
  // so a module left out is as absent as in a node built without it; what pre-execution enables later (sqlite,
  // --expose-internals) is let through only if listed or internal
  if (info.builtins !== null) {
    const { BuiltinModule } = require('internal/bootstrap/realm');
    const allowed = new Set(info.builtins);
    BuiltinModule.setRealmAllowRequireByUsers(info.builtins);
    const allow = BuiltinModule.allowRequireByUsers;
    BuiltinModule.allowRequireByUsers = (id) => {
      if (allowed.has(id) || id.startsWith('internal/')) allow.call(BuiltinModule, id);
    };
    // module.builtinModules: node adds the node:-only modules unconditionally
    const all = BuiltinModule.getAllBuiltinModuleIds;
    BuiltinModule.getAllBuiltinModuleIds = () => all.call(BuiltinModule)
      .filter((id) => BuiltinModule.canBeRequiredByUsers(id.startsWith('node:') ? id.slice(5) : id));
  }
  const run = (id) => compileBuiltin(id)(process, require, internalBinding, primordials);
  run('internal/bootstrap/node');
  if (info.builtins !== null) {
    // process.binding would reach the bindings behind the modules left out: refused as under --permission
    const { ERR_ACCESS_DENIED } = require('internal/errors').codes;
    process.binding = function binding(_module) { throw new ERR_ACCESS_DENIED('process.binding'); };
  }
  if (!info.noBrowserGlobals) {
    run('internal/bootstrap/web/exposed-wildcard');
    run('internal/bootstrap/web/exposed-window-or-worker');
  }
  run(info.isMainThread ? 'internal/bootstrap/switches/is_main_thread' : 'internal/bootstrap/switches/is_not_main_thread');
  run(info.ownsProcessState ? 'internal/bootstrap/switches/does_own_process_state' : 'internal/bootstrap/switches/does_not_own_process_state');

  // ---- what NodeEnv calls afterwards (node's SpinEventLoop, EmitProcessBeforeExit, EmitProcessExit) ----
  const exitInfo = process[privateSymbols.exit_info_private_symbol];
  const taskQueue = getInternalBinding('task_queue');
  const tickInfo = taskQueue.tickInfo; // kHasTickScheduled, kHasRejectionToWarn
  const { exitCodes } = getInternalBinding('errors');

  // node_errors.cc TriggerUncaughtException: process._fatalException decides; false means the process dies
  function triggerUncaughtException(error, fromPromise) {
    const handler = process._fatalException;
    if (typeof handler !== 'function') {
      reportFatalException(error);
      host.exit(exitCodes.kExceptionInFatalExceptionHandler);
    }
    let handled;
    try {
      handled = handler(error, fromPromise);
    } catch (e) {
      if (host.isExit(e)) throw e; // process.exit() in the handler (a worker's always calls it)
      reportFatalException(e);
      host.exit(exitCodes.kExceptionInFatalExceptionHandler);
    }
    if (handled !== false) return;
    reportFatalException(error);
    host.exit(exitInfo[2] ? exitInfo[1] : exitCodes.kGenericUserError);
  }
  kit.triggerUncaughtException = triggerUncaughtException;

  // node_errors.cc ReportFatalException: the stack (enhanced as Node's errors binding asks), then Node's version
  function reportFatalException(error) {
    let out, reportText;
    if (error !== null && (typeof error === 'object' || typeof error === 'function')) {
      let trace;
      try {
        const { beforeInspector, afterInspector } = kit.enhanceStack || {};
        trace = beforeInspector ? beforeInspector(error) : error.stack;
        if (afterInspector) trace = afterInspector(error);
      } catch {
        trace = error.stack;
      }
      const arrow = error[privateSymbols.arrow_message_private_symbol];
      const decorated = error[privateSymbols.decorated_private_symbol] === true;
      try {
        reportText = typeof error.stack === 'string' ? (typeof arrow === 'string' && !decorated ? arrow + '\n' : '') + error.stack : undefined;
      } catch {
        reportText = undefined;
      }
      if (trace !== undefined && `${trace}`.length > 0) {
        out = (typeof arrow === 'string' && !decorated ? arrow + '\n' : '') + trace + '\n';
      } else {
        const { message, name } = error;
        out = message === undefined || name === undefined ? `${safeToString(error)}\n` : `${name}: ${message}\n`;
        out += `(Use \`${host.execName()} --trace-uncaught ...\` to show where the exception was thrown)\n`;
      }
    } else {
      out = `${safeToString(error)}\n(Use \`${host.execName()} --trace-uncaught ...\` to show where the exception was thrown)\n`;
    }
    host.writeStderr(out);
    try {
      // an error's stack under its arrow (node's report reads the decorated stack), a primitive as its string
      getInternalBinding('report');
      kit.writeUncaughtReport(error, reportText);
    } catch {
      // as node: a report that cannot be made does not stop the process from reporting the exception
    }
    host.writeStderr(`\nNode.js ${process.version}\n`);
  }
  function safeToString(v) {
    try { return `${v}`; } catch { return '<toString() threw exception>'; }
  }

  // node's InternalCallbackScope::Close: ticks (and microtasks through them), or a microtask checkpoint
  function afterCallback() {
    for (;;) {
      try {
        if (!tickInfo[0] && !tickInfo[1]) taskQueue.runMicrotasks();
        if (!tickInfo[0] && !tickInfo[1]) return;
        host.tickCallback().call(process);
        return;
      } catch (e) {
        triggerUncaughtException(e, false);
      }
    }
  }
  // The call, an exception to the uncaught-exception handler, then the callback scope closes: running the ticks,
  // unless ticksIfThrown is false and it threw (InternalMakeCallback: a failed scope closes without running them)
  function inCallbackScope(ticksIfThrown, fn, recv, args) {
    let r;
    try {
      r = ReflectApply(fn, recv, args);
    } catch (e) {
      if (host.isExit(e)) throw e;
      triggerUncaughtException(e, false);
      if (!ticksIfThrown) return undefined;
    }
    afterCallback();
    return r;
  }
  // MakeCallback as napi-jvm's loop callbacks use it so far (ticks run even after a throw; Node skips them)
  function callbackScope(fn, recv, ...args) {
    return inCallbackScope(true, fn, recv, args);
  }
  function makeCallback(fn, recv, ...args) {
    return inCallbackScope(false, fn, recv, args);
  }
  // env.cc CheckImmediate: processImmediate() again while some are outstanding (one threw). One call from Java, so
  // the microtasks a failed scope left stay queued for the next immediate's runNextTicks, behind its next ticks
  function checkImmediate(processImmediate, immediateInfo) {
    do {
      makeCallback(processImmediate, null);
    } while (immediateInfo[2] !== 0); // kHasOutstanding
  }
  // InternalMakeCallback from native code: the scope closes only when task (which catches) says it did not throw
  function makeCallbackScope(task) {
    if (task() === true) afterCallback();
  }
  // env.cc RunTimers: processTimers(now) again after a timer threw (reported as uncaught), for the remaining due ones
  function runTimers(processTimers, now) {
    let r;
    for (;;) {
      try {
        r = ReflectApply(processTimers, process, [now]);
        break;
      } catch (e) {
        if (host.isExit(e)) throw e;
        triggerUncaughtException(e, false);
      }
    }
    afterCallback();
    return r;
  }
  return {
    callbackScope,
    checkImmediate,
    makeCallbackScope,
    runTimers,
    afterCallback,
    triggerUncaughtException,
    isExiting: () => exitInfo[0] === 1,
    // node.cc StartExecution: the main script runs in a callback scope of async context {1, 0}
    runMain: (id) => {
      const asyncWrap = getInternalBinding('async_wrap');
      asyncWrap.pushAsyncContext(1, 0, {});
      let r;
      try {
        r = run(id);
      } catch (e) {
        // an exit or uncaught exception unwinding: popped if still ours, never the corrupted-stack abort
        if (asyncWrap.async_id_fields[asyncWrap.constants.kExecutionAsyncId] === 1) asyncWrap.popAsyncContext(1);
        throw e;
      }
      asyncWrap.popAsyncContext(1);
      return r;
    },
    loaderExports,
    exitCode: (dflt) => (exitInfo[2] ? exitInfo[1] : dflt), // kHasExitCode ? kExitCode : default
    emitBeforeExit: () => {
      if (exitInfo[0]) return;
      process.emit('beforeExit', exitInfo[2] ? exitInfo[1] : 0);
    },
    emitExit: () => {
      exitInfo[0] = 1;
      process.emit('exit', exitInfo[2] ? exitInfo[1] : 0);
      return exitInfo[2] ? exitInfo[1] : 0;
    },
    require,
    internalBinding,
  };
})
