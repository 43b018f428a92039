package org.napijvm.graal;

import org.napijvm.core.Status;

/** Coercion: ECMAScript ToBoolean, ToNumber, ToObject and ToString (napi_coerce_to_*). */
public final class CoercionApi {
    private CoercionApi() {}

    private static final JsBridge.Helper TO_NUMBER = new JsBridge.Helper("(v) => +v");
    private static final JsBridge.Helper TO_STRING = new JsBridge.Helper("(v) => `${v}`");
    private static final JsBridge.Helper TO_BOOLEAN = new JsBridge.Helper("(v) => !!v");

    public static int napi_coerce_to_bool(GraalEnv e, long value, long result) {
        if (value == 0 || result == 0) return e.invalidArg();
        Object v = e.arg(value);
        return e.retSlot(result, (Boolean) e.js.call(TO_BOOLEAN, v) ? GraalEnv.SLOT_TRUE : GraalEnv.SLOT_FALSE);
    }

    /** Node's CHECK_TO_TYPE: a conversion that threw leaves the exception pending and returns {@code status}. */
    private static int coerce(GraalEnv e, long value, long result, JsBridge.Helper h, int status) {
        if (value == 0 || result == 0) return e.invalidArg();
        Object v = e.arg(value);
        Object r = e.js.tryCall(h, v);
        if (r == JsBridge.THROWN) {
            e.setPendingException(e.js.takeThrown());
            return e.fail(status);
        }
        return e.ret(result, r);
    }

    public static int napi_coerce_to_number(GraalEnv e, long value, long result) {
        return coerce(e, value, result, TO_NUMBER, Status.NUMBER_EXPECTED);
    }

    public static int napi_coerce_to_string(GraalEnv e, long value, long result) {
        return coerce(e, value, result, TO_STRING, Status.STRING_EXPECTED);
    }

    public static int napi_coerce_to_object(GraalEnv e, long value, long result) {
        if (value == 0 || result == 0) return e.invalidArg();
        return e.ret(result, ObjectApi.toObject(e, value)); // undefined / null: TypeError pending, napi_object_expected
    }
}
