'use strict';
// Argument checks of the async work functions; a complete callback that throws is an uncaught exception.
const b = require(process.env.NAPI_ADDON);
console.log('[no execute, no result, no name, queue NULL, cancel NULL, delete NULL, with resource, cancel unqueued ok, delete]:',
  JSON.stringify(b.errors()));
b.bare();
let bareSeen = false;
setTimeout(function poll() { if (b.bareRan()) bareSeen = true; else setTimeout(poll, 5); }, 5);
process.on('exit', () => console.log('work without complete ran:', bareSeen));
process.on('uncaughtException', (e) => {
  console.log('uncaught from complete:', e.message, e.code);
});
b.completeThrows();
