// internalBinding('worker') (node_worker.cc): Worker over WorkerThread (a new env on its own thread, in the same
// Engine); in a worker's env, its threadId, resource limits and the port to its parent (getEnvMessagePort).
(function (binding, java, kit) {
  'use strict';
  const host = kit.host;
  const self = host.worker();
  let envPort;
  if (self !== null) {
    binding.isMainThread = false;
    binding.ownsProcessState = false;
    binding.threadId = self.threadId();
    binding.threadName = self.name();
    binding.resourceLimits = Float64Array.from(self.resourceLimits());
    binding.getEnvMessagePort = () => {
      kit.getInternalBinding('messaging');
      envPort ??= kit.wrapMessagePort(self.childPort());
      return envPort;
    };
  } else {
    binding.getEnvMessagePort = () => undefined;
  }

  const handles = new WeakMap();
  const handleOf = (w) => {
    const h = handles.get(w);
    if (h === undefined) throw Object.assign(new TypeError('Illegal invocation'), { code: 'ERR_INVALID_THIS' });
    return h;
  };
  class Worker {
    // Worker::New(url, env, execArgv, resourceLimits, trackUnmanagedFds, isInternal, name)
    constructor(url, env, execArgv, resourceLimits, trackUnmanagedFds, isInternal, name) {
      // node_worker.cc: refused under --permission without --allow-worker
      if (!host.binding('permission').has('worker')) throw kit.accessDenied('WorkerThreads', '');
      let vars = null; // null: share the parent's (SHARE_ENV)
      const source = env === null ? kit.process.env : env; // null: a copy of process.env as it is now
      if (source !== undefined) {
        vars = [];
        for (const k of Object.keys(source)) vars.push(k, `${source[k]}`);
      }
      const limits = resourceLimits instanceof Float64Array ? Array.from(resourceLimits) : [0, 0, 0, 0];
      const h = host.newWorker(execArgv === undefined ? null : execArgv.map(String), vars, `${name ?? 'WorkerThread'}`, limits);
      if (typeof h === 'string') {
        this.invalidExecArgv = execArgv;
        return;
      }
      handles.set(this, h);
      kit.getInternalBinding('messaging');
      this.messagePort = kit.wrapMessagePort(h.parentPort());
      this.threadId = h.threadId();
    }
    startThread() {
      const h = handleOf(this);
      h.startThread((code) => {
        if (typeof this.onexit === 'function') this.onexit(code, undefined, undefined);
      });
    }
    stopThread() { handleOf(this).stopThread(); }
    ref() { handleOf(this).ref(true); }
    unref() { handleOf(this).ref(false); }
    hasRef() { return handleOf(this).hasRef(); }
    // accepted and reported back; not enforced (every env shares the JVM's heap)
    getResourceLimits() { return Float64Array.from(handleOf(this).resourceLimits()); }
    loopStartTime() { return handleOf(this).loopStartTime(); }
    loopIdleTime() { handleOf(this); return 0; }
  }
  for (const m of ['takeHeapSnapshot', 'getHeapStatistics', 'cpuUsage', 'startCpuProfile', 'stopCpuProfile',
    'startHeapProfile', 'stopHeapProfile']) {
    Worker.prototype[m] = kit.notImplemented('worker', `Worker.prototype.${m}`);
  }
  binding.Worker = Worker;
})
