// internalBinding('http2') (node_http2.cc): only what loading lib/internal/http2/core.js needs; sessions (nghttp2)
// are not implemented.
(function (binding, java, kit) {
  'use strict';
  // the JS callbacks node_http2.cc calls sessions and streams back through, in node's order
  const names = ['onSessionInternalError', 'onPriority', 'onSettings', 'onPing', 'onSessionHeaders', 'onFrameError',
    'onGoawayData', 'onAltSvc', 'onOrigin', 'onStreamTrailers', 'onStreamClose'];
  binding.setCallbackFunctions = (...fns) => {
    kit.http2Callbacks = Object.fromEntries(names.map((n, i) => [n, fns[i]]));
  };
})
