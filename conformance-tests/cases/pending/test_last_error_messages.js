'use strict';
// napi_get_last_error_info after failing calls: the status and Node's message for it.
const b = require(process.env.NAPI_ADDON);
for (const [what, status, info] of b.lastErrors()) console.log(what.padEnd(40), 'status', status, 'info:', info);
