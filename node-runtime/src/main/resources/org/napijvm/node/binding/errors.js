// internalBinding('errors') (node_errors.cc): where Node's library hands the C++ side its error callbacks.
(function (binding, java, kit) {
  'use strict';
  binding.setPrepareStackTraceCallback = (fn) => { kit.prepareStackTraceCallback = fn; };
  binding.setGetSourceMapErrorSource = (fn) => { kit.getSourceMapErrorSource = fn; };
  binding.setSourceMapsEnabled = (enabled) => { kit.sourceMapsEnabled = enabled; };
  binding.setMaybeCacheGeneratedSourceMap = (fn) => { kit.maybeCacheGeneratedSourceMap = fn; };
  binding.setEnhanceStackForFatalException = (beforeInspector, afterInspector) => {
    kit.enhanceStack = { beforeInspector, afterInspector };
  };
  binding.noSideEffectsToString = (v) => {
    try { return typeof v === 'symbol' ? v.toString() : `${v}`; } catch { return '[object Object]'; }
  };
  binding.triggerUncaughtException = (error, fromPromise) => kit.triggerUncaughtException(error, fromPromise);

  // V8's Exception::CreateMessage(error) as GetErrorSourcePositions exposes it: where the error's top stack frame is
  // (its script, 1-based line, 0-based start column) and that line of the script's source, read from its file
  // (assert.ok's "The expression evaluated to a falsy value" message quotes it).
  const FRAME = /^\s*at (?:.*\()?((?:file:\/\/)?\/[^()]*?):(\d+):(\d+)\)?$/;
  binding.getErrorSourcePositions = (error) => {
    const stack = `${error.stack}`;
    const top = stack.split('\n').find((l) => /^\s*at /.test(l));
    const m = top && FRAME.exec(top);
    if (!m) return { __proto__: null, sourceLine: '', scriptResourceName: '', lineNumber: 0, startColumn: 0 };
    const [, name, line, column] = m;
    let sourceLine = '';
    try {
      const file = name.startsWith('file://') ? kit.loaders.require('internal/url').fileURLToPath(name) : name;
      sourceLine = kit.loaders.require('fs').readFileSync(file, 'utf8').split(/\r?\n/)[line - 1] ?? '';
    } catch {
      // the script is not a readable file any more: V8 would still have its source; no line to quote
    }
    return { __proto__: null, sourceLine, scriptResourceName: name, lineNumber: +line, startColumn: column - 1 };
  };
})
