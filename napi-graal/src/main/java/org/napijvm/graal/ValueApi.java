package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.StatusException;
import org.napijvm.core.ValueType;

import java.math.BigInteger;

/** Symbols, bigints, externals, instanceof. (Numbers, booleans and typeof are answered in C, fastpath.c.) */
public final class ValueApi {
    private ValueApi() {}

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    static final JsBridge.Helper NEW_SYMBOL = new JsBridge.Helper("(() => { const S = Symbol; return (d) => S(d); })()");
    static final JsBridge.Helper INSTANCE_OF = new JsBridge.Helper("(v, c) => v instanceof c");

    public static int napi_create_symbol(GraalEnv e, long description, long result) {
        if (result == 0) return e.invalidArg();
        Object d = e.js.undefined;
        if (description != 0) {
            int s = e.argSlot(description);
            if (e.tag(s) != ValueType.STRING) return e.fail(Status.STRING_EXPECTED);
            d = e.value(s);
        }
        return e.ret(result, e.js.call(NEW_SYMBOL, d));
    }

    public static int napi_create_bigint_int64(GraalEnv e, long value, long result) {
        if (result == 0) return e.invalidArg();
        return e.ret(result, newBigInt(e, BigInteger.valueOf(value)));
    }

    public static int napi_create_bigint_uint64(GraalEnv e, long value, long result) {
        if (result == 0) return e.invalidArg();
        BigInteger v = BigInteger.valueOf(value);
        if (value < 0) v = v.add(TWO_64);
        return e.ret(result, newBigInt(e, v));
    }

    /** The BigInteger of a bigint-valued napi_value (napi_bigint_expected otherwise). */
    private static BigInteger bigint(GraalEnv e, long value) {
        int s = e.argSlot(value);
        if (e.tag(s) != ValueType.BIGINT) throw StatusException.of(Status.BIGINT_EXPECTED);
        return bigIntValue(e.value(s));
    }

    public static int napi_get_value_bigint_int64(GraalEnv e, long value, long result, long lossless) {
        if (value == 0 || result == 0 || lossless == 0) return e.invalidArg();
        BigInteger b = bigint(e, value);
        long v = b.longValue(); // two's complement truncation, as V8's BigInt::Int64Value
        Mem.putLong(result, v);
        Mem.putBool(lossless, BigInteger.valueOf(v).equals(b));
        return e.ok();
    }

    public static int napi_get_value_bigint_uint64(GraalEnv e, long value, long result, long lossless) {
        if (value == 0 || result == 0 || lossless == 0) return e.invalidArg();
        BigInteger b = bigint(e, value);
        long v = b.longValue();
        Mem.putLong(result, v);
        Mem.putBool(lossless, b.signum() >= 0 && b.bitLength() <= 64);
        return e.ok();
    }

    public static int napi_create_external(GraalEnv e, long data, long finalizeCb, long finalizeHint, long result) {
        if (result == 0) return e.invalidArg();
        Object ext = e.js.newExternal(data);
        if (finalizeCb != 0) e.attachFinalizer(ext, finalizeCb, data, finalizeHint);
        return e.ret(result, ext);
    }

    public static int napi_get_value_external(GraalEnv e, long value, long result) {
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.argSlot(value);
        if (e.tag(s) != ValueType.EXTERNAL) return e.invalidArg();
        Mem.putLong(result, e.js.external(e.value(s)).data());
        return e.ok();
    }

    public static int napi_instanceof(GraalEnv e, long object, long constructor, long result) {
        if (object == 0 || result == 0) return e.invalidArg();
        Mem.putBool(result, false);
        Object c = ObjectApi.toObject(e, constructor);
        if (e.tag(e.slot(constructor)) != ValueType.FUNCTION) {
            e.setPendingException(ErrorApi.newError(e, ErrorApi.TYPE_ERROR, "Constructor must be a function", "ERR_NAPI_CONS_FUNCTION"));
            return e.fail(Status.FUNCTION_EXPECTED);
        }
        Object v = e.arg(object);
        Object r = e.js.tryCall(INSTANCE_OF, v, c);
        if (r == JsBridge.THROWN) { // Node: CHECK_MAYBE_NOTHING(..., napi_generic_failure), the exception pending
            e.setPendingException(e.js.takeThrown());
            return e.fail(Status.GENERIC_FAILURE);
        }
        Mem.putBool(result, (Boolean) r);
        return e.ok();
    }

    // ---- bigints of any size ----

