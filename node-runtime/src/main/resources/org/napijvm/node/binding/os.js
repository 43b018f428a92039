// internalBinding('os') (node_os.cc): the JS half of OsBinding.java, for getUserInfo's object and its 'buffer' encoding.
(function (binding, java, kit) {
  'use strict';
  binding.getUserInfo = function getUserInfo(options, ctx) {
    const raw = java.getUserInfoRaw(options, ctx);
    if (raw === undefined || raw === null) return undefined;
    const asBuffer = options != null && options.encoding === 'buffer';
    const { Buffer } = kit.loaders.require('buffer');
    const enc = (s) => (s === null ? null : asBuffer ? Buffer.from(s, 'utf8') : s);
    return { uid: raw[0], gid: raw[1], username: enc(raw[2]), homedir: enc(raw[3]), shell: enc(raw[4]) };
  };
})
