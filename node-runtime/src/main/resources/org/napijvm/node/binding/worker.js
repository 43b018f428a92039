// internalBinding('worker') (node_worker.cc): this env is the main thread; Worker itself is not here yet.
(function (binding, java, kit) {
  'use strict';
  binding.getEnvMessagePort = () => undefined;
  // node_worker.cc Worker::New: refused under --permission without --allow-worker
  const permission = kit.host.binding('permission');
  if (!permission.has('worker')) binding.Worker = function Worker() { throw kit.accessDenied('WorkerThreads', ''); };
})
