// internalBinding('module_wrap') (module_wrap.cc): ModuleWrap over GraalJS's module records (the Java half,
// ModuleWrapBinding, keeps each wrap's record under a hidden key), the callbacks Node's ESM loader registers, and
// GraalJS's import() / import.meta hooks routed to them as node's ImportModuleDynamically and
// HostInitializeImportMetaObjectCallback do.
(function (binding, java, kit) {
  'use strict';
  const raw = (name) => java.rawFunction(name);
  const jCompile = raw('compile'), jSynthetic = raw('synthetic'), jRequests = raw('requests'), jLink = raw('link');
  const jInstantiate = raw('instantiate'), jEvaluate = raw('evaluate'), jStatus = raw('status'), jError = raw('error');
  const jNamespace = raw('namespace'), jSetExport = raw('setExport'), jIsGraphAsync = raw('isGraphAsync');
  const jPromiseState = raw('promiseState'), jPromiseResult = raw('promiseResult'), jHooks = raw('hooks');
  const { kUninstantiated, kInstantiated, kEvaluationPhase } = binding;
  const { host_defined_option_symbol } = kit.privateSymbols;
  const { source_text_module_default_hdo, vm_dynamic_import_default_internal } = kit.perIsolateSymbols;
  const kLinked = Symbol('linked');
  const kRequests = Symbol('requests'); // [deduplicated requests, index of each of GraalJS's requests among them]
  const kSourceObject = Symbol('moduleSourceObject');
  const errors = () => kit.loaders.require('internal/errors').codes;
  // errors node's C++ makes (node_errors.h): message and code, no Node JS class
  const cxxError = (code, message, Ctor = Error) => {
    const e = new Ctor(message);
    e.code = code;
    return e;
  };
  const noop = () => {};

  class ModuleWrap {
    // new ModuleWrap(url, context, source, lineOffset, columnOffset, cachedData | idSymbol)
    // new ModuleWrap(url, context, exportNames, evaluationSteps)
    constructor(url, context, source, lineOffset, columnOffset, idOrCachedData) {
      if (context !== undefined) {
        kit.notImplemented('module_wrap', 'ModuleWrap in a vm context')();
      }
      this.url = `${url}`;
      if (Array.isArray(source)) {
        jSynthetic(this, this.url, lineOffset, ...source.map((n) => `${n}`));
        this[kLinked] = true;
        return;
      }
      const id = typeof idOrCachedData === 'symbol' ? idOrCachedData : Symbol(this.url);
      this[host_defined_option_symbol] = id;
      const tla = jCompile(this, this.url, `${source}`, lineOffset | 0, columnOffset | 0);
      this.hasTopLevelAwait = tla;
      const code = `${source}`;
      this.sourceMapURL = lastMagic(code, 'sourceMappingURL');
      this.sourceURL = lastMagic(code, 'sourceURL');
      this[kLinked] = false;
    }

    // V8 lists each (specifier, attributes, phase) once; GraalJS lists every import/export declaration
    getModuleRequests() {
      let r = this[kRequests];
      if (r === undefined) {
        const flat = jRequests(this);
        const unique = [], index = [], seen = new Map();
        for (let i = 0; i < flat.length;) {
          const specifier = flat[i++], phase = flat[i++], n = flat[i++];
          const attributes = { __proto__: null };
          for (let k = 0; k < n; k++) attributes[flat[i++]] = flat[i++];
          const key = JSON.stringify([specifier, phase, Object.entries(attributes).sort()]);
          let at = seen.get(key);
          if (at === undefined) {
            at = unique.length;
            seen.set(key, at);
            unique.push({ __proto__: null, specifier, attributes, phase });
          }
          index.push(at);
        }
        r = this[kRequests] = [unique, index];
      }
      return r[0].map((q) => ({ __proto__: null, specifier: q.specifier, attributes: { ...q.attributes }, phase: q.phase }));
    }

    link(modules) {
      const n = this.getModuleRequests().length;
      if (this[kLinked] && n > 0) throw new (errors().ERR_VM_MODULE_LINK_FAILURE)('module is already linked');
      if (modules.length !== n) {
        throw new (errors().ERR_VM_MODULE_LINK_FAILURE)('linking error, number of modules is not equal to module requests');
      }
      const index = this[kRequests][1];
      jLink(this, ...index.map((i) => modules[i]));
      this[kLinked] = true;
    }

    instantiate() {
      if (!this[kLinked] && this.getModuleRequests().length > 0) {
        throw new (errors().ERR_VM_MODULE_LINK_FAILURE)('module is not linked');
      }
      jInstantiate(this);
    }

    evaluate(timeout, breakOnSigint) {
      return jEvaluate(this);
    }

    // require(esm): evaluation that must finish now (module_wrap.cc EvaluateSync)
    evaluateSync(filename, parentFilename) {
      const promise = jEvaluate(this);
      const state = jPromiseState(promise);
      if (state === 2) {
        promise.then(undefined, noop); // handled here: no unhandled rejection for it
        throw jPromiseResult(promise);
      }
      if (jIsGraphAsync(this) || state === 0) {
        throw new (errors().ERR_REQUIRE_ASYNC_MODULE)(filename, parentFilename);
      }
      return jNamespace(this);
    }

    getNamespace() {
      if (jStatus(this) < kInstantiated) {
        throw cxxError('ERR_MODULE_NOT_INSTANTIATED', 'cannot get namespace, module has not been instantiated');
      }
      return jNamespace(this);
    }

    getNamespaceSync(filename, parentFilename) {
      return this.evaluateSync(filename, parentFilename);
    }

    getStatus() {
      return jStatus(this);
    }

    getError() {
      return jError(this);
    }

    setExport(name, value) {
      jSetExport(this, `${name}`, value);
    }

    get hasAsyncGraph() {
      return jIsGraphAsync(this);
    }

    isGraphAsync() {
      return jIsGraphAsync(this);
    }

    setModuleSourceObject(obj) {
      this[kSourceObject] = obj;
    }

    getModuleSourceObject() {
      if (this[kSourceObject] === undefined) {
        throw cxxError('ERR_SOURCE_PHASE_NOT_DEFINED', `Source phase import object is not defined for module '${this.url}'`, SyntaxError);
      }
      return this[kSourceObject];
    }

    createCachedData() {
      return new Uint8Array(0);
    }
  }
  binding.ModuleWrap = ModuleWrap;

  function lastMagic(code, name) {
    const re = new RegExp(`//[#@] ?${name}=([^\\s'"]*)\\s*$`, 'gm');
    let m, last;
    while ((m = re.exec(code)) !== null) last = m[1];
    return last;
  }

  // require(esm) of a module with a default export: node's facade (export * and default from it, and __esModule)
  const kFacadeSource = "export * from 'original'; export { default } from 'original'; export const __esModule = true;";
  binding.createRequiredModuleFacade = (wrap) => {
    const facade = new ModuleWrap(`${wrap.url}`, undefined, kFacadeSource, 0, 0);
    facade.link([wrap]);
    facade.instantiate();
    return facade.evaluateSync(undefined, undefined);
  };

  binding.throwIfPromiseRejected = (promise) => {
    if (jPromiseState(promise) === 2) throw jPromiseResult(promise);
  };

  // ---- GraalJS's host hooks, to Node's callbacks ----
  // import(): node's ImportModuleDynamically passes (id symbol, specifier, phase, attributes, resource name); a
  // module's id is its wrap's host-defined option, a script's the one its compiler registered (CommonJS: the
  // default loader's)
  kit.scriptReferrerIds = new Map();
  function importDynamically(wrap, referrerName, specifier, phase, attributes) {
    const id = wrap !== undefined ? wrap[host_defined_option_symbol]
      : kit.scriptReferrerIds.get(referrerName) ?? vm_dynamic_import_default_internal;
    const callback = kit.importModuleDynamically;
    if (callback === undefined) return Promise.reject(new Error('import() is not available yet'));
    try {
      return Promise.resolve(callback(id, `${specifier}`, phase ?? kEvaluationPhase, attributes, referrerName));
    } catch (e) {
      return Promise.reject(e);
    }
  }
  // import.meta: user modules get node's DefaultImportMetaObjectInitializer (dirname, filename, main, resolve, url,
  // in that order), the others Node's registered callback
  function initializeImportMeta(meta, wrap) {
    if (wrap === undefined) return;
    const id = wrap[host_defined_option_symbol];
    if (id === source_text_module_default_hdo) {
      const url = wrap.url;
      if (url.startsWith('file:')) {
        const { fileURLToPath } = kit.loaders.require('internal/url');
        const path = kit.loaders.require('path');
        const filename = fileURLToPath(url);
        meta.dirname = path.dirname(filename);
        meta.filename = filename;
      }
      meta.main = wrap.isMain === true;
      if (kit.importMetaResolveInitializer !== undefined) meta.resolve = kit.importMetaResolveInitializer(url);
      meta.url = url;
      return;
    }
    if (kit.initializeImportMeta !== undefined) kit.initializeImportMeta(id, meta, wrap);
  }
  let hooked = false;
  const hook = () => {
    if (!hooked) {
      hooked = true;
      jHooks(importDynamically, initializeImportMeta);
    }
  };
  binding.setImportModuleDynamicallyCallback = (fn) => { kit.importModuleDynamically = fn; hook(); };
  binding.setInitializeImportMetaObjectCallback = (fn) => { kit.initializeImportMeta = fn; hook(); };
  binding.setImportMetaResolveInitializer = (fn) => { kit.importMetaResolveInitializer = fn; };
})
