// internalBinding('constants') (node_constants.cc): Node defines every constant read-only and non-configurable
// (NODE_DEFINE_CONSTANT), so lib's `zlib.constants.Z_OK = 1` or `fs.constants.O_RDONLY = 1` changes nothing (and
// throws in strict mode).
(function (binding, java, kit) {
  'use strict';
  function readOnly(o) {
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (v !== null && typeof v === 'object') readOnly(v);
      else Object.defineProperty(o, k, { value: v, writable: false, enumerable: true, configurable: false });
    }
  }
  readOnly(binding);
})
