'use strict';
// napi_fatal_exception reports an error as uncaught: 'uncaughtException' listeners get it (synchronously); the
// function returns napi_ok. A NULL error is napi_invalid_arg.
const b = require(process.env.NAPI_ADDON);
const seen = [];
process.on('uncaughtException', (e, origin) => seen.push((e && e.message) + ' ' + origin));
console.log('fatal status:', b.fatal(new Error('reported')), 'listener saw:', JSON.stringify(seen));
console.log('fatal NULL status:', b.fatalNull());
console.log('fatal with a string:', b.fatal('just a string'), JSON.stringify(seen));
