// process.getActiveResourcesInfo / _getActiveHandles / _getActiveRequests list what keeps the loop alive
// (node_process_methods.cc): pending requests, ref'ed handles by wrap name, ref'ed timers and immediates.
const fs = require('fs');
const net = require('net');
const { spawn } = require('child_process');
const log = [];
// counted by name, sorted: the order of the lists is not what this checks
const info = (label) => {
  const counts = {};
  for (const t of process.getActiveResourcesInfo()) counts[t] = (counts[t] || 0) + 1;
  log.push(`${label}: ${JSON.stringify(Object.fromEntries(Object.entries(counts).sort()))}`);
};
info('start');
const t1 = setTimeout(() => {}, 1000);
const t2 = setTimeout(() => {}, 1);
setTimeout(() => {}, 1).unref();
const im = setImmediate(() => {});
info('timers');
clearTimeout(t1);
info('one cleared');
// cleared before the stat, which would otherwise race them
clearTimeout(t2);
clearImmediate(im);
const req = fs.stat(__filename, () => {
  info('stat done');
  const server = net.createServer((conn) => {
    log.push(`handles has server ${process._getActiveHandles().includes(server)}, conn ${process._getActiveHandles().includes(conn)}`);
    info('connected');
    conn.end();
    client.destroy();
    server.close(() => {
      info('server closed');
      const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
      info('spawned');
      child.unref();
      info('child unref');
      child.ref();
      child.on('exit', (code) => {
        info(`child exit ${code}`);
        setImmediate(() => {
          info('end');
          console.log(log.join('\n'));
        });
      });
    });
  });
  let client;
  server.listen(0, '127.0.0.1', () => {
    info('listening');
    server.unref();
    info('server unref');
    server.ref();
    client = net.connect(server.address().port, '127.0.0.1');
    info('connecting');
  });
});
log.push(`request pending ${process._getActiveRequests().length}, an FSReqCallback ${req === undefined}`);
info('stat');
