package org.napijvm.node.binding;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.napijvm.node.binding.CryptoBinding.Failure;
import org.napijvm.node.binding.CryptoDigests.Md;
import org.napijvm.node.binding.CryptoKeys.AKey;
import org.napijvm.node.binding.CryptoKeys.Curve;
import org.napijvm.node.binding.CryptoKeys.Pss;

import javax.crypto.Cipher;
import java.io.IOException;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Sign/Verify/SignJob of internalBinding('crypto') (crypto_sig.cc) and the key pair jobs (crypto_keygen.cc) over the
 * JCA: RSA PKCS#1 v1.5 (NONEwithRSA over the DigestInfo), RSA-PSS (EMSA-PSS here, as OpenSSL with any salt length and
 * salt recovery on verify, over the JCA's raw RSA), ECDSA (NONEwithECDSA, DER or IEEE P1363) and Ed25519. As in Node,
 * the message is digested first (CryptoDigests) and the digest is signed; Ed25519 signs the message itself.
 */
final class CryptoSign {
    private CryptoSign() {}

    static final int RSA_PKCS1_PADDING = 1, RSA_PKCS1_PSS_PADDING = 6;
    static final int SALTLEN_DIGEST = -1, SALTLEN_MAX_SIGN = -2, SALTLEN_AUTO = -2, SALTLEN_MAX = -3, SALTLEN_NONE = Integer.MIN_VALUE;
    static final int SIG_DER = 0, SIG_P1363 = 1;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** An OpenSSL error of an operation on a key: node gives it no opensslErrorStack. */
    static Failure operationError(String code, String message) {
        Failure f = CryptoKeys.openssl(code, message);
        f.stack = false;
        return f;
    }

    static Failure invalidDigest(String name) {
        return new Failure("TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: " + name);
    }

    private static Failure notForKeyType() {
        return operationError("ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE",
                "error:03000096:digital envelope routines::operation not supported for this keytype");
    }

    // ---- the JCA's keys ----

    private static ECParameterSpec ecSpec(Curve c) throws GeneralSecurityException {
        if (c.jca() == null) throw notForKeyType(); // secp256k1: not in the JDK's SunEC
        AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
        p.init(new ECGenParameterSpec(c.jca()));
        return p.getParameterSpec(ECParameterSpec.class);
    }

