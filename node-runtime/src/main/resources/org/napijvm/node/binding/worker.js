// internalBinding('worker') (node_worker.cc): this env is the main thread; Worker itself is not here yet.
(function (binding, java, kit) {
  'use strict';
  binding.getEnvMessagePort = () => undefined;
})
