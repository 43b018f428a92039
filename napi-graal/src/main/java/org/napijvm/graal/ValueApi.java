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
        return e.js.bigIntValue(e.value(s));
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
        if (result == 0) return e.invalidArg();
        External ext = new External(data);
        if (finalizeCb != 0) e.attachFinalizer(ext, finalizeCb, data, finalizeHint);
        return e.ret(result, ext);
    }

    public static int napi_get_value_external(long env, long value, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.slot(value);
        if (s < 0 || e.tag(s) != ValueType.EXTERNAL) return e.invalidArg();
        Mem.putLong(result, ((External) e.value(s)).data);
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
        if (r == JsBridge.THROWN) return e.thrown();
        Mem.putBool(result, (Boolean) r);
        return e.ok();
    }
}
