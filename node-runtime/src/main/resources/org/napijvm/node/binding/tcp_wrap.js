// internalBinding('tcp_wrap') (tcp_wrap.cc, connection_wrap.cc): TCP, a LibuvStreamWrap over uv_tcp_t: bind/listen
// (a new TCP per accepted connection), connect, getsockname/getpeername, nodelay, keepalive, reset.
(function (binding, java, kit) {
  'use strict';
  kit.getInternalBinding('stream_wrap');
  const uv = kit.uv, kPtr = kit.uvPtr;
  const { SOCKET, SERVER } = binding.constants;
  const P = kit.getInternalBinding('async_wrap').Providers;
  const T_TCP = 1;
  // --permission without --allow-net (tcp_wrap.cc): bind throws, connect returns the error for the lib to wrap
  const permission = kit.host.binding('permission');
  const netDenied = () => !permission.has('net');
  class TCP extends kit.LibuvStreamWrap {
    constructor(type) {
      super(type === SERVER ? P.TCPSERVERWRAP : P.TCPWRAP);
      const err = kit.uvOpen(this, T_TCP, 0);
      if (err < 0) throw kit.uvException(err, 'uv_tcp_init');
    }
    open(fd) { return this[kPtr] ? uv.op('nj_tcp_open', this[kPtr], fd) : -9; }
    bind(address, port, flags) {
      if (netDenied()) throw kit.accessDenied('Net', '');
      return this[kPtr] ? uv.opString('nj_tcp_bind', this[kPtr], `${address}`, port | 0, 0, flags | 0) : -9;
    }
    bind6(address, port, flags) {
      if (netDenied()) throw kit.accessDenied('Net', '');
      return this[kPtr] ? uv.opString('nj_tcp_bind', this[kPtr], `${address}`, port | 0, 1, flags | 0) : -9;
    }
    listen(backlog) { return this[kPtr] ? uv.op('nj_listen', this[kPtr], backlog) : -9; }
    connect(req, address, port) { return this.connectTo(req, address, port, 0); }
    connect6(req, address, port) { return this.connectTo(req, address, port, 1); }
    connectTo(req, address, port, v6) {
      if (!this[kPtr]) return -9;
      if (netDenied()) return kit.accessDenied('Net', `${address}`);
      req.handle = this;
      const r = uv.tcpConnect(this[kPtr], req, `${address}`, port | 0, v6);
      if (r === 0) kit.liveReqs.set(req, 'ConnectWrap');
      return r;
    }
    getsockname(out) { return this.name(out, false); }
    getpeername(out) { return this.name(out, true); }
    name(out, peer) {
      if (!this[kPtr]) return -9;
      const r = uv.tcpName(this[kPtr], peer);
      if (r[0] !== 0) return r[0];
      out.address = r[1];
      out.family = r[3] === 6 ? 'IPv6' : 'IPv4';
      out.port = r[2];
      return 0;
    }
    setNoDelay(on) { return this[kPtr] ? uv.op('nj_tcp_nodelay', this[kPtr], on ? 1 : 0) : -9; }
    setKeepAlive(on, delay) { return this[kPtr] ? uv.op('nj_tcp_keepalive', this[kPtr], on ? 1 : 0, delay | 0) : -9; }
    setTypeOfService() { return 0; }
    getTypeOfService() { return 0; }
    reset(cb) {
      const p = this[kPtr];
      if (!p) return 0;
      if (typeof cb === 'function') this[kit.uvOnClose] = cb;
      kit.uvClosing(this);
      this[kPtr] = 0;
      this.closing = true;
      return uv.op('nj_tcp_reset', p);
    }
    [kit.uvAccept](status) {
      if (status < 0) return this.onconnection(status, undefined);
      const client = new TCP(SOCKET);
      const err = uv.accept(this[kPtr], client[kPtr]);
      if (err < 0) {
        client.close();
        return this.onconnection(err, undefined);
      }
      return this.onconnection(0, client);
    }
  }
  binding.TCP = TCP;
  binding.TCPConnectWrap = function TCPConnectWrap() {};
})
