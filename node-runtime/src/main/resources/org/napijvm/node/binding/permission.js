// internalBinding('permission') (node_permission.cc): has(scope, reference) answers from PermissionBinding.java
// (every access allowed without --permission, as in Node); kit.accessDenied makes the error node's C++ throws.
(function (binding, java, kit) {
  'use strict';
  binding.has = (scope, reference) => java.has(scope, reference);
})
