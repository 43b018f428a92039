// internalBinding('spawn_sync') (spawn_sync.cc SyncProcessRunner): spawn(options) runs the child to completion
// (spawnsync.c, on a private libuv loop) and returns Node's result object: error, status, signal, output, pid.
(function (binding, java, kit) {
  'use strict';
  kit.getInternalBinding('stream_wrap');
  kit.getInternalBinding('process_wrap');
  const uv = kit.uv;
  const { Buffer } = kit.loaders.require('buffer');
  const UV_PROCESS_SETUID = 1, UV_PROCESS_SETGID = 2, UV_PROCESS_DETACHED = 8;
  const isInt32 = (v) => typeof v === 'number' && (v | 0) === v;
  const permission = kit.host.binding('permission');
  binding.spawn = (options) => {
    if (!permission.has('child')) throw kit.accessDenied('ChildProcess', `${options.file}`);
    const stdio = options.stdio || [];
    const kinds = [], pipeFlags = [], fds = [], inputs = [], inputLens = [], keep = [];
    for (const s of stdio) {
      let kind = 0, pf = 0, fd = 0, addr = 0, len = 0;
      if (s.type === 'pipe') {
        kind = 1;
        pf = (s.readable ? 1 : 0) | (s.writable ? 2 : 0);
        if (s.input != null) {
          const b = typeof s.input === 'string' ? Buffer.from(s.input)
            : Buffer.from(s.input.buffer, s.input.byteOffset, s.input.byteLength);
          keep.push(b);
          len = b.byteLength;
          addr = len > 0 ? kit.uvAddressOf(b.buffer) + b.byteOffset : 0;
        }
      } else if (s.type === 'inherit' || s.type === 'fd') {
        kind = 3;
        fd = s.fd | 0;
      } else if (s.type === 'wrap') {
        kind = 3;
        fd = s.handle && s.handle.fd >= 0 ? s.handle.fd : 0;
      }
      kinds.push(kind); pipeFlags.push(pf); fds.push(fd); inputs.push(addr); inputLens.push(len);
    }
    let flags = 0, uid = 0, gid = 0;
    if (isInt32(options.uid)) { flags |= UV_PROCESS_SETUID; uid = options.uid; }
    if (isInt32(options.gid)) { flags |= UV_PROCESS_SETGID; gid = options.gid; }
    if (options.detached) flags |= UV_PROCESS_DETACHED;
    const cwd = kit.spawnCwd(options.cwd);
    const env = Array.isArray(options.envPairs) ? options.envPairs.map(String) : null;
    const timeout = typeof options.timeout === 'number' && options.timeout > 0 ? options.timeout : 0;
    const maxBuffer = typeof options.maxBuffer === 'number' ? options.maxBuffer : 0;
    const killSignal = isInt32(options.killSignal) ? options.killSignal : 15;
    const r = uv.spawnSync(`${options.file}`, (options.args || []).map(String), env, cwd, flags, uid, gid,
      kinds, pipeFlags, fds, inputs, inputLens, timeout, maxBuffer, killSignal);
    void keep;
    // BuildResultObject: error (when any), status, signal, output, pid, in this order
    const result = {};
    if (r[0] !== 0) result.error = r[0];
    const started = r[2] >= 0;
    result.status = started && !(r[3] > 0) ? r[2] : null;
    result.signal = r[3] > 0 ? kit.signoString(r[3]) : null;
    const output = [];
    for (let i = 0; i < stdio.length; i++) {
      const ptr = r[4 + 2 * i], len = r[5 + 2 * i];
      if (len < 0) { output.push(null); continue; }
      const ab = new ArrayBuffer(len);
      if (len > 0) kit.uvCopyIn(ab, 0, ptr, len);
      if (ptr) uv.free(ptr);
      output.push(Buffer.from(ab));
    }
    result.output = started ? output : null;
    result.pid = r[1];
    return result;
  };
})
