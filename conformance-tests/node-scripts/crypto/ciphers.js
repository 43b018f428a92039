// AES in ECB, CBC, CTR and GCM: NIST SP 800-38A/38D vectors asserted, round trips in pieces, padding, auth tags,
// getCipherInfo, and the errors as node throws them.
'use strict';
const assert = require('assert');
const crypto = require('crypto');
const h = (s) => Buffer.from(s, 'hex');
// SP 800-38A F.2.1 (CBC-AES128), F.5.1 (CTR-AES128), F.1.1 (ECB-AES128): first block
const key = h('2b7e151628aed2a6abf7158809cf4f3c'), pt = h('6bc1bee22e409f96e93d7e117393172a');
const enc = (name, k, iv, data) => {
  const c = crypto.createCipheriv(name, k, iv);
  c.setAutoPadding(false);
  return Buffer.concat([c.update(data), c.final()]).toString('hex');
};
assert.strictEqual(enc('aes-128-cbc', key, h('000102030405060708090a0b0c0d0e0f'), pt), '7649abac8119b246cee98e9b12e9197d');
assert.strictEqual(enc('aes-128-ctr', key, h('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'), pt), '874d6191b620e3261bef6864990db6ce');
assert.strictEqual(enc('aes-128-ecb', key, null, pt), '3ad77bb40d7a3660a89ecaf32466ef97');
// SP 800-38D / GCM spec test case 2 (AES-128, zero key and IV, one zero block) and 4 (with AAD, 60-byte plaintext)
const g = crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12));
assert.strictEqual(Buffer.concat([g.update(Buffer.alloc(16)), g.final()]).toString('hex'), '0388dace60b6a392f328c2b971b2fe78');
assert.strictEqual(g.getAuthTag().toString('hex'), 'ab6e47d42cec13bdf53a67b21257bddf');
const k4 = h('feffe9928665731c6d6a8f9467308308'), iv4 = h('cafebabefacedbaddecaf888');
const p4 = h('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39');
const a4 = h('feedfacedeadbeeffeedfacedeadbeefabaddad2');
const c4 = crypto.createCipheriv('aes-128-gcm', k4, iv4).setAAD(a4);
const ct4 = Buffer.concat([c4.update(p4.subarray(0, 7)), c4.update(p4.subarray(7)), c4.final()]);
assert.strictEqual(ct4.toString('hex'), '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091');
assert.strictEqual(c4.getAuthTag().toString('hex'), '5bc94fbc3221a5db94fae95ae7121a47');
const d4 = crypto.createDecipheriv('aes-128-gcm', k4, iv4).setAAD(a4);
const back4 = d4.update(ct4);
d4.setAuthTag(h('5bc94fbc3221a5db94fae95ae7121a47'));
assert.deepStrictEqual(Buffer.concat([back4, d4.final()]), p4);
console.log('NIST vectors ok');

