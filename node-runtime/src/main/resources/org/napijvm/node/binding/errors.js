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
})
