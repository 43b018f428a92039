// v8.serialize / v8.deserialize and the Serializer/Deserializer classes (internalBinding('serdes')): the bytes of
// V8's wire format for each kind of value, the round trip, node's host objects for Buffers and typed arrays, the
// errors; and node:test, which needs a Serializer when it loads.
const v8 = require('v8');
const hex = (b) => Buffer.from(b).toString('hex');
const withStack = (e) => { e.stack = `${e.name}: stack`; return e; }; // engines' stack texts differ
const cyclic = { name: 'c' };
cyclic.self = cyclic;
const shared = { s: 1 };
const sparse = [1, , 3];
sparse.extra = 'x';
const dense = [1, 'two', 3.5];
dense.prop = true;
const values = [
  undefined, null, true, false, 0, -0, 1, -1, 63, 64, -65, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 0.5, NaN, Infinity,
  0n, 1n, -1n, 2n ** 64n, -(2n ** 70n), '', 'abc', 'é£', '€uro', 'a\u{1F600}b', { a: 1, b: 'x', 3: 'three', 1: 'one' },
  [], [1, 2, 3], dense, sparse, new Array(3), new Date(0), new Date(1e12), /ab+c/gimsuyd, new Map([[1, 'a'], ['b', { c: 2 }]]),
  new Set([1, 'x', shared, shared]), Object(true), Object(false), Object(1.5), Object('str'), Object(12n),
  new ArrayBuffer(3), new Uint8Array([1, 2, 3]), Buffer.from('buf'), new Float64Array([1.5, -2]), new DataView(new ArrayBuffer(4), 1, 2),
  new Int16Array([-1, 2]).subarray(1), cyclic, [shared, shared], withStack(new RangeError('bad range')), withStack(new TypeError('t', { cause: 'why' })), withStack(new Error('plain')),
];
for (const v of values) {
  let bytes;
  try { bytes = v8.serialize(v); } catch (e) { console.log('serialize threw', e.name, e.message); continue; }
  let back;
  try { back = v8.deserialize(bytes); } catch (e) { back = `deserialize threw ${e.message}`; }
  const shown = v instanceof Error ? `${back.constructor.name}: ${back.message} cause=${back.cause} stack=${back.stack}` : back;
  console.log(hex(bytes), require('util').inspect(shown, { depth: 3 }));
}
for (const bad of [() => {}, Symbol('s'), Promise.resolve(), new WeakMap(), { f() {} }]) {
  try { v8.serialize(bad); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
const ser = new v8.Serializer();
ser.writeHeader();
ser.writeUint32(300); ser.writeUint64(1, 2); ser.writeDouble(-1.25); ser.writeRawBytes(Buffer.from([9, 8]));
ser.writeValue({ x: [1] });
const raw = ser.releaseBuffer();
console.log(hex(raw), hex(ser.releaseBuffer()));
const des = new v8.Deserializer(raw);
console.log(des.readHeader(), des.getWireFormatVersion(), des.readUint32(), des.readUint64(), des.readDouble(),
  hex(des.readRawBytes(2)), des.readValue(), Object.keys(des));
for (const f of [() => ser.writeRawBytes('x'), () => new v8.Deserializer('x'), () => des.readUint32(), () => des.readDouble(),
  () => v8.deserialize(Buffer.from([0xff, 0x0f, 0x6f])), () => v8.deserialize(Buffer.from([0xff, 0x20, 0x30])),
  () => ser.transferArrayBuffer(0, 'x')]) {
  try { console.log('no error', f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
const ab = new ArrayBuffer(2);
const s2 = new v8.Serializer();
s2.transferArrayBuffer(7, ab);
s2.writeHeader(); s2.writeValue([ab, new Uint8Array(ab)]);
const b2 = s2.releaseBuffer();
const d2 = new v8.Deserializer(b2);
const other = new ArrayBuffer(2);
d2.transferArrayBuffer(7, other); d2.readHeader();
const got = d2.readValue();
console.log(hex(b2), got[0] === other, got[1].buffer === other);
console.log(typeof require('node:test').test, typeof require('node:test').describe);
