// internalBinding('crypto') (src/crypto/*.cc): the classes lib/internal/crypto instantiates (Hash, Hmac, the
// CryptoJobs, KeyObjectHandle for secret keys) and the functions it calls, over CryptoBinding.java. Bytes go to Java
// as (address, length) of the ArrayBuffer's own memory; results come back as latin1 strings. A Java failure is
// [errorClass, code, message]: thrown as Node's C++ throws it, or handed to the job's ondone.
(function (binding, java, kit) {
  'use strict';
  const { Buffer } = kit.loaders.require('buffer');
  const asyncWrap = kit.getInternalBinding('async_wrap');
  const addressOf = java.rawFunction('addressOf');
  const { kCryptoJobAsync } = binding;
  const kHandle = Symbol('kHandle'), kKey = Symbol('kKey');
  const newAsyncId = () => ++asyncWrap.async_id_fields[asyncWrap.constants.kAsyncIdCounter];

  const ERRORS = { Error, TypeError, RangeError };
  function toError(f) {
    const e = new ERRORS[f[0]](f[2]);
    if (f[3]) {
      // an OpenSSL error (ThrowCryptoError): "error:<hex>:<library>::<reason>"
      const m = /^error:[0-9A-F]+:([^:]*)::(.*)$/.exec(f[2]);
      if (f[4] !== false) e.opensslErrorStack = [f[2]];
      if (m) { e.library = m[1]; e.reason = m[2]; }
    }
    if (f[1] !== null && f[1] !== undefined) e.code = f[1];
    return e;
  }
  // a Java failure (a host array) rather than a host object
  const failed = (r) => r !== null && typeof r === 'object' && typeof r.length === 'number';
  const orThrow = (r) => { if (failed(r)) throw toError(r); return r; };

  // a byte source as a Uint8Array over the same memory (ArrayBuffer, SharedArrayBuffer, any view)
  function u8(data) {
    if (data instanceof Uint8Array) return data;
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (data instanceof KeyObjectHandle) return data[kKey];
    return new Uint8Array(data);
  }
  const addr = (v) => (v.byteLength === 0 ? 0 : addressOf(v.buffer) + v.byteOffset);
  const bytesOf = (s, enc) => Buffer.from(s, Buffer.isEncoding(enc) ? enc : 'utf8');
  const isUtf8 = (enc) => enc === undefined || enc === null || enc === 'utf8' || enc === 'utf-8';
  // StringBytes::Encode: an unknown encoding is a Buffer (ParseEncoding's default)
  const encode = (latin1, enc) => {
    const b = Buffer.from(latin1, 'latin1');
    return enc && enc !== 'buffer' && Buffer.isEncoding(enc) ? b.toString(enc) : b;
  };
  // a latin1 result as a fresh ArrayBuffer (the jobs' results)
  const arrayBuffer = (latin1) => {
    const b = Buffer.from(latin1, 'latin1');
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  };

  function update(handle, data, enc) {
    if (typeof data === 'string') {
      if (isUtf8(enc)) return java.updateString(handle, data);
      data = bytesOf(data, enc);
    }
    const v = u8(data);
    return java.update(handle, addr(v), v.byteLength);
  }

  const xof = (n) => (n === undefined ? -1 : n);

  class Hash {
    constructor(algorithm, xofLen, algorithmId, cache) {
      this[kHandle] = orThrow(algorithm instanceof Hash ? java.hashCopy(algorithm[kHandle], xof(xofLen))
        : java.hashNew(`${algorithm}`, xof(xofLen)));
      this.xofLen = xof(xofLen);
    }
    update(data, enc) { return update(this[kHandle], data, enc); }
    // Node's C++ keeps the digest: a second digest() (a piped Hash's _flush, then the user's) gives it again
    digest(enc) {
      if (this.result === undefined) this.result = java.hashDigest(this[kHandle], this.xofLen);
      return encode(this.result, enc);
    }
  }
  binding.Hash = Hash;

  class Hmac {
    init(hmac, key) {
      const k = u8(key);
      this[kHandle] = orThrow(java.hmacNew(`${hmac}`, addr(k), k.byteLength));
    }
    update(data, enc) { return update(this[kHandle], data, enc); }
    digest(enc) { return encode(java.hmacDigest(this[kHandle]), enc); }
  }
  binding.Hmac = Hmac;

  // node starts loading its root certificates on a thread when tls is loaded; napi-jvm has no TLS root store to load
  binding.startLoadingCertificatesOffThread = () => {};
  binding.getHashes = () => java.getHashes().split(',');
  binding.getCachedAliases = () => ({});
  binding.oneShotDigest = function oneShotDigest(algorithm, id, cache, input, outputEncoding, encodingId, outputLength) {
    const v = typeof input === 'string' ? Buffer.from(input, 'utf8') : u8(input);
    const r = java.oneShot(`${algorithm}`, addr(v), v.byteLength, xof(outputLength));
    if (failed(r)) throw toError(r);
    return outputEncoding === 'buffer' ? Buffer.from(r, 'latin1') : Buffer.from(r, 'latin1').toString(outputEncoding);
  };

  // ---- CipherBase(isEncrypt, cipher, credential, iv, authTagLength): AES ecb/cbc/ctr/gcm (CryptoCipher.java)
  const bytesIn = (data, enc) => (typeof data === 'string' ? bytesOf(data, enc) : u8(data));
  class CipherBase {
    constructor(isEncrypt, cipher, credential, iv, authTagLength) {
      const k = u8(credential);
      const v = iv === null || iv === undefined ? null : u8(iv);
      this[kHandle] = orThrow(java.cipherNew(!!isEncrypt, `${cipher}`, addr(k), k.byteLength,
        v === null ? 0 : addr(v), v === null ? -1 : v.byteLength, authTagLength));
      this.anyTagLength = !isEncrypt && authTagLength === -1;
    }
    update(data, enc) {
      const v = bytesIn(data, enc);
      return Buffer.from(orThrow(java.cipherUpdate(this[kHandle], addr(v), v.byteLength)), 'latin1');
    }
    final() { return Buffer.from(orThrow(java.cipherFinal(this[kHandle])), 'latin1'); }
    setAutoPadding(ap) { return java.cipherSetAutoPadding(this[kHandle], !!ap); }
    getAuthTag() {
      const t = java.cipherGetAuthTag(this[kHandle]);
      return t === null ? undefined : Buffer.from(t, 'latin1');
    }
    setAuthTag(tag) {
      const v = u8(tag);
      const ok = orThrow(java.cipherSetAuthTag(this[kHandle], addr(v), v.byteLength));
      if (ok && this.anyTagLength && v.byteLength < 16) {
        kit.process.emitWarning('Using AES-GCM authentication tags of less than 128 bits without specifying the ' +
          'authTagLength option when initializing decryption is deprecated.', 'DeprecationWarning', 'DEP0182');
      }
      return ok;
    }
    setAAD(aad, plaintextLength) {
      const v = u8(aad);
      return java.cipherSetAAD(this[kHandle], addr(v), v.byteLength);
    }
  }
  binding.CipherBase = CipherBase;
  binding.getCiphers = () => java.getCiphers().split(',');
  binding.getCipherInfo = function getCipherInfo(nameOrNid, keyLength, ivLength) {
    const r = java.cipherInfo(nameOrNid, keyLength === undefined ? -1 : keyLength, ivLength === undefined ? -1 : ivLength);
    return r === null ? undefined : JSON.parse(r);
  };

  // ---- jobs (crypto_util.h CryptoJob): run() returns [err, result] (sync) or calls ondone(err, result) on the loop
  const inFlight = new Map(); // token -> job
  let nextToken = 1;
  java.setDispatcher((token, err, result) => {
    const job = inFlight.get(token);
    inFlight.delete(token);
    if (job === undefined) return;
    const { 0: e, 1: r } = job.outcome(err, result);
    if (typeof job.ondone === 'function') job.ondone(e, r);
  });
  class CryptoJob {
    constructor(mode, make) {
      this.mode = mode;
      this.asyncId = newAsyncId();
      this.job = orThrow(make());
    }
    outcome(err, result) {
      return err ? [toError(err), undefined] : [undefined, this.result(result)];
    }
    result(r) { return arrayBuffer(r); }
    run() {
      if (this.mode !== kCryptoJobAsync) {
        const { 0: err, 1: r } = java.runSync(this.job);
        return this.outcome(err, r);
      }
      const token = nextToken++;
      inFlight.set(token, this);
      java.runAsync(this.job, token);
    }
    getAsyncId() { return this.asyncId; }
    getProviderType() { return asyncWrap.Providers.CRYPTO || 0; }
  }

  binding.PBKDF2Job = class PBKDF2Job extends CryptoJob {
    constructor(mode, password, salt, iterations, keylen, digest) {
      const p = u8(password), s = u8(salt);
      super(mode, () => java.pbkdf2Job(addr(p), p.byteLength, addr(s), s.byteLength, iterations, keylen, `${digest}`));
    }
  };
  binding.HKDFJob = class HKDFJob extends CryptoJob {
    constructor(mode, hash, key, salt, info, length) {
      const k = keyBytes(key), s = u8(salt), i = u8(info);
      super(mode, () => java.hkdfJob(`${hash}`, addr(k), k.byteLength, addr(s), s.byteLength, addr(i), i.byteLength, length));
    }
  };
  binding.ScryptJob = class ScryptJob extends CryptoJob {
    constructor(mode, password, salt, N, r, p, maxmem, keylen) {
      const pw = u8(password), s = u8(salt);
      super(mode, () => java.scryptJob(addr(pw), pw.byteLength, addr(s), s.byteLength, N, r, p, maxmem, keylen));
    }
  };
  binding.HashJob = class HashJob extends CryptoJob {
    constructor(mode, algorithm, data, length) {
      const d = u8(data);
      super(mode, () => java.hashJob(`${algorithm}`, addr(d), d.byteLength, length === undefined ? -1 : length / 8));
    }
  };
  // HmacJob(mode, signMode, hash, keyHandle, data, signature): sign gives the MAC, verify whether it matches
  binding.HmacJob = class HmacJob extends CryptoJob {
    constructor(mode, signMode, hash, key, data, signature) {
      const k = keyBytes(key), d = u8(data);
      super(mode, () => java.hmacJob(`${hash}`, addr(k), k.byteLength, addr(d), d.byteLength));
      this.verify = signMode === binding.kSignJobModeVerify;
      if (this.verify) this.signature = new Uint8Array(u8(signature));
    }
    result(r) {
      if (!this.verify) return arrayBuffer(r);
      const mac = Buffer.from(r, 'latin1');
      return mac.byteLength === this.signature.byteLength && binding.timingSafeEqual(mac, this.signature);
    }
  };
  // RandomBytesJob(mode, buffer, offset, size): fills buffer[offset, offset + size) in place
  binding.RandomBytesJob = class RandomBytesJob extends CryptoJob {
    constructor(mode, buffer, offset, size) {
      const v = u8(buffer);
      super(mode, () => java.randomJob(size === 0 ? 0 : addr(v) + offset, size));
      this.buffer = buffer; // the memory Java writes stays reachable while the job runs
    }
    result() { return undefined; }
  };

  // SignJob(mode, signMode, key, format, type, passphrase, data, algorithm, saltLength, padding, dsaEncoding, context,
  // signature): the signature, or whether it verifies
  binding.SignJob = class SignJob extends CryptoJob {
    constructor(mode, signMode, keyData, format, type, passphrase, data, algorithm, saltLength, padding, dsaEncoding,
      context, signature) {
      const verify = signMode === binding.kSignJobModeVerify;
      const key = asymmetricKey(keyData, format, type, passphrase, !verify);
      const d = new Uint8Array(u8(data)), s = verify ? new Uint8Array(u8(signature)) : new Uint8Array(0);
      const c = context === undefined ? null : new Uint8Array(u8(context));
      if (c !== null && c.byteLength > 255) {
        const e = new RangeError('context string must be at most 255 bytes');
        e.code = 'ERR_OUT_OF_RANGE';
        throw e;
      }
      super(mode, () => java.signJob(verify, key, addr(d), d.byteLength, algorithm === undefined ? null : algorithm,
        optInt(saltLength), optInt(padding), dsaEncoding, addr(s), s.byteLength, c === null ? 0 : addr(c),
        c === null ? -1 : c.byteLength));
      this.verify = verify;
      this.bytes = [d, s, c]; // the memory the job reads stays reachable while it runs
    }
    result(r) { return this.verify ? r : arrayBuffer(r); }
  };

  // the key pair jobs: [publicKey, privateKey], each a KeyObjectHandle or encoded as asked
  // (publicFormat, publicType, privateFormat, privateType, cipher, passphrase)
  function encodeKey(handle, format, type, cipher, passphrase) {
    if (format === undefined) return handle;
    if (format === kKeyFormatJWK) return handle.exportJwk({}, false);
    return handle.export(format, type, cipher, passphrase);
  }
  class KeyPairGenJob extends CryptoJob {
    constructor(mode, make, encoding) {
      super(mode, make);
      this.encoding = encoding;
    }
    result(key) {
      const { 0: pubFormat, 1: pubType, 2: privFormat, 3: privType, 4: cipher, 5: passphrase } = this.encoding;
      return [encodeKey(handleOf(java.keyPublic(key)), pubFormat, pubType),
        encodeKey(handleOf(key), privFormat, privType, cipher, passphrase)];
    }
  }
  binding.RsaKeyPairGenJob = class RsaKeyPairGenJob extends KeyPairGenJob {
    constructor(mode, variant, modulusLength, publicExponent, ...rest) {
      const pss = variant === binding.kKeyVariantRSA_PSS;
      const { 0: hash, 1: mgf1Hash, 2: saltLength } = pss ? rest : [];
      super(mode, () => java.rsaKeyGenJob(pss ? 'rsa-pss' : 'rsa', modulusLength, publicExponent,
        hash === undefined ? null : hash, mgf1Hash === undefined ? null : mgf1Hash, optInt(saltLength)),
      pss ? rest.slice(3) : rest);
    }
  };
  binding.EcKeyPairGenJob = class EcKeyPairGenJob extends KeyPairGenJob {
    constructor(mode, namedCurve, paramEncoding, ...encoding) {
      if (paramEncoding === binding.OPENSSL_EC_EXPLICIT_CURVE) {
        kit.notImplemented('crypto', 'EcKeyPairGenJob (explicit curve parameters)')();
      }
      super(mode, () => java.ecKeyGenJob(`${namedCurve}`), encoding);
    }
  };
  const OKP_TYPES = { [binding.EVP_PKEY_ED25519]: 'ed25519', [binding.EVP_PKEY_X25519]: 'x25519',
    [binding.EVP_PKEY_ED448]: 'ed448', [binding.EVP_PKEY_X448]: 'x448' };
  binding.NidKeyPairGenJob = class NidKeyPairGenJob extends KeyPairGenJob {
    constructor(mode, nid, ...encoding) {
      const type = OKP_TYPES[nid];
      if (type === undefined) kit.notImplemented('crypto', `NidKeyPairGenJob (EVP_PKEY ${nid})`)();
      super(mode, () => java.okpKeyGenJob(type), encoding);
    }
  };

  // publicEncrypt(key, format, type, passphrase, buffer, padding, oaepHash, oaepLabel) and its kin (RSA only)
  const rsaCipher = (encrypt, withPrivate) => function (keyData, format, type, passphrase, buffer, padding, oaepHash, label) {
    const key = asymmetricKey(keyData, format, type, passphrase, withPrivate);
    const v = u8(buffer), l = label === undefined ? null : u8(label);
    return Buffer.from(orThrow(java.rsaCipher(key, encrypt, withPrivate, addr(v), v.byteLength, padding,
      oaepHash === undefined ? null : oaepHash, l === null ? 0 : addr(l), l === null ? -1 : l.byteLength)), 'latin1');
  };
  binding.publicEncrypt = rsaCipher(true, false);
  binding.privateDecrypt = rsaCipher(false, true);
  binding.privateEncrypt = rsaCipher(true, true);
  binding.publicDecrypt = rsaCipher(false, false);
  binding.getCurves = () => java.getCurves().split(',');
  // SecretKeyGenJob(mode, length in bits): a secret KeyObjectHandle of random bytes
  binding.SecretKeyGenJob = class SecretKeyGenJob extends CryptoJob {
    constructor(mode, length) {
      super(mode, () => java.secretKeyGenJob(length));
    }
    result(r) {
      const h = new KeyObjectHandle();
      h.init(kKeyTypeSecret, Buffer.from(r, 'latin1'));
      return h;
    }
  };

  binding.secureBuffer = (n) => new Uint8Array(n);
  binding.secureHeapUsed = () => undefined;
  binding.getFipsCrypto = () => 0;
  binding.testFipsCrypto = () => false;

  // CRYPTO_memcmp, after the length check Node's C++ does
  const isBytes = (v) => ArrayBuffer.isView(v) || v instanceof ArrayBuffer || v instanceof SharedArrayBuffer;
  binding.timingSafeEqual = function timingSafeEqual(a, b) {
    for (const [v, name] of [[a, 'buf1'], [b, 'buf2']]) {
      if (!isBytes(v)) {
        const e = new TypeError(`The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
        e.code = 'ERR_INVALID_ARG_TYPE';
        throw e;
      }
    }
    const x = u8(a), y = u8(b);
    if (x.byteLength !== y.byteLength) {
      const e = new RangeError('Input buffers must have the same byte length');
      e.code = 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH';
      throw e;
    }
    let diff = 0;
    for (let i = 0; i < x.byteLength; i++) diff |= x[i] ^ y[i];
    return diff === 0;
  };

  // ---- keys (CryptoKeys.java): a secret key's bytes, or an asymmetric key as a Java object
  const { kKeyTypeSecret, kKeyTypePublic, kKeyTypePrivate, kKeyFormatPEM, kKeyFormatDER, kKeyFormatJWK } = binding;
  const kAsym = Symbol('kAsym');
  class KeyObjectHandle {
    // init(kKeyTypeSecret, data) | init(kKeyTypePublic | kKeyTypePrivate, data, format, encoding, passphrase)
    init(type, data, format, encoding, passphrase) {
      if (type === kKeyTypeSecret) {
        this[kKey] = new Uint8Array(u8(data)); // a copy, as Node's ByteSource
        return;
      }
      if (data instanceof KeyObjectHandle) { // createPublicKey(privateKeyObject)
        this[kAsym] = type === kKeyTypePrivate ? data[kAsym] : java.keyPublic(data[kAsym]);
        return;
      }
      const v = typeof data === 'string' ? Buffer.from(data, 'utf8') : u8(data);
      this[kAsym] = orThrow(java.keyParse(type === kKeyTypePrivate, addr(v), v.byteLength, format,
        encoding === undefined ? -1 : encoding, passphrase !== undefined && passphrase !== null));
    }
    getSymmetricKeySize() { return this[kKey].byteLength; }
    getAsymmetricKeyType() { return java.keyType(this[kAsym]); }
    // export() of a secret key; export(format, encoding, cipher, passphrase) of an asymmetric one
    export(format, encoding, cipher, passphrase) {
      if (this[kAsym] === undefined) return Buffer.from(this[kKey]);
      if (cipher !== undefined && cipher !== null) {
        return kit.notImplemented('crypto', 'KeyObjectHandle.prototype.export (encrypted private keys)')();
      }
      const r = java.keyExport(this[kAsym], format, encoding === undefined ? -1 : encoding);
      return format === kKeyFormatPEM ? r : Buffer.from(r, 'latin1');
    }
    // a secret key's length in bits; an RSA key's modulus and exponent (bytes), an EC key's curve
    keyDetail(target) {
      if (this[kAsym] === undefined) {
        target.length = this[kKey].byteLength * 8;
        return target;
      }
      const f = java.keyDetail(this[kAsym]);
      for (let i = 0; i < f.length; i += 2) {
        target[f[i]] = f[i] === 'publicExponent' ? arrayBuffer(f[i + 1]) : f[i + 1];
      }
      return target;
    }
    exportJwk(target, handleRsaPss) {
      if (this[kAsym] === undefined) {
        target.k = Buffer.from(this[kKey]).toString('base64url');
        return target;
      }
      const f = orThrow(java.keyJwk(this[kAsym])).split(',');
      for (let i = 0; i < f.length; i += 2) target[f[i]] = f[i + 1];
      return target;
    }
    // initJwk(jwk, namedCurve) of an RSA or EC JWK: the key's type, or undefined when it is no key
    initJwk(jwk, namedCurve) {
      const priv = jwk.d !== undefined;
      const k = jwk.kty === 'RSA'
        ? (priv ? java.keyFromJwk('RSA', null, jwk.n, jwk.e, jwk.d, jwk.p, jwk.q, jwk.dp, jwk.dq, jwk.qi)
          : java.keyFromJwk('RSA', null, jwk.n, jwk.e))
        : (priv ? java.keyFromJwk('EC', `${namedCurve}`, jwk.x, jwk.y, jwk.d) : java.keyFromJwk('EC', `${namedCurve}`, jwk.x, jwk.y));
      if (k === null) {
        const e = new TypeError(`Invalid JWK ${jwk.kty} key`);
        e.code = 'ERR_CRYPTO_INVALID_JWK';
        throw e;
      }
      this[kAsym] = k;
      return priv ? kKeyTypePrivate : kKeyTypePublic;
    }
    // initEDRaw(curve, keyData, keyType): an OKP JWK's raw key
    initEDRaw(crv, keyData, keyType) {
      const v = u8(keyData);
      const k = java.keyFromRaw(`${crv}`, addr(v), v.byteLength, keyType === kKeyTypePrivate);
      if (k === null) return false;
      this[kAsym] = k;
      return true;
    }
    equals(other) {
      if (this[kAsym] !== undefined || other[kAsym] !== undefined) {
        return this[kAsym] !== undefined && other[kAsym] !== undefined && java.keyEquals(this[kAsym], other[kAsym]);
      }
      const a = this[kKey], b = other[kKey];
      return a.byteLength === b.byteLength && binding.timingSafeEqual(a, b);
    }
  }
  KeyObjectHandle.prototype.checkEcKeyData = function checkEcKeyData() { return java.keyCheckEc(this[kAsym]); };
  for (const m of ['initECRaw', 'initPqcRaw', 'rawPublicKey', 'rawSeed']) {
    KeyObjectHandle.prototype[m] = kit.notImplemented('crypto', `KeyObjectHandle.prototype.${m}`);
  }
  binding.KeyObjectHandle = KeyObjectHandle;
  const handleOf = (key) => {
    const h = new KeyObjectHandle();
    h[kAsym] = key;
    return h;
  };
  // the Java key of a KeyObjectHandle or of key material (PEM/DER), as Node's GetPublicOrPrivateKeyFromJs
  function asymmetricKey(data, format, encoding, passphrase, wantPrivate) {
    if (data instanceof KeyObjectHandle) {
      if (data[kAsym] === undefined) {
        return kit.notImplemented('crypto', 'a secret KeyObjectHandle as an asymmetric key')();
      }
      return data[kAsym];
    }
    const h = new KeyObjectHandle();
    h.init(wantPrivate ? kKeyTypePrivate : kKeyTypePublic, data, format, encoding, passphrase);
    return h[kAsym];
  }

  // ---- Sign / Verify (crypto_sig.cc): a digest of the data, signed when done (CryptoSign.java)
  const optInt = (v) => (v === undefined ? null : v);
  class SignBase {
    init(algorithm) {
      const name = java.digestName(`${algorithm}`);
      if (name === null) {
        const e = new TypeError('Invalid digest');
        e.code = 'ERR_CRYPTO_INVALID_DIGEST';
        throw e;
      }
      this.digest = name;
      this[kHandle] = orThrow(java.hashNew(name, -1));
    }
    update(data, enc) { return update(this[kHandle], data, enc); }
  }
  binding.Sign = class Sign extends SignBase {
    sign(keyData, format, type, passphrase, padding, saltLength, dsaEncoding) {
      const key = asymmetricKey(keyData, format, type, passphrase, true);
      const r = orThrow(java.signFinal(this[kHandle], this.digest, key, optInt(padding), optInt(saltLength), dsaEncoding));
      return Buffer.from(r, 'latin1');
    }
  };
  binding.Verify = class Verify extends SignBase {
    verify(keyData, format, type, passphrase, signature, padding, saltLength, dsaEncoding) {
      const key = asymmetricKey(keyData, format, type, passphrase, false);
      const s = u8(signature);
      return orThrow(java.verifyFinal(this[kHandle], this.digest, key, addr(s), s.byteLength, optInt(padding),
        optInt(saltLength), dsaEncoding));
    }
  };
  const kNativeHandle = Symbol('kNativeHandle');
  // a KeyObject (NativeKeyObject subclass), its handle, or bytes
  function keyBytes(key) {
    const h = key !== null && typeof key === 'object' ? key[kNativeHandle] : undefined;
    return h !== undefined ? h[kKey] : u8(key);
  }
  // createNativeKeyObjectClass(callback): Node's C++ makes NativeKeyObject, whose constructor keeps the handle
  binding.createNativeKeyObjectClass = function createNativeKeyObjectClass(callback) {
    class NativeKeyObject {
      constructor(handle) {
        this[kNativeHandle] = handle;
      }
    }
    return callback(NativeKeyObject);
  };
})
