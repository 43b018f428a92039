// internalBinding('mksnapshot'): napi-jvm builds no startup snapshots; the callbacks are kept and never run.
(function (binding, java, kit) {
  'use strict';
  binding.setSerializeCallback = (fn) => { kit.serializeCallback = fn; };
  binding.setDeserializeCallback = (fn) => { kit.deserializeCallback = fn; };
  binding.setDeserializeMainFunction = (fn) => { kit.deserializeMain = fn; };
  binding.runEmbedderPreload = () => {};
})
