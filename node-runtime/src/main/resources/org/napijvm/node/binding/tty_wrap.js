// internalBinding('tty_wrap') (tty_wrap.cc): TTY, a LibuvStreamWrap over uv_tty_t; isTTY through uv_guess_handle.
(function (binding, java, kit) {
  'use strict';
  kit.getInternalBinding('stream_wrap');
  const uv = kit.uv, kPtr = kit.uvPtr;
  const T_TTY = 3, UV_TTY = 14, PROVIDER_TTYWRAP = kit.getInternalBinding('async_wrap').Providers.TTYWRAP;
  class TTY extends kit.LibuvStreamWrap {
    constructor(fd, ctx) {
      super(PROVIDER_TTYWRAP);
      const err = kit.uvOpen(this, T_TTY, fd);
      if (err < 0) {
        // Environment::CollectUVExceptionInfo
        const e = kit.uvException(err, 'uv_tty_init');
        ctx.errno = err;
        ctx.code = e.code;
        ctx.message = kit.host.uvStrerror(err);
        ctx.syscall = 'uv_tty_init';
      }
    }
    getWindowSize(size) {
      if (!this[kPtr]) return -9;
      const r = uv.ttyWinsize(this[kPtr]);
      if (r[0] === 0) {
        size[0] = r[1];
        size[1] = r[2];
      }
      return r[0];
    }
    setRawMode(flag) {
      return this[kPtr] ? uv.op('nj_tty_mode', this[kPtr], flag ? 1 : 0) : -9;
    }
  }
  binding.TTY = TTY;
  binding.isTTY = (fd) => typeof fd === 'number' && fd >= 0 && uv.guessHandle(fd) === UV_TTY;
})
