// internalBinding('cjs_lexer') (node_cjs_lexer.cc over merve, the C++ port of cjs-module-lexer): the names a
// CommonJS module exports, for ESM's named imports of it. Here npm's cjs-module-lexer itself (its pure-JS lexer,
// bundled at build time). Node's binding answers [Set of export names, array of re-exported specifiers].
(function (binding, java, kit) {
  'use strict';
  let lexer;
  binding.parse = (source) => {
    if (lexer === undefined) {
      const module = { exports: {} };
      kit.host.compileDep('cjs-module-lexer/lexer.js', 'exports, module')(module.exports, module);
      lexer = module.exports;
    }
    let result;
    try {
      result = lexer.parse(`${source ?? ''}`);
    } catch {
      return [new Set(), []]; // source the lexer cannot read: no named exports (only the default)
    }
    return [new Set(result.exports), result.reexports];
  };
})
