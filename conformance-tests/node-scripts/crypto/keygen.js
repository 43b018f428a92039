// Key pair generation: generateKeyPairSync and generateKeyPair (callback and promisified) for rsa, rsa-pss (with and
// without parameters), ec (P-256, P-384, P-521, secp256k1), ed25519 and x25519, as key objects or encoded as asked
// (pem, der, jwk), ed448 and x448 too; the keys' details and that they sign and verify; and node's errors for bad options.
'use strict';
const crypto = require('crypto');
const { promisify } = require('util');

const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
const data = Buffer.from('some data to sign');
const works = (pub, priv, alg = 'sha256') =>
  crypto.verify(alg, data, pub, crypto.sign(alg, data, priv)) && !crypto.verify(alg, Buffer.from('x'), pub, crypto.sign(alg, data, priv));
const shape = (k) => (typeof k === 'string' ? k.split('\n')[0] : Buffer.isBuffer(k) ? `der ${k[0]}` : k.constructor.name);

const r = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
console.log('rsa', r.publicKey.type, r.privateKey.type, r.publicKey.asymmetricKeyType, r.privateKey.asymmetricKeyDetails,
  works(r.publicKey, r.privateKey), r.publicKey.equals(crypto.createPublicKey(r.privateKey)));
const r3 = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 });
console.log('rsa e=3', r3.publicKey.asymmetricKeyDetails, works(r3.publicKey, r3.privateKey));
const enc = crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024,
  publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'der' },
});
console.log('rsa encoded', shape(enc.publicKey), shape(enc.privateKey),
  works(enc.publicKey, { key: enc.privateKey, format: 'der', type: 'pkcs8' }));
const jwk = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } });
console.log('rsa jwk', Object.keys(jwk.publicKey), Object.keys(jwk.privateKey), jwk.publicKey.e,
  works({ key: jwk.publicKey, format: 'jwk' }, { key: jwk.privateKey, format: 'jwk' }));

for (const options of [{}, { hashAlgorithm: 'sha256' }, { hashAlgorithm: 'sha512', mgf1HashAlgorithm: 'sha256', saltLength: 16 },
  { saltLength: 5 }, { hashAlgorithm: 'sha1' }]) {
  const k = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, ...options });
  const alg = options.hashAlgorithm || (options.saltLength ? 'sha1' : 'sha256');
  console.log('rsa-pss', options, k.publicKey.asymmetricKeyType, k.privateKey.asymmetricKeyDetails, works(k.publicKey, k.privateKey, alg),
    k.publicKey.export({ format: 'der', type: 'spki' }).subarray(0, 26).toString('hex'));
  const back = crypto.createPrivateKey(k.privateKey.export({ format: 'pem', type: 'pkcs8' }));
  console.log(' round trip', back.equals(k.privateKey), back.asymmetricKeyDetails);
}

for (const namedCurve of ['P-256', 'prime256v1', 'P-384', 'secp384r1', 'P-521', 'secp521r1', 'secp256k1']) {
  const k = crypto.generateKeyPairSync('ec', { namedCurve });
  const j = k.privateKey.export({ format: 'jwk' });
  console.log('ec', namedCurve, k.privateKey.asymmetricKeyDetails, j.crv, j.x.length, j.d.length,
    works(k.publicKey, k.privateKey), works(k.publicKey, { key: k.privateKey, dsaEncoding: 'ieee-p1363' }),
    crypto.createPublicKey({ key: k.publicKey.export({ format: 'jwk' }), format: 'jwk' }).equals(k.publicKey),
    shape(k.privateKey.export({ format: 'pem', type: 'sec1' })));
}

for (const type of ['ed25519', 'x25519', 'ed448', 'x448']) {
  const k = crypto.generateKeyPairSync(type);
  const j = k.privateKey.export({ format: 'jwk' });
  console.log(type, k.privateKey.asymmetricKeyType, k.publicKey.asymmetricKeyDetails, j.crv, j.kty, j.x.length,
    type.startsWith('ed') ? crypto.verify(null, data, k.publicKey, crypto.sign(null, data, k.privateKey)) : '-',
    crypto.createPrivateKey({ key: j, format: 'jwk' }).equals(k.privateKey),
    k.privateKey.export({ format: 'der', type: 'pkcs8' }).length, k.publicKey.export({ format: 'der', type: 'spki' }).length);
  const e = crypto.generateKeyPairSync(type, { publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  console.log(' encoded', shape(e.publicKey), shape(e.privateKey), crypto.createPublicKey(e.privateKey).export({ type: 'spki', format: 'pem' }) === e.publicKey);
}

const pss5 = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256', saltLength: 20 });
show('rsa-pss other digest', () => crypto.sign('sha512', data, pss5.privateKey));
show('rsa-pss default digest', () => crypto.verify(undefined, data, pss5.publicKey, crypto.sign(undefined, data, pss5.privateKey)));
show('rsa-pss shorter salt', () => crypto.sign('sha256', data, { key: pss5.privateKey, saltLength: 10 }));
show('rsa-pss longer salt', () => crypto.sign('sha256', data, { key: pss5.privateKey, saltLength: 30 }).length);
show('rsa-pss pkcs1 padding', () => crypto.sign('sha256', data, { key: pss5.privateKey, padding: crypto.constants.RSA_PKCS1_PADDING }));
show('bad curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'foo' }));
show('secp256r1', () => crypto.generateKeyPairSync('ec', { namedCurve: 'secp256r1' }));
show('small modulus', () => crypto.generateKeyPairSync('rsa', { modulusLength: 256 }));
show('no modulus', () => crypto.generateKeyPairSync('rsa', {}));
show('bad type', () => crypto.generateKeyPairSync('foo'));
show('bad hash', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'foo' }));
show('bad mgf1 hash', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, mgf1HashAlgorithm: 'foo' }));
show('pkcs1 for ec', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'pkcs1', format: 'pem' } }));
show('sec1 for rsa', () => crypto.generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'sec1', format: 'pem' } }));
show('jwk of rsa-pss', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, publicKeyEncoding: { format: 'jwk' } }));
show('bad curve async', () => crypto.generateKeyPair('ec', { namedCurve: 'foo' }, () => {}));

crypto.generateKeyPair('ec', { namedCurve: 'P-384' }, (err, pub, priv) => {
  console.log('async ec', err, pub.asymmetricKeyDetails, works(pub, priv));
  crypto.generateKeyPair('rsa', { modulusLength: 1024, publicKeyEncoding: { type: 'spki', format: 'pem' } }, (err2, pub2, priv2) => {
    console.log('async rsa', err2, shape(pub2), shape(priv2), works(pub2, priv2));
    promisify(crypto.generateKeyPair)('ed25519').then(({ publicKey, privateKey }) => {
      console.log('promisified ed25519', publicKey.asymmetricKeyType, privateKey.type,
        crypto.verify(null, data, publicKey, crypto.sign(null, data, privateKey)));
    });
    crypto.generateKeyPair('rsa', { modulusLength: 256 }, (err3) => console.log('async small modulus', err3.name, err3.code, err3.message));
  });
});
