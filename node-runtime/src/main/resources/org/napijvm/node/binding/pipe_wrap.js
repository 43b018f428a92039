// internalBinding('pipe_wrap') (pipe_wrap.cc, connection_wrap.cc): Pipe, a LibuvStreamWrap over uv_pipe_t: open an
// fd, bind/listen a Unix socket (a new Pipe per accepted connection), connect.
(function (binding, java, kit) {
  'use strict';
  kit.getInternalBinding('stream_wrap');
  const uv = kit.uv, kPtr = kit.uvPtr;
  const { SOCKET, SERVER, IPC } = binding.constants;
  const P = kit.getInternalBinding('async_wrap').Providers;
  const T_PIPE = 2;
  const permission = kit.host.binding('permission'); // --permission without --allow-net: no connect (pipe_wrap.cc)
  class Pipe extends kit.LibuvStreamWrap {
    constructor(type) {
      super(type === SERVER ? P.PIPESERVERWRAP : P.PIPEWRAP);
      this.type = type;
      const err = kit.uvOpen(this, T_PIPE, type === IPC ? 1 : 0);
      if (err < 0) throw kit.uvException(err, 'uv_pipe_init');
    }
    open(fd) { return this[kPtr] ? uv.op('nj_pipe_open', this[kPtr], fd) : -9; }
    bind(name) { return this[kPtr] ? uv.opString('nj_pipe_bind', this[kPtr], `${name}`) : -9; }
    listen(backlog) { return this[kPtr] ? uv.op('nj_listen', this[kPtr], backlog) : -9; }
    fchmod(mode) { return this[kPtr] ? uv.op('nj_pipe_chmod', this[kPtr], mode) : -9; }
    setPendingInstances() {}
    connect(req, address) {
      if (!this[kPtr]) return -9;
      if (!permission.has('net')) return kit.accessDenied('Net', `${address}`);
      req.handle = this;
      const r = uv.pipeConnect(this[kPtr], req, `${address}`);
      if (r === 0) kit.liveReqs.set(req, 'ConnectWrap');
      return r;
    }
    [kit.uvAccept](status) {
      if (status < 0) return this.onconnection(status, undefined);
      const client = new Pipe(SOCKET);
      const err = uv.accept(this[kPtr], client[kPtr]);
      if (err < 0) {
        client.close();
        return this.onconnection(err, undefined);
      }
      return this.onconnection(0, client);
    }
  }
  binding.Pipe = Pipe;
  binding.PipeConnectWrap = function PipeConnectWrap() {};
})
