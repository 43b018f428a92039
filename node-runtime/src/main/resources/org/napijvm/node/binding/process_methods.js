// internalBinding('process_methods') (node_process_methods.cc, node_process_object.cc PatchProcessObject): the JS
// half; clocks, usage, cwd, kill, exit and dlopen are ProcessMethodsBinding.java's.
(function (binding, java, kit) {
  'use strict';
  const hr = binding.hrtimeBuffer; // Uint32Array(3): seconds (high, low 32 bits), nanoseconds
  const hr64 = new BigUint64Array(hr.buffer, 0, 1);
  binding.hrtime = () => {
    const t = java.hrtimeParts(), sec = t[0], nsec = t[1];
    hr[0] = Math.floor(sec / 0x100000000);
    hr[1] = sec >>> 0;
    hr[2] = nsec;
  };
  binding.hrtimeBigInt = () => {
    const t = java.hrtimeParts();
    hr64[0] = BigInt(t[0]) * 1000000000n + BigInt(t[1]);
  };
  let cachedCwd;
  binding.cwd = () => java.cwd();
  const permission = kit.host.binding('permission');
  binding.chdir = (dir) => {
    if (permission.enabled() && !permission.has('fs.read', dir)) throw kit.accessDenied('FileSystemRead', dir);
    const err = java.chdirRaw(dir);
    if (err < 0) throw kit.uvException(err, 'chdir', process.cwd(), dir);
  };
  binding.patchProcessObject = (process) => {
    const { host } = kit;
    const info = JSON.parse(host.processInfo());
    let title = info.argv[0];
    Object.defineProperty(process, 'title', {
      __proto__: null, enumerable: true, configurable: true,
      get: () => title, set: (v) => { title = `${v}`; },
    });
    process.argv = info.argv;
    process.execArgv = info.execArgv;
    Object.defineProperty(process, 'pid', { __proto__: null, value: java.pid(), enumerable: true, writable: false, configurable: true });
    Object.defineProperty(process, 'ppid', { __proto__: null, get: () => java.ppid(), enumerable: true, configurable: true });
    process.execPath = info.execPath;
    let debugPort = 9229;
    Object.defineProperty(process, 'debugPort', {
      __proto__: null, enumerable: true, configurable: true,
      get: () => debugPort, set: (v) => { debugPort = v | 0; },
    });
  };
  // node_process_methods.cc: pending requests, then open ref'ed handles (their owners: the net.Socket, not the
  // TCP), then one 'Timeout' per ref'ed timer and one 'Immediate' per ref'ed immediate
  const liveHandles = () => {
    const out = [];
    for (const w of kit.liveHandles) if (kit.uvCountsAsRefed(w)) out.push(w);
    return out;
  };
  const ownerOf = (o) => {
    const owner = o[kit.getInternalBinding('symbols').owner_symbol];
    return owner === undefined ? o : owner;
  };
  binding._getActiveRequests = () => Array.from(kit.liveReqs.keys(), ownerOf);
  binding._getActiveHandles = () => liveHandles().map(ownerOf);
  binding.getActiveResourcesInfo = () => {
    const out = Array.from(kit.liveReqs.values());
    for (const w of liveHandles()) out.push(w[kit.uvInfoName]);
    const timers = kit.getInternalBinding('timers');
    for (let i = timers.timeoutInfo[0]; i > 0; i--) out.push('Timeout');
    for (let i = timers.immediateInfo[1]; i > 0; i--) out.push('Immediate'); // kRefCount
    return out;
  };
  binding.constrainedMemory = () => 0;
  binding.availableMemory = () => java.availableMemory();
  binding.loadEnvFile = (path = '.env') => {
    const content = kit.loaders.require('fs').readFileSync(path, 'utf8');
    const parsed = kit.getInternalBinding('util').parseEnv(content);
    for (const k of Object.keys(parsed)) if (!(k in process.env)) process.env[k] = parsed[k];
  };
  binding.abort = () => java.abort();
})
