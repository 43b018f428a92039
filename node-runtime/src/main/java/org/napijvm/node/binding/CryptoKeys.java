package org.napijvm.node.binding;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.bouncycastle.math.ec.rfc7748.X448;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.bouncycastle.math.ec.rfc8032.Ed448;
import org.napijvm.node.binding.CryptoBinding.Failure;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The asymmetric keys of internalBinding('crypto')'s KeyObjectHandle (crypto_keys.cc, crypto_rsa.cc, crypto_ec.cc,
 * crypto_keys's EdDSA parts): RSA, RSA-PSS, EC on P-256/P-384/P-521/secp256k1, Ed25519 and X25519, held as their
 * numbers and read from and written to PEM, DER (PKCS#8, SPKI, PKCS#1, SEC1) and JWK with OpenSSL 3's encodings
 * byte for byte (the JDK's own getEncoded() differs: its EC PKCS#8 has no public key). Bouncy Castle's ASN.1 classes
 * read and write the structures; its curve arithmetic derives an EC or Ed25519/X25519 public key from a private one,
 * which the JCA cannot. Signing and key generation over the JCA are in {@link CryptoSign}.
 */
final class CryptoKeys {
    private CryptoKeys() {}

    static final ASN1ObjectIdentifier RSA = new ASN1ObjectIdentifier("1.2.840.113549.1.1.1");
    static final ASN1ObjectIdentifier RSA_PSS = new ASN1ObjectIdentifier("1.2.840.113549.1.1.10");
    static final ASN1ObjectIdentifier MGF1 = new ASN1ObjectIdentifier("1.2.840.113549.1.1.8");
    static final ASN1ObjectIdentifier EC = new ASN1ObjectIdentifier("1.2.840.10045.2.1");
    static final ASN1ObjectIdentifier DSA = new ASN1ObjectIdentifier("1.2.840.10040.4.1");
    static final ASN1ObjectIdentifier ED25519 = new ASN1ObjectIdentifier("1.3.101.112");
    static final ASN1ObjectIdentifier X25519_OID = new ASN1ObjectIdentifier("1.3.101.110");

    /** The OKP key types (RFC 8410): type, OID, JWK crv, key length. */
    record Okp(String type, ASN1ObjectIdentifier oid, String crv, int size) {}

    static final List<Okp> OKPS = List.of(new Okp("ed25519", ED25519, "Ed25519", 32),
            new Okp("x25519", X25519_OID, "X25519", 32),
            new Okp("ed448", new ASN1ObjectIdentifier("1.3.101.113"), "Ed448", 57),
            new Okp("x448", new ASN1ObjectIdentifier("1.3.101.111"), "X448", 56));

    static Okp okp(String type) {
        for (Okp o : OKPS) if (o.type.equals(type)) return o;
        return null;
    }

    private static Okp okp(ASN1ObjectIdentifier oid) {
        for (Okp o : OKPS) if (o.oid.equals(oid)) return o;
        return null;
    }

    /** A named curve: OpenSSL's short name (keyDetail's namedCurve), JWK's crv, its OID, the JCA's name or null. */
    record Curve(String name, String jwk, String oid, String jca, int bytes) {
        X9ECParameters params() {
            return CustomNamedCurves.getByOID(new ASN1ObjectIdentifier(oid));
        }
    }

    static final List<Curve> CURVES = List.of(
            new Curve("prime256v1", "P-256", "1.2.840.10045.3.1.7", "secp256r1", 32),
            new Curve("secp384r1", "P-384", "1.3.132.0.34", "secp384r1", 48),
            new Curve("secp521r1", "P-521", "1.3.132.0.35", "secp521r1", 66),
            new Curve("secp256k1", "secp256k1", "1.3.132.0.10", null, 32));

    /** GetCurveFromName: a NIST name (P-256) or OpenSSL's short name; null when unknown. */
    static Curve curve(String name) {
        for (Curve c : CURVES) if (c.name.equals(name) || c.jwk.equals(name)) return c;
        return null;
    }

    private static Curve curveByOid(String oid) {
        for (Curve c : CURVES) if (c.oid.equals(oid)) return c;
        return null;
    }

    /** RSASSA-PSS-params of a restricted rsa-pss key (OpenSSL's names of the digests). */
    record Pss(String hash, String mgf1Hash, int saltLength) {}

    /** One asymmetric key: a public one, or a private one with its public part. */
    static final class AKey {
        final String type; // asymmetricKeyType: rsa, rsa-pss, ec, ed25519, x25519
        final boolean isPrivate;
        BigInteger n, e, d, p, q, dp, dq, qi; // RSA
        Pss pss; // rsa-pss with parameters, else null
        Curve curve; // EC
        BigInteger ecD, x, y;
        byte[] raw, rawPub; // Ed25519 / X25519 / Ed448 / X448: the private key and the public one
        BigInteger dsaP, dsaQ, dsaG, dsaY, dsaX; // DSA

        AKey(String type, boolean isPrivate) {
            this.type = type;
            this.isPrivate = isPrivate;
        }

        boolean isRsa() {
            return type.startsWith("rsa");
        }

        boolean isOkp() {
            return okp(type) != null;
        }

        AKey publicPart() {
            if (!isPrivate) return this;
            AKey k = new AKey(type, false);
            k.n = n;
            k.e = e;
            k.pss = pss;
            k.curve = curve;
            k.x = x;
            k.y = y;
            k.rawPub = rawPub;
            k.dsaP = dsaP;
            k.dsaQ = dsaQ;
            k.dsaG = dsaG;
            k.dsaY = dsaY;
            return k;
        }

        int modulusBits() {
            return n.bitLength();
        }
    }

    // ---- errors as OpenSSL reports them ----

    static Failure openssl(String code, String message) {
        Failure f = new Failure("Error", code, message);
        f.openssl = true;
        return f;
    }

    static Failure unsupported() {
        return openssl("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported");
    }

    // ---- reading ----

    static final int FORMAT_DER = 0, FORMAT_PEM = 1;
    static final int ENC_PKCS1 = 0, ENC_PKCS8 = 1, ENC_SPKI = 2, ENC_SEC1 = 3, ENC_NONE = -1;

    /**
     * KeyObjectHandle::Init of a public or private key: {@code data} in {@code format} (PEM: the label says the
     * encoding; DER: {@code enc}). A public key may be read from a private one or a certificate, as Node's
     * ParsePublicKeyOrPrivateKey.
     */
    static AKey parse(byte[] data, int format, int enc, boolean wantPrivate, byte[] passphrase) {
        AKey k = format == FORMAT_PEM ? parsePem(data, wantPrivate) : parseDer(data, enc, wantPrivate);
        return wantPrivate ? k : k.publicPart();
    }

    private static AKey parsePem(byte[] data, boolean wantPrivate) {
        String s = new String(data, StandardCharsets.ISO_8859_1);
        int b = s.indexOf("-----BEGIN ");
        if (b < 0) throw unsupported();
        int le = s.indexOf("-----", b + 11);
        if (le < 0) throw unsupported();
        String label = s.substring(b + 11, le);
        int e = s.indexOf("-----END " + label + "-----", le + 5);
        if (e < 0) throw unsupported();
        String body = s.substring(le + 5, e);
        if (body.contains("Proc-Type:") || label.equals("ENCRYPTED PRIVATE KEY"))
            throw new Failure("TypeError", "ERR_MISSING_PASSPHRASE", "Passphrase required for encrypted key");
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(body.strip());
        } catch (IllegalArgumentException ex) {
            throw unsupported();
        }
        try {
            switch (label) {
                case "PUBLIC KEY": if (!wantPrivate) return parseSpki(der); break;
                case "RSA PUBLIC KEY": if (!wantPrivate) return rsaPublic(RSAPublicKey.getInstance(der), "rsa"); break;
                case "CERTIFICATE":
                    if (!wantPrivate) return parseSpki(Certificate.getInstance(der).getSubjectPublicKeyInfo().getEncoded());
                    break;
                case "PRIVATE KEY": return parsePkcs8(der);
                case "RSA PRIVATE KEY": return rsaPrivate(RSAPrivateKey.getInstance(der), "rsa");
                case "EC PRIVATE KEY": return parseSec1(der, null);
                case "DSA PRIVATE KEY": {
                    // OpenSSL's traditional DSA key: version 0, p, q, g, y, x
                    ASN1Sequence q = ASN1Sequence.getInstance(der);
                    BigInteger[] v = new BigInteger[6];
                    for (int i = 0; i < 6; i++) v[i] = ASN1Integer.getInstance(q.getObjectAt(i)).getValue();
                    return dsa(v[1], v[2], v[3], v[4], v[5]);
                }
                default: break;
            }
        } catch (Failure f) {
            throw f;
        } catch (RuntimeException | IOException ex) {
            // OpenSSL's PEM_read_bio_PUBKEY reports the ASN.1 error; its decoders of private keys do not
            if (label.equals("PUBLIC KEY")) throw truncated(der) ? headerTooLong()
                    : openssl("ERR_OSSL_ASN1_WRONG_TAG", "error:068000A8:asn1 encoding routines::wrong tag");
        }
        throw unsupported();
    }

    private static Failure headerTooLong() {
        return openssl("ERR_OSSL_ASN1_HEADER_TOO_LONG", "error:0680007B:asn1 encoding routines::header too long");
    }

    /** Whether the outermost DER header claims more bytes than there are. */
    private static boolean truncated(byte[] der) {
        if (der.length < 2) return true;
        int len = der[1] & 0xFF, off = 2;
        if (len > 0x80) {
            int n = len & 0x7F;
            if (n > 4 || der.length < 2 + n) return true;
            len = 0;
            for (int i = 0; i < n; i++) len = (len << 8) | (der[2 + i] & 0xFF);
            off += n;
        }
        return len < 0 || off + (long) len > der.length;
    }

    /** Node's IsRSAPrivateKey: a SEQUENCE that starts with the one-byte version 0 or 1 (a public key, with n). */
    private static boolean looksRsaPrivate(byte[] der) {
        if (der.length < 2 || der[0] != 0x30 || truncated(der)) return false;
        int off = (der[1] & 0xFF) > 0x80 ? 2 + (der[1] & 0x7F) : 2;
        return der.length >= off + 3 && der[off] == 2 && der[off + 1] == 1 && (der[off + 2] & 0xFE) == 0;
    }

    private static AKey parseDer(byte[] der, int enc, boolean wantPrivate) {
        boolean asPublic = !wantPrivate && (enc == ENC_SPKI || enc == ENC_PKCS1 && !looksRsaPrivate(der));
        try {
            return parseDerAs(der, enc, asPublic);
        } catch (Failure f) {
            throw f;
        } catch (RuntimeException | IOException ex) {
            if (asPublic) throw new Failure("Error", null, "Failed to read asymmetric key");
            if (truncated(der)) throw headerTooLong();
            if (enc == ENC_PKCS8) throw der[0] != 0x30
                    ? openssl("ERR_OSSL_ASN1_WRONG_TAG", "error:068000A8:asn1 encoding routines::wrong tag")
                    : openssl("ERR_OSSL_ASN1_FIELD_MISSING", "error:06800079:asn1 encoding routines::field missing");
            throw unsupported();
        }
    }

    private static AKey parseDerAs(byte[] der, int enc, boolean asPublic) throws IOException {
        if (asPublic) {
            return enc == ENC_SPKI ? parseSpki(der) : rsaPublic(RSAPublicKey.getInstance(ASN1Primitive.fromByteArray(der)), "rsa");
        }
        return switch (enc) {
            case ENC_PKCS8 -> parsePkcs8(der);
            case ENC_PKCS1 -> rsaPrivate(RSAPrivateKey.getInstance(ASN1Primitive.fromByteArray(der)), "rsa");
            case ENC_SEC1 -> parseSec1(der, null);
            default -> throw unsupported();
        };
    }

    private static AKey parseSpki(byte[] der) throws IOException {
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
        AlgorithmIdentifier alg = spki.getAlgorithm();
        ASN1ObjectIdentifier oid = alg.getAlgorithm();
        if (oid.equals(RSA) || oid.equals(RSA_PSS)) {
            AKey k = rsaPublic(RSAPublicKey.getInstance(spki.parsePublicKey()), oid.equals(RSA) ? "rsa" : "rsa-pss");
            if (oid.equals(RSA_PSS)) k.pss = pssParams(alg.getParameters());
            return k;
        }
        if (oid.equals(DSA)) {
            BigInteger[] pqg = dsaParams(alg.getParameters());
            return dsa(pqg[0], pqg[1], pqg[2], ASN1Integer.getInstance(spki.parsePublicKey()).getValue(), null);
        }
        if (oid.equals(EC)) {
            AKey k = new AKey("ec", false);
            setPoint(k, namedCurve(alg.getParameters()), spki.getPublicKeyData().getBytes());
            return k;
        }
        Okp o = okp(oid);
        if (o != null) {
            byte[] pub = spki.getPublicKeyData().getBytes();
            if (pub.length != o.size) throw unsupported();
            AKey k = new AKey(o.type, false);
            k.rawPub = pub;
            return k;
        }
        throw unsupported();
    }

    private static AKey parsePkcs8(byte[] der) throws IOException {
        PrivateKeyInfo pki = PrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
        AlgorithmIdentifier alg = pki.getPrivateKeyAlgorithm();
        ASN1ObjectIdentifier oid = alg.getAlgorithm();
        if (oid.equals(RSA) || oid.equals(RSA_PSS)) {
            AKey k = rsaPrivate(RSAPrivateKey.getInstance(pki.parsePrivateKey()), oid.equals(RSA) ? "rsa" : "rsa-pss");
            if (oid.equals(RSA_PSS)) k.pss = pssParams(alg.getParameters());
            return k;
        }
        if (oid.equals(DSA)) {
            BigInteger[] pqg = dsaParams(alg.getParameters());
            BigInteger x = ASN1Integer.getInstance(pki.parsePrivateKey()).getValue();
            return dsa(pqg[0], pqg[1], pqg[2], pqg[2].modPow(x, pqg[0]), x);
        }
        if (oid.equals(EC)) return parseSec1(pki.getPrivateKey().getOctets(), namedCurve(alg.getParameters()));
        Okp o = okp(oid);
        if (o != null) {
            byte[] raw = ASN1OctetString.getInstance(pki.parsePrivateKey()).getOctets();
            if (raw.length != o.size) throw unsupported();
            return okpPrivate(o.type, raw);
        }
        throw unsupported();
    }

    /** SEC1 ECPrivateKey: version 1, the private key, [0] the curve (unless known from PKCS#8), [1] the point. */
    private static AKey parseSec1(byte[] der, Curve known) throws IOException {
        ASN1Sequence seq = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
        if (!ASN1Integer.getInstance(seq.getObjectAt(0)).getValue().equals(BigInteger.ONE)) throw unsupported();
        BigInteger d = new BigInteger(1, ASN1OctetString.getInstance(seq.getObjectAt(1)).getOctets());
        Curve c = known;
        byte[] point = null;
        for (int i = 2; i < seq.size(); i++) {
            ASN1TaggedObject t = ASN1TaggedObject.getInstance(seq.getObjectAt(i));
            if (t.getTagNo() == 0) c = namedCurve(t.getExplicitBaseObject());
            else if (t.getTagNo() == 1) point = DERBitString.getInstance(t.getExplicitBaseObject()).getBytes();
        }
        if (c == null) throw unsupported();
        return ecPrivate(c, d, point);
    }

    private static BigInteger[] dsaParams(ASN1Encodable params) {
        ASN1Sequence q = ASN1Sequence.getInstance(params);
        return new BigInteger[] {ASN1Integer.getInstance(q.getObjectAt(0)).getValue(),
                ASN1Integer.getInstance(q.getObjectAt(1)).getValue(), ASN1Integer.getInstance(q.getObjectAt(2)).getValue()};
    }

    /** A DSA key: a private one when x is given. */
    static AKey dsa(BigInteger p, BigInteger q, BigInteger g, BigInteger y, BigInteger x) {
        AKey k = new AKey("dsa", x != null);
        k.dsaP = p;
        k.dsaQ = q;
        k.dsaG = g;
        k.dsaY = y;
        k.dsaX = x;
        return k;
    }

    private static Curve namedCurve(ASN1Encodable params) {
        if (!(params instanceof ASN1ObjectIdentifier oid)) throw unsupported();
        Curve c = curveByOid(oid.getId());
        if (c == null) throw unsupported();
        return c;
    }

    static void setPoint(AKey k, Curve c, byte[] encoded) {
        ECPoint q = c.params().getCurve().decodePoint(encoded).normalize();
        k.curve = c;
        k.x = q.getAffineXCoord().toBigInteger();
        k.y = q.getAffineYCoord().toBigInteger();
    }

    /** An EC private key; its point from the encoding, else d times the generator. */
    static AKey ecPrivate(Curve c, BigInteger d, byte[] point) {
        X9ECParameters x9 = c.params();
        if (d.signum() <= 0 || d.compareTo(x9.getN()) >= 0) throw unsupported();
        AKey k = new AKey("ec", true);
        k.ecD = d;
        if (point != null) setPoint(k, c, point);
        else setPoint(k, c, x9.getG().multiply(d).normalize().getEncoded(false));
        return k;
    }

    static AKey okpPrivate(String type, byte[] raw) {
        AKey k = new AKey(type, true);
        k.raw = raw.clone();
        k.rawPub = new byte[okp(type).size];
        switch (type) {
            case "ed25519" -> Ed25519.generatePublicKey(raw, 0, k.rawPub, 0);
            case "x25519" -> X25519.scalarMultBase(raw, 0, k.rawPub, 0);
            case "ed448" -> Ed448.generatePublicKey(raw, 0, k.rawPub, 0);
            default -> X448.scalarMultBase(raw, 0, k.rawPub, 0);
        }
        return k;
    }

    private static AKey rsaPublic(RSAPublicKey r, String type) {
        AKey k = new AKey(type, false);
        k.n = r.getModulus();
        k.e = r.getPublicExponent();
        return k;
    }

    private static AKey rsaPrivate(RSAPrivateKey r, String type) {
        AKey k = new AKey(type, true);
        k.n = r.getModulus();
        k.e = r.getPublicExponent();
        k.d = r.getPrivateExponent();
        k.p = r.getPrime1();
        k.q = r.getPrime2();
        k.dp = r.getExponent1();
        k.dq = r.getExponent2();
        k.qi = r.getCoefficient();
        return k;
    }

    /** RSASSA-PSS-params; absent parameters: an unrestricted key (null). */
    private static Pss pssParams(ASN1Encodable params) {
        if (params == null || params instanceof DERNull) return null;
        ASN1Sequence seq = ASN1Sequence.getInstance(params);
        String hash = "sha1", mgf1 = "sha1";
        int salt = 20;
        for (ASN1Encodable el : seq) {
            ASN1TaggedObject t = ASN1TaggedObject.getInstance(el);
            ASN1Encodable v = t.getExplicitBaseObject();
            switch (t.getTagNo()) {
                case 0 -> hash = digestName(AlgorithmIdentifier.getInstance(v).getAlgorithm());
                case 1 -> mgf1 = digestName(AlgorithmIdentifier.getInstance(
                        AlgorithmIdentifier.getInstance(v).getParameters()).getAlgorithm());
                case 2 -> salt = ASN1Integer.getInstance(v).intValueExact();
                default -> { }
            }
        }
        return new Pss(hash, mgf1, salt);
    }

    // ---- digests by OID (DigestInfo, RSASSA-PSS-params) ----

    private static final String[][] DIGEST_OIDS = {
            {"md5", "1.2.840.113549.2.5"}, {"sha1", "1.3.14.3.2.26"}, {"sha224", "2.16.840.1.101.3.4.2.4"},
            {"sha256", "2.16.840.1.101.3.4.2.1"}, {"sha384", "2.16.840.1.101.3.4.2.2"},
            {"sha512", "2.16.840.1.101.3.4.2.3"}, {"sha512-224", "2.16.840.1.101.3.4.2.5"},
            {"sha512-256", "2.16.840.1.101.3.4.2.6"}, {"sha3-224", "2.16.840.1.101.3.4.2.7"},
            {"sha3-256", "2.16.840.1.101.3.4.2.8"}, {"sha3-384", "2.16.840.1.101.3.4.2.9"},
            {"sha3-512", "2.16.840.1.101.3.4.2.10"}, {"ripemd160", "1.3.36.3.2.1"}, {"sm3", "1.2.156.10197.1.401"}};

    static String digestOid(String canonical) {
        for (String[] d : DIGEST_OIDS) if (d[0].equals(canonical)) return d[1];
        return null;
    }

    private static String digestName(ASN1ObjectIdentifier oid) {
        for (String[] d : DIGEST_OIDS) if (d[1].equals(oid.getId())) return d[0];
        throw unsupported();
    }

    // ---- writing, as OpenSSL 3 writes them ----

    private static byte[] der(ASN1Encodable... items) {
        try {
            return new DERSequence(items).getEncoded(ASN1Encoding.DER);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static DERSequence seq(ASN1Encodable... items) {
        return new DERSequence(items);
    }

    private static AlgorithmIdentifier digestAlg(String name) {
        return new AlgorithmIdentifier(new ASN1ObjectIdentifier(digestOid(name)), DERNull.INSTANCE);
    }

    private static AlgorithmIdentifier algorithm(AKey k) {
        return switch (k.type) {
            case "rsa" -> new AlgorithmIdentifier(RSA, DERNull.INSTANCE);
            case "rsa-pss" -> {
                if (k.pss == null) yield new AlgorithmIdentifier(RSA_PSS);
                ASN1EncodableVector v = new ASN1EncodableVector();
                if (!k.pss.hash.equals("sha1")) v.add(new DERTaggedObject(true, 0, digestAlg(k.pss.hash)));
                if (!k.pss.mgf1Hash.equals("sha1"))
                    v.add(new DERTaggedObject(true, 1, new AlgorithmIdentifier(MGF1, digestAlg(k.pss.mgf1Hash))));
                if (k.pss.saltLength != 20) v.add(new DERTaggedObject(true, 2, new ASN1Integer(k.pss.saltLength)));
                yield new AlgorithmIdentifier(RSA_PSS, new DERSequence(v));
            }
            case "ec" -> new AlgorithmIdentifier(EC, new ASN1ObjectIdentifier(k.curve.oid));
            case "dsa" -> new AlgorithmIdentifier(DSA, seq(new ASN1Integer(k.dsaP), new ASN1Integer(k.dsaQ), new ASN1Integer(k.dsaG)));
            default -> new AlgorithmIdentifier(okp(k.type).oid);
        };
    }

    /** The uncompressed point 04 || x || y. */
    static byte[] point(AKey k) {
        byte[] out = new byte[1 + 2 * k.curve.bytes];
        out[0] = 4;
        fixed(k.x, out, 1, k.curve.bytes);
        fixed(k.y, out, 1 + k.curve.bytes, k.curve.bytes);
        return out;
    }

    static byte[] fixed(BigInteger v, int len) {
        byte[] out = new byte[len];
        fixed(v, out, 0, len);
        return out;
    }

    private static void fixed(BigInteger v, byte[] out, int off, int len) {
        byte[] b = v.toByteArray();
        int skip = b.length > len ? b.length - len : 0;
        System.arraycopy(b, skip, out, off + len - (b.length - skip), b.length - skip);
    }

    static byte[] pkcs1Public(AKey k) {
        return der(new ASN1Integer(k.n), new ASN1Integer(k.e));
    }

    static byte[] pkcs1Private(AKey k) {
        return der(new ASN1Integer(0), new ASN1Integer(k.n), new ASN1Integer(k.e), new ASN1Integer(k.d),
                new ASN1Integer(k.p), new ASN1Integer(k.q), new ASN1Integer(k.dp), new ASN1Integer(k.dq),
                new ASN1Integer(k.qi));
    }

    static byte[] sec1(AKey k, boolean withCurve) {
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(1));
        v.add(new DEROctetString(fixed(k.ecD, k.curve.bytes)));
        if (withCurve) v.add(new DERTaggedObject(true, 0, new ASN1ObjectIdentifier(k.curve.oid)));
        v.add(new DERTaggedObject(true, 1, new DERBitString(point(k))));
        try {
            return new DERSequence(v).getEncoded(ASN1Encoding.DER);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static byte[] spki(AKey k) {
        byte[] pub = switch (k.type) {
            case "rsa", "rsa-pss" -> pkcs1Public(k);
            case "ec" -> point(k);
            case "dsa" -> encoded(new ASN1Integer(k.dsaY));
            default -> k.rawPub;
        };
        return der(algorithm(k), new DERBitString(pub));
    }

    static byte[] pkcs8(AKey k) {
        byte[] priv = switch (k.type) {
            case "rsa", "rsa-pss" -> pkcs1Private(k);
            case "ec" -> sec1(k, false);
            case "dsa" -> encoded(new ASN1Integer(k.dsaX));
            default -> octets(k.raw);
        };
        return der(new ASN1Integer(0), algorithm(k), new DEROctetString(priv));
    }

    private static byte[] encoded(ASN1Encodable v) {
        try {
            return v.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static byte[] octets(byte[] b) {
        try {
            return new DEROctetString(b).getEncoded(ASN1Encoding.DER);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** KeyObjectHandle::Export: the DER, or the PEM text's bytes. */
    static byte[] export(AKey k, int format, int enc) {
        byte[] der;
        String label;
        if (!k.isPrivate) {
            if (enc == ENC_PKCS1) {
                der = pkcs1Public(k);
                label = "RSA PUBLIC KEY";
            } else {
                der = spki(k);
                label = "PUBLIC KEY";
            }
        } else if (enc == ENC_PKCS1) {
            der = pkcs1Private(k);
            label = "RSA PRIVATE KEY";
        } else if (enc == ENC_SEC1) {
            der = sec1(k, true);
            label = "EC PRIVATE KEY";
        } else {
            der = pkcs8(k);
            label = "PRIVATE KEY";
        }
        if (format == FORMAT_DER) return der;
        String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return ("-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** EVP_PKEY_eq: the same type and the same key (a private key's public part decides, as OpenSSL). */
    static boolean equal(AKey a, AKey b) {
        if (!a.type.equals(b.type)) return false;
        return Arrays.equals(spki(a.publicPart()), spki(b.publicPart()))
                && (!a.isPrivate || !b.isPrivate || Arrays.equals(pkcs8(a), pkcs8(b)));
    }

    static boolean checkEc(AKey k) {
        if (!k.type.equals("ec")) return false;
        try {
            ECPoint q = k.curve.params().getCurve().createPoint(k.x, k.y);
            if (!q.isValid()) return false;
            return !k.isPrivate || k.curve.params().getG().multiply(k.ecD).normalize().equals(q.normalize());
        } catch (RuntimeException ex) {
            return false;
        }
    }

    // ---- JWK ----

    private static String b64u(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A positive number's big-endian bytes, without a leading zero. */
    static byte[] unsigned(BigInteger v) {
        byte[] b = v.toByteArray();
        return b.length > 1 && b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
    }

    private static String b64u(BigInteger v) {
        return b64u(unsigned(v));
    }

    /** ExportJWK: [name, value, ...] in node's order, or a failure for a key JWK cannot hold. */
    static String[] jwk(AKey k) {
        switch (k.type) {
            case "rsa": {
                if (!k.isPrivate) return new String[] {"kty", "RSA", "n", b64u(k.n), "e", b64u(k.e)};
                return new String[] {"kty", "RSA", "n", b64u(k.n), "e", b64u(k.e), "d", b64u(k.d), "p", b64u(k.p),
                        "q", b64u(k.q), "dp", b64u(k.dp), "dq", b64u(k.dq), "qi", b64u(k.qi)};
            }
            case "ec": {
                String x = b64u(fixed(k.x, k.curve.bytes)), y = b64u(fixed(k.y, k.curve.bytes));
                if (!k.isPrivate) return new String[] {"kty", "EC", "x", x, "y", y, "crv", k.curve.jwk};
                return new String[] {"kty", "EC", "x", x, "y", y, "crv", k.curve.jwk, "d", b64u(fixed(k.ecD, k.curve.bytes))};
            }
            case "ed25519", "x25519", "ed448", "x448": {
                String crv = okp(k.type).crv;
                if (!k.isPrivate) return new String[] {"crv", crv, "x", b64u(k.rawPub), "kty", "OKP"};
                return new String[] {"crv", crv, "d", b64u(k.raw), "x", b64u(k.rawPub), "kty", "OKP"};
            }
            default:
                throw new Failure("Error", "ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE", "Unsupported JWK Key Type.");
        }
    }

    private static BigInteger num(String b64u) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(b64u.replace('+', '-').replace('/', '_').replace("=", "")));
    }

    /** InitJWK of an RSA key: [n, e] or [n, e, d, p, q, dp, dq, qi]; null when not a key. */
    static AKey rsaFromJwk(String[] f) {
        try {
            boolean priv = f.length > 2;
            AKey k = new AKey("rsa", priv);
            k.n = num(f[0]);
            k.e = num(f[1]);
            if (k.n.signum() == 0 || k.e.signum() == 0) return null;
            if (priv) {
                k.d = num(f[2]);
                k.p = num(f[3]);
                k.q = num(f[4]);
                k.dp = num(f[5]);
                k.dq = num(f[6]);
                k.qi = num(f[7]);
            }
            return k;
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    /** InitJWK of an EC key on curve crv: [x, y] or [x, y, d]; null when the point is not on the curve. */
    static AKey ecFromJwk(String crv, String[] f) {
        Curve c = curve(crv);
        if (c == null) return null;
        try {
            byte[] x = Base64.getUrlDecoder().decode(f[0]), y = Base64.getUrlDecoder().decode(f[1]);
            if (x.length != c.bytes || y.length != c.bytes) return null;
            byte[] enc = new byte[1 + 2 * c.bytes];
            enc[0] = 4;
            System.arraycopy(x, 0, enc, 1, c.bytes);
            System.arraycopy(y, 0, enc, 1 + c.bytes, c.bytes);
            if (f.length > 2) return ecPrivate(c, new BigInteger(1, Base64.getUrlDecoder().decode(f[2])), enc);
            AKey k = new AKey("ec", false);
            setPoint(k, c, enc);
            return k;
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /** initEDRaw: a raw Ed25519/X25519 key, public or private; null for a curve napi-jvm lacks. */
    static AKey okpRaw(String crv, byte[] data, boolean priv) {
        String type = crv.toLowerCase(Locale.ROOT);
        Okp o = okp(type);
        if (o == null || data.length != o.size) return null;
        if (priv) return okpPrivate(type, data);
        AKey k = new AKey(type, false);
        k.rawPub = data.clone();
        return k;
    }
}
