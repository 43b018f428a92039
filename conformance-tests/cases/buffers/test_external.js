'use strict';
// napi_create_external_buffer: the Buffer's bytes are the addon's memory (no copy); the finalizer runs once the
// Buffer is garbage, with the hint.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const tick = () => new Promise((r) => setImmediate(r));

(async () => {
  let e = binding.external(4, 0x61);
  strictEqual(Object.getPrototypeOf(e), Buffer.prototype);
  strictEqual(e instanceof Uint8Array, true);
  strictEqual(e.length, 4);
  strictEqual(e.toString(), 'abcd');
  e[1] = 0x5a;
  strictEqual(binding.externalByte(1), 0x5a);
  binding.setExternalByte(3, 0x21);
  strictEqual(e.toString(), 'aZc!');
  strictEqual(binding.info(e).sum, 0x61 + 0x5a + 0x63 + 0x21);
  strictEqual(binding.isBuffer(e).result, true);
  let s = e.slice(1, 3);
  s[0] = 0x79;
  strictEqual(binding.externalByte(1), 0x79);
  console.log('external:', e.toString(), e.toString('hex'), 'slice', s.toString());
  strictEqual(binding.finalized().count, 0);

  // no finalizer, static memory; zero length
  const st = binding.externalStatic(3);
  deepStrictEqual(Array.from(st), [100, 101, 102]);
  const st0 = binding.externalStatic(0);
  strictEqual(st0.length, 0);
  strictEqual(Buffer.isBuffer(st0), true);
  console.log('static:', Array.from(st).join(','), 'empty', st0.length);

  // dropped, but a slice still views the memory: no finalizer yet
  e = null;
  for (let i = 0; i < 3; i++) { global.gc(); await tick(); }
  strictEqual(binding.finalized().count, 0);
  strictEqual(s.toString(), 'yc');
  console.log('after dropping the buffer, its slice:', s.toString(), 'finalized', binding.finalized().count);
  // all dropped: the finalizer frees the memory
  s = null;
  for (let i = 0; i < 30 && binding.finalized().count === 0; i++) { global.gc(); await tick(); }
  const f = binding.finalized();
  strictEqual(f.count, 1);
  strictEqual(f.hintOk, true);
  console.log('finalized:', f.count, 'hint ok:', f.hintOk);
})().catch((err) => { console.log('FAILED', err && err.stack); process.exitCode = 1; });
