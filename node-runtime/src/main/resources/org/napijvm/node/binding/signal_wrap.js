// internalBinding('signal_wrap') (signal_wrap.cc): Signal over uv_signal_t; onsignal(signum) from the loop.
(function (binding, java, kit) {
  'use strict';
  kit.getInternalBinding('stream_wrap');
  const uv = kit.uv, kPtr = kit.uvPtr;
  const T_SIGNAL = 5;
  class Signal extends kit.HandleWrap {
    constructor() {
      super(kit.getInternalBinding('async_wrap').Providers.SIGNALWRAP);
      const err = kit.uvOpen(this, T_SIGNAL, 0);
      if (err < 0) throw kit.uvException(err, 'uv_signal_init');
    }
    start(signum) { return this[kPtr] ? uv.op('nj_signal_start', this[kPtr], signum) : -9; }
    stop() { return this[kPtr] ? uv.op('nj_signal_stop', this[kPtr]) : -9; }
  }
  binding.Signal = Signal;
})
