package org.napijvm.node.binding;

import org.bouncycastle.crypto.ExtendedDigest;
import org.bouncycastle.crypto.Xof;
import org.bouncycastle.crypto.digests.Blake2bDigest;
import org.bouncycastle.crypto.digests.Blake2sDigest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import org.bouncycastle.crypto.digests.SM3Digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The message digests of internalBinding('crypto') as OpenSSL 3 names them (EVP_get_digestbyname: case-insensitive,
 * with its aliases and OIDs), and what is built on them: HMAC, PBKDF2, HKDF. The JCA's MessageDigest where the JDK
 * has the algorithm (md5, sha1, sha2, sha3), Bouncy Castle's lightweight digests for the rest (ripemd160, blake2b512,
 * blake2s256, shake128/256, sm3), which the JDK does not offer.
 */
final class CryptoDigests {
    private CryptoDigests() {}

    /** One running digest. */
    interface Md {
        void update(byte[] b, int off, int len);

        /** Finishes into {@code out} ({@code len} bytes: the digest size, or any length for an XOF). */
        void finish(byte[] out, int len);

        Md copy();

        /** The default output size (an XOF's too: 16 for shake128, 32 for shake256, as OpenSSL). */
        int size();

        int blockSize();

        boolean xof();
    }

    private record Jca(MessageDigest md, int blockSize) implements Md {
        public void update(byte[] b, int off, int len) { md.update(b, off, len); }
        public void finish(byte[] out, int len) {
            byte[] d = md.digest();
            System.arraycopy(d, 0, out, 0, len);
        }
        public Md copy() {
            try {
                return new Jca((MessageDigest) md.clone(), blockSize);
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
        public int size() { return md.getDigestLength(); }
        public boolean xof() { return false; }
    }

    private record Bc(ExtendedDigest d, java.util.function.UnaryOperator<ExtendedDigest> copier) implements Md {
        public void update(byte[] b, int off, int len) { d.update(b, off, len); }
        public void finish(byte[] out, int len) {
            if (d instanceof Xof x) {
                if (len > 0) x.doFinal(out, 0, len);
                return;
            }
            byte[] full = new byte[d.getDigestSize()];
            d.doFinal(full, 0);
            System.arraycopy(full, 0, out, 0, len);
        }
        public Md copy() { return new Bc(copier.apply(d), copier); }
        public int size() { return d instanceof SHAKEDigest s ? s.getDigestSize() / 2 : d.getDigestSize(); }
        public int blockSize() { return d.getByteLength(); }
        public boolean xof() { return d instanceof Xof; }
    }

    /** md5-sha1 (TLS 1.0's): md5 || sha1, one 64-byte block. */
    private record Md5Sha1(Md md5, Md sha1) implements Md {
        public void update(byte[] b, int off, int len) { md5.update(b, off, len); sha1.update(b, off, len); }
        public void finish(byte[] out, int len) {
            byte[] all = new byte[36];
            byte[] a = new byte[16], s = new byte[20];
            md5.finish(a, 16);
            sha1.finish(s, 20);
            System.arraycopy(a, 0, all, 0, 16);
            System.arraycopy(s, 0, all, 16, 20);
            System.arraycopy(all, 0, out, 0, len);
        }
        public Md copy() { return new Md5Sha1(md5.copy(), sha1.copy()); }
        public int size() { return 36; }
        public int blockSize() { return 64; }
        public boolean xof() { return false; }
    }

    private static Supplier<Md> jca(String name, int blockSize) {
        return () -> {
            try {
                return new Jca(MessageDigest.getInstance(name), blockSize);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("napi-jvm: the JDK has no " + name, e);
            }
        };
    }

    private static Supplier<Md> bc(Supplier<ExtendedDigest> make, java.util.function.UnaryOperator<ExtendedDigest> copier) {
        return () -> new Bc(make.get(), copier);
    }

    /** lower-case name or alias -> a new digest of it. */
    private static final Map<String, Supplier<Md>> BY_NAME = new HashMap<>();

    /** Each name's digest by its first name (sha256 for RSA-SHA256): how keyDetail and DigestInfo name it. */
    private static final Map<String, String> CANONICAL = new HashMap<>();

    private static void add(Supplier<Md> make, String... names) {
        for (String n : names) {
            BY_NAME.put(n.toLowerCase(Locale.ROOT), make);
            CANONICAL.put(n.toLowerCase(Locale.ROOT), names[0]);
        }
    }

    /** The digest's first name (sha256 for RSA-SHA256 or SHA256), or null when OpenSSL would not know it. */
    static String canonical(String name) {
        return name == null ? null : CANONICAL.get(name.toLowerCase(Locale.ROOT));
    }

    static {
        add(jca("MD5", 64), "md5", "RSA-MD5", "md5WithRSAEncryption", "ssl3-md5", "1.2.840.113549.2.5");
        add(jca("SHA-1", 64), "sha1", "RSA-SHA1", "RSA-SHA1-2", "sha1WithRSAEncryption", "ssl3-sha1", "sha-1", "1.3.14.3.2.26");
        String oid = "2.16.840.1.101.3.4.2.";
        add(jca("SHA-224", 64), "sha224", "RSA-SHA224", "sha224WithRSAEncryption", "sha-224", "sha2-224", oid + 4);
        add(jca("SHA-256", 64), "sha256", "RSA-SHA256", "sha256WithRSAEncryption", "sha-256", "sha2-256", oid + 1);
        add(jca("SHA-384", 128), "sha384", "RSA-SHA384", "sha384WithRSAEncryption", "sha-384", "sha2-384", oid + 2);
        add(jca("SHA-512", 128), "sha512", "RSA-SHA512", "sha512WithRSAEncryption", "sha-512", "sha2-512", oid + 3);
        add(jca("SHA-512/224", 128), "sha512-224", "RSA-SHA512/224", "sha512-224WithRSAEncryption", "sha-512/224",
                "sha2-512/224", oid + 5);
        add(jca("SHA-512/256", 128), "sha512-256", "RSA-SHA512/256", "sha512-256WithRSAEncryption", "sha-512/256",
                "sha2-512/256", oid + 6);
        int[] bits = {224, 256, 384, 512};
        for (int i = 0; i < 4; i++) {
            int b = bits[i];
            add(jca("SHA3-" + b, 200 - b / 4), "sha3-" + b, "RSA-SHA3-" + b, "id-rsassa-pkcs1-v1_5-with-sha3-" + b, oid + (7 + i));
        }
        add(bc(() -> new SHAKEDigest(128), d -> new SHAKEDigest((SHAKEDigest) d)), "shake128", "shake-128", oid + 11);
        add(bc(() -> new SHAKEDigest(256), d -> new SHAKEDigest((SHAKEDigest) d)), "shake256", "shake-256", oid + 12);
        add(bc(RIPEMD160Digest::new, d -> new RIPEMD160Digest((RIPEMD160Digest) d)), "ripemd160", "RSA-RIPEMD160", "ripemd",
                "rmd160", "ripemd160WithRSA", "ripemd-160", "1.3.36.3.2.1");
        add(bc(() -> new Blake2bDigest(512), d -> new Blake2bDigest((Blake2bDigest) d)), "blake2b512", "blake2b-512");
        add(bc(() -> new Blake2sDigest(256), d -> new Blake2sDigest((Blake2sDigest) d)), "blake2s256", "blake2s-256");
        add(bc(SM3Digest::new, d -> new SM3Digest((SM3Digest) d)), "sm3", "RSA-SM3", "sm3WithRSAEncryption");
        add(() -> new Md5Sha1(BY_NAME.get("md5").get(), BY_NAME.get("sha1").get()), "md5-sha1");
    }

    /** crypto.getHashes() of node 25.8.1 (OpenSSL 3.5): the names OpenSSL lists, aliases included. */
    static final List<String> HASHES = List.of("RSA-MD5", "RSA-RIPEMD160", "RSA-SHA1", "RSA-SHA1-2", "RSA-SHA224",
            "RSA-SHA256", "RSA-SHA3-224", "RSA-SHA3-256", "RSA-SHA3-384", "RSA-SHA3-512", "RSA-SHA384", "RSA-SHA512",
            "RSA-SHA512/224", "RSA-SHA512/256", "RSA-SM3", "blake2b512", "blake2s256", "id-rsassa-pkcs1-v1_5-with-sha3-224",
            "id-rsassa-pkcs1-v1_5-with-sha3-256", "id-rsassa-pkcs1-v1_5-with-sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-512",
            "md5", "md5-sha1", "md5WithRSAEncryption", "ripemd", "ripemd160", "ripemd160WithRSA", "rmd160", "sha1",
            "sha1WithRSAEncryption", "sha224", "sha224WithRSAEncryption", "sha256", "sha256WithRSAEncryption", "sha3-224",
            "sha3-256", "sha3-384", "sha3-512", "sha384", "sha384WithRSAEncryption", "sha512", "sha512-224",
            "sha512-224WithRSAEncryption", "sha512-256", "sha512-256WithRSAEncryption", "sha512WithRSAEncryption",
            "shake128", "shake256", "sm3", "sm3WithRSAEncryption", "ssl3-md5", "ssl3-sha1");

    /** A new digest named {@code name}, or null when OpenSSL would not know it. */
    static Md create(String name) {
        Supplier<Md> s = name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT));
        return s == null ? null : s.get();
    }

