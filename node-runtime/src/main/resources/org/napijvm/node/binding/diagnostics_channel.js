// internalBinding('diagnostics_channel'): channels C++ publishes to; napi-jvm's bindings publish to none.
(function (binding, java, kit) {
  'use strict';
  const indices = new Map();
  binding.getOrCreateChannelIndex = (name) => {
    if (!indices.has(name)) indices.set(name, indices.size);
    return indices.get(name);
  };
  binding.linkNativeChannel = () => {};
})
