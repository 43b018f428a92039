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

    static Failure invalidDigest(String name) {
        return new Failure("TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: " + name);
    }

    private static Failure notForKeyType() {
        return CryptoKeys.openssl("ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE",
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
            case "ed25519" -> KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(CryptoKeys.pkcs8(k)));
            default -> throw notForKeyType();
        };
    }

    static PublicKey jcaPublic(AKey k) throws GeneralSecurityException {
        return switch (k.type) {
            case "rsa", "rsa-pss" -> KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(k.n, k.e));
            case "ec" -> KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(k.x, k.y), ecSpec(k.curve)));
            case "ed25519" -> KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(CryptoKeys.spki(k)));
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
        if (k.type.equals("rsa-pss") && padding != RSA_PKCS1_PSS_PADDING)
            throw CryptoKeys.openssl("ERR_OSSL_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE",
                    "error:1C8000A5:Provider routines::illegal or unsupported padding mode");
        if (padding != RSA_PKCS1_PADDING && padding != RSA_PKCS1_PSS_PADDING)
            throw CryptoKeys.openssl("ERR_OSSL_INVALID_PADDING_MODE", "error:1C8000A8:Provider routines::invalid padding mode");
        return padding;
    }

    /** A restricted rsa-pss key takes only its own digest and salts at least as long as its own. */
    private static void checkRestrictions(AKey k, String md, int saltLen) {
        if (k.pss == null) return;
        if (!k.pss.hash().equals(md))
            throw CryptoKeys.openssl("ERR_OSSL_DIGEST_NOT_ALLOWED", "error:1C8000AE:Provider routines::digest not allowed");
        if (saltLen >= 0 && saltLen < k.pss.saltLength())
            throw CryptoKeys.openssl("ERR_OSSL_PSS_SALTLEN_TOO_SMALL", "error:1C8000AC:Provider routines::pss saltlen too small");
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

    /** Ed25519 over the message itself (no digest may be named). */
    static byte[] signEd(AKey k, byte[] data) throws GeneralSecurityException {
        Signature sig = Signature.getInstance("Ed25519");
        sig.initSign(jcaPrivate(k));
        sig.update(data);
        return sig.sign();
    }

    static boolean verifyEd(AKey k, byte[] data, byte[] signature) throws GeneralSecurityException {
        if (signature.length != 64) return false;
        Signature sig = Signature.getInstance("Ed25519");
        sig.initVerify(jcaPublic(k));
        sig.update(data);
        try {
            return sig.verify(signature);
        } catch (java.security.SignatureException bad) {
            return false;
        }
    }

    private static Failure tooLarge() {
        return CryptoKeys.openssl("ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE", "error:0200006E:rsa routines::data too large for key size");
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

    /** Ed25519 or X25519: the JCA's generator; the raw private key is the last 32 bytes of its PKCS#8. */
    static AKey generateOkp(String type) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(type.equals("ed25519") ? "Ed25519" : "X25519");
            byte[] p8 = g.generateKeyPair().getPrivate().getEncoded();
            return CryptoKeys.okpPrivate(type, Arrays.copyOfRange(p8, p8.length - 32, p8.length));
        } catch (GeneralSecurityException ex) {
            throw new Failure("Error", null, String.valueOf(ex.getMessage()));
        }
    }
}
