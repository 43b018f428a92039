// Digests and HMACs of known inputs: the published vectors (FIPS 180/202, RIPEMD, BLAKE2, RFC 4231) asserted,
// then each algorithm's output printed in several encodings, streaming, copy() and crypto.hash().
'use strict';
const assert = require('assert');
const crypto = require('crypto');
const vectors = {
  md5: '900150983cd24fb0d6963f7d28e17f72',
  sha1: 'a9993e364706816aba3e25717850c26c9cd0d89d',
  sha224: '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
  sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  sha384: 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
  sha512: 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  'sha512-224': '4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa',
  'sha512-256': '53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23',
  'sha3-224': 'e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf',
  'sha3-256': '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532',
  'sha3-384': 'ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25',
  'sha3-512': 'b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0',
  ripemd160: '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc',
  blake2b512: 'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
  blake2s256: '508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982',
};
for (const [alg, hex] of Object.entries(vectors)) {
  assert.strictEqual(crypto.createHash(alg).update('abc').digest('hex'), hex, alg);
  assert.strictEqual(crypto.hash(alg, 'abc'), hex, `hash() ${alg}`);
  // the same bytes fed in pieces, as a Uint8Array and a DataView
  const h = crypto.createHash(alg).update('a').update(new Uint8Array([0x62])).update(new DataView(new Uint8Array([0x63]).buffer));
  assert.strictEqual(h.digest('hex'), hex, `pieces ${alg}`);
  console.log(alg, 'vector ok', crypto.createHash(alg).update('').digest('base64'));
}
assert.strictEqual(crypto.createHash('shake128', { outputLength: 32 }).digest('hex'),
  '7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 16 }).update('abc').digest('hex'),
  '483366601360a8771c6863080cc4114d');
// RFC 4231 test case 2
assert.strictEqual(crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'),
  '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
console.log('xof and hmac vectors ok');

const text = 'The quick brown fox jumps over the lazy dog';
for (const alg of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-512', 'ripemd160', 'blake2s256', 'sm3', 'md5-sha1', 'SHA256', 'RSA-SHA1', 'sha-384']) {
  console.log(alg, crypto.createHash(alg).update(text).digest('base64url'),
    crypto.createHmac(alg, 'a key').update(text).digest('hex'),
    crypto.createHmac(alg, Buffer.alloc(200, 7)).update(text).digest('latin1').length);
}
console.log('shake256 0/7/100', crypto.createHash('shake256', { outputLength: 0 }).digest('hex'),
  crypto.createHash('shake256', { outputLength: 7 }).update(text).digest('hex'),
  crypto.createHash('shake128', { outputLength: 100 }).update(text).digest('hex'));
console.log('hash() encodings', crypto.hash('sha1', text, 'base64'), crypto.hash('md5', Buffer.from(text), 'buffer'),
  crypto.hash('shake128', text, { outputLength: 5 }));
// update() with encodings of its input
console.log('input encodings', crypto.createHash('sha1').update('616263', 'hex').digest('hex'),
  crypto.createHash('sha1').update('YWJj', 'base64').digest('hex'),
  crypto.createHash('sha1').update('h\u00e9', 'latin1').digest('hex'), crypto.createHash('sha1').update('h\u00e9').digest('hex'));
// copy() keeps the state so far; the original goes on independently
const base = crypto.createHash('sha256').update('part one, ');
const copy = base.copy();
base.update('part two');
copy.update('another ending');
console.log('copy', base.digest('hex'), copy.digest('hex'));
console.log('copy xof', crypto.createHash('shake128', { outputLength: 4 }).update('x').copy({ outputLength: 8 }).digest('hex'));
// digest() output encodings, an unknown one giving a Buffer as node's C++ does
const d = (enc) => crypto.createHash('sha1').update(text).digest(enc);
console.log('digest encodings', d('hex'), d('base64'), Buffer.isBuffer(d()), Buffer.isBuffer(d('buffer')), Buffer.isBuffer(d('nonsense')), d('ucs2').length);
// the stream interface
const s = crypto.createHash('sha256');
s.on('readable', () => { const chunk = s.read(); if (chunk) console.log('stream', chunk.toString('hex')); });
s.write('streamed ');
s.end('data');
console.log('getHashes', crypto.getHashes().length, crypto.getHashes().includes('sha256'), crypto.getHashes().includes('blake2b512'));
