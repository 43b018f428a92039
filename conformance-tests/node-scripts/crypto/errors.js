// Errors of the digest, HMAC and KDF APIs as node throws them: class, code and message.
'use strict';
const crypto = require('crypto');
const show = (e) => `${e.name} ${e.code} ${e.message}`;
const cases = [
  ['createHash unknown', () => crypto.createHash('sha0')],
  ['createHash wrong type', () => crypto.createHash(42)],
  ['hash() unknown', () => crypto.hash('nope', 'x')],
  ['createHmac unknown', () => crypto.createHmac('sha0', 'key')],
  ['createHmac no key', () => crypto.createHmac('sha256')],
  ['update after digest', () => { const h = crypto.createHash('md5'); h.digest(); h.update('x'); }],
  ['digest twice', () => { const h = crypto.createHash('md5'); h.digest(); h.digest(); }],
  ['copy after digest', () => { const h = crypto.createHash('md5'); h.digest(); h.copy(); }],
  ['update with a number', () => crypto.createHash('md5').update(5)],
  ['outputLength on a fixed digest', () => crypto.createHash('sha256', { outputLength: 5 }).digest()],
  ['outputLength not a uint32', () => crypto.createHash('shake128', { outputLength: -1 })],
  ['pbkdf2 unknown digest', () => crypto.pbkdf2Sync('a', 'b', 1, 10, 'sha0')],
  ['pbkdf2 bad iterations', () => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1')],
  ['hkdf unknown digest', () => crypto.hkdfSync('sha0', 'a', 'b', 'c', 10)],
  ['hkdf too long', () => crypto.hkdfSync('sha256', 'a', 'b', 'c', 255 * 32 + 1)],
  ['scrypt N not a power of 2', () => crypto.scryptSync('a', 'b', 16, { N: 3 })],
  ['scrypt over maxmem', () => crypto.scryptSync('a', 'b', 16, { N: 2 ** 20 })],
  ['scrypt N and cost', () => crypto.scryptSync('a', 'b', 16, { N: 16, cost: 16 })],
  ['timingSafeEqual lengths', () => crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('abc'))],
  ['timingSafeEqual type', () => crypto.timingSafeEqual('ab', 'ab')],
  ['randomBytes negative', () => crypto.randomBytes(-1)],
  ['randomInt range', () => crypto.randomInt(5, 5)],
  ['randomFillSync offset', () => crypto.randomFillSync(Buffer.alloc(4), 5)],
];
for (const [name, f] of cases) {
  try { f(); console.log(name, 'no error'); } catch (e) { console.log(name, show(e)); }
}
const h = crypto.createHmac('sha1', 'k');
h.digest();
console.log('hmac digest twice is empty', JSON.stringify(h.digest('hex')), h.digest().length);
try { crypto.pbkdf2('a', 'b', 1, 10, 'sha0', () => {}); } catch (e) { console.log('async pbkdf2 unknown digest', show(e)); }
