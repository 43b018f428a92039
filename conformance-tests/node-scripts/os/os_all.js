// os over internalBinding('os') (libuv's uv_os_*, uv_cpu_info, uv_interface_addresses): everything both runtimes read
// off this machine must agree, including errors (ERR_SYSTEM_ERROR with libuv's code) and os.constants.
'use strict';
const os = require('os');
const ni = os.networkInterfaces();
console.log(JSON.stringify(ni));
const u = os.userInfo();
console.log(JSON.stringify(u), Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username));
console.log(os.getPriority(), os.getPriority(0) === os.getPriority(process.pid));
os.setPriority(os.getPriority()); // same value: allowed for anyone
try { os.setPriority(-20); console.log('set -20 ok'); } catch (e) { console.log(e.code, e.name, e.message.replace(/\d+/g, 'N')); }
try { os.getPriority(2 ** 30); } catch (e) { console.log(e.code, e.info && e.info.syscall, e.message); }
const c = os.cpus();
console.log(c.length, typeof c[0].model, c[0].speed >= 0, Object.keys(c[0].times).join());
console.log(os.loadavg().length, os.uptime() > 0, os.totalmem() > os.freemem(), os.availableParallelism() >= 1, os.machine(), os.version().length > 0);
console.log(Object.keys(os.constants).join(), Object.keys(os.constants.signals).length, os.constants.priority.PRIORITY_LOW);