    static PrivateKey jcaPrivate(AKey k) throws GeneralSecurityException {
        return switch (k.type) {
            case "rsa", "rsa-pss" -> KeyFactory.getInstance("RSA").generatePrivate(
                    new RSAPrivateCrtKeySpec(k.n, k.e, k.d, k.p, k.q, k.dp, k.dq, k.qi));
            case "ec" -> KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(k.ecD, ecSpec(k.curve)));
            case "ed25519", "ed448" -> KeyFactory.getInstance(k.type.equals("ed25519") ? "Ed25519" : "Ed448")
                    .generatePrivate(new PKCS8EncodedKeySpec(CryptoKeys.pkcs8(k)));
            default -> throw notForKeyType();
        };
    }

    static PublicKey jcaPublic(AKey k) throws GeneralSecurityException {
        return switch (k.type) {
            case "rsa", "rsa-pss" -> KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(k.n, k.e));
            case "ec" -> KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(k.x, k.y), ecSpec(k.curve)));
            case "ed25519", "ed448" -> KeyFactory.getInstance(k.type.equals("ed25519") ? "Ed25519" : "Ed448")
                    .generatePublic(new X509EncodedKeySpec(CryptoKeys.spki(k)));
            default -> throw notForKeyType();
        };
    }

    // ---- the digest a signature uses ----

    /** The digest for {@code name} (null: the key's default, sha256 or a restricted rsa-pss key's own). */
    static String digestFor(AKey k, String name) {
        if (name == null) return k.pss != null ? k.pss.hash() : "sha256";
        String canon = CryptoDigests.canonical(name);
        if (canon == null) throw invalidDigest(name);
        return canon;
    }

    static byte[] digest(String canonical, byte[] data) {
        return CryptoDigests.digest(CryptoDigests.create(canonical), data);
    }

    // ---- signing ----

    /** The padding for a key: the given one, else PSS for rsa-pss keys and PKCS#1 v1.5 for rsa keys. */
    private static int padding(AKey k, int padding) {
        if (padding == SALTLEN_NONE) return k.type.equals("rsa-pss") ? RSA_PKCS1_PSS_PADDING : RSA_PKCS1_PADDING;
        if (k.type.equals("rsa-pss") && padding != RSA_PKCS1_PSS_PADDING
                || padding != RSA_PKCS1_PADDING && padding != RSA_PKCS1_PSS_PADDING && padding != RSA_NO_PADDING)
            throw operationError("ERR_OSSL_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE",
                    "error:1C8000A5:Provider routines::illegal or unsupported padding mode");
        if (padding == RSA_NO_PADDING)
            throw operationError("ERR_OSSL_INVALID_PADDING_MODE", "error:1C8000A8:Provider routines::invalid padding mode");
        return padding;
    }

    /** A restricted rsa-pss key takes only its own digest and salts at least as long as its own. */
    private static void checkRestrictions(AKey k, String md, int saltLen) {
        if (k.pss == null) return;
        if (!k.pss.hash().equals(md))
            throw operationError("ERR_OSSL_DIGEST_NOT_ALLOWED", "error:1C8000AE:Provider routines::digest not allowed");
        if (saltLen >= 0 && saltLen < k.pss.saltLength())
            throw operationError("ERR_OSSL_PSS_SALTLEN_TOO_SMALL", "error:1C8000AC:Provider routines::pss saltlen too small");
    }

    /** Signs a digest with {@code k} (a private key): the signature. */
    static byte[] signDigest(AKey k, String md, byte[] hash, int paddingOpt, int saltLen, int dsaEnc) {
        try {
            if (k.isRsa()) {
                if (padding(k, paddingOpt) == RSA_PKCS1_PSS_PADDING) {
                    checkRestrictions(k, md, saltLen);
                    int hLen = hash.length, emBits = k.modulusBits() - 1, emLen = (emBits + 7) / 8;
                    int s = saltLen == SALTLEN_NONE ? (k.pss != null ? k.pss.saltLength() : Math.min(hLen, emLen - hLen - 2))
                            : saltLen == SALTLEN_DIGEST ? hLen
                            : saltLen == SALTLEN_MAX_SIGN || saltLen == SALTLEN_MAX ? emLen - hLen - 2 : saltLen;
                    if (s < 0 || emLen < hLen + s + 2) throw tooLarge();
                    byte[] em = emsaPssEncode(mgf1Of(k, md), md, hash, s, emBits);
                    return rawRsa(k, em, true);
                }
                Signature sig = Signature.getInstance("NONEwithRSA");
                sig.initSign(jcaPrivate(k));
                sig.update(digestInfo(md, hash));
                return sig.sign();
            }
            if (k.type.equals("ec") && k.curve.jca() == null) return bcEcdsaSign(k, hash, dsaEnc);
            if (k.type.equals("dsa")) return dsaSign(k, hash, dsaEnc);
            if (k.type.equals("ec")) {
                Signature sig = Signature.getInstance(dsaEnc == SIG_P1363 ? "NONEwithECDSAinP1363Format" : "NONEwithECDSA");
                sig.initSign(jcaPrivate(k), RANDOM);
                sig.update(hash);
                return sig.sign();
            }
            throw notForKeyType();
        } catch (GeneralSecurityException ex) {
            throw new Failure("Error", null, String.valueOf(ex.getMessage()));
        }
    }

    /** Verifies a signature of a digest with {@code k}'s public part. */
    static boolean verifyDigest(AKey k, String md, byte[] hash, byte[] signature, int paddingOpt, int saltLen, int dsaEnc) {
        try {
            if (k.isRsa()) {
                if (padding(k, paddingOpt) == RSA_PKCS1_PSS_PADDING) {
                    checkRestrictions(k, md, saltLen);
                    if (signature.length != (k.modulusBits() + 7) / 8) return false;
                    if (new BigInteger(1, signature).compareTo(k.n) >= 0) return false;
                    byte[] em = rawRsa(k, signature, false);
                    int emBits = k.modulusBits() - 1;
                    int s = saltLen == SALTLEN_NONE ? (k.pss != null ? k.pss.saltLength() : SALTLEN_AUTO)
                            : saltLen == SALTLEN_DIGEST ? hash.length : saltLen;
                    return emsaPssVerify(mgf1Of(k, md), md, hash, em, s, emBits);
                }
                Signature sig = Signature.getInstance("NONEwithRSA");
                sig.initVerify(jcaPublic(k));
                sig.update(digestInfo(md, hash));
                try {
                    return sig.verify(signature);
                } catch (java.security.SignatureException bad) {
                    return false;
                }
            }
            if (k.type.equals("ec") && k.curve.jca() == null) return bcEcdsaVerify(k, hash, signature, dsaEnc);
            if (k.type.equals("dsa")) return dsaVerify(k, hash, signature, dsaEnc);
            if (k.type.equals("ec")) {
                Signature sig = Signature.getInstance(dsaEnc == SIG_P1363 ? "NONEwithECDSAinP1363Format" : "NONEwithECDSA");
                sig.initVerify(jcaPublic(k));
                sig.update(hash);
                try {
                    return sig.verify(signature);
                } catch (java.security.SignatureException bad) {
                    return false;
                }
            }
            throw notForKeyType();
        } catch (GeneralSecurityException ex) {
            throw new Failure("Error", null, String.valueOf(ex.getMessage()));
        }
    }

    private static String edName(AKey k) {
        return k.type.equals("ed25519") ? "Ed25519" : "Ed448";
    }

    /** Ed448's context (RFC 8032), the JCA's EdDSAParameterSpec; Ed25519 takes none here. */
    private static void context(Signature sig, AKey k, byte[] context) throws GeneralSecurityException {
        if (context != null && context.length > 0 && k.type.equals("ed448"))
            sig.setParameter(new java.security.spec.EdDSAParameterSpec(false, context));
    }

    /** Ed25519 or Ed448 over the message itself (no digest may be named). */
    static byte[] signEd(AKey k, byte[] data, byte[] ctx) throws GeneralSecurityException {
        Signature sig = Signature.getInstance(edName(k));
        sig.initSign(jcaPrivate(k));
        context(sig, k, ctx);
        sig.update(data);
        return sig.sign();
    }

    static boolean verifyEd(AKey k, byte[] data, byte[] signature, byte[] ctx) throws GeneralSecurityException {
        if (signature.length != (k.type.equals("ed25519") ? 64 : 114)) return false;
        Signature sig = Signature.getInstance(edName(k));
        sig.initVerify(jcaPublic(k));
        context(sig, k, ctx);
        sig.update(data);
        try {
            return sig.verify(signature);
        } catch (java.security.SignatureException bad) {
            return false;
        }
    }

    // ECDSA on the curves the JDK lacks (secp256k1): Bouncy Castle's ECDSASigner with a random k, as OpenSSL

    private static org.bouncycastle.crypto.params.ECDomainParameters domain(AKey k) {
        org.bouncycastle.asn1.x9.X9ECParameters x9 = k.curve.params();
        return new org.bouncycastle.crypto.params.ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH());
    }

    private static byte[] bcEcdsaSign(AKey k, byte[] hash, int dsaEnc) {
        org.bouncycastle.crypto.signers.ECDSASigner s = new org.bouncycastle.crypto.signers.ECDSASigner();
        s.init(true, new org.bouncycastle.crypto.params.ParametersWithRandom(
                new org.bouncycastle.crypto.params.ECPrivateKeyParameters(k.ecD, domain(k)), RANDOM));
        return encodeRs(s.generateSignature(hash), (k.curve.params().getN().bitLength() + 7) / 8, dsaEnc);
    }

    /** A (EC)DSA signature (r, s) as DER or IEEE P1363 (each n bytes). */
    private static byte[] encodeRs(BigInteger[] rs, int n, int dsaEnc) {
        if (dsaEnc == SIG_P1363) {
            byte[] out = new byte[2 * n];
            System.arraycopy(CryptoKeys.fixed(rs[0], n), 0, out, 0, n);
            System.arraycopy(CryptoKeys.fixed(rs[1], n), 0, out, n, n);
            return out;
        }
        try {
            return new org.bouncycastle.asn1.DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
                    new org.bouncycastle.asn1.ASN1Integer(rs[0]), new org.bouncycastle.asn1.ASN1Integer(rs[1])})
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static boolean bcEcdsaVerify(AKey k, byte[] hash, byte[] signature, int dsaEnc) {
        BigInteger order = k.curve.params().getN();
        BigInteger[] rs = decodeRs(signature, (order.bitLength() + 7) / 8, order, dsaEnc);
        if (rs == null) return false;
        org.bouncycastle.crypto.signers.ECDSASigner v = new org.bouncycastle.crypto.signers.ECDSASigner();
        v.init(false, new org.bouncycastle.crypto.params.ECPublicKeyParameters(
                k.curve.params().getCurve().createPoint(k.x, k.y), domain(k)));
        return v.verifySignature(hash, rs[0], rs[1]);
    }

    // DSA: Bouncy Castle's DSASigner (the JCA's NONEwithDSA takes only 20-byte digests), a random k as OpenSSL

    private static org.bouncycastle.crypto.params.DSAParameters dsaParams(AKey k) {
        return new org.bouncycastle.crypto.params.DSAParameters(k.dsaP, k.dsaQ, k.dsaG);
    }

    private static byte[] dsaSign(AKey k, byte[] hash, int dsaEnc) {
        org.bouncycastle.crypto.signers.DSASigner s = new org.bouncycastle.crypto.signers.DSASigner();
        s.init(true, new org.bouncycastle.crypto.params.ParametersWithRandom(
                new org.bouncycastle.crypto.params.DSAPrivateKeyParameters(k.dsaX, dsaParams(k)), RANDOM));
        return encodeRs(s.generateSignature(hash), (k.dsaQ.bitLength() + 7) / 8, dsaEnc);
    }

    private static boolean dsaVerify(AKey k, byte[] hash, byte[] signature, int dsaEnc) {
        BigInteger[] rs = decodeRs(signature, (k.dsaQ.bitLength() + 7) / 8, k.dsaQ, dsaEnc);
        if (rs == null) return false;
        org.bouncycastle.crypto.signers.DSASigner v = new org.bouncycastle.crypto.signers.DSASigner();
        v.init(false, new org.bouncycastle.crypto.params.DSAPublicKeyParameters(k.dsaY, dsaParams(k)));
        return v.verifySignature(hash, rs[0], rs[1]);
    }

    /** (r, s) from DER (strict) or IEEE P1363; null when malformed or out of range. */
    private static BigInteger[] decodeRs(byte[] signature, int n, BigInteger order, int dsaEnc) {
        BigInteger r, s;
        if (dsaEnc == SIG_P1363) {
            if (signature.length != 2 * n) return null;
            r = new BigInteger(1, Arrays.copyOfRange(signature, 0, n));
            s = new BigInteger(1, Arrays.copyOfRange(signature, n, 2 * n));
        } else {
            try {
                org.bouncycastle.asn1.ASN1Sequence seq = org.bouncycastle.asn1.ASN1Sequence.getInstance(signature);
                if (seq.size() != 2 || !Arrays.equals(seq.getEncoded(ASN1Encoding.DER), signature)) return null;
                r = org.bouncycastle.asn1.ASN1Integer.getInstance(seq.getObjectAt(0)).getValue();
                s = org.bouncycastle.asn1.ASN1Integer.getInstance(seq.getObjectAt(1)).getValue();
            } catch (RuntimeException | IOException ex) {
                return null;
            }
        }
        if (r.signum() <= 0 || s.signum() <= 0 || r.compareTo(order) >= 0 || s.compareTo(order) >= 0) return null;
        return new BigInteger[] {r, s};
    }

    private static Failure tooLarge() {
        return operationError("ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE", "error:0200006E:rsa routines::data too large for key size");
    }

    private static byte[] digestInfo(String md, byte[] hash) {
        String oid = CryptoKeys.digestOid(md);
        if (oid == null) throw invalidDigest(md);
        try {
            return new DigestInfo(new AlgorithmIdentifier(new ASN1ObjectIdentifier(oid), DERNull.INSTANCE), hash)
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** m^d (sign) or s^e (verify) mod n, as a modulus-sized big-endian number, by the JCA's raw RSA. */
    private static byte[] rawRsa(AKey k, byte[] in, boolean sign) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("RSA/ECB/NoPadding");
        if (sign) c.init(Cipher.ENCRYPT_MODE, jcaPrivate(k));
        else c.init(Cipher.DECRYPT_MODE, jcaPublic(k));
        byte[] out = c.doFinal(in);
        int len = (k.modulusBits() + 7) / 8;
        if (out.length == len) return out;
        byte[] r = new byte[len];
        System.arraycopy(out, 0, r, len - out.length, out.length);
        return r;
    }

    private static String mgf1Of(AKey k, String md) {
        return k.pss != null ? k.pss.mgf1Hash() : md;
    }

    private static byte[] mgf1(String md, byte[] seed, int len) {
        byte[] out = new byte[len];
        byte[] c = new byte[4];
        for (int i = 0, off = 0; off < len; i++) {
            c[0] = (byte) (i >>> 24);
            c[1] = (byte) (i >>> 16);
            c[2] = (byte) (i >>> 8);
            c[3] = (byte) i;
            Md h = CryptoDigests.create(md);
            h.update(seed, 0, seed.length);
            h.update(c, 0, 4);
            byte[] d = new byte[h.size()];
            h.finish(d, d.length);
            System.arraycopy(d, 0, out, off, Math.min(d.length, len - off));
            off += d.length;
        }
        return out;
    }

    /** RFC 8017 9.1.1 EMSA-PSS-ENCODE of a digest {@code mHash}. */
    private static byte[] emsaPssEncode(String mgfMd, String md, byte[] mHash, int sLen, int emBits) {
        int hLen = mHash.length, emLen = (emBits + 7) / 8;
        byte[] salt = new byte[sLen];
        RANDOM.nextBytes(salt);
        byte[] h = pssHash(md, mHash, salt);
        byte[] db = new byte[emLen - hLen - 1];
        db[emLen - sLen - hLen - 2] = 1;
        System.arraycopy(salt, 0, db, db.length - sLen, sLen);
        byte[] mask = mgf1(mgfMd, h, db.length);
        for (int i = 0; i < db.length; i++) db[i] ^= mask[i];
        db[0] &= (byte) (0xFF >>> (8 * emLen - emBits));
        byte[] em = Arrays.copyOf(db, emLen);
        System.arraycopy(h, 0, em, db.length, hLen);
        em[emLen - 1] = (byte) 0xBC;
        return em;
    }

    private static byte[] pssHash(String md, byte[] mHash, byte[] salt) {
        Md m = CryptoDigests.create(md);
        m.update(new byte[8], 0, 8);
        m.update(mHash, 0, mHash.length);
        m.update(salt, 0, salt.length);
        byte[] h = new byte[m.size()];
        m.finish(h, h.length);
        return h;
    }

    /** RFC 8017 9.1.2 EMSA-PSS-VERIFY; {@code sLen} AUTO recovers the salt's length (OpenSSL's RSA_PSS_SALTLEN_AUTO). */
    private static boolean emsaPssVerify(String mgfMd, String md, byte[] mHash, byte[] emFull, int sLen, int emBits) {
        int hLen = mHash.length, emLen = (emBits + 7) / 8;
        // with emBits a multiple of 8 the encoded message is one byte shorter than the modulus: its first byte is 0
        byte[] em = emFull;
        if (emFull.length > emLen) {
            if (emFull[0] != 0) return false;
            em = Arrays.copyOfRange(emFull, emFull.length - emLen, emFull.length);
        }
        if (emLen < hLen + 2 || (em[emLen - 1] & 0xFF) != 0xBC) return false;
        int top = 8 * emLen - emBits;
        if (top > 0 && (em[0] & (0xFF << (8 - top))) != 0) return false;
        byte[] db = Arrays.copyOf(em, emLen - hLen - 1);
        byte[] h = Arrays.copyOfRange(em, emLen - hLen - 1, emLen - 1);
        byte[] mask = mgf1(mgfMd, h, db.length);
        for (int i = 0; i < db.length; i++) db[i] ^= mask[i];
        db[0] &= (byte) (0xFF >>> top);
        int i = 0;
        while (i < db.length && db[i] == 0) i++;
        if (i == db.length || db[i] != 1) return false;
        int found = db.length - i - 1;
        if (sLen >= 0 && found != sLen) return false;
        byte[] salt = Arrays.copyOfRange(db, i + 1, db.length);
        return java.security.MessageDigest.isEqual(pssHash(md, mHash, salt), h);
    }

    // ---- publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt (crypto_cipher.cc's RSA) over the JCA's RSA ----

    static final int RSA_NO_PADDING = 3, RSA_PKCS1_OAEP_PADDING = 4;

    private static String jcaDigest(String canonical) {
        if (canonical == null) return null;
        return switch (canonical) {
            case "sha1" -> "SHA-1";
            case "sha224" -> "SHA-224";
            case "sha256" -> "SHA-256";
            case "sha384" -> "SHA-384";
            case "sha512" -> "SHA-512";
            case "sha512-224" -> "SHA-512/224";
            case "sha512-256" -> "SHA-512/256";
            case "sha3-224", "sha3-256", "sha3-384", "sha3-512" -> canonical.toUpperCase(java.util.Locale.ROOT);
            default -> null;
        };
    }

    /**
     * One RSA operation: {@code encrypt} with the public key (publicEncrypt) or the private one (privateEncrypt),
     * else decrypt with the private (privateDecrypt) or public (publicDecrypt) one.
     */
    static byte[] rsaCipher(AKey k, boolean encrypt, boolean withPrivate, byte[] in, int padding, String oaepHash, byte[] label) {
        if (!k.isRsa()) throw notForKeyType();
        if (k.type.equals("rsa-pss")) throw operationError("ERR_OSSL_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE",
                "error:1C8000B2:Provider routines::operation not supported for this keytype");
        int size = (k.modulusBits() + 7) / 8;
        try {
            Cipher c;
            java.security.Key key = withPrivate ? jcaPrivate(k) : jcaPublic(k);
            int mode = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
            switch (padding) {
                case RSA_PKCS1_PADDING -> {
                    if (encrypt && in.length > size - 11) throw tooLarge();
                    c = Cipher.getInstance("RSA/ECB/PKCS1Padding");
                    c.init(mode, key);
                }
                case RSA_NO_PADDING -> {
                    if (in.length > size) throw tooLarge();
                    if (in.length < size) throw operationError("ERR_OSSL_RSA_DATA_TOO_SMALL_FOR_KEY_SIZE",
                            "error:0200007A:rsa routines::data too small for key size");
                    c = Cipher.getInstance("RSA/ECB/NoPadding");
                    c.init(mode, key);
                }
                case RSA_PKCS1_OAEP_PADDING -> {
                    if (withPrivate == encrypt) throw operationError("ERR_OSSL_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE",
                            "error:1C8000A5:Provider routines::illegal or unsupported padding mode");
                    String md = jcaDigest(oaepHash == null ? "sha1" : CryptoDigests.canonical(oaepHash));
                    if (md == null) throw new Failure("Error", "ERR_OSSL_EVP_INVALID_DIGEST", "Invalid digest used");
                    int hLen = java.security.MessageDigest.getInstance(md).getDigestLength();
                    if (encrypt && in.length > size - 2 * hLen - 2) throw tooLarge();
                    c = Cipher.getInstance("RSA/ECB/OAEPPadding");
                    c.init(mode, key, new javax.crypto.spec.OAEPParameterSpec(md, "MGF1",
                            new java.security.spec.MGF1ParameterSpec(md),
                            new javax.crypto.spec.PSource.PSpecified(label == null ? new byte[0] : label)));
                }
                default -> throw unknownPadding();
            }
            if (!encrypt && in.length != size) throw encrypt ? tooLarge() : decodingError(padding, withPrivate);
            try {
                byte[] out = c.doFinal(in);
                if (padding == RSA_NO_PADDING && out.length < size) {
                    byte[] r = new byte[size];
                    System.arraycopy(out, 0, r, size - out.length, out.length);
                    return r;
                }
                return out;
            } catch (javax.crypto.BadPaddingException | javax.crypto.IllegalBlockSizeException ex) {
                throw encrypt ? tooLarge() : decodingError(padding, withPrivate);
            }
        } catch (GeneralSecurityException ex) {
            throw new Failure("Error", null, String.valueOf(ex.getMessage()));
        }
    }

    private static Failure unknownPadding() {
        return operationError("ERR_OSSL_RSA_UNKNOWN_PADDING_TYPE", "error:02000076:rsa routines::unknown padding type");
    }

    private static Failure decodingError(int padding, boolean withPrivate) {
        if (padding == RSA_PKCS1_OAEP_PADDING)
            return operationError("ERR_OSSL_RSA_OAEP_DECODING_ERROR", "error:02000079:rsa routines::oaep decoding error");
        if (!withPrivate)
            return operationError("ERR_OSSL_RSA_INVALID_PADDING", "error:0200008A:rsa routines::invalid padding");
        return operationError("ERR_OSSL_RSA_PADDING_CHECK_FAILED", "error:02000072:rsa routines::padding check failed");
    }

    // ---- key pairs (crypto_keygen.cc), by the JCA's KeyPairGenerator ----

    static AKey generateRsa(String type, int bits, long exponent, Pss pss) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(new RSAKeyGenParameterSpec(bits, BigInteger.valueOf(exponent)), RANDOM);
            RSAPrivateCrtKey r = (RSAPrivateCrtKey) g.generateKeyPair().getPrivate();
            AKey k = new AKey(type, true);
            k.n = r.getModulus();
            k.e = r.getPublicExponent();
            k.d = r.getPrivateExponent();
            k.p = r.getPrimeP();
            k.q = r.getPrimeQ();
            k.dp = r.getPrimeExponentP();
            k.dq = r.getPrimeExponentQ();
            k.qi = r.getCrtCoefficient();
            k.pss = pss;
            return k;
        } catch (GeneralSecurityException ex) {
            throw new Failure("Error", null, String.valueOf(ex.getMessage()));
        }
    }

    static AKey generateEc(Curve c) {
        try {
            if (c.jca() == null) {
                BigInteger n = c.params().getN(), d;
                do d = new BigInteger(n.bitLength(), RANDOM); while (d.signum() == 0 || d.compareTo(n) >= 0);
                return CryptoKeys.ecPrivate(c, d, null);
            }
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec(c.jca()), RANDOM);
            KeyPair kp = g.generateKeyPair();
            java.security.interfaces.ECPublicKey pub = (java.security.interfaces.ECPublicKey) kp.getPublic();
            AKey k = new AKey("ec", true);
            k.curve = c;
            k.ecD = ((ECPrivateKey) kp.getPrivate()).getS();
            k.x = pub.getW().getAffineX();
            k.y = pub.getW().getAffineY();
            return k;
        } catch (GeneralSecurityException ex) {
            throw new Failure("Error", null, String.valueOf(ex.getMessage()));
        }
    }

    /** Ed25519, X25519, Ed448, X448: the JCA's generator; the raw private key ends its PKCS#8. */
    static AKey generateOkp(String type) {
        try {
            CryptoKeys.Okp o = CryptoKeys.okp(type);
            KeyPairGenerator g = KeyPairGenerator.getInstance(o.crv());
            byte[] p8 = g.generateKeyPair().getPrivate().getEncoded();
            return CryptoKeys.okpPrivate(type, Arrays.copyOfRange(p8, p8.length - o.size(), p8.length));
        } catch (GeneralSecurityException ex) {
            throw new Failure("Error", null, String.valueOf(ex.getMessage()));
        }
    }
}
