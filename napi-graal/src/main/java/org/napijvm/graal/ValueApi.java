package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.ValueType;

import java.math.BigInteger;

/** Symbols, bigints, externals, instanceof. (Numbers, booleans and typeof are answered in C, fastpath.c.) */
public final class ValueApi {
    private ValueApi() {}

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    public static int napi_create_symbol(long env, long description, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (result == 0) return e.invalidArg();
        Object d = e.js.undefined;
        if (description != 0) {
            int s = e.slot(description);
            if (s < 0) return e.invalidArg();
            if (e.tag(s) != ValueType.STRING) return e.fail(Status.STRING_EXPECTED);
            d = e.value(s);
        }
        return e.ret(result, e.js.newSymbol(d));
    }

    public static int napi_create_bigint_int64(long env, long value, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (result == 0) return e.invalidArg();
        return e.ret(result, e.js.bigInt(BigInteger.valueOf(value)));
    }

    public static int napi_create_bigint_uint64(long env, long value, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (result == 0) return e.invalidArg();
        BigInteger v = BigInteger.valueOf(value);
        if (value < 0) v = v.add(TWO_64);
        return e.ret(result, e.js.bigInt(v));
    }

    /** The BigInteger of a bigint-tagged value, or null with the status set. */
    private static BigInteger bigintArg(GraalEnv e, long value, long result, long lossless) {
        if (value == 0 || result == 0 || lossless == 0) {
            e.invalidArg();
            return null;
        }
        int s = e.slot(value);
        if (s < 0) {
            e.invalidArg();
            return null;
        }
        if (e.tag(s) != ValueType.BIGINT) {
            e.fail(Status.BIGINT_EXPECTED);
            return null;
        }
        return bigIntValue(e.value(s));
    }

    public static int napi_get_value_bigint_int64(long env, long value, long result, long lossless) {
        GraalEnv e = GraalEnv.of(env);
        BigInteger b = bigintArg(e, value, result, lossless);
        if (b == null) return e.lastStatus();
        long v = b.longValue(); // two's complement truncation, as V8's BigInt::Int64Value
        Mem.putLong(result, v);
        Mem.putBool(lossless, BigInteger.valueOf(v).equals(b));
        return e.ok();
    }

    public static int napi_get_value_bigint_uint64(long env, long value, long result, long lossless) {
        GraalEnv e = GraalEnv.of(env);
        BigInteger b = bigintArg(e, value, result, lossless);
        if (b == null) return e.lastStatus();
        long v = b.longValue();
        Mem.putLong(result, v);
        Mem.putBool(lossless, b.signum() >= 0 && b.bitLength() <= 64);
        return e.ok();
    }

    public static int napi_create_external(long env, long data, long finalizeCb, long finalizeHint, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble(); // Node uses NAPI_PREAMBLE here
        if (p != 0) return p;
        if (result == 0) return e.invalidArg();
        Object ext = e.js.newExternal(data);
        if (finalizeCb != 0) e.attachFinalizer(ext, finalizeCb, data, finalizeHint);
        return e.ret(result, ext);
    }

    public static int napi_get_value_external(long env, long value, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.slot(value);
        if (s < 0 || e.tag(s) != ValueType.EXTERNAL) return e.invalidArg();
        Mem.putLong(result, e.js.external(e.value(s)).data());
        return e.ok();
    }

    public static int napi_instanceof(long env, long object, long constructor, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (object == 0 || result == 0) return e.invalidArg();
        Mem.putBool(result, false);
        Object c = ObjectApi.toObject(e, constructor);
        if (c == null) return e.lastStatus();
        int cs = e.slot(constructor);
        if (e.tag(cs) != ValueType.FUNCTION) {
            e.setPendingException(e.js.newError(ErrorApi.TYPE_ERROR, JsBridge.jsString("Constructor must be a function"),
                    JsBridge.jsString("ERR_NAPI_CONS_FUNCTION")));
            return e.fail(Status.FUNCTION_EXPECTED);
        }
        Object v = ObjectApi.arg(e, object);
        if (v == null) return e.lastStatus();
        Object r = e.js.instanceOf(v, c);
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
            "(caught) => { const B = BigInt; return (neg, hex) => { const b = B('0x' + hex); return neg ? -b : b; }; }");
    private static final JsBridge.Helper RANGE_ERROR = new JsBridge.Helper(
            "(caught) => { const R = RangeError; return (m) => new R(m); }");

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

