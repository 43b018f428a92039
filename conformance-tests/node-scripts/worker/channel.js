// MessageChannel: a structured value round trip, transfer of an ArrayBuffer (detached at the sender) and of a
// MessagePort (usable at the receiver), receiveMessageOnPort, DataCloneError for what cannot be cloned.
const assert = require('assert');
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
const inner = new MessageChannel();
const value = { n: 1.5, big: 10n, s: 'é', list: [1, [2]], map: new Map([['k', new Set([1])]]), date: new Date(0),
  view: new Uint8Array(ab, 2, 3), port: inner.port2 };
port2.once('message', (m) => {
  assert.strictEqual(m.n, 1.5);
  assert.strictEqual(m.big, 10n);
  assert.strictEqual(m.s, 'é');
  assert.deepStrictEqual(m.list, [1, [2]]);
  assert.deepStrictEqual(m.map, new Map([['k', new Set([1])]]));
  assert.strictEqual(m.date.getTime(), 0);
  assert.deepStrictEqual([...m.view], [3, 4, 5]);
  assert.strictEqual(m.view.buffer.byteLength, 8);
  console.log('round trip ok', Object.keys(m).join(','));
  m.port.postMessage('through the moved port');
  port2.close();
});
inner.port1.once('message', (v) => {
  assert.strictEqual(v, 'through the moved port');
  console.log('moved port ok');
  inner.port1.close();
});
port1.postMessage(value, [ab, inner.port2]);
assert.strictEqual(ab.byteLength, 0);
console.log('sender buffer detached', ab.byteLength);

const c = new MessageChannel();
c.port1.postMessage({ hi: 1 });
assert.deepStrictEqual(receiveMessageOnPort(c.port2), { message: { hi: 1 } });
assert.strictEqual(receiveMessageOnPort(c.port2), undefined);
console.log('receiveMessageOnPort ok');
assert.throws(() => c.port1.postMessage(() => 1), { name: 'DataCloneError' });
assert.throws(() => c.port1.postMessage(1, [c.port1]), { name: 'DataCloneError' });
assert.throws(() => c.port1.postMessage({ p: inner.port1 }), { name: 'DataCloneError' });
console.log('DataCloneError ok');
c.port1.close();
