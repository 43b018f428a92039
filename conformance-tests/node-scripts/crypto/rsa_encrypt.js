// RSA encryption: publicEncrypt/privateDecrypt (OAEP with sha1, sha256 and a label, PKCS#1 v1.5, no padding) and
// privateEncrypt/publicDecrypt (PKCS#1 v1.5 type 1 and no padding: deterministic, printed); secret key generation
// (generateKey, generateKeySync), getCurves, and node's errors for wrong keys, paddings and sizes.
'use strict';
const crypto = require('crypto');

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
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
const priv = crypto.createPrivateKey(RSA), pub = crypto.createPublicKey(RSA);
const msg = Buffer.from('attack at dawn');
const { RSA_PKCS1_PADDING, RSA_NO_PADDING, RSA_PKCS1_OAEP_PADDING } = crypto.constants;

for (const opts of [{}, { oaepHash: 'sha256' }, { oaepHash: 'sha384', oaepLabel: Buffer.from('label') }, { padding: RSA_PKCS1_PADDING }]) {
  const c = crypto.publicEncrypt({ key: pub, ...opts }, msg);
  const c2 = crypto.publicEncrypt({ key: RSA, ...opts }, msg);
  console.log('publicEncrypt', opts, c.length, c.equals(c2), crypto.privateDecrypt({ key: priv, ...opts }, c).toString(),
    crypto.privateDecrypt({ key: RSA, ...opts }, c2).toString());
}
show('oaep wrong label', () => crypto.privateDecrypt({ key: priv, oaepLabel: Buffer.from('x') }, crypto.publicEncrypt(pub, msg)));
show('oaep wrong hash', () => crypto.privateDecrypt({ key: priv, oaepHash: 'sha256' }, crypto.publicEncrypt(pub, msg)));
const block = Buffer.alloc(128, 7);
block[0] = 0;
const raw = crypto.publicEncrypt({ key: pub, padding: RSA_NO_PADDING }, block);
console.log('no padding', raw.toString('hex'), crypto.privateDecrypt({ key: priv, padding: RSA_NO_PADDING }, raw).equals(block));
const sig = crypto.privateEncrypt(priv, msg);
console.log('privateEncrypt', sig.toString('hex'), crypto.publicDecrypt(pub, sig).toString(), crypto.publicDecrypt(priv, sig).toString());
console.log('privateEncrypt none', crypto.privateEncrypt({ key: priv, padding: RSA_NO_PADDING }, block).toString('hex'));

show('too long', () => crypto.publicEncrypt(pub, Buffer.alloc(100)));
show('too long pkcs1', () => crypto.publicEncrypt({ key: pub, padding: RSA_PKCS1_PADDING }, Buffer.alloc(120)));
show('no padding short', () => crypto.publicEncrypt({ key: pub, padding: RSA_NO_PADDING }, msg));
show('bad oaep', () => crypto.privateDecrypt(priv, Buffer.alloc(128, 1)));
show('bad publicDecrypt', () => crypto.publicDecrypt(pub, Buffer.alloc(128, 1)));
show('unknown padding', () => crypto.publicEncrypt({ key: pub, padding: 7 }, msg));
show('oaep privateEncrypt', () => crypto.privateEncrypt({ key: priv, padding: RSA_PKCS1_OAEP_PADDING }, msg));
show('bad oaep hash', () => crypto.publicEncrypt({ key: pub, oaepHash: 'foo' }, msg));
show('ec key', () => crypto.publicEncrypt(EC, msg));
const pss = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024 });
show('rsa-pss key', () => crypto.publicEncrypt(pss.publicKey, msg));
show('public key to privateDecrypt', () => crypto.privateDecrypt(pub, msg));

const ec = crypto.createPrivateKey(EC);
console.log('curves', crypto.getCurves().includes('prime256v1'), crypto.getCurves().includes('secp384r1'));

for (const [type, length] of [['hmac', 8], ['hmac', 123], ['hmac', 512], ['aes', 128], ['aes', 256]]) {
  const k = crypto.generateKeySync(type, { length });
  console.log('generateKeySync', type, length, k.type, k.symmetricKeySize, k.export().length);
}
show('bad aes length', () => crypto.generateKeySync('aes', { length: 100 }));
show('bad type', () => crypto.generateKeySync('foo', { length: 100 }));
crypto.generateKey('hmac', { length: 64 }, (err, k) => console.log('generateKey', err, k.type, k.symmetricKeySize, ec.type));
