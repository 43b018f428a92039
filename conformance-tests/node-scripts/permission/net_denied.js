// args: --permission --allow-fs-read=*
// Node's permission model without --allow-net: TCP connect and bind, Unix socket connect and dns.lookup are refused
// with ERR_ACCESS_DENIED (permission 'Net'), wrapped by net's and dns's own exception helpers.
const net = require('net');
const dns = require('dns');
const show = (name) => (e) => console.log(name, e.code, e.permission, JSON.stringify(e.resource), e.syscall,
  typeof e.errno === 'object' ? `errno: ${e.errno.code} ${e.errno.permission} ${JSON.stringify(e.errno.resource)}` : e.errno, e.message);
console.log('has', process.permission.has('net'));
net.connect({ port: 9, host: '127.0.0.1' }).on('error', show('connect')).on('connect', () => console.log('connected'));
net.connect({ port: 9, host: 'localhost' }).on('error', show('connectByName'));
net.connect('/no/such.sock').on('error', show('pipe'));
dns.lookup('localhost', (e) => show('lookup')(e));
try {
  net.createServer().listen(0);
} catch (e) {
  show('listen')(e);
}