const text = 'Some text that is longer than one AES block, and not a multiple of sixteen.';
for (const name of ['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-ecb', 'aes-256-ctr', 'aes-192-ctr', 'aes-256-gcm', 'aes128', 'id-aes192-GCM']) {
  const info = crypto.getCipherInfo(name);
  const k = Buffer.alloc(info.keyLength, 0x11), iv = info.ivLength ? Buffer.alloc(info.ivLength, 0x22) : null;
  const c = crypto.createCipheriv(name, k, iv);
  const parts = [c.update(text.slice(0, 10), 'utf8', 'hex'), c.update(text.slice(10), 'utf8', 'hex'), c.final('hex')];
  const tag = info.mode === 'gcm' ? c.getAuthTag() : null;
  const d = crypto.createDecipheriv(name, k, iv);
  if (tag) d.setAuthTag(tag);
  const out = d.update(parts.join(''), 'hex', 'utf8') + d.final('utf8');
  assert.strictEqual(out, text);
  console.log(name, parts.map((p) => p.length).join('+'), parts.join('').slice(0, 32), tag ? tag.toString('base64') : '');
}
const nopad = crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(16));
nopad.setAutoPadding(false);
console.log('no padding', nopad.update(Buffer.alloc(32)).length, nopad.final().length);
const dec = crypto.createDecipheriv('aes-128-cbc', key, Buffer.alloc(16));
console.log('decipher holds its last block', dec.update(crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(16)).update(Buffer.alloc(32))).length);
const t8 = crypto.createCipheriv('aes-128-gcm', key, Buffer.alloc(12), { authTagLength: 8 });
t8.final();
console.log('tag of 8', t8.getAuthTag().toString('hex'));
console.log('long iv gcm', (() => { const c = crypto.createCipheriv('aes-128-gcm', key, Buffer.alloc(60, 5)); const o = c.update('x').toString('hex'); c.final(); return o + ' ' + c.getAuthTag().toString('hex'); })());
console.log('getCipherInfo', JSON.stringify([crypto.getCipherInfo('aes-128-gcm'), crypto.getCipherInfo('aes-256-cbc'), crypto.getCipherInfo(905),
  crypto.getCipherInfo('aes-128-ecb'), crypto.getCipherInfo('nope'), crypto.getCipherInfo('aes-128-cbc', { keyLength: 5 }),
  crypto.getCipherInfo('aes-128-gcm', { ivLength: 16 })]));
console.log('getCiphers', ['aes-128-cbc', 'aes-256-gcm', 'aes-192-ctr', 'aes-128-ecb'].every((n) => crypto.getCiphers().includes(n)));

const show = (e) => `${e.name} ${e.code} ${e.message} ${e.library} ${e.reason}`;
const k16 = Buffer.alloc(16, 1), iv16 = Buffer.alloc(16, 2), iv12 = Buffer.alloc(12);
const cases = [
  ['unknown cipher', () => crypto.createCipheriv('aes-128-xyz', k16, iv16)],
  ['bad key length', () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(5), iv16)],
  ['bad iv length', () => crypto.createCipheriv('aes-128-cbc', k16, Buffer.alloc(5))],
  ['gcm empty iv', () => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0))],
  ['bad decrypt', () => { const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.update(Buffer.alloc(16)); d.final(); }],
  ['wrong final block length', () => { const d = crypto.createDecipheriv('aes-128-cbc', k16, iv16); d.update(Buffer.alloc(15)); d.final(); }],
  ['unpadded partial block', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.setAutoPadding(false); c.update(Buffer.alloc(15)); c.final(); }],
  ['gcm wrong tag', () => { const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12); d.setAuthTag(Buffer.alloc(16)); d.update(Buffer.alloc(5)); d.final(); }],
  ['gcm no tag', () => { const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12); d.update(Buffer.alloc(5)); d.final(); }],
  ['final twice', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); c.final(); }],
  ['update after final', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); c.update('x'); }],
  ['getAuthTag before final', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).getAuthTag()],
  ['getAuthTag of cbc', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); c.getAuthTag(); }],
  ['setAAD after update', () => { const c = crypto.createCipheriv('aes-128-gcm', k16, iv12); c.update('abc'); c.setAAD(Buffer.from('x')); }],
  ['setAuthTag twice', () => { const d = crypto.createDecipheriv('aes-128-gcm', k16, iv12); d.setAuthTag(Buffer.alloc(16)); d.setAuthTag(Buffer.alloc(16)); }],
  ['setAuthTag on a cipher', () => crypto.createCipheriv('aes-128-gcm', k16, iv12).setAuthTag(Buffer.alloc(16))],
  ['setAuthTag bad length', () => crypto.createDecipheriv('aes-128-gcm', k16, iv12).setAuthTag(Buffer.alloc(3))],
  ['authTagLength 3', () => crypto.createDecipheriv('aes-128-gcm', k16, iv12, { authTagLength: 3 })],
  ['setAutoPadding after final', () => { const c = crypto.createCipheriv('aes-128-cbc', k16, iv16); c.final(); c.setAutoPadding(false); }],
];
for (const [name, f] of cases) {
  try { f(); console.log(name, 'no error'); } catch (e) { console.log(name, show(e)); }
}
