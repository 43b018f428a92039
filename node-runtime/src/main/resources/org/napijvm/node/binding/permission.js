// internalBinding('permission') (node_permission.cc): has(scope, reference) answers from PermissionBinding.java
// (every access allowed without --permission, as in Node); kit.accessDenied makes the error node's C++ throws.
(function (binding, java, kit) {
  'use strict';
  const FS = { 'fs.read': 'FileSystemRead', 'fs.write': 'FileSystemWrite' };
  binding.has = (scope, reference) => {
    const granted = java.has(scope, reference);
    if (!granted && FS[scope] !== undefined) kit.publishDenied(FS[scope], reference);
    return granted;
  };
})