    public static int napi_create_bigint_words(long env, int signBit, long wordCount, long words, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (words == 0 || result == 0) return e.invalidArg();
        if (Long.compareUnsigned(wordCount, Integer.MAX_VALUE) > 0) return e.invalidArg();
        if (wordCount > MAX_BIGINT_WORDS) {
            // V8's BigInt::NewFromWords throws before reading the words; Node reports the caught exception
            e.setPendingException(e.js.call(RANGE_ERROR, JsBridge.jsString("Maximum BigInt size exceeded")));
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

    public static int napi_get_value_bigint_words(long env, long value, long signBit, long wordCount, long words) {
        GraalEnv e = GraalEnv.of(env);
        if (value == 0 || wordCount == 0) return e.invalidArg();
        int s = e.slot(value);
        if (s < 0) return e.invalidArg();
        if (e.tag(s) != ValueType.BIGINT) return e.fail(Status.BIGINT_EXPECTED);
        BigInteger b = bigIntValue(e.value(s));
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

    private static final JsBridge.Helper SYMBOL_FOR = new JsBridge.Helper("(caught) => { const F = Symbol.for; return (d) => F(d); }");

    public static int node_api_symbol_for(long env, long utf8description, long length, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (result == 0) return e.invalidArg();
        int st = StringApi.napi_create_string_utf8(env, utf8description, length, result);
        if (st != Status.OK) return st;
        int s = e.slot(Mem.getLong(result));
        Object sym = e.js.call(SYMBOL_FOR, e.value(s));
        e.truncate(s); // the description string was only a step
        return e.ret(result, sym);
    }

    // ---- dates ----

    private static final JsBridge.Helper NEW_DATE = new JsBridge.Helper("(caught) => { const D = Date; return (t) => new D(t); }");
    private static final JsBridge.Helper DATE_VALUE = new JsBridge.Helper(
            "(caught) => { const g = Date.prototype.getTime; return (d) => g.call(d); }");

    /** V8's IsDate / IsPromise: the engine class of the object, never a user-visible property (proxies are not). */
    static boolean isEngineClass(Object v, String simpleName) {
        return v != null && v.getClass().getName().startsWith("com.oracle.truffle.js.") && v.getClass().getSimpleName().equals(simpleName);
    }

    public static int napi_create_date(long env, double time, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (result == 0) return e.invalidArg();
        return e.ret(result, e.js.call(NEW_DATE, time));
    }

    public static int napi_is_date(long env, long value, long isDate) {
        GraalEnv e = GraalEnv.of(env);
        if (value == 0 || isDate == 0) return e.invalidArg();
        int s = e.slot(value);
        if (s < 0) return e.invalidArg();
        Mem.putBool(isDate, e.tag(s) == ValueType.OBJECT && isEngineClass(e.value(s), "JSDateObject"));
        return e.ok();
    }

    public static int napi_get_date_value(long env, long value, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.slot(value);
        if (s < 0) return e.invalidArg();
        if (e.tag(s) != ValueType.OBJECT || !isEngineClass(e.value(s), "JSDateObject")) return e.fail(Status.DATE_EXPECTED);
        Mem.putDouble(result, ((Number) e.js.call(DATE_VALUE, e.value(s))).doubleValue());
        return e.ok();
    }

    public static int napi_is_promise(long env, long value, long isPromise) {
        GraalEnv e = GraalEnv.of(env);
        if (value == 0 || isPromise == 0) return e.invalidArg();
        int s = e.slot(value);
        if (s < 0) return e.invalidArg();
        Mem.putBool(isPromise, e.tag(s) == ValueType.OBJECT && isEngineClass(e.value(s), "JSPromiseObject"));
        return e.ok();
    }

    // ---- coercion (ECMAScript ToBoolean / ToNumber / ToObject / ToString) ----

    private static final JsBridge.Helper TO_NUMBER = new JsBridge.Helper("(caught) => (v) => { try { return +v; } catch (e) { return caught(e); } }");
    private static final JsBridge.Helper TO_STRING = new JsBridge.Helper("(caught) => (v) => { try { return `${v}`; } catch (e) { return caught(e); } }");
    private static final JsBridge.Helper TO_BOOLEAN = new JsBridge.Helper("(caught) => (v) => !!v");

    public static int napi_coerce_to_bool(long env, long value, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (value == 0 || result == 0) return e.invalidArg();
        Object v = ObjectApi.arg(e, value);
        if (v == null) return e.lastStatus();
        return e.retSlot(result, (Boolean) e.js.call(TO_BOOLEAN, v) ? GraalEnv.SLOT_TRUE : GraalEnv.SLOT_FALSE);
    }

    /** Node's CHECK_TO_TYPE: a conversion that threw leaves the exception pending and returns {@code status}. */
    private static int coerce(long env, long value, long result, JsBridge.Helper h, int status) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (value == 0 || result == 0) return e.invalidArg();
        Object v = ObjectApi.arg(e, value);
        if (v == null) return e.lastStatus();
        Object r = e.js.call(h, v);
        if (r == JsBridge.THROWN) {
            e.setPendingException(e.js.takeThrown());
            return e.fail(status);
        }
        return e.ret(result, r);
    }

    public static int napi_coerce_to_number(long env, long value, long result) {
        return coerce(env, value, result, TO_NUMBER, Status.NUMBER_EXPECTED);
    }

    public static int napi_coerce_to_string(long env, long value, long result) {
        return coerce(env, value, result, TO_STRING, Status.STRING_EXPECTED);
    }

    public static int napi_coerce_to_object(long env, long value, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (value == 0 || result == 0) return e.invalidArg();
        Object o = ObjectApi.toObject(e, value); // undefined / null: TypeError pending, napi_object_expected
        if (o == null) return e.lastStatus();
        return e.ret(result, o);
    }
}
