// internalBinding('process_wrap') (process_wrap.cc): Process over uv_process_t: spawn with Node's stdio options
// (ignore, pipe: a Pipe handle libuv connects to the child, wrap: an existing stream, fd/inherit), kill, and
// onexit(exitCode, signalCode) from the loop.
(function (binding, java, kit) {
  'use strict';
  const permission = kit.host.binding('permission');
  kit.getInternalBinding('stream_wrap');
  const uv = kit.uv, kPtr = kit.uvPtr;
  const UV_PROCESS_SETUID = 1, UV_PROCESS_SETGID = 2, UV_PROCESS_WINDOWS_VERBATIM_ARGUMENTS = 4, UV_PROCESS_DETACHED = 8;
  const signals = kit.getInternalBinding('constants').os.signals;
  const signalNames = new Map();
  for (const name of Object.keys(signals)) if (!signalNames.has(signals[name])) signalNames.set(signals[name], name);
  kit.signoString = (n) => (n > 0 ? signalNames.get(n) ?? '' : '');
  const isInt32 = (v) => typeof v === 'number' && (v | 0) === v;
  class Process extends kit.HandleWrap {
    constructor() {
      super(kit.getInternalBinding('async_wrap').Providers.PROCESSWRAP);
      this[kPtr] = uv.openProcess(this);
      kit.liveHandles.add(this);
    }
    spawn(options) {
      if (!permission.has('child')) throw kit.accessDenied('ChildProcess', `${options.file}`);
      const kinds = [], args = [];
      for (const s of options.stdio || []) {
        switch (s.type) {
          case 'ignore': kinds.push(0); args.push(0); break;
          case 'pipe': case 'overlapped': kinds.push(1); args.push(s.handle[kPtr]); break;
          case 'wrap': kinds.push(2); args.push(s.handle[kPtr]); break;
          default: kinds.push(3); args.push(s.fd | 0);
        }
      }
      let flags = 0, uid = 0, gid = 0;
      if (isInt32(options.uid)) { flags |= UV_PROCESS_SETUID; uid = options.uid; }
      if (isInt32(options.gid)) { flags |= UV_PROCESS_SETGID; gid = options.gid; }
      if (options.windowsVerbatimArguments) flags |= UV_PROCESS_WINDOWS_VERBATIM_ARGUMENTS;
      if (options.detached) flags |= UV_PROCESS_DETACHED;
      const cwd = kit.spawnCwd(options.cwd);
      const env = Array.isArray(options.envPairs) ? options.envPairs.map(String) : null;
      const err = uv.spawn(this[kPtr], `${options.file}`, (options.args || []).map(String), env, cwd, flags, uid, gid, kinds, args);
      if (err === 0) this.pid = uv.op('nj_pid', this[kPtr]);
      return err;
    }
    kill(signal) { return this[kPtr] ? uv.op('nj_process_kill', this[kPtr], signal | 0) : -9; }
    [kit.uvExit](exitStatus, termSignal) {
      return this.onexit(exitStatus, kit.signoString(termSignal));
    }
  }
  binding.Process = Process;
})
