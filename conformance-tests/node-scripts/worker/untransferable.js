// An addon's external memory (napi_create_external_arraybuffer / _buffer with a finalizer) cannot be transferred by
// postMessage or structuredClone: DataCloneError, the buffer left as it was; copying it is fine. markAsUntransferable
// does the same for JS's own buffers.
const assert = require('assert');
const { MessageChannel, markAsUntransferable, isMarkedAsUntransferable } = require('worker_threads');
const addon = require(process.env.NAPI_SCRIPTS_INSTANCE_ADDON);

const { port1, port2 } = new MessageChannel();
const tryTransfer = (what, ab) => {
  for (const [how, f] of [['postMessage', () => port1.postMessage(ab, [ab])], ['structuredClone', () => structuredClone(ab, { transfer: [ab] })]]) {
    try {
      f();
      console.log(what, how, 'transferred', ab.byteLength);
    } catch (e) {
      console.log(what, how, e.name, e.code, e.message, 'byteLength still', ab.byteLength);
    }
  }
};
const ab = addon.externalArrayBuffer(16);
console.log('external ArrayBuffer marked:', isMarkedAsUntransferable(ab));
tryTransfer('external ArrayBuffer', ab);
const buf = addon.externalBuffer(8);
console.log('external Buffer marked:', isMarkedAsUntransferable(buf.buffer));
tryTransfer('external Buffer', buf.buffer);
const own = new ArrayBuffer(4);
markAsUntransferable(own);
tryTransfer('marked ArrayBuffer', own);
try {
  const copy = structuredClone(new ArrayBuffer(4), { transfer: [] });
  console.log('plain ArrayBuffer structuredClone copied', copy.byteLength);
  const plain = new ArrayBuffer(4);
  port1.postMessage(plain, [plain]);
  console.log('plain ArrayBuffer postMessage transferred, byteLength now', plain.byteLength);
} catch (e) {
  console.log('plain ArrayBuffer', e.name, e.message);
}
port2.on('message', (m) => {
  console.log('copy received:', m.constructor.name, m.byteLength, Buffer.from(m).toString('hex'));
  port1.close();
});
port1.postMessage(ab); // a copy: allowed
assert.strictEqual(ab.byteLength, 16);
