// args: --expose-internals
'use strict';
// internalBinding('js_stream').JSStream as a StreamBase: its prototype, the JS callbacks each operation calls and what
// they return, streamBaseState after each write, reads through onread, requests completed by finishWrite/Shutdown.
const { internalBinding } = require('internal/test/binding');
const { JSStream } = internalBinding('js_stream');
const { WriteWrap, ShutdownWrap, streamBaseState } = internalBinding('stream_wrap');
const util = require('util');
const s = new JSStream();
console.log(s, Object.getOwnPropertyNames(s), Object.getOwnPropertyNames(JSStream.prototype));
const p = Object.getPrototypeOf(JSStream.prototype);
console.log(p.constructor.name, Object.getOwnPropertyNames(p));
console.log(/^\[External: [0-9a-f]+\]$/.test(util.inspect(s._externalStream)), util.types.isExternal(s._externalStream), util.types.isExternal({}));
console.log(s.fd, s.bytesRead, s.bytesWritten, s.onread, s.isStreamBase, s.getProviderType(), s.getAsyncId() > 0, typeof s._externalStream);
console.log(s.readStart(), s.readStop());
s.onreadstart = () => '7'; console.log(s.readStart());
s.onreadstart = () => ({}); console.log(s.readStart());
const w = new WriteWrap();
console.log(s.writeBuffer(w, Buffer.from('ab')), streamBaseState);
s.onwrite = function (req, bufs) { console.log('onwrite', this === s, req === w2, bufs); return 0; };
const w2 = new WriteWrap(); w2.oncomplete = function (...a) { console.log('oncomplete', this === w2, a.length, a[0], a[1] === s, a[2]); };
console.log(s.writev(w2, ['ab', 'latin1', Buffer.from('c'), 'buffer', 'é', 'utf8'], false), streamBaseState, s.bytesWritten);
s.finishWrite(w2, -5);
const w3 = new WriteWrap();
console.log(s.writeUtf8String(w3, 'héllo'), streamBaseState, s.bytesWritten);
const w4 = new WriteWrap();
console.log(s.writev(w4, [Buffer.from('x'), Buffer.from('yz')], true), streamBaseState, s.bytesWritten);
s.onwrite = () => -32;
console.log(s.writeLatin1String(new WriteWrap(), 'q'), streamBaseState, s.bytesWritten);
s.onwrite = () => { throw new Error('boom'); };
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
console.log(s.writeLatin1String(new WriteWrap(), 'q'), streamBaseState, s.bytesWritten);
s.onread = function (ab) { console.log('onread', this === s, ab, streamBaseState); };
s.readBuffer(Buffer.from('hello'));
s.readBuffer(new Uint8Array(0));
s.readBuffer(new Uint16Array([1,2]));
s.emitEOF();
console.log(s.bytesRead);
const sh = new ShutdownWrap(); sh.oncomplete = (...a) => console.log('sh complete', a[0], a[1] === s, a[2]);
s.onshutdown = (req) => { console.log('onshutdown', req === sh); return 0; };
console.log(s.shutdown(sh));
s.finishShutdown(sh, 0);
const sh2 = new ShutdownWrap();
s.onshutdown = () => -9; console.log(s.shutdown(sh2));
console.log(s.writeAsciiString(new WriteWrap(), ''), streamBaseState);
s.onwrite = (r, b) => { console.log('empty', b); return 0; };
console.log(s.writeAsciiString(new WriteWrap(), ''), streamBaseState);
console.log(s.writeUcs2String(new WriteWrap(), 'ab'), streamBaseState, s.bytesWritten);
try { s.writeBuffer(new WriteWrap(), 'x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { s.readBuffer.call({}, Buffer.from('x')); } catch (e) { console.log(e.name, e.message); }
// a BaseObject: structuredClone and postMessage cannot clone it, v8.serialize hands it to _writeHostObject
{
  const js = new JSStream();
  try { structuredClone({ a: [js] }); } catch (e) { console.log(e.name, e.message, e.code); }
  const { port1 } = new MessageChannel();
  try { port1.postMessage({ js }); } catch (e) { console.log(e.name, e.message); }
  port1.close();
  try { require('v8').serialize(js); } catch (e) { console.log(e.name, e.message); }
}
