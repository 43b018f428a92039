// args: --permission --allow-fs-read=* --allow-net
// With --allow-net the permission model lets a server listen and a client connect to it.
const net = require('net');
console.log('has', process.permission.has('net'));
const server = net.createServer((s) => s.end('hi')).listen(0, '127.0.0.1', () => {
  net.connect(server.address().port, '127.0.0.1').on('data', (d) => {
    console.log('received', `${d}`);
    server.close();
  });
});
