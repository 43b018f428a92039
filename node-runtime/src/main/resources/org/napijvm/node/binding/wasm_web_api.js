// internalBinding('wasm_web_api'): where Node registers WebAssembly.compileStreaming's implementation.
(function (binding, java, kit) {
  'use strict';
  binding.setImplementation = (fn) => { kit.wasmStreaming = fn; };
})
