'use strict';
// An exception thrown by a threadsafe function's JS call or by JS its finalizer calls, in a module below the
// experimental Node-API version, without --force-node-api-uncaught-exceptions-policy: node drops it with a DEP0168
// DeprecationWarning (stderr); no 'uncaughtException' listener sees it and the process goes on.
const binding = require(process.env.NAPI_ADDON);

const seen = [];
process.on('uncaughtException', (e) => seen.push('uncaughtException: ' + e.message));
binding.throwingCall(() => {
  seen.push('call runs');
  throw new Error('from call');
}, () => {
  seen.push('finalizer calls JS');
  throw new Error('from finalizer');
});
setTimeout(() => {
  console.log(seen.join('\n'));
  // (throwing here would reach the listener above)
  const ok = seen.length === 2 && seen[0] === 'call runs' && seen[1] === 'finalizer calls JS';
  if (!ok) {
    console.log('FAIL: expected the call and the finalizer to run, and no uncaughtException');
    process.exitCode = 1;
  }
}, 200);