    private static final com.oracle.truffle.api.interop.InteropLibrary INTEROP = com.oracle.truffle.api.interop.InteropLibrary.getUncached();
    /** V8's BigInt::kMaxLengthBits is 2^30: at most 2^24 64-bit words. */
    static final long MAX_BIGINT_WORDS = 1L << 24;
    private static final JsBridge.Helper BIGINT_FROM_HEX = new JsBridge.Helper(
            "(() => { const B = BigInt; return (neg, hex) => { const b = B('0x' + hex); return neg ? -b : b; }; })()");

    /** The value of a raw JS bigint (through interop: linear, unlike a decimal round trip). */
    static BigInteger bigIntValue(Object raw) {
        try {
            return INTEROP.asBigInteger(raw);
        } catch (com.oracle.truffle.api.interop.UnsupportedMessageException ex) {
            throw new IllegalStateException("napi-jvm: not a bigint: " + raw, ex);
        }
    }

    static Object newBigInt(GraalEnv e, BigInteger v) {
        return e.js.call(BIGINT_FROM_HEX, v.signum() < 0, JsBridge.jsString(v.abs().toString(16)));
    }

    public static int napi_create_bigint_words(GraalEnv e, int signBit, long wordCount, long words, long result) {
        if (words == 0 || result == 0) return e.invalidArg();
        if (Long.compareUnsigned(wordCount, Integer.MAX_VALUE) > 0) return e.invalidArg();
        if (wordCount > MAX_BIGINT_WORDS) {
            // V8's BigInt::NewFromWords throws before reading the words; Node reports the caught exception
            e.setPendingException(ErrorApi.newError(e, ErrorApi.RANGE_ERROR, "Maximum BigInt size exceeded", null));
            return e.fail(Status.PENDING_EXCEPTION);
        }
        int n = (int) wordCount;
        byte[] mag = new byte[n * 8]; // big-endian magnitude
        for (int i = 0; i < n; i++) {
            long w = Mem.getLong(words + 8L * i);
            int at = (n - 1 - i) * 8;
            for (int b = 0; b < 8; b++) mag[at + b] = (byte) (w >>> (56 - 8 * b));
        }
        BigInteger v = new BigInteger(1, mag);
        if (signBit != 0) v = v.negate();
        return e.ret(result, newBigInt(e, v));
    }

    public static int napi_get_value_bigint_words(GraalEnv e, long value, long signBit, long wordCount, long words) {
        if (value == 0 || wordCount == 0) return e.invalidArg();
        BigInteger b = bigint(e, value);
        BigInteger mag = b.abs();
        int needed = (mag.bitLength() + 63) / 64;
        int available = (int) Mem.getLong(wordCount); // Node: int word_count_int = *word_count
        if (signBit == 0 && words == 0) {
            Mem.putLong(wordCount, needed);
            return e.ok();
        }
        if (signBit == 0 || words == 0) return e.invalidArg();
        Mem.putInt(signBit, b.signum() < 0 ? 1 : 0);
        byte[] be = mag.toByteArray(); // big-endian, maybe with a leading sign byte
        for (int i = 0; i < needed && i < available; i++) {
            long w = 0;
            for (int k = 7; k >= 0; k--) {
                int at = be.length - 1 - (8 * i + k);
                w = (w << 8) | (at >= 0 ? be[at] & 0xFF : 0);
            }
            Mem.putLong(words + 8L * i, w);
        }
        Mem.putLong(wordCount, needed);
        return e.ok();
    }

    // ---- symbols ----

    private static final JsBridge.Helper SYMBOL_FOR = new JsBridge.Helper("(() => { const F = Symbol.for; return (d) => F(d); })()");

    public static int node_api_symbol_for(GraalEnv e, long utf8description, long length, long result) {
        if (result == 0) return e.invalidArg();
        int st = StringApi.napi_create_string_utf8(e, utf8description, length, result);
        if (st != Status.OK) return st;
        int s = e.slot(Mem.getLong(result));
        Object sym = e.js.call(SYMBOL_FOR, e.value(s));
        e.truncate(s); // the description string was only a step
        return e.ret(result, sym);
    }

    /** V8's IsDate / IsPromise / IsArray: the engine class of the object, never a user-visible property (proxies are not). */
    static boolean isEngineClass(Object v, String simpleName) {
        return v != null && v.getClass().getName().startsWith("com.oracle.truffle.js.") && v.getClass().getSimpleName().equals(simpleName);
    }
}
