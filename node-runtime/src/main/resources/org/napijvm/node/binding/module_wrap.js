// internalBinding('module_wrap') (module_wrap.cc): where the ESM loader registers its callbacks. ModuleWrap
// itself (source text modules over GraalJS's module records) is not here yet: its stub says so when used.
(function (binding, java, kit) {
  'use strict';
  binding.setImportModuleDynamicallyCallback = (fn) => { kit.importModuleDynamically = fn; };
  binding.setInitializeImportMetaObjectCallback = (fn) => { kit.initializeImportMeta = fn; };
  binding.setImportMetaResolveInitializer = (fn) => { kit.importMetaResolveInitializer = fn; };
})
