// internalBinding('constants') (node_constants.cc): Node defines every constant read-only and non-configurable
// (NODE_DEFINE_CONSTANT), so lib's `zlib.constants.Z_OK = 1` or `fs.constants.O_RDONLY = 1` changes nothing (and
// throws in strict mode). Each group (os, os.signals, fs, zlib, ...) is an object with a null prototype, as node's
// are, so `signals['__proto__']` or `signals.toString` is undefined: not a signal for process.on.
(function (binding, java, kit) {
  'use strict';
  function readOnly(o) {
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (v !== null && typeof v === 'object') {
        Object.setPrototypeOf(v, null);
        readOnly(v);
      } else Object.defineProperty(o, k, { value: v, writable: false, enumerable: true, configurable: false });
    }
  }
  readOnly(binding);
})
