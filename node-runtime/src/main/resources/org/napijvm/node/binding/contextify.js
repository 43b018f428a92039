// internalBinding('contextify') (node_contextify.cc): CommonJS compilation, vm.Script, vm.compileFunction (Java
// compiles: ContextifyBinding) and new contexts. A new context is a GraalJS child realm (own global, own builtins);
// the object it was made from (the sandbox) is copied onto that global before each script runs in it and the
// globals the script leaves are copied back after, so the sandbox sees what the code defined (V8 intercepts each
// global access instead; code run later through a function kept from the context sees the realm's global).
(function (binding, java, kit) {
  'use strict';
  const { contextify_context_private_symbol: kContext } = kit.privateSymbols;
  const { vm_context_no_contextify } = kit.perIsolateSymbols;
  const newRealm = java.rawFunction('newRealm');
  const runInRealm = java.rawFunction('runInRealm');
  const { getOwnPropertyDescriptor, defineProperty } = Object;
  const ownKeys = Reflect.ownKeys;

  binding.makeContext = (contextObject, name, origin, strings, wasm, microtaskQueue, hostDefinedOptionId) => {
    const global = newRealm();
    const state = { __proto__: null, global, builtins: new Set(ownKeys(global)), name, sandbox: global };
    if (contextObject === vm_context_no_contextify) {
      defineProperty(global, kContext, { value: state, configurable: true });
      return global;
    }
    state.sandbox = contextObject;
    defineProperty(contextObject, kContext, { value: state, configurable: true });
    if (hostDefinedOptionId !== undefined) defineProperty(global, kit.privateSymbols.host_defined_option_symbol, { value: hostDefinedOptionId });
    return contextObject;
  };

  function runInContextObject(contextified, code, filename) {
    const state = contextified[kContext];
    if (state === undefined) {
      const e = new TypeError('The "contextifiedObject" argument must be an vm.Context');
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    const { global, sandbox, builtins } = state;
    if (sandbox === global) return runInRealm(global, code, filename);
    for (const key of ownKeys(sandbox)) {
      if (typeof key !== 'string') continue;
      const d = getOwnPropertyDescriptor(sandbox, key);
      const g = getOwnPropertyDescriptor(global, key);
      if (g !== undefined && !g.configurable) {
        if ('value' in d && g.writable) global[key] = d.value;
        continue;
      }
      defineProperty(global, key, { ...d, configurable: true });
    }
    try {
      return runInRealm(global, code, filename);
    } finally {
      for (const key of ownKeys(global)) {
        if (typeof key !== 'string' || (builtins.has(key) && !(key in sandbox))) continue;
        const d = getOwnPropertyDescriptor(global, key);
        if (!('value' in d)) continue;
        const s = getOwnPropertyDescriptor(sandbox, key);
        if (s === undefined || ('value' in s && s.value !== d.value)) {
          try { sandbox[key] = d.value; } catch { /* a read-only sandbox property stays */ }
        }
      }
      for (const key of ownKeys(sandbox)) {
        if (typeof key === 'string' && getOwnPropertyDescriptor(global, key) === undefined) delete sandbox[key];
      }
    }
  }
  const pad = (code, lineOffset, columnOffset) => '\n'.repeat(Math.max(0, lineOffset | 0)) + ' '.repeat(Math.max(0, columnOffset | 0)) + code;
  binding.compileFunctionForCJSLoader = (content, filename, isSeaMain, shouldDetectModule) => {
    const r = java.compileCjs(`${content}`, `${filename}`, !!shouldDetectModule);
    if (r.length > 4) {
      // a syntax error, with what node prints above its stack (contextify's AppendExceptionLine, MODULE_ERROR)
      if (r[5] !== null) r[4][kit.privateSymbols.arrow_message_private_symbol] = r[5];
      throw r[4];
    }
    const fn = r[0], canParseAsESM = r[1], sourceMapURL = r[2], sourceURL = r[3];
    return { __proto__: null, cachedDataRejected: false, sourceMapURL: sourceMapURL ?? undefined,
      sourceURL: sourceURL ?? undefined, function: fn ?? undefined, canParseAsESM };
  };
  binding.containsModuleSyntax = (code, filename) => java.containsModuleSyntax(`${code}`, `${filename}`);
  const kCompiled = Symbol('compiled');
  const kSource = Symbol('source');
  binding.ContextifyScript = class ContextifyScript {
    constructor(code, filename = 'evalmachine.<anonymous>', lineOffset = 0, columnOffset = 0, cachedData, produceCachedData,
      parsingContext, hostDefinedOptionId) {
      if (hostDefinedOptionId !== undefined) this[kit.privateSymbols.host_defined_option_symbol] = hostDefinedOptionId;
      this[kCompiled] = java.parseScript(`${code}`, `${filename}`, lineOffset | 0, columnOffset | 0);
      this[kSource] = { code: pad(`${code}`, lineOffset, columnOffset), filename: `${filename}` };
      if (typeof hostDefinedOptionId === 'symbol' && kit.scriptReferrerIds) kit.scriptReferrerIds.set(`${filename}`, hostDefinedOptionId);
      this.sourceMapURL = java.sourceMapURL(`${code}`) ?? undefined;
      if (cachedData !== undefined) this.cachedDataRejected = true; // there is no V8 code cache to accept
      if (produceCachedData) this.cachedDataProduced = false;
    }
    runInContext(contextifiedObject, timeout, displayErrors, breakOnSigint, breakOnFirstLine) {
      if (contextifiedObject !== null && contextifiedObject !== undefined) {
        return runInContextObject(contextifiedObject, this[kSource].code, this[kSource].filename);
      }
      return this[kCompiled]();
    }
    createCachedData() {
      return Buffer.alloc(0);
    }
  };
  binding.compileFunction = (code, filename, lineOffset, columnOffset, cachedData, produceCachedData, parsingContext,
    contextExtensions, params, hostDefinedOptionId) => {
    const exts = contextExtensions || [];
    let fn;
    if (exts.length > 0) {
      const scope = Object.assign({ __proto__: null }, ...exts);
      fn = java.compileFunctionWithExtensions(`${code}`, `${filename}`, (params || []).join(', '), lineOffset | 0, columnOffset | 0)(scope);
    } else {
      fn = java.compileFunction(`${code}`, `${filename}`, (params || []).join(', '), lineOffset | 0, columnOffset | 0);
    }
    if (hostDefinedOptionId !== undefined) fn[kit.privateSymbols.host_defined_option_symbol] = hostDefinedOptionId;
    return { __proto__: null, function: fn, sourceMapURL: java.sourceMapURL(`${code}`) ?? undefined,
      cachedDataRejected: cachedData !== undefined ? true : undefined };
  };
  binding.startSigintWatchdog = () => {};
  binding.stopSigintWatchdog = () => false;
  binding.watchdogHasPendingSigint = () => false;
})
