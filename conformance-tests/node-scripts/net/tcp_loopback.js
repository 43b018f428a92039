// net over tcp_wrap and pipe_wrap: a loopback TCP echo server and client, addresses, a Unix-socket server
'use strict';
const net = require('net');
const path = require('path');
const os = require('os');

const server = net.createServer((sock) => {
  console.log('server: connection from', sock.remoteAddress, sock.remoteFamily, typeof sock.remotePort);
  sock.on('data', (d) => sock.write(`echo:${d}`));
  sock.on('end', () => { console.log('server: client ended'); sock.end(); });
});
server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  console.log('listening', addr.address, addr.family, addr.port > 0);
  const client = net.connect(addr.port, '127.0.0.1', () => {
    console.log('client: connected', client.remoteAddress, client.remotePort === addr.port, client.localAddress);
    client.write('hello');
  });
  let got = '';
  client.on('data', (d) => {
    got += d;
    if (got === 'echo:hello') client.end();
  });
  client.on('close', (hadError) => {
    console.log('client: closed', hadError, got);
    server.close(() => {
      console.log('server: closed');
      unixSocket();
    });
  });
});

function unixSocket() {
  const file = path.join(os.tmpdir(), `napi-jvm-net-${process.pid}.sock`);
  const srv = net.createServer((s) => s.end('over a pipe'));
  srv.listen(file, () => {
    console.log('pipe listening', srv.address() === file);
    const c = net.connect(file);
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', () => {
      console.log('pipe client got', got);
      srv.close(() => {
        console.log('pipe server closed');
        const refused = net.connect(1, '127.0.0.1');
        refused.on('error', (e) => console.log('refused', e.code, e.syscall, e.address, e.port));
      });
    });
  });
}
