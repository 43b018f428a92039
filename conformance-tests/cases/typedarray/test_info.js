'use strict';
// napi_get_typedarray_info / napi_is_typedarray on typed arrays JS made: the data pointer aliases the JS bytes.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

// new Int32Array(n): writes through the pointer are seen by JS
{
  const a = new Int32Array(4);
  binding.setInt32At(a, 2, -7);
  strictEqual(a[2], -7);
  const info = binding.info(a);
  deepStrictEqual([info.status, info.type, info.length, info.byteOffset, info.dataOk], [0, 5, 4, 0, true]);
  strictEqual(info.buffer, a.buffer);
  console.log('new Int32Array(4):', Array.from(a).join(','), 'info', info.type, info.length, info.byteOffset);
}
// JS writes are seen through the pointer
{
  const d = new Float64Array([1.5, 2.25, 3]);
  strictEqual(binding.sumDoubles(d), 6.75);
  d[1] = 10;
  strictEqual(binding.sumDoubles(d), 14.5);
  console.log('Float64Array sum through pointer:', binding.sumDoubles(d));
}
// subarray: same buffer, offset data pointer
{
  const base = new Int32Array(8);
  const sub = base.subarray(3, 6);
  const info = binding.info(sub);
  deepStrictEqual([info.type, info.length, info.byteOffset, info.dataOk], [5, 3, 12, true]);
  strictEqual(info.buffer, base.buffer);
  binding.setInt32At(sub, 0, 42);
  strictEqual(base[3], 42);
  console.log('subarray(3, 6): length', info.length, 'byteOffset', info.byteOffset, 'base[3]', base[3]);
}
// slice: a copy with its own buffer
{
  const base = new Int32Array([1, 2, 3, 4]);
  const s = base.slice(1);
  const info = binding.info(s);
  deepStrictEqual([info.length, info.byteOffset], [3, 0]);
  strictEqual(info.buffer === base.buffer, false);
  binding.setInt32At(s, 0, 99);
  strictEqual(s[0], 99);
  strictEqual(base[1], 2);
  console.log('slice(1): length', info.length, 's[0]', s[0], 'base[1]', base[1]);
}
// views over an ArrayBuffer with an offset, Uint8Array.from, every JS type's info type
{
  const ab = new ArrayBuffer(32);
  const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array];
  const got = types.map((C) => binding.info(new C(ab, 8, 2)));
  console.log('types:', got.map((i) => i.type).join(','), 'offsets', got.map((i) => i.byteOffset).join(','));
  deepStrictEqual(got.map((i) => i.type), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  for (const i of got) { strictEqual(i.dataOk, true); strictEqual(i.buffer, ab); strictEqual(i.length, 2); }
  const f = Uint8Array.from([5, 6, 7]);
  binding.fillBytes(f, 1);
  deepStrictEqual(Array.from(f), [1, 1, 1]);
}
// a subclass is a typed array; a user getter does not change what Node-API reports
{
  class My extends Uint16Array {}
  const m = new My(6);
  Object.defineProperty(m, 'length', { value: 1000 });
  const info = binding.info(m);
  deepStrictEqual([info.status, info.type, info.length], [0, 4, 6]);
  console.log('subclass with own length property: length', info.length);
}
// length-tracking view over a resizable buffer
{
  const r = new ArrayBuffer(8, { maxByteLength: 64 });
  const t = new Uint8Array(r);
  strictEqual(binding.info(t).length, 8);
  r.resize(40);
  strictEqual(binding.info(t).length, 40);
  binding.fillBytes(t, 3);
  strictEqual(t[39], 3);
  console.log('length-tracking: length', binding.info(t).length);
}
// detached: length 0, byte offset 0, data NULL; the buffer is still reported
{
  const a = new Uint32Array(new ArrayBuffer(16), 4, 2);
  const buf = a.buffer;
  strictEqual(binding.dataIsNull(a), false);
  strictEqual(binding.detach(buf), 0);
  const info = binding.info(a);
  deepStrictEqual([info.status, info.type, info.length, info.byteOffset, info.dataOk], [0, 6, 0, 0, true]);
  strictEqual(info.buffer, buf);
  strictEqual(binding.dataIsNull(a), true);
  console.log('detached Uint32Array: length', info.length, 'byteOffset', info.byteOffset, 'data NULL', binding.dataIsNull(a));
}

// partial out-params
{
  const st = binding.infoPartial(new Int8Array(3));
  console.log('partial out-params:', st.join(','));
  deepStrictEqual(st, [0, 0, 0, 0, 0, 0]);
}

// is / info on everything else
for (const [what, v] of [
  ['Uint8Array', new Uint8Array(1)], ['BigInt64Array', new BigInt64Array(1)],
  ['DataView', new DataView(new ArrayBuffer(1))], ['ArrayBuffer', new ArrayBuffer(1)],
  ['array', [1, 2]], ['object', {}], ['spoofed tag', { [Symbol.toStringTag]: 'Uint8Array', length: 1 }],
  ['Proxy of Uint8Array', new Proxy(new Uint8Array(1), {})], ['Object.create(Uint8Array.prototype)', Object.create(Uint8Array.prototype)],
  ['null', null], ['number', 1], ['string', 'ab'],
]) {
  const is = binding.isTypedArray(v);
  const info = binding.info(v);
  console.log(what + ': is', is.status, is.result, 'info', info.status);
}
