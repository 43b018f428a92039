// PBKDF2, HKDF and scrypt against their RFC vectors (sync, callback and promise forms), the random APIs' shapes and
// ranges, and timingSafeEqual. Random values differ between runs, so only their properties are printed.
'use strict';
const assert = require('assert');
const crypto = require('crypto');
const { promisify } = require('util');
const hex = (b) => Buffer.from(b).toString('hex');
// RFC 6070
assert.strictEqual(hex(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1')), '0c60c80f961f0e71f3a9b524af6012062fe037a6');
assert.strictEqual(hex(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1')), '4b007901b765489abead49d926f721d065a429c1');
// RFC 5869 test case 1
const ikm = Buffer.alloc(22, 0x0b), salt = Buffer.from('000102030405060708090a0b0c', 'hex');
const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
const okm = '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865';
assert.strictEqual(hex(crypto.hkdfSync('sha256', ikm, salt, info, 42)), okm);
assert.strictEqual(hex(crypto.hkdfSync('sha256', crypto.createSecretKey(ikm), salt, info, 42)), okm);
// RFC 7914 section 12
const scryptVector = 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640';
assert.strictEqual(hex(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 })), scryptVector);
console.log('RFC vectors ok');

console.log('pbkdf2 digests', ['sha256', 'sha512', 'sha3-256', 'ripemd160', 'md5'].map((d) => hex(crypto.pbkdf2Sync('pw', 'salt', 100, 24, d))).join(' '));
console.log('hkdf digests', ['sha1', 'sha384', 'sha512'].map((d) => hex(crypto.hkdfSync(d, 'key', '', 'info', 30))).join(' '));
console.log('hkdf result type', Object.prototype.toString.call(crypto.hkdfSync('sha256', 'k', 's', 'i', 8)));
console.log('scrypt options', hex(crypto.scryptSync('pw', 'salt', 16, { cost: 32, blockSize: 4, parallelization: 2 })),
  hex(crypto.scryptSync(Buffer.from('pw'), new Uint8Array(4), 10)));

const t = crypto.timingSafeEqual;
console.log('timingSafeEqual', t(Buffer.from('abc'), Buffer.from('abc')), t(Buffer.from('abc'), Buffer.from('abd')),
  t(new Uint16Array([1, 2]), new Uint8Array([1, 0, 2, 0])), t(new ArrayBuffer(0), new Uint8Array(0)));

const r = crypto.randomBytes(32);
console.log('randomBytes', r.length, Buffer.isBuffer(r), !r.equals(crypto.randomBytes(32)));
const filled = crypto.randomFillSync(Buffer.alloc(16), 4, 8);
console.log('randomFillSync bounds untouched', filled.subarray(0, 4).every((b) => b === 0), filled.subarray(12).every((b) => b === 0));
const u32 = crypto.getRandomValues(new Uint32Array(8));
console.log('getRandomValues', u32.length, globalThis.crypto.getRandomValues(new Uint8Array(4)).length);
const uuids = new Set(Array.from({ length: 200 }, () => crypto.randomUUID()));
console.log('randomUUID', uuids.size, [...uuids].every((u) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)));
const ints = Array.from({ length: 500 }, () => crypto.randomInt(3, 9));
console.log('randomInt', ints.every((i) => i >= 3 && i < 9 && Number.isInteger(i)), new Set(ints).size);

(async () => {
  const order = [];
  const pb = await new Promise((res, rej) => crypto.pbkdf2('password', 'salt', 1, 20, 'sha1', (e, k) => (e ? rej(e) : res(k))));
  assert.strictEqual(hex(pb), '0c60c80f961f0e71f3a9b524af6012062fe037a6');
  order.push('pbkdf2');
  const hk = await promisify(crypto.hkdf)('sha256', ikm, salt, info, 42);
  assert.strictEqual(hex(hk), okm);
  order.push('hkdf');
  const sc = await promisify(crypto.scrypt)('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 });
  assert.strictEqual(hex(sc), scryptVector);
  order.push('scrypt');
  const rb = await promisify(crypto.randomBytes)(10);
  order.push(`randomBytes ${rb.length}`);
  const rf = await promisify(crypto.randomFill)(new Uint8Array(6));
  order.push(`randomFill ${rf.constructor.name} ${rf.length}`);
  const ri = await promisify(crypto.randomInt)(10);
  order.push(`randomInt ${ri >= 0 && ri < 10}`);
  const digest = await crypto.subtle.digest('SHA-256', Buffer.from('abc'));
  order.push(`subtle.digest ${hex(digest).slice(0, 16)}`);
  console.log('async', order.join(', '));
  // callbacks run after the synchronous code that started them, with the job as this
  let sync = true;
  crypto.pbkdf2('a', 'b', 1, 8, 'sha256', function (e, k) { console.log('pbkdf2 callback', sync, e, hex(k), this.constructor.name); });
  crypto.scrypt('a', 'b', 8, (e, k) => console.log('scrypt callback', sync, e, hex(k)));
  sync = false;
})();
