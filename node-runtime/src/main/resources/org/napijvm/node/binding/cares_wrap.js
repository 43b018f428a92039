// internalBinding('cares_wrap') (cares_wrap.cc), INTERIM: what net and dns.lookup need. getaddrinfo answers through
// the JVM's resolver (UvHandles.lookup; on the JS thread, completing on the next tick, not on libuv's threadpool);
// ChannelWrap exists (dns builds its default resolver at load) but its queries say they are not implemented.
(function (binding, java, kit) {
  'use strict';
  kit.getInternalBinding('stream_wrap');
  const uv = kit.uv;
  class ChannelWrap {
    constructor(timeout, tries, maxTimeout) { this.servers = []; }
    getServers() { return this.servers; }
    setServers() { return 0; }
    setLocalAddress() {}
    cancel() {}
  }
  for (const m of ['getHostByAddr', 'queryA', 'queryAny', 'queryAaaa', 'queryCaa', 'queryCname', 'queryMx', 'queryNaptr',
    'queryNs', 'queryPtr', 'querySrv', 'querySoa', 'queryTlsa', 'queryTxt']) {
    ChannelWrap.prototype[m] = kit.notImplemented('cares_wrap', `ChannelWrap.prototype.${m}`);
  }
  binding.ChannelWrap = ChannelWrap;
  binding.GetAddrInfoReqWrap = function GetAddrInfoReqWrap() {};
  binding.GetNameInfoReqWrap = function GetNameInfoReqWrap() {};
  binding.QueryReqWrap = function QueryReqWrap() {};
  const permission = kit.host.binding('permission');
  binding.getaddrinfo = (req, hostname, family, hints, order) => {
    if (!permission.has('net')) return kit.accessDenied('Net', `${hostname}`); // the lib makes it a DNSException
    const r = uv.lookup(`${hostname}`, family | 0);
    const err = r[0];
    const addresses = [];
    for (let i = 1; i < r.length; i++) addresses.push(r[i]);
    if (order === binding.DNS_ORDER_IPV4_FIRST) addresses.sort((a, b) => (a.includes(':') ? 1 : 0) - (b.includes(':') ? 1 : 0));
    else if (order === binding.DNS_ORDER_IPV6_FIRST) addresses.sort((a, b) => (b.includes(':') ? 1 : 0) - (a.includes(':') ? 1 : 0));
    kit.process.nextTick(() => req.oncomplete(err, addresses));
    return 0;
  };
  binding.strerror = (code) => (code === -3008 ? 'ENOTFOUND' : kit.host.uvStrerror(code));
  binding.canonicalizeIP = (ip) => {
    const net = kit.loaders.require('internal/net');
    return net.isIP(ip) ? ip : undefined;
  };
})
