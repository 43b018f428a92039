// internalBinding('builtins') (node_builtins.cc): the built-in modules' ids and sources, and their compilation.
(function (binding, java, kit) {
  'use strict';
  const { host, facts } = kit;
  binding.builtinIds = facts.builtinIds;
  binding.builtinCategories = facts.builtinCategories;
  binding.config = facts.config;
  // the sources, on demand (process.binding('natives') reads them)
  const natives = {};
  for (const id of facts.builtinIds) {
    Object.defineProperty(natives, id, { enumerable: true, configurable: true, get: () => host.builtinSource(id) });
  }
  binding.natives = natives;
  binding.compileFunction = (id) => kit.compileBuiltin(id);
  binding.setInternalLoaders = (internalBinding, requireBuiltin) => {
    kit.loaders = { internalBinding, require: requireBuiltin };
  };
  binding.hasCachedBuiltins = () => false;
  binding.getCacheUsage = () => ({ compiledWithCache: [], compiledWithoutCache: [], compiledInSnapshot: [] });
})
