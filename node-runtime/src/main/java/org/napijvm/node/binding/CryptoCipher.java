package org.napijvm.node.binding;

import org.bouncycastle.crypto.modes.gcm.Tables4kGCMMultiplier;
import org.napijvm.node.binding.CryptoBinding.Failure;

import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CipherBase of internalBinding('crypto') (crypto_cipher.cc) for AES in ECB, CBC, CTR and GCM, with OpenSSL's
 * behaviour: PKCS#7 padding done here (so that setAutoPadding may come after update, and a decipher holds back its
 * last block as OpenSSL does), CTR and GCM output as soon as the input comes. The block cipher is the JCA's AES;
 * GCM is CTR plus GHASH (Bouncy Castle's GF(2^128) multiplier), so that a decipher streams its plaintext and takes
 * its tag at any time before final(), which the JCA's AES/GCM (tag length fixed at init, output only at the end)
 * cannot.
 */
final class CryptoCipher {
    private CryptoCipher() {}

    record Info(String name, String mode, int keyLength, int ivLength, int nid, int blockSize) {}

    private static final Map<String, Info> BY_NAME = new HashMap<>();
    private static final Map<Integer, Info> BY_NID = new HashMap<>();
    /** getCiphers(): what this class runs, named as OpenSSL lists them. */
    static final List<String> NAMES = new ArrayList<>();

    static {
        int[] bits = {128, 192, 256};
        // OpenSSL's NIDs: ecb, cbc from 418 (4 apart per key size), gcm 895.., ctr 904..
        for (int i = 0; i < 3; i++) {
            int b = bits[i], k = b / 8;
            add(new Info("aes-" + b + "-ecb", "ecb", k, 0, 418 + 4 * i, 16), "aes-" + b + "-ecb");
            add(new Info("aes-" + b + "-cbc", "cbc", k, 16, 419 + 4 * i, 16), "aes-" + b + "-cbc", "aes" + b);
            add(new Info("id-aes" + b + "-gcm", "gcm", k, 12, 895 + 3 * i, 1), "aes-" + b + "-gcm", "id-aes" + b + "-GCM");
            add(new Info("aes-" + b + "-ctr", "ctr", k, 16, 904 + i, 1), "aes-" + b + "-ctr");
        }
        NAMES.sort(null);
    }

    private static void add(Info info, String... names) {
        for (String n : names) {
            BY_NAME.put(n.toLowerCase(Locale.ROOT), info);
            NAMES.add(n);
        }
        BY_NID.put(info.nid, info);
    }

    static Info info(String name) {
        return BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    static Info info(int nid) {
        return BY_NID.get(nid);
    }

    static boolean validTagLength(long n) {
        return n == 4 || n == 8 || (n >= 12 && n <= 16);
    }

    static Failure invalidState(String op) {
        return new Failure("Error", "ERR_CRYPTO_INVALID_STATE", op == null ? "Invalid state" : "Invalid state for operation " + op);
    }

    private static Failure openssl(String code, String message) {
        Failure f = new Failure("Error", code, message);
        f.openssl = true;
        return f;
    }

    /** One CipherBase: made by {@link #create}, then update* and final. */
    static final class State {
        final Info info;
        final boolean encrypt;
        private final Cipher aes; // AES/ECB/NoPadding or AES/CBC/NoPadding or AES/CTR/NoPadding
        private boolean autoPadding = true, finalized, dataSeen;
        private long total; // bytes in (ecb/cbc: to pad)
        private byte[] heldBack = new byte[0]; // a decipher's last block, until final
        private final Gcm gcm;
        private int tagLength; // gcm: the tag asked (cipher) or set (decipher); 0 while unset
        private byte[] tag;

        State(Info info, boolean encrypt, byte[] key, byte[] iv, int tagLength) throws GeneralSecurityException {
            this.info = info;
            this.encrypt = encrypt;
            SecretKeySpec k = new SecretKeySpec(key, "AES");
            switch (info.mode) {
                case "gcm" -> {
                    aes = Cipher.getInstance("AES/ECB/NoPadding");
                    aes.init(Cipher.ENCRYPT_MODE, k);
                    gcm = new Gcm(aes, iv);
                    this.tagLength = encrypt ? (tagLength < 0 ? 16 : tagLength) : 0;
                    expectedTag = encrypt ? 0 : tagLength;
                }
                case "ctr" -> {
                    aes = Cipher.getInstance("AES/CTR/NoPadding");
                    aes.init(Cipher.ENCRYPT_MODE, k, new IvParameterSpec(iv));
                    gcm = null;
                }
                default -> {
                    aes = Cipher.getInstance(info.mode.equals("cbc") ? "AES/CBC/NoPadding" : "AES/ECB/NoPadding");
                    int m = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
                    if (info.mode.equals("cbc")) aes.init(m, k, new IvParameterSpec(iv));
                    else aes.init(m, k);
                    gcm = null;
                }
            }
        }

        private int expectedTag = -1; // a decipher's authTagLength option (-1: any valid length)

        byte[] update(byte[] in) {
            if (finalized) throw new Failure("Error", null, "Trying to add data in unsupported state");
            dataSeen = true;
            total += in.length;
            if (gcm != null) return gcm.update(in, encrypt);
            byte[] out = aes.update(in);
            if (out == null) out = new byte[0];
            if (encrypt || !autoPadding || info.mode.equals("ctr")) return out;
            // a padded decipher keeps its last full block: it may be the padding
            byte[] all = concat(heldBack, out);
            int keep = Math.min(16, all.length);
            heldBack = java.util.Arrays.copyOfRange(all, all.length - keep, all.length);
            return java.util.Arrays.copyOf(all, all.length - keep);
        }

        byte[] doFinal() {
            if (finalized) throw invalidState(null);
            finalized = true;
            if (gcm != null) {
                byte[] full = gcm.finish();
                if (encrypt) {
                    tag = java.util.Arrays.copyOf(full, tagLength);
                    return new byte[0];
                }
                if (this.tag == null || !MessageDigest.isEqual(java.util.Arrays.copyOf(full, tag.length), tag))
                    throw new Failure("Error", null, "Unsupported state or unable to authenticate data");
                return new byte[0];
            }
            try {
                if (info.mode.equals("ctr")) return aes.doFinal();
                if (encrypt) {
                    if (!autoPadding) return aes.doFinal();
                    int pad = 16 - (int) (total % 16);
                    byte[] p = new byte[pad];
                    java.util.Arrays.fill(p, (byte) pad);
                    return aes.doFinal(p);
                }
                byte[] last = concat(heldBack, aes.doFinal());
                if (!autoPadding) return last;
                int pad = last.length == 16 ? last[15] & 0xff : 0;
                boolean ok = pad >= 1 && pad <= 16;
                for (int i = 16 - pad; ok && i < 16; i++) ok = (last[i] & 0xff) == pad;
                if (!ok) throw openssl("ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt");
                return java.util.Arrays.copyOf(last, 16 - pad);
            } catch (IllegalBlockSizeException e) {
                throw openssl("ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH", "error:1C80006B:Provider routines::wrong final block length");
            } catch (javax.crypto.BadPaddingException e) {
                throw openssl("ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt");
            }
        }

        boolean setAutoPadding(boolean on) {
            if (finalized) return false;
            autoPadding = on;
            return true;
        }

        /** The tag of a finished GCM cipher, else null (the JS half throws ERR_CRYPTO_INVALID_STATE). */
        byte[] getAuthTag() {
            return gcm != null && encrypt && finalized ? tag : null;
        }

        boolean setAuthTag(byte[] t) {
            if (gcm == null || encrypt || finalized || tag != null) return false;
            if (!validTagLength(t.length) || (expectedTag >= 0 && t.length != expectedTag))
                throw new Failure("TypeError", "ERR_CRYPTO_INVALID_AUTH_TAG", "Invalid authentication tag length: " + t.length);
            tag = t;
            return true;
        }

        boolean setAAD(byte[] aad) {
            if (gcm == null || finalized || dataSeen) return false;
            gcm.aad(aad);
            return true;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) return b;
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** GCM (NIST SP 800-38D): CTR from inc32(J0), GHASH over AAD and ciphertext, tag = E(J0) xor S. */
    static final class Gcm {
        private final Cipher aes;
        private final Tables4kGCMMultiplier mult = new Tables4kGCMMultiplier();
        private final byte[] j0, counter, stream = new byte[16], x = new byte[16], block = new byte[16];
        private int streamPos = 16, blockPos;
        private long aadLen, ctLen;

        Gcm(Cipher aes, byte[] iv) throws GeneralSecurityException {
            this.aes = aes;
            mult.init(aes.doFinal(new byte[16]));
            if (iv.length == 12) {
                j0 = java.util.Arrays.copyOf(iv, 16);
                j0[15] = 1;
            } else {
                ghash(iv);
                flushBlock();
                byte[] len = new byte[16];
                putLong(len, 8, (long) iv.length * 8);
                ghashBlock(len);
                j0 = x.clone();
                java.util.Arrays.fill(x, (byte) 0);
            }
            counter = j0.clone();
        }

        private static void putLong(byte[] b, int off, long v) {
            for (int i = 0; i < 8; i++) b[off + i] = (byte) (v >>> (56 - 8 * i));
        }

        private void ghashBlock(byte[] b) {
            for (int i = 0; i < 16; i++) x[i] ^= b[i];
            mult.multiplyH(x);
        }

        private void ghash(byte[] data) {
            for (byte d : data) {
                block[blockPos++] = d;
                if (blockPos == 16) {
                    ghashBlock(block);
                    blockPos = 0;
                }
            }
        }

        private void flushBlock() {
            if (blockPos == 0) return;
            java.util.Arrays.fill(block, blockPos, 16, (byte) 0);
            ghashBlock(block);
            blockPos = 0;
        }

        void aad(byte[] a) {
            ghash(a);
            aadLen += a.length;
        }

        byte[] update(byte[] in, boolean encrypt) {
            if (ctLen == 0) flushBlock(); // the AAD ends on a block boundary
            byte[] out = new byte[in.length];
            try {
                for (int i = 0; i < in.length; i++) {
                    if (streamPos == 16) {
                        for (int j = 15; j >= 12 && ++counter[j] == 0; j--) { /* inc32 */ }
                        byte[] ks = aes.doFinal(counter);
                        System.arraycopy(ks, 0, stream, 0, 16);
                        streamPos = 0;
                    }
                    out[i] = (byte) (in[i] ^ stream[streamPos++]);
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            ghash(encrypt ? out : in);
            ctLen += in.length;
            return out;
        }

        /** The full 16-byte tag. */
        byte[] finish() {
            flushBlock();
            byte[] len = new byte[16];
            putLong(len, 0, aadLen * 8);
            putLong(len, 8, ctLen * 8);
            ghashBlock(len);
            try {
                byte[] t = aes.doFinal(j0);
                for (int i = 0; i < 16; i++) t[i] ^= x[i];
                return t;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** CipherBase's constructor checks, as crypto_cipher.cc words them; then the state. */
    static State create(boolean encrypt, String name, byte[] key, byte[] iv, long authTagLength) {
        Info info = info(name);
        if (info == null) throw new Failure("Error", "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
        if (key.length != info.keyLength) throw new Failure("RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
        boolean gcm = info.mode.equals("gcm");
        if (iv == null ? info.ivLength != 0 : gcm ? iv.length == 0 : iv.length != info.ivLength)
            throw new Failure("TypeError", "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector");
        if (gcm && authTagLength >= 0 && !validTagLength(authTagLength))
            throw new Failure("TypeError", "ERR_CRYPTO_INVALID_AUTH_TAG", "Invalid authentication tag length: " + authTagLength);
        try {
            return new State(info, encrypt, key, iv == null ? new byte[0] : iv, (int) authTagLength);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** getCipherInfo's object as JSON: null when unknown or when the key/IV lengths asked do not fit. */
    static String describe(Info info, long keyLength, long ivLength) {
        if (info == null) return null;
        if (keyLength >= 0 && keyLength != info.keyLength) return null;
        if (ivLength >= 0 && (info.mode.equals("gcm") ? ivLength == 0 : ivLength != info.ivLength)) return null;
        String iv = info.ivLength > 0 ? ",\"ivLength\":" + (ivLength >= 0 ? ivLength : info.ivLength) : "";
        return "{\"mode\":\"" + info.mode + "\",\"name\":\"" + info.name + "\",\"nid\":" + info.nid + ",\"keyLength\":"
                + info.keyLength + ",\"blockSize\":" + info.blockSize + iv + "}";
    }
}
