// internalBinding('permission'): without --permission every access is allowed, as in Node.
(function (binding, java, kit) {
  'use strict';
  binding.has = () => true;
})