    static byte[] digest(Md md, byte[] data) {
        md.update(data, 0, data.length);
        byte[] out = new byte[md.size()];
        md.finish(out, out.length);
        return out;
    }

    // ---- HMAC (RFC 2104) over any of the digests ----

    static final class Hmac {
        private final Md inner, outerBase;

        Hmac(Md md, byte[] key) {
            int block = md.blockSize();
            if (key.length > block) key = digest(md.copy(), key);
            byte[] ipad = new byte[block], opad = new byte[block];
            for (int i = 0; i < block; i++) {
                byte k = i < key.length ? key[i] : 0;
                ipad[i] = (byte) (k ^ 0x36);
                opad[i] = (byte) (k ^ 0x5c);
            }
            outerBase = md.copy();
            outerBase.update(opad, 0, block);
            inner = md;
            inner.update(ipad, 0, block);
        }

        private Hmac(Md inner, Md outerBase, boolean copy) {
            this.inner = inner;
            this.outerBase = outerBase;
        }

        Hmac copy() {
            return new Hmac(inner.copy(), outerBase, true);
        }

        void update(byte[] b, int off, int len) {
            inner.update(b, off, len);
        }

        int size() {
            return inner.size();
        }

        byte[] finish() {
            byte[] h = new byte[inner.size()];
            inner.finish(h, h.length);
            Md outer = outerBase.copy();
            outer.update(h, 0, h.length);
            outer.finish(h, h.length);
            return h;
        }
    }

