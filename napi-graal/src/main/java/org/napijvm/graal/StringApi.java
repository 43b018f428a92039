package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.StatusException;
import org.napijvm.core.ValueType;

import java.nio.charset.StandardCharsets;

/** Strings in both directions, with Node's length, truncation and NUL-termination rules. */
public final class StringApi {
    private StringApi() {}

    private static final long INT_MAX = Integer.MAX_VALUE;

    // ---- C -> JS ----

    /** Node's NewString preamble: str may be NULL only when length is 0; length is NAPI_AUTO_LENGTH or <= INT_MAX. */
    private static int checkNew(GraalEnv e, long str, long length, long result) {
        if (length != 0 && str == 0) return e.invalidArg();
        if (result == 0) return e.invalidArg();
        if (length != Mem.AUTO_LENGTH && (length < 0 || length > INT_MAX)) return e.invalidArg();
        return Status.OK;
    }

    static String decodeUtf8(long str, long length) {
        if (str == 0) return "";
        return Mem.utf8(str, length);
    }

    static String decodeLatin1(long str, long length) {
        if (str == 0) return "";
        if (length == Mem.AUTO_LENGTH) length = Mem.strlen(str);
        return new String(Mem.bytes(str, length), StandardCharsets.ISO_8859_1);
    }

    static String decodeUtf16(long str, long length) {
        if (str == 0) return "";
        if (length == Mem.AUTO_LENGTH) {
            length = 0;
            while (Mem.getChar(str + 2 * length) != 0) length++;
        }
        char[] c = new char[Math.toIntExact(length)];
        for (int i = 0; i < c.length; i++) c[i] = Mem.getChar(str + 2L * i);
        return new String(c);
    }

    public static int napi_create_string_utf8(GraalEnv e, long str, long length, long result) {
        int s = checkNew(e, str, length, result);
        return s != 0 ? s : e.ret(result, JsBridge.jsString(decodeUtf8(str, length)));
    }

    public static int napi_create_string_latin1(GraalEnv e, long str, long length, long result) {
        int s = checkNew(e, str, length, result);
        return s != 0 ? s : e.ret(result, JsBridge.jsString(decodeLatin1(str, length)));
    }

    public static int napi_create_string_utf16(GraalEnv e, long str, long length, long result) {
        int s = checkNew(e, str, length, result);
        return s != 0 ? s : e.ret(result, JsBridge.jsString(decodeUtf16(str, length)));
    }

    // property keys are strings whose identity V8 interns; in JS they are indistinguishable from other strings
    public static int node_api_create_property_key_utf8(GraalEnv e, long str, long length, long result) {
        return napi_create_string_utf8(e, str, length, result);
    }

    public static int node_api_create_property_key_latin1(GraalEnv e, long str, long length, long result) {
        return napi_create_string_latin1(e, str, length, result);
    }

    public static int node_api_create_property_key_utf16(GraalEnv e, long str, long length, long result) {
        return napi_create_string_utf16(e, str, length, result);
    }

    // ---- external strings ----
    // V8 could keep the caller's buffer; napi-jvm always copies. Node does exactly this in its V8_ENABLE_SANDBOX build
    // (NewExternalString): create the string by copying, report *copied = true, and call the finalizer at once, since
    // the runtime no longer needs the buffer.

    private static int externalString(GraalEnv e, long str, long length, long finalizeCb, long hint, long result, long copied, boolean latin1) {
        int s = checkNew(e, str, length, result);
        if (s != 0) return s;
        e.ret(result, JsBridge.jsString(latin1 ? decodeLatin1(str, length) : decodeUtf16(str, length)));
        if (copied != 0) Mem.putBool(copied, true);
        if (finalizeCb != 0) Native.callFinalizer(finalizeCb, e.ptr, str, hint);
        return Status.OK;
    }

    public static int node_api_create_external_string_latin1(GraalEnv e, long str, long length, long finalizeCb, long hint, long result, long copied) {
        return externalString(e, str, length, finalizeCb, hint, result, copied, true);
    }

