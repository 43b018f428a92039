// Asymmetric keys and signatures: keys read from PEM/DER (pkcs8, spki, pkcs1, sec1) and JWK, exported back in every
// format (byte for byte as node's OpenSSL writes them), their details and equality; RSA PKCS#1 v1.5 and Ed25519
// signatures (deterministic: printed), ECDSA and RSA-PSS (random: verified), one-shot, streaming and async, and the
// errors node throws for bad keys, digests and paddings. The keys were made once by node 25 for this file.
'use strict';
const crypto = require('crypto');
const { promisify } = require('util');

const RSA = `-----BEGIN RSA PRIVATE KEY-----
MIICXAIBAAKBgQDfUoSlQvRazLuSCRsRlAsmEWppDpWlNyV90ap6azzJplHp5kWS
eOsicWYoaFvrwD6rY1CYTf0yGoqUJa1+CsS8nEp1xqZQ8tI8zvmqTNzpP/4WIFYE
Xl92i8QSrCY5lrp+J76fuEdyw8Dg+oers1SlcG5xV/7xcEx3xczWctdIMQIDAQAB
AoGAUelMaeljAyLw8aGRYiMw66ebpikJTm4pvDp5EyneRABTLz2c6xqa9Ckv1UZh
4NjEo8xrtVF1uzjs92XSetasTepF8jsB3bvAuex/waWP4HwPcfpAG0NIuBS7alFE
9QV1dlAnzd07miaTZjesV4YhSQuYNTY0IqsP4ucejX2EM4ECQQD8SeAukEu+HSXG
zxUxn433wzIphRdlMr0t1imwB3AY2GLTUUACYYhU6V6H6DVv2eBpEVVEJL6xS4UA
KniwZ1BJAkEA4puOEK7xkltbsFSFEzb8zDl2h6yCLv++/vA9657sJEq7nQlO33Ai
ru/pFEJ59vZ3Gv0VG7KSWOilVlQKhRkIqQJAC6/wbrfIinoXMeqN9MqLbRrhzAKa
XtnG4cS2Ea2Gh+AeU+PDr1iNVEGrW2hqcVAKkVN4O7voCZaSBrvw81sV4QJBAM3U
jY4J2dMeuIHJw7ZYU/cMmuVRhE48brgSb6v9hnDQkOlq8wFxUY+kywlj+HSiGj2h
c/LcmKG5b7SiUYvj2UECQCeJMIzWAs6Dpn4aG77yj62RioBwILbN9oQnAc9Ax/C5
Ic6T5DjwNozkGxp/z4G7o8hw2xzjGidJSxm950jveO4=
-----END RSA PRIVATE KEY-----
`;
const EC = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIMFCs3A+HCmP/hT1xjCP1+92xiEgZUyfkAeOG2KvYcUToAoGCCqGSM49
AwEHoUQDQgAExQtCuzDfBZKXoASzfDzggg6sQ3/UtkQaZ66vEtLqb/Wg76nzf374
OnhoAM4Pdcqgj7/l+ZbzktGEcIeh9A6ucQ==
-----END EC PRIVATE KEY-----
`;
const EC384 = `-----BEGIN PRIVATE KEY-----
MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDD4PKayiZo/JYSvfzbj
mUU+ANd8Xd0UypV/xrc3OF0bYn1ZADegZ51D71r9VTHMkSehZANiAARVJGb27T7x
2f2CPnlOh295tNQYL3lpP9sMJJEgXq8XdHMScIOqhHoWco38XNoUw0SUcG7AlEdc
ZHQcq2LaFmVKYH2dGAeB/i5JjgrGi9pHiWO/+IbXQvIQ5nTfAR4gwDI=
-----END PRIVATE KEY-----
`;
const ED = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIBgLwi8C7DVCiwHoqCEJKxBtp7bDY4KIz/KILH7rqB1u
-----END PRIVATE KEY-----
`;
const DSA = `-----BEGIN PRIVATE KEY-----
MIIBSwIBADCCASsGByqGSM44BAEwggEeAoGBAI80obXOVr3G1NvPeVwL/P1dlfto
vN+63ypGkWj9hkxf1L0BRUS1JpBojGI5PZpChRpbUI0uLsuVvdwAv7F0GU1XGq+x
n7ZKB1odZiPBYd1f0L3YPUbYx0jcCLf9dwRIEY0gvInLHaabyNv3kjtZpBPXLdkV
13EO29L0KJRPOTcxAhUAzmckHdrTplR0F8vkLeQxoMguiTcCgYA5n2WbG5daJn3M
GZgSs65oPVgJ9UqB4dDDrPSLlGtahxFAaNM26krZ/jfqnqZgRWYQj6UA7ap+vX6a
ycac4JHfb51cJ1n+9nzCO7GZuUpq1tOKMLu28VMe9TIEfm4hJKyccyQH/BvpUNHz
2E3WpSnv5rEZCAUsEFaA8ZwsCS6nmgQXAhUAtNFm4ikuyR/iGtUCqWyjJn10uWE=
-----END PRIVATE KEY-----
`;
const X = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VuBCIEIOiKmj+p6IUKaXBBv2B7kcr9Qd4oeCqc52mBnqkfoxVa
-----END PRIVATE KEY-----
`;

const show = (label, f) => {
  try {
    const r = f();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
const data = Buffer.from('The quick brown fox jumps over the lazy dog');

// ---- reading and writing keys
const keys = {};
for (const [name, pem] of [['rsa', RSA], ['ec', EC], ['ec384', EC384], ['ed25519', ED], ['x25519', X]]) {
  const priv = crypto.createPrivateKey(pem);
  const pub = crypto.createPublicKey(pem);
  keys[name] = { priv, pub };
  console.log(name, priv.type, priv.asymmetricKeyType, pub.type, pub.asymmetricKeyType, priv.asymmetricKeyDetails,
    pub.asymmetricKeyDetails, String(priv), priv instanceof crypto.KeyObject);
  console.log(' pkcs8', priv.export({ format: 'pem', type: 'pkcs8' }));
  console.log(' pkcs8 der', priv.export({ format: 'der', type: 'pkcs8' }).toString('base64'));
  console.log(' spki', pub.export({ format: 'pem', type: 'spki' }));
  console.log(' spki der', pub.export({ format: 'der', type: 'spki' }).toString('base64'));
  console.log(' jwk', priv.export({ format: 'jwk' }), pub.export({ format: 'jwk' }));
  // back from each encoding
  const p8 = crypto.createPrivateKey({ key: priv.export({ format: 'der', type: 'pkcs8' }), format: 'der', type: 'pkcs8' });
  const spki = crypto.createPublicKey({ key: pub.export({ format: 'der', type: 'spki' }), format: 'der', type: 'spki' });
  const jwkPriv = crypto.createPrivateKey({ key: priv.export({ format: 'jwk' }), format: 'jwk' });
  const jwkPub = crypto.createPublicKey({ key: pub.export({ format: 'jwk' }), format: 'jwk' });
  console.log(' equals', p8.equals(priv), spki.equals(pub), jwkPriv.equals(priv), jwkPub.equals(pub), priv.equals(pub),
    crypto.createPublicKey(priv).equals(pub), crypto.createPublicKey(pub.export({ format: 'pem', type: 'spki' })).equals(pub));
}
const rsa = keys.rsa;
console.log('rsa pkcs1', rsa.priv.export({ format: 'pem', type: 'pkcs1' }) === RSA, rsa.pub.export({ format: 'pem', type: 'pkcs1' }));
const pkcs1Pub = rsa.pub.export({ format: 'der', type: 'pkcs1' });
console.log('rsa pkcs1 der', crypto.createPublicKey({ key: pkcs1Pub, format: 'der', type: 'pkcs1' }).equals(rsa.pub),
  crypto.createPrivateKey({ key: rsa.priv.export({ format: 'der', type: 'pkcs1' }), format: 'der', type: 'pkcs1' }).equals(rsa.priv),
  crypto.createPublicKey({ key: rsa.priv.export({ format: 'der', type: 'pkcs1' }), format: 'der', type: 'pkcs1' }).equals(rsa.pub));
console.log('ec sec1', keys.ec.priv.export({ format: 'pem', type: 'sec1' }) === EC,
  crypto.createPrivateKey({ key: keys.ec.priv.export({ format: 'der', type: 'sec1' }), format: 'der', type: 'sec1' }).equals(keys.ec.priv));
console.log('different', rsa.pub.equals(keys.ec.pub), keys.ec.pub.equals(keys.ec384.pub));

// ---- signatures
for (const alg of ['sha256', 'sha1', 'sha512', 'RSA-SHA256', 'sha384', 'sha3-256']) {
  show(`rsa ${alg}`, () => crypto.sign(alg, data, rsa.priv));
  const s = crypto.createSign(alg).update(data.subarray(0, 10)).update(data.subarray(10)).sign(RSA);
  console.log(' stream equal', s.equals(crypto.sign(alg, data, RSA)), crypto.verify(alg, data, rsa.pub, s),
    crypto.createVerify(alg).update(data).verify(rsa.pub, s), crypto.verify(alg, Buffer.from('x'), rsa.pub, s));
}
console.log('rsa default digest', crypto.sign(null, data, rsa.priv).equals(crypto.sign('sha256', data, rsa.priv)));
console.log('rsa hex signature', crypto.createSign('sha256').update('abc').sign(rsa.priv, 'hex'));
console.log('rsa verify hex', crypto.createVerify('sha256').update('abc').verify(rsa.pub,
  crypto.createSign('sha256').update('abc').sign(rsa.priv, 'base64'), 'base64'));

const PSS = crypto.constants.RSA_PKCS1_PSS_PADDING;
for (const saltLength of [undefined, 0, 16, crypto.constants.RSA_PSS_SALTLEN_DIGEST, crypto.constants.RSA_PSS_SALTLEN_MAX_SIGN]) {
  const s = crypto.sign('sha256', data, { key: rsa.priv, padding: PSS, saltLength });
  const v = (o) => crypto.verify('sha256', data, { key: rsa.pub, padding: PSS, ...o }, s);
  console.log('pss', saltLength, s.length, v({ saltLength }), v({ saltLength: crypto.constants.RSA_PSS_SALTLEN_AUTO }),
    v({ saltLength: 5 }), crypto.verify('sha256', data, rsa.pub, s),
    crypto.createVerify('sha256').update(data).verify({ key: rsa.pub, padding: PSS, saltLength }, s));
}
show('pss salt too long', () => crypto.sign('sha256', data, { key: rsa.priv, padding: PSS, saltLength: 1000 }));
show('bad padding', () => crypto.sign('sha256', data, { key: rsa.priv, padding: 3 }));

for (const k of [keys.ec, keys.ec384]) {
  for (const dsaEncoding of ['der', 'ieee-p1363']) {
    const s = crypto.sign('sha256', data, { key: k.priv, dsaEncoding });
    const s2 = crypto.createSign('sha512').update(data).sign({ key: k.priv, dsaEncoding });
    console.log('ecdsa', k.priv.asymmetricKeyDetails.namedCurve, dsaEncoding, dsaEncoding === 'der' ? s[0] : s.length,
      crypto.verify('sha256', data, { key: k.pub, dsaEncoding }, s), crypto.verify('sha1', data, { key: k.pub, dsaEncoding }, s),
      crypto.createVerify('sha512').update(data).verify({ key: k.pub, dsaEncoding }, s2),
      crypto.verify('sha256', data, { key: k.pub, dsaEncoding: dsaEncoding === 'der' ? 'ieee-p1363' : 'der' }, s));
  }
}
const dsaPriv = crypto.createPrivateKey(DSA), dsaPub = crypto.createPublicKey(DSA);
console.log('dsa', dsaPriv.asymmetricKeyType, dsaPriv.asymmetricKeyDetails, dsaPub.export({ format: 'pem', type: 'spki' }),
  dsaPriv.export({ format: 'pem', type: 'pkcs8' }) === DSA, crypto.createPublicKey(dsaPub.export({ format: 'der', type: 'spki' }).toString('base64')
    .replace(/(.{64})/g, '$1\n').replace(/^/, '-----BEGIN PUBLIC KEY-----\n').replace(/\n?$/, '\n-----END PUBLIC KEY-----\n')).equals(dsaPub));
for (const dsaEncoding of ['der', 'ieee-p1363']) {
  for (const alg of ['sha1', 'sha256', 'sha512']) {
    const s = crypto.sign(alg, data, { key: dsaPriv, dsaEncoding });
    console.log('dsa', dsaEncoding, alg, dsaEncoding === 'der' ? s[0] : s.length, crypto.verify(alg, data, { key: dsaPub, dsaEncoding }, s),
      crypto.verify(alg, Buffer.from('q'), { key: dsaPub, dsaEncoding }, s),
      crypto.createVerify(alg).update(data).verify({ key: dsaPub, dsaEncoding }, crypto.createSign(alg).update(data).sign({ key: DSA, dsaEncoding })));
  }
}
show('dsa jwk', () => dsaPub.export({ format: 'jwk' }));
show('ecdsa bad dsaEncoding', () => crypto.sign('sha256', data, { key: keys.ec.priv, dsaEncoding: 'foo' }));

const edSig = crypto.sign(null, data, keys.ed25519.priv);
console.log('ed25519', edSig.toString('hex'), crypto.verify(null, data, keys.ed25519.pub, edSig),
  crypto.verify(undefined, Buffer.from('y'), keys.ed25519.pub, edSig), crypto.verify(null, data, ED, edSig));
show('ed25519 with a digest', () => crypto.sign('sha256', data, keys.ed25519.priv));
show('ed25519 streaming', () => crypto.createSign('sha256').update(data).sign(keys.ed25519.priv));
const ed448 = crypto.generateKeyPairSync('ed448');
const ed448Again = crypto.createPrivateKey(ed448.privateKey.export({ format: 'pem', type: 'pkcs8' }));
console.log('ed448', crypto.sign(null, data, ed448.privateKey).equals(crypto.sign(null, data, ed448Again)),
  crypto.verify(null, data, ed448.publicKey, crypto.sign(null, data, ed448Again)), crypto.sign(null, data, ed448.privateKey).length,
  ed448.publicKey.export({ format: 'jwk' }).crv);
for (const context of [new Uint8Array(0), Buffer.from('ctx'), new Uint8Array(255)]) {
  const s = crypto.sign(null, data, { key: ed448.privateKey, context });
  console.log('ed448 context', context.length, s.equals(crypto.sign(null, data, { key: ed448Again, context })),
    crypto.verify(null, data, { key: ed448.publicKey, context }, s), crypto.verify(null, data, ed448.publicKey, s),
    crypto.verify(null, data, { key: ed448.publicKey, context: Buffer.from('other') }, s));
}
show('ed448 long context', () => crypto.sign(null, data, { key: ed448.privateKey, context: new Uint8Array(256) }));
const k1 = crypto.generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
for (const dsaEncoding of ['der', 'ieee-p1363']) {
  const s = crypto.sign('sha256', data, { key: k1.privateKey, dsaEncoding });
  console.log('secp256k1', dsaEncoding, crypto.verify('sha256', data, { key: k1.publicKey, dsaEncoding }, s),
    crypto.verify('sha256', Buffer.from('z'), { key: k1.publicKey, dsaEncoding }, s));
}
show('x25519 sign', () => crypto.sign(null, data, keys.x25519.priv));

// ---- errors
show('bad pem', () => crypto.createPrivateKey('foo'));
show('bad pem public', () => crypto.createPublicKey('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'));
show('bad der', () => crypto.createPrivateKey({ key: Buffer.from('3003020100', 'hex'), format: 'der', type: 'pkcs8' }));
show('public pem as private', () => crypto.createPrivateKey(rsa.pub.export({ format: 'pem', type: 'spki' })));
show('bad digest', () => crypto.sign('foo', data, rsa.priv));
show('bad digest stream', () => crypto.createSign('foo'));
show('sign with a public key', () => crypto.createSign('sha256').update('a').sign(rsa.pub));
show('pkcs1 of an ec key', () => keys.ec.pub.export({ format: 'der', type: 'pkcs1' }));
show('sec1 of an rsa key', () => rsa.priv.export({ format: 'der', type: 'sec1' }));
show('bad jwk', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }, format: 'jwk' }));
for (const hex of ['000000', '3003020100', '30']) {
  const pem = (label) => `-----BEGIN ${label}-----\n${Buffer.from(hex, 'hex').toString('base64')}\n-----END ${label}-----\n`;
  for (const label of ['PUBLIC KEY', 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY']) {
    show(`pem ${label} ${hex}`, () => crypto.createPrivateKey(pem(label)));
    show(`pem ${label} ${hex} as public`, () => crypto.createPublicKey(pem(label)));
  }
  for (const type of ['pkcs8', 'pkcs1', 'sec1']) {
    show(`der ${type} ${hex}`, () => crypto.createPrivateKey({ key: Buffer.from(hex, 'hex'), format: 'der', type }));
  }
  for (const type of ['spki', 'pkcs1']) {
    show(`der ${type} ${hex} as public`, () => crypto.createPublicKey({ key: Buffer.from(hex, 'hex'), format: 'der', type }));
  }
}
show('short signature', () => crypto.verify('sha256', data, rsa.pub, Buffer.alloc(3)));

// ---- asynchronous
(async () => {
  const s = await promisify(crypto.sign)('sha256', data, rsa.priv);
  console.log('async sign', s.equals(crypto.sign('sha256', data, rsa.priv)),
    await promisify(crypto.verify)('sha256', data, rsa.pub, s), await promisify(crypto.verify)(null, data, keys.ed25519.pub, edSig));
  crypto.sign('foo', data, rsa.priv, () => {});
})().catch((e) => console.log('async throws', e.name, e.code, e.message));

// which errors carry OpenSSL's error stack, library and reason
for (const f of [() => crypto.createPrivateKey('foo'), () => crypto.sign('sha256', data, { key: rsa.priv, padding: 3 }),
  () => crypto.sign('sha256', data, keys.ed25519.priv), () => crypto.createSign('sha1').update('a').sign({ key: rsa.priv, padding: 4 })]) {
  try {
    f();
  } catch (e) {
    console.log('error fields', e.code, e.opensslErrorStack, e.library, e.reason);
  }
}
