package org.napijvm.node.binding;

import org.bouncycastle.crypto.generators.SCrypt;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.EventLoop;
import org.napijvm.graal.GraalInternals;
import org.napijvm.graal.JavaFunction;
import org.napijvm.node.NodeEnv;
import org.napijvm.node.binding.CryptoDigests.Hmac;
import org.napijvm.node.binding.CryptoDigests.Md;

import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * The Java half of internalBinding('crypto') (src/crypto/*.cc): digests, HMAC, random bytes, PBKDF2, HKDF, scrypt.
 * The JS half (binding/crypto.js) holds the classes Node's lib/internal/crypto instantiates; it passes bytes in as
 * (address, length) of the ArrayBuffer's own memory and gets results back as latin1 strings (one char a byte).
 * Digest objects and jobs go to JS as opaque host objects. A failure comes back as [errorClass, code, message] for
 * the JS half to throw or hand to the job's ondone, as Node's C++ throws it (code null: an OpenSSL-style plain Error).
 * Asynchronous jobs (kCryptoJobAsync) run on a small Java pool and complete on the loop (Node's ThreadPoolWork).
 */
public final class CryptoBinding extends Binding {
    public CryptoBinding(NodeEnv env) {
        super(env);
    }

    @Override
    protected Map<String, JavaFunction> rawFunctions() {
        return Map.of("addressOf", new JavaFunction(a -> (double) GraalInternals.address(a[0])));
    }

    /** A failure as Node's C++ reports it. */
    static final class Failure extends RuntimeException {
        final String type, code;
        boolean openssl; // an OpenSSL error: the JS error gets library and reason
        boolean stack = true; // ... and opensslErrorStack (not from a signing operation's ThrowCryptoError)

        Failure(String type, String code, String message) {
            super(message, null, false, false);
            this.type = type;
            this.code = code;
        }

        Object[] js() {
            return new Object[] {type, code, getMessage(), openssl, stack};
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static byte[] bytes(Value[] a, int i) {
        long addr = int64(a, i);
        int len = int32(a, i + 1);
        if (len == 0) return new byte[0];
        return MemorySegment.ofAddress(addr).reinterpret(len).toArray(JAVA_BYTE);
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static Md digestOr(String name, String type, String code, String message) {
        Md md = CryptoDigests.create(name);
        if (md == null) throw new Failure(type, code, message);
        return md;
    }

    /** Hmac/PBKDF2/HKDF: a digest that HMAC takes (not an XOF), else Node's ERR_CRYPTO_INVALID_DIGEST. */
    private static Md macDigest(String name) {
        Md md = CryptoDigests.create(name);
        if (md == null) throw new Failure("TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: " + name);
        return md;
    }

    @HostAccess.Export
    public Object getHashes(Value... a) {
        return String.join(",", CryptoDigests.HASHES);
    }

    // ---- Hash ----

    /** (name, xofLen | -1) -> a digest, or a failure. */
    @HostAccess.Export
    public Object hashNew(Value... a) {
        try {
            Md md = digestOr(str(a, 0), "Error", null, "Digest method not supported");
            checkXof(md, int64(a, 1));
            return md;
        } catch (Failure f) {
            return f.js();
        }
    }

    /** A length asked of a digest that is not an XOF must be its own (EVP_DigestFinalXOF would refuse). */
    private static void checkXof(Md md, long xofLen) {
        if (xofLen >= 0 && !md.xof() && xofLen != md.size())
            throw new Failure("Error", "ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH",
                    "error:030000B2:digital envelope routines::not XOF or invalid length");
    }

    /** (hash, xofLen | -1) -> a copy of its state, or a failure. */
    @HostAccess.Export
    public Object hashCopy(Value... a) {
        Md md = a[0].asHostObject();
        try {
            Md c = md.copy();
            checkXof(c, int64(a, 1));
            return c;
        } catch (Failure f) {
            return f.js();
        }
    }

    /** (hash | hmac, addr, len). */
    @HostAccess.Export
    public Object update(Value... a) {
        byte[] b = bytes(a, 1);
        Object h = a[0].asHostObject();
        if (h instanceof Hmac m) m.update(b, 0, b.length);
        else ((Md) h).update(b, 0, b.length);
        return true;
    }

    /** (hash | hmac, string): a UTF-8 string's bytes. */
    @HostAccess.Export
    public Object updateString(Value... a) {
        byte[] b = str(a, 1).getBytes(StandardCharsets.UTF_8);
        Object h = a[0].asHostObject();
        if (h instanceof Hmac m) m.update(b, 0, b.length);
        else ((Md) h).update(b, 0, b.length);
        return true;
    }

    /** (hash, xofLen | -1) -> the digest, latin1. */
    @HostAccess.Export
    public Object hashDigest(Value... a) {
        Md md = a[0].asHostObject();
        long xofLen = int64(a, 1);
        byte[] out = new byte[xofLen >= 0 ? (int) xofLen : md.size()];
        md.finish(out, out.length);
        return latin1(out);
    }

    /** (algorithm, addr, len, xofLen | -1): crypto.hash()'s one-shot digest, latin1, or a failure. */
    @HostAccess.Export
    public Object oneShot(Value... a) {
        try {
            Md md = digestOr(str(a, 0), "Error", null, "Digest method " + str(a, 0) + " is not supported");
            long xofLen = int64(a, 3);
            if (xofLen >= 0 && !md.xof() && xofLen != md.size())
                throw new Failure("Error", null, "Output length " + xofLen + " is invalid for " + str(a, 0)
                        + ", which does not support XOF");
            byte[] data = bytes(a, 1);
            md.update(data, 0, data.length);
            byte[] out = new byte[xofLen >= 0 ? (int) xofLen : md.size()];
            md.finish(out, out.length);
            return latin1(out);
        } catch (Failure f) {
            return f.js();
        }
    }

    // ---- Hmac ----

    /** (name, keyAddr, keyLen) -> an HMAC, or a failure. */
    @HostAccess.Export
    public Object hmacNew(Value... a) {
        try {
            Md md = macDigest(str(a, 0));
            if (md.xof()) throw new Failure("Error", null, "error:00000000:lib(0)::reason(0)");
            return new Hmac(md, bytes(a, 1));
        } catch (Failure f) {
            return f.js();
        }
    }

    @HostAccess.Export
    public Object hmacDigest(Value... a) {
        Hmac h = a[0].asHostObject();
        return latin1(h.finish());
    }

    // ---- CipherBase (CryptoCipher) ----

    /** (encrypt, name, keyAddr, keyLen, ivAddr, ivLen | -1 for null, authTagLength | -1) -> a cipher, or a failure. */
    @HostAccess.Export
    public Object cipherNew(Value... a) {
        try {
            byte[] iv = int32(a, 5) < 0 ? null : bytes(a, 4);
            return CryptoCipher.create(bool(a, 0), str(a, 1), bytes(a, 2), iv, int64(a, 6));
        } catch (Failure f) {
            return f.js();
        }
    }

    /** (cipher, addr, len) -> output (latin1), or a failure. */
    @HostAccess.Export
    public Object cipherUpdate(Value... a) {
        CryptoCipher.State c = a[0].asHostObject();
        try {
            return latin1(c.update(bytes(a, 1)));
        } catch (Failure f) {
            return f.js();
        }
    }

    @HostAccess.Export
    public Object cipherFinal(Value... a) {
        CryptoCipher.State c = a[0].asHostObject();
        try {
            return latin1(c.doFinal());
        } catch (Failure f) {
            return f.js();
        }
    }

    @HostAccess.Export
    public Object cipherSetAutoPadding(Value... a) {
        return ((CryptoCipher.State) a[0].asHostObject()).setAutoPadding(bool(a, 1));
    }

    /** (cipher) -> the tag (latin1) or null. */
    @HostAccess.Export
    public Object cipherGetAuthTag(Value... a) {
        byte[] t = ((CryptoCipher.State) a[0].asHostObject()).getAuthTag();
        return t == null ? null : latin1(t);
    }

    /** (cipher, addr, len) -> true, false (invalid state), or a failure. */
    @HostAccess.Export
    public Object cipherSetAuthTag(Value... a) {
        try {
            return ((CryptoCipher.State) a[0].asHostObject()).setAuthTag(bytes(a, 1));
        } catch (Failure f) {
            return f.js();
        }
    }

    @HostAccess.Export
    public Object cipherSetAAD(Value... a) {
        return ((CryptoCipher.State) a[0].asHostObject()).setAAD(bytes(a, 1));
    }

    @HostAccess.Export
    public Object getCiphers(Value... a) {
        return String.join(",", CryptoCipher.NAMES);
    }

    /** (name | nid, keyLength | -1, ivLength | -1) -> JSON or null. */
    @HostAccess.Export
    public Object cipherInfo(Value... a) {
        CryptoCipher.Info info = a[0].isString() ? CryptoCipher.info(a[0].asString()) : CryptoCipher.info(int32(a, 0));
        return CryptoCipher.describe(info, int64(a, 1), int64(a, 2));
    }

    // ---- jobs (crypto_util.h CryptoJob): made with their inputs copied, run now or on the pool ----

    /** A job: its work returns the result (latin1, a boolean, a key) or null; it throws a {@link Failure}. */
    public record Job(Callable<Object> work) {}

    private static Object job(Callable<Object> make) {
        try {
            Object w = make.call();
            if (w instanceof Object[] err) return err;
            @SuppressWarnings("unchecked") Callable<Object> c = (Callable<Object>) w;
            return new Job(c);
        } catch (Failure f) {
            return f.js();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** (passAddr, passLen, saltAddr, saltLen, iterations, keylen, digest). */
    @HostAccess.Export
    public Object pbkdf2Job(Value... a) {
        return job(() -> {
            byte[] pass = bytes(a, 0), salt = bytes(a, 2);
            long iterations = int64(a, 4);
            int keylen = int32(a, 5);
            String digest = str(a, 6);
            Md md = macDigest(digest);
            return (Callable<String>) () -> {
                if (md.xof()) throw new Failure("Error", null, "Deriving bits failed");
                return latin1(CryptoDigests.pbkdf2(md, pass, salt, iterations, keylen));
            };
        });
    }

    /** (digest, keyAddr, keyLen, saltAddr, saltLen, infoAddr, infoLen, length). */
    @HostAccess.Export
    public Object hkdfJob(Value... a) {
        return job(() -> {
            String digest = str(a, 0);
            Md probe = macDigest(digest);
            byte[] key = bytes(a, 1), salt = bytes(a, 3), info = bytes(a, 5);
            int length = int32(a, 7);
            if (!probe.xof() && length > 255 * probe.size())
                throw new Failure("RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
            return (Callable<String>) () -> {
                byte[] r = length == 0 || probe.xof() ? null
                        : CryptoDigests.hkdf(() -> CryptoDigests.create(digest), key, salt, info, length);
                if (r == null) throw new Failure("Error", null, "Deriving bits failed");
                return latin1(r);
            };
        });
    }

    /** (passAddr, passLen, saltAddr, saltLen, N, r, p, maxmem, keylen). */
    @HostAccess.Export
    public Object scryptJob(Value... a) {
        return job(() -> {
            byte[] pass = bytes(a, 0), salt = bytes(a, 2);
            long n = int64(a, 4), r = int64(a, 5), p = int64(a, 6);
            double maxmem = a[7].asDouble();
            int keylen = int32(a, 8);
            String why = scryptCheck(n, r, p, maxmem);
            if (why != null) throw new Failure("RangeError", "ERR_CRYPTO_INVALID_SCRYPT_PARAMS",
                    why.isEmpty() ? "Invalid scrypt params" : "Invalid scrypt params: " + why);
            return (Callable<String>) () -> keylen == 0 ? "" : latin1(SCrypt.generate(pass, salt, (int) n, (int) r, (int) p, keylen));
        });
    }

    /**
     * OpenSSL's scrypt parameter checks (EVP_PBE_scrypt_ex): null when fine, "" when refused without an OpenSSL
     * error, else OpenSSL's error string.
     */
    static String scryptCheck(long n, long r, long p, double maxmem) {
        if (r == 0 || p == 0 || n < 2 || (n & (n - 1)) != 0) return "";
        String memory = "error:030000AC:digital envelope routines::memory limit exceeded";
        long prMax = (1L << 30) - 1;
        if (p > prMax / r) return memory;
        if (16 * r <= 63 && n >= (1L << (16 * r))) return memory;
        double blen = (double) p * 128 * r;
        if (blen > Integer.MAX_VALUE) return memory;
        double vlen = 32.0 * r * (n + 2) * 4;
        if (blen + vlen > (maxmem == 0 ? 32 * 1024 * 1024 : maxmem)) return memory;
        // BC's SCrypt takes ints: what OpenSSL would allow past that cannot run here
        if (n > Integer.MAX_VALUE || r * p > Integer.MAX_VALUE) return memory;
        return null;
    }

    /** (digest, keyAddr, keyLen, dataAddr, dataLen): HmacJob (subtle.sign/verify), the MAC. */
    @HostAccess.Export
    public Object hmacJob(Value... a) {
        return job(() -> {
            Md md = macDigest(str(a, 0));
            byte[] key = bytes(a, 1), data = bytes(a, 3);
            return (Callable<String>) () -> {
                Hmac h = new Hmac(md, key);
                h.update(data, 0, data.length);
                return latin1(h.finish());
            };
        });
    }

    /** (addr, len): RandomBytesJob: fills the bytes there (the JS half keeps their ArrayBuffer alive meanwhile). */
    @HostAccess.Export
    public Object randomJob(Value... a) {
        long addr = int64(a, 0);
        int len = int32(a, 1);
        return new Job(() -> {
            byte[] b = new byte[len];
            RANDOM.nextBytes(b);
            MemorySegment.ofAddress(addr).reinterpret(len).copyFrom(MemorySegment.ofArray(b));
            return null;
        });
    }

    /** (digest, addr, len, outLen | -1): HashJob (subtle.digest). */
    @HostAccess.Export
    public Object hashJob(Value... a) {
        return job(() -> {
            Md md = digestOr(str(a, 0), "Error", null, "Digest method not supported");
            byte[] data = bytes(a, 1);
            long outLen = int64(a, 3);
            return (Callable<String>) () -> {
                md.update(data, 0, data.length);
                byte[] out = new byte[outLen >= 0 && md.xof() ? (int) outLen : md.size()];
                md.finish(out, out.length);
                return latin1(out);
            };
        });
    }

    /** (job) -> [error | null, result]. */
    @HostAccess.Export
    public Object runSync(Value... a) {
        Job j = a[0].asHostObject();
        try {
            return new Object[] {null, j.work().call()};
        } catch (Failure f) {
            return new Object[] {f.js(), null};
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- asymmetric keys (CryptoKeys) and signatures (CryptoSign) ----

    private static final int NONE = Integer.MIN_VALUE;

    /** An optional int32 argument: undefined or null is NONE. */
    private static int optInt(Value[] a, int i) {
        return i >= a.length || a[i].isNull() ? NONE : a[i].asInt();
    }

    private static String optStr(Value[] a, int i) {
        return i >= a.length || a[i].isNull() ? null : a[i].asString();
    }

    /** (wantPrivate, addr, len, format, encoding | -1, hasPassphrase) -> a key, or a failure. */
    @HostAccess.Export
    public Object keyParse(Value... a) {
        try {
            if (bool(a, 5)) throw new Failure("Error", "ERR_NAPI_JVM_NOT_IMPLEMENTED",
                    "napi-jvm: encrypted private keys (a passphrase) are not implemented yet");
            return CryptoKeys.parse(bytes(a, 1), int32(a, 3), int32(a, 4), bool(a, 0), null);
        } catch (Failure f) {
            return f.js();
        }
    }

    @HostAccess.Export
    public Object keyPublic(Value... a) {
        return ((CryptoKeys.AKey) a[0].asHostObject()).publicPart();
    }

    @HostAccess.Export
    public Object keyType(Value... a) {
        return ((CryptoKeys.AKey) a[0].asHostObject()).type;
    }

    /** (key) -> [name, value, ...]: keyDetail's fields; publicExponent as latin1 bytes. */
    @HostAccess.Export
    public Object keyDetail(Value... a) {
        CryptoKeys.AKey k = a[0].asHostObject();
        if (k.isRsa()) {
            Object[] rsa = {"modulusLength", k.modulusBits(), "publicExponent", latin1(CryptoKeys.unsigned(k.e))};
            if (k.pss == null) return rsa;
            return new Object[] {rsa[0], rsa[1], rsa[2], rsa[3], "hashAlgorithm", k.pss.hash(),
                    "mgf1HashAlgorithm", k.pss.mgf1Hash(), "saltLength", k.pss.saltLength()};
        }
        if (k.type.equals("ec")) return new Object[] {"namedCurve", k.curve.name()};
        if (k.type.equals("dsa")) return new Object[] {"modulusLength", k.dsaP.bitLength(), "divisorLength", k.dsaQ.bitLength()};
        return new Object[0];
    }

    /** (key, format, encoding) -> the DER or PEM, latin1. */
    @HostAccess.Export
    public Object keyExport(Value... a) {
        return latin1(CryptoKeys.export(a[0].asHostObject(), int32(a, 1), int32(a, 2)));
    }

    /** (key) -> "name,value,..." of its JWK (base64url has no commas), or a failure. */
    @HostAccess.Export
    public Object keyJwk(Value... a) {
        try {
            return String.join(",", CryptoKeys.jwk(a[0].asHostObject()));
        } catch (Failure f) {
            return f.js();
        }
    }

    @HostAccess.Export
    public Object keyEquals(Value... a) {
        return CryptoKeys.equal(a[0].asHostObject(), a[1].asHostObject());
    }

    /** (kty, crv | null, fields...) -> a key from a JWK's members, or null when they are no key. */
    @HostAccess.Export
    public Object keyFromJwk(Value... a) {
        String[] f = new String[a.length - 2];
        for (int i = 2; i < a.length; i++) f[i - 2] = a[i].asString();
        return str(a, 0).equals("RSA") ? CryptoKeys.rsaFromJwk(f) : CryptoKeys.ecFromJwk(str(a, 1), f);
    }

    /** (crv, addr, len, private) -> an Ed25519/X25519 key from its raw bytes, or null. */
    @HostAccess.Export
    public Object keyFromRaw(Value... a) {
        return CryptoKeys.okpRaw(str(a, 0), bytes(a, 1), bool(a, 3));
    }

    /** (name) -> the digest's canonical name (Sign/Verify init), or null. */
    @HostAccess.Export
    public Object digestName(Value... a) {
        return CryptoDigests.canonical(str(a, 0));
    }

    private static Failure unsupportedOperation() {
        return new Failure("Error", "ERR_CRYPTO_UNSUPPORTED_OPERATION", "Unsupported crypto operation");
    }

    /** Sign.sign: (hash, digestName, key, padding, saltLength, dsaEncoding) -> the signature (latin1), or a failure. */
    @HostAccess.Export
    public Object signFinal(Value... a) {
        Md md = a[0].asHostObject();
        CryptoKeys.AKey k = a[2].asHostObject();
        try {
            if (k.isOkp()) throw unsupportedOperation();
            byte[] hash = new byte[md.size()];
            md.finish(hash, hash.length);
            return latin1(CryptoSign.signDigest(k, str(a, 1), hash, optInt(a, 3), optInt(a, 4), int32(a, 5)));
        } catch (Failure f) {
            return f.js();
        }
    }

    /** Verify.verify: (hash, digestName, key, sigAddr, sigLen, padding, saltLength, dsaEncoding) -> boolean | failure. */
    @HostAccess.Export
    public Object verifyFinal(Value... a) {
        Md md = a[0].asHostObject();
        CryptoKeys.AKey k = ((CryptoKeys.AKey) a[2].asHostObject()).publicPart();
        try {
            if (k.isOkp()) throw unsupportedOperation();
            byte[] hash = new byte[md.size()];
            md.finish(hash, hash.length);
            return CryptoSign.verifyDigest(k, str(a, 1), hash, bytes(a, 3), optInt(a, 5), optInt(a, 6), int32(a, 7));
        } catch (Failure f) {
            return f.js();
        }
    }

    /**
     * SignJob: (verify, key, dataAddr, dataLen, digest | null, saltLength, padding, dsaEncoding, sigAddr, sigLen,
     * contextAddr, contextLen | -1):
     * the signature (latin1) or whether it verifies.
     */
    @HostAccess.Export
    public Object signJob(Value... a) {
        return job(() -> {
            boolean verify = bool(a, 0);
            CryptoKeys.AKey k = a[1].asHostObject();
            byte[] data = bytes(a, 2);
            String digest = optStr(a, 4);
            int salt = optInt(a, 5), padding = optInt(a, 6), dsa = int32(a, 7);
            byte[] sig = verify ? bytes(a, 8) : null;
            byte[] context = a.length > 11 && int32(a, 11) >= 0 ? bytes(a, 10) : null;
            CryptoKeys.AKey key = verify ? k.publicPart() : k;
            if (k.type.equals("ed25519") || k.type.equals("ed448")) {
                return (Callable<Object>) () -> {
                    if (digest != null) throw CryptoSign.operationError("ERR_OSSL_INVALID_DIGEST",
                            "error:1C80007A:Provider routines::invalid digest");
                    return verify ? (Object) CryptoSign.verifyEd(key, data, sig, context) : latin1(CryptoSign.signEd(key, data, context));
                };
            }
            String md = CryptoSign.digestFor(k, digest);
            return (Callable<Object>) () -> {
                if (k.isOkp()) throw CryptoSign.operationError("ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE",
                        "error:03000096:digital envelope routines::operation not supported for this keytype");
                byte[] hash = CryptoSign.digest(md, data);
                return verify ? (Object) CryptoSign.verifyDigest(key, md, hash, sig, padding, salt, dsa)
                        : latin1(CryptoSign.signDigest(key, md, hash, padding, salt, dsa));
            };
        });
    }

    /**
     * (key, encrypt, withPrivate, addr, len, padding, oaepHash | null, labelAddr, labelLen | -1): publicEncrypt and
     * its kin; the output (latin1), or a failure.
     */
    @HostAccess.Export
    public Object rsaCipher(Value... a) {
        CryptoKeys.AKey k = a[0].asHostObject();
        try {
            byte[] label = int32(a, 8) < 0 ? null : bytes(a, 7);
            return latin1(CryptoSign.rsaCipher(bool(a, 2) ? k : k.publicPart(), bool(a, 1), bool(a, 2), bytes(a, 3),
                    int32(a, 5), optStr(a, 6), label));
        } catch (Failure f) {
            return f.js();
        }
    }

    /** checkEcKeyData: an EC key's point is on its curve and, for a private key, is d times the generator. */
    @HostAccess.Export
    public Object keyCheckEc(Value... a) {
        return CryptoKeys.checkEc(a[0].asHostObject());
    }

    /** getCurves(): the named curves of EC keys here. */
    @HostAccess.Export
    public Object getCurves(Value... a) {
        return String.join(",", CryptoKeys.CURVES.stream().map(CryptoKeys.Curve::name).sorted().toList());
    }

    /** SecretKeyGenJob: (length in bits) -> random bytes (latin1). */
    @HostAccess.Export
    public Object secretKeyGenJob(Value... a) {
        int bytes = int32(a, 0) / 8;
        return new Job(() -> {
            byte[] b = new byte[bytes];
            RANDOM.nextBytes(b);
            return latin1(b);
        });
    }

    /** RsaKeyPairGenJob: (type, modulusLength, publicExponent, hash | null, mgf1Hash | null, saltLength | null). */
    @HostAccess.Export
    public Object rsaKeyGenJob(Value... a) {
        return job(() -> {
            String type = str(a, 0);
            int bits = int32(a, 1);
            long exponent = int64(a, 2);
            CryptoKeys.Pss pss = null;
            String hash = optStr(a, 3), mgf1 = optStr(a, 4);
            int salt = optInt(a, 5);
            if (type.equals("rsa-pss") && (hash != null || mgf1 != null || salt != NONE)) {
                String h = hash == null ? "sha1" : CryptoDigests.canonical(hash);
                if (h == null) throw CryptoSign.invalidDigest(hash);
                String m = mgf1 == null ? h : CryptoDigests.canonical(mgf1);
                if (m == null) throw new Failure("TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid MGF1 digest: " + mgf1);
                pss = new CryptoKeys.Pss(h, m, salt == NONE ? CryptoDigests.create(h).size() : salt);
            }
            CryptoKeys.Pss params = pss;
            return (Callable<Object>) () -> {
                if (bits < 512) throw new Failure("Error", null, "error:1C8000AB:Provider routines::key size too small");
                return CryptoSign.generateRsa(type, bits, exponent, params);
            };
        });
    }

    /** EcKeyPairGenJob: (namedCurve). */
    @HostAccess.Export
    public Object ecKeyGenJob(Value... a) {
        return job(() -> {
            CryptoKeys.Curve c = CryptoKeys.curve(str(a, 0));
            if (c == null) throw new Failure("TypeError", "ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name");
            return (Callable<Object>) () -> CryptoSign.generateEc(c);
        });
    }

    /** NidKeyPairGenJob for ed25519, x25519, ed448, x448: (type). */
    @HostAccess.Export
    public Object okpKeyGenJob(Value... a) {
        String type = str(a, 0);
        return new Job(() -> CryptoSign.generateOkp(type));
    }

    // ---- asynchronous jobs: Java threads (not libuv's pool, see ZlibBinding), completed through a uv_async_t ----

    private static final ExecutorService POOL = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "napi-jvm crypto");
        t.setDaemon(true);
        return t;
    });

    private record Done(int token, Object[] error, Object result) {}

    private final ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
    private EventLoop.Wakeup wakeup;
    private int pending;
    private Value dispatcher;

    /** (fn(token, error | null, result)): the JS half's completion of asynchronous jobs. */
    @HostAccess.Export
    public Object setDispatcher(Value... a) {
        dispatcher = a[0];
        return null;
    }

    /** (job, token): runs the job on the pool; the dispatcher gets its outcome on the loop. */
    @HostAccess.Export
    public Object runAsync(Value... a) {
        Job j = a[0].asHostObject();
        int token = int32(a, 1);
        if (wakeup == null) wakeup = env.loop().wakeup(this::drain);
        if (pending++ == 0) wakeup.ref(true);
        EventLoop.Wakeup w = wakeup;
        POOL.execute(() -> {
            Done d;
            try {
                d = new Done(token, null, j.work().call());
            } catch (Failure f) {
                d = new Done(token, f.js(), null);
            } catch (Throwable t) {
                d = new Done(token, new Object[] {"Error", null, String.valueOf(t)}, null);
            }
            done.add(d);
            w.send();
        });
        return null;
    }

    private void drain() {
        for (Done d; (d = done.poll()) != null; ) {
            if (--pending == 0) wakeup.ref(false);
            if (env.isClosed()) continue;
            Done x = d;
            env.callbackScope(dispatcher, x.token, x.error, x.result);
        }
    }
}