    public static int node_api_create_external_string_utf16(GraalEnv e, long str, long length, long finalizeCb, long hint, long result, long copied) {
        return externalString(e, str, length, finalizeCb, hint, result, copied, false);
    }

    // ---- JS -> C ----

    /** The Java string of a string-valued napi_value (napi_string_expected otherwise). */
    private static String stringArg(GraalEnv e, long value) {
        int s = e.argSlot(value);
        if (e.tag(s) != ValueType.STRING) throw StatusException.of(Status.STRING_EXPECTED);
        return JsBridge.asString(e.value(s));
    }

    /** UTF-8 of a JS string as V8 writes it: a lone surrogate becomes U+FFFD. */
    static byte[] encodeUtf8(String s) {
        byte[] out = new byte[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (Character.isHighSurrogate((char) c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                c = Character.toCodePoint((char) c, s.charAt(++i));
            } else if (Character.isSurrogate((char) c)) {
                c = 0xFFFD;
            }
            if (c < 0x80) out[n++] = (byte) c;
            else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | (c >> 6));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                out[n++] = (byte) (0xE0 | (c >> 12));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            } else {
                out[n++] = (byte) (0xF0 | (c >> 18));
                out[n++] = (byte) (0x80 | ((c >> 12) & 0x3F));
                out[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Length of the longest prefix of whole UTF-8 characters that fits in {@code cap} bytes. */
    static int utf8Prefix(byte[] b, int cap) {
        if (b.length <= cap) return b.length;
        int n = cap;
        while (n > 0 && (b[n] & 0xC0) == 0x80) n--; // b[n] is a continuation byte: the char at n-.. is cut
        return n;
    }

    public static int napi_get_value_string_utf8(GraalEnv e, long value, long buf, long bufsize, long result) {
        String s = stringArg(e, value);
        byte[] b = encodeUtf8(s);
        if (buf == 0) {
            if (result == 0) return e.invalidArg();
            Mem.putLong(result, b.length);
        } else if (bufsize != 0) {
            int n = utf8Prefix(b, (int) Math.min(bufsize - 1, Integer.MAX_VALUE));
            Mem.putBytes(buf, b, 0, n);
            Mem.putByte(buf + n, (byte) 0);
            if (result != 0) Mem.putLong(result, n);
        } else if (result != 0) {
            Mem.putLong(result, 0);
        }
        return e.ok();
    }

    public static int napi_get_value_string_latin1(GraalEnv e, long value, long buf, long bufsize, long result) {
        return copyUnits(e, value, buf, bufsize, result, 1);
    }

    public static int napi_get_value_string_utf16(GraalEnv e, long value, long buf, long bufsize, long result) {
        return copyUnits(e, value, buf, bufsize, result, 2);
    }

    /**
     * Node's latin1 / utf16 getters (V8's WriteOneByte / Write): buf NULL -> the length in code units; otherwise the
     * first min(length, bufsize - 1) UTF-16 code units (latin1 keeps the low byte of each), then a NUL.
     */
    private static int copyUnits(GraalEnv e, long value, long buf, long bufsize, long result, int unitSize) {
        String s = stringArg(e, value);
        if (buf == 0) {
            if (result == 0) return e.invalidArg();
            Mem.putLong(result, s.length());
        } else if (bufsize != 0) {
            int n = (int) Math.min(s.length(), bufsize - 1);
            // one bulk copy, NUL included (a store per unit costs ~6 ns: 25 us for a 4 KiB string)
            if (unitSize == 1) {
                byte[] b = new byte[n + 1];
                for (int i = 0; i < n; i++) b[i] = (byte) s.charAt(i);
                Mem.putBytes(buf, b, 0, n + 1);
            } else {
                char[] c = new char[n + 1];
                s.getChars(0, n, c, 0);
                Mem.putChars(buf, c, n + 1);
            }
            if (result != 0) Mem.putLong(result, n);
        } else if (result != 0) {
            Mem.putLong(result, 0);
        }
        return e.ok();
    }
}
