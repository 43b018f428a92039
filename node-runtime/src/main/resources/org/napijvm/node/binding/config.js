// internalBinding('config'): Node's build configuration, as napi-jvm differs from it.
(function (binding, java, kit) {
  'use strict';
  binding.hasInspector = false; // no V8 inspector protocol
  binding.fipsMode = false;
  binding.getDefaultLocale = () => Intl.DateTimeFormat().resolvedOptions().locale;
})
