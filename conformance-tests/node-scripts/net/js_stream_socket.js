// args: --expose-internals
'use strict';
// internalBinding('js_stream').JSStream under Node's JSStreamSocket (what tls and http2 put over any Duplex): a
// net.Socket whose writes, reads, end and destroy go through JS callbacks into the wrapped stream.
const JSStreamSocket = require('internal/js_stream_socket');
const { Duplex } = require('stream');
const util = require('util');

function wrapped(name, onWrite) {
  const written = [];
  const inner = new Duplex({
    read() {},
    write(chunk, encoding, cb) {
      written.push(chunk.toString());
      if (onWrite) return onWrite(chunk, cb);
      cb();
    },
    final(cb) {
      console.log(name, 'inner final, written', JSON.stringify(written));
      cb();
    },
  });
  const socket = new JSStreamSocket(inner);
  for (const ev of ['end', 'finish', 'close']) socket.on(ev, () => console.log(name, 'socket', ev));
  socket.on('error', (e) => console.log(name, 'socket error', e.code, e.message));
  inner.on('close', () => console.log(name, 'inner close'));
  return { inner, socket, written };
}

const cases = [];
const next = () => { const c = cases.shift(); if (c) c(); };

// write, read back, end
cases.push(() => {
  const { inner, socket } = wrapped('a');
  const h = socket._handle;
  console.log('handle', h.constructor.name, h.isStreamBase, h.fd, util.types.isExternal(h._externalStream),
    /^\[External: [0-9a-f]+\]$/.test(util.inspect(h._externalStream)));
  socket.setEncoding('utf8');
  socket.on('data', (d) => {
    console.log('a data', JSON.stringify(d), 'bytesRead', socket.bytesRead);
    if (d.includes('world')) {
      socket.write(Buffer.from(' and more'), () => {
        console.log('a second write done, bytesWritten', socket.bytesWritten);
        socket.end();
      });
    }
  });
  socket.write('hello', 'utf8', () => {
    console.log('a write done');
    inner.push('hello ');
    inner.push(Buffer.from('world'));
  });
  socket.on('end', () => inner.destroy());
  socket.on('close', next);
  inner.on('finish', () => { console.log('a inner finish'); inner.push(null); });
});

// destroy before anything was written
cases.push(() => {
  const { socket } = wrapped('b');
  socket.write('never', (err) => console.log('b write cb', err && err.code));
  socket.on('close', next);
  socket.destroy();
});

// the wrapped stream fails a write: the socket gets it as a write error
cases.push(() => {
  const { socket } = wrapped('c', (chunk, cb) => cb(Object.assign(new Error('broken'), { code: 'ECONNRESET' })));
  socket.write('x', (err) => console.log('c write cb', err && err.code));
  socket.on('close', next);
});

// a write that throws: an uncaught exception, and the write fails with EPROTO
cases.push(() => {
  process.once('uncaughtException', (e) => console.log('d uncaught', e.message));
  const { socket } = wrapped('d', () => { throw new Error('exception!'); });
  socket.on('close', next);
  socket.end('foo');
});

// a chunk of a string from the wrapped stream is an ERR_STREAM_WRAP
cases.push(() => {
  const { inner } = wrapped('e');
  inner.setEncoding('utf8');
  inner.push('text');
});
next();
