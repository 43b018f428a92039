// internalBinding('heap_utils'): V8 heap snapshots do not exist on the JVM.
(function (binding, java, kit) {
  'use strict';
})
