// internalBinding('util') (node_util.cc), the parts JS can do exactly; engine internals are UtilBinding.java's.
(function (binding, java, kit) {
  'use strict';
  const { ONLY_WRITABLE, ONLY_ENUMERABLE, ONLY_CONFIGURABLE, SKIP_STRINGS, SKIP_SYMBOLS } = binding.constants;
  const isIndex = (k) => typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k) && +k < 4294967295;

  binding.getOwnNonIndexProperties = (obj, filter) => {
    const out = [];
    for (const key of Reflect.ownKeys(obj)) {
      if (isIndex(key)) continue;
      if (typeof key === 'symbol' ? filter & SKIP_SYMBOLS : filter & SKIP_STRINGS) continue;
      if (filter & (ONLY_WRITABLE | ONLY_ENUMERABLE | ONLY_CONFIGURABLE)) {
        const d = Reflect.getOwnPropertyDescriptor(obj, key);
        if (d === undefined) continue;
        if ((filter & ONLY_ENUMERABLE) && !d.enumerable) continue;
        if ((filter & ONLY_CONFIGURABLE) && !d.configurable) continue;
        if ((filter & ONLY_WRITABLE) && !('value' in d && d.writable)) continue;
      }
      out.push(key);
    }
    return out;
  };

  // DefineLazyProperties: getters that load `id` on first access and replace themselves with the value
  binding.defineLazyProperties = (target, id, keys, enumerable = true) => {
    for (const key of keys) {
      let value, loaded = false;
      const get = { [key]() {
        if (!loaded) { value = kit.loaders.require(id)[key]; loaded = true; }
        return value;
      } }[key];
      const set = { [key](v) {
        Object.defineProperty(this, key, { __proto__: null, value: v, writable: true, configurable: true, enumerable });
      } }[key];
      Object.defineProperty(target, key, { __proto__: null, get, set, configurable: true, enumerable });
    }
  };

  // structured call sites of the current stack (V8's StackTrace::CurrentStackTrace) from the JS frame that called
  // the binding, skipping `skip` frames; napi-jvm's own frames (this file) are left out, as node's C++ frames are
  function callSites(skip, limit) {
    const prepare = Error.prepareStackTrace, stackLimit = Error.stackTraceLimit;
    Error.prepareStackTrace = (_, cs) => cs;
    Error.stackTraceLimit = limit + skip + 8;
    const holder = {};
    Error.captureStackTrace(holder);
    const cs = holder.stack;
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = stackLimit;
    if (!Array.isArray(cs)) return [];
    return cs.filter((c) => !`${c.getFileName()}`.startsWith('napi-jvm:')).slice(skip, skip + limit);
  }
  // frame 0 is node:util's getCallSites
  binding.getCallSites = (frameCount) => callSites(1, frameCount).map((c) => ({
    __proto__: null,
    functionName: c.getFunctionName() || '',
    scriptId: `${c.getScriptId ? c.getScriptId() : 0}`,
    scriptName: c.getFileName() || '',
    lineNumber: c.getLineNumber(),
    column: c.getColumnNumber(),
    columnNumber: c.getColumnNumber(),
  }));
  // frame 0 calls getCallerLocation, frame 1 is its caller
  binding.getCallerLocation = () => {
    const c = callSites(1, 1)[0];
    return c === undefined || !c.getFileName() ? undefined : [c.getLineNumber(), c.getColumnNumber(), c.getFileName()];
  };
  // whether the first frame (of frameLimit) outside Node's own library is inside node_modules
  binding.isInsideNodeModules = (frameLimit = 10, defaultValue = false) => {
    for (const c of callSites(0, typeof frameLimit === 'number' ? frameLimit : 10)) {
      const file = c.getFileName();
      if (!file || file.startsWith('node:')) continue;
      return /[\\/]node_modules[\\/]/.test(file);
    }
    return false;
  };
  binding.arrayBufferViewHasBuffer = () => true;
  binding.constructSharedArrayBuffer = (length) => new SharedArrayBuffer(length);

  // node's Dotenv::ParseContent (org.napijvm.node.Dotenv, shared with --env-file)
  binding.parseEnv = (content) => {
    const pairs = java.parseEnvPairs(`${content}`);
    const out = { __proto__: null }; // Dotenv::ToObject: a dictionary without a prototype
    for (let i = 0; i < pairs.length; i += 2) out[pairs[i]] = pairs[i + 1];
    return out;
  };
})
