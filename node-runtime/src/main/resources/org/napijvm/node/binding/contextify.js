// internalBinding('contextify') (node_contextify.cc): CommonJS compilation and vm.Script in this context (Java
// compiles: ContextifyBinding); new contexts (vm.createContext) are not here yet.
(function (binding, java, kit) {
  'use strict';
  binding.compileFunctionForCJSLoader = (content, filename, isSeaMain, shouldDetectModule) => {
    const r = java.compileCjs(`${content}`, `${filename}`, !!shouldDetectModule);
    const fn = r[0], canParseAsESM = r[1], sourceMapURL = r[2], sourceURL = r[3];
    return { __proto__: null, cachedDataRejected: false, sourceMapURL: sourceMapURL ?? undefined,
      sourceURL: sourceURL ?? undefined, function: fn ?? undefined, canParseAsESM };
  };
  binding.containsModuleSyntax = (code, filename) => java.containsModuleSyntax(`${code}`, `${filename}`);
  const kCompiled = Symbol('compiled');
  binding.ContextifyScript = class ContextifyScript {
    constructor(code, filename = 'evalmachine.<anonymous>', lineOffset = 0, columnOffset = 0, cachedData, produceCachedData,
      parsingContext, hostDefinedOptionId) {
      if (hostDefinedOptionId !== undefined) this[kit.privateSymbols.host_defined_option_symbol] = hostDefinedOptionId;
      this[kCompiled] = java.parseScript(`${code}`, `${filename}`, lineOffset | 0, columnOffset | 0);
      this.sourceMapURL = java.sourceMapURL(`${code}`) ?? undefined;
      if (cachedData !== undefined) this.cachedDataRejected = true; // there is no V8 code cache to accept
      if (produceCachedData) this.cachedDataProduced = false;
    }
    runInContext(contextifiedObject, timeout, displayErrors, breakOnSigint, breakOnFirstLine) {
      if (contextifiedObject !== null && contextifiedObject !== undefined) {
        return kit.notImplemented('contextify', 'ContextifyScript.prototype.runInContext (a new context)')();
      }
      return this[kCompiled]();
    }
    createCachedData() {
      return Buffer.alloc(0);
    }
  };
  binding.compileFunction = (code, filename, lineOffset, columnOffset, cachedData, produceCachedData, parsingContext,
    contextExtensions, params, hostDefinedOptionId) => {
    const fn = java.compileFunction(`${code}`, `${filename}`, (params || []).join(', '), lineOffset | 0, columnOffset | 0);
    if (hostDefinedOptionId !== undefined) fn[kit.privateSymbols.host_defined_option_symbol] = hostDefinedOptionId;
    return { __proto__: null, function: fn, sourceMapURL: java.sourceMapURL(`${code}`) ?? undefined,
      cachedDataRejected: cachedData !== undefined ? true : undefined };
  };
  binding.startSigintWatchdog = () => {};
  binding.stopSigintWatchdog = () => false;
  binding.watchdogHasPendingSigint = () => false;
})