    /** PBKDF2-HMAC (RFC 8018). */
    static byte[] pbkdf2(Md md, byte[] password, byte[] salt, long iterations, int keylen) {
        Hmac base = new Hmac(md, password);
        int hlen = base.size();
        byte[] out = new byte[keylen];
        byte[] u = new byte[hlen], t = new byte[hlen];
        for (int block = 1, done = 0; done < keylen; block++) {
            Hmac h = base.copy();
            h.update(salt, 0, salt.length);
            h.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block}, 0, 4);
            u = h.finish();
            System.arraycopy(u, 0, t, 0, hlen);
            for (long i = 1; i < iterations; i++) {
                h = base.copy();
                h.update(u, 0, hlen);
                u = h.finish();
                for (int j = 0; j < hlen; j++) t[j] ^= u[j];
            }
            int n = Math.min(hlen, keylen - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    /** HKDF (RFC 5869): extract then expand; null when {@code length} is more than 255 blocks. */
    static byte[] hkdf(Supplier<Md> md, byte[] key, byte[] salt, byte[] info, int length) {
        Md probe = md.get();
        int hlen = probe.size();
        if (length > 255 * hlen) return null;
        Hmac ex = new Hmac(probe, salt.length == 0 ? new byte[hlen] : salt);
        ex.update(key, 0, key.length);
        byte[] prk = ex.finish();
        Hmac base = new Hmac(md.get(), prk);
        byte[] out = new byte[length], t = new byte[0];
        for (int i = 1, done = 0; done < length; i++) {
            Hmac h = base.copy();
            h.update(t, 0, t.length);
            h.update(info, 0, info.length);
            h.update(new byte[] {(byte) i}, 0, 1);
            t = h.finish();
            int n = Math.min(hlen, length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }
}
