package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.ValueType;

/** Arrays and indexed elements. */
public final class ArrayApi {
    private ArrayApi() {}

    static final JsBridge.Helper NEW_ARRAY = new JsBridge.Helper("(() => { const A = Array; return (n) => new A(n); })()");
    static final JsBridge.Helper IS_ARRAY = new JsBridge.Helper("(() => { const is = Array.isArray; return (v) => is(v); })()");

    public static int napi_create_array(GraalEnv e, long result) {
        if (result == 0) return e.invalidArg();
        return e.ret(result, e.js.call(NEW_ARRAY, 0));
    }

    public static int napi_create_array_with_length(GraalEnv e, long length, long result) {
        if (result == 0) return e.invalidArg();
        // V8 takes an int: larger lengths wrap as in a C cast, negative ones give an empty array
        int n = (int) length;
        return e.ret(result, e.js.call(NEW_ARRAY, Math.max(n, 0)));
    }

    static boolean isArray(GraalEnv e, Object v) {
        return (Boolean) e.js.call(IS_ARRAY, v);
    }

    public static int napi_is_array(GraalEnv e, long value, long result) {
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.argSlot(value);
        // V8's IsArray is the engine type: a Proxy of an array is not one (Array.isArray would say it is)
        Object v = e.value(s);
        Mem.putBool(result, e.tag(s) == ValueType.OBJECT && isArray(e, v) && !ValueApi.isEngineClass(v, "JSProxyObject"));
        return e.ok();
    }

    public static int napi_get_array_length(GraalEnv e, long value, long result) {
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.argSlot(value);
        // V8's IsArray: a Proxy of an array is not one (unlike Array.isArray)
        Object v = e.value(s);
        if (e.tag(s) != ValueType.OBJECT || !isArray(e, v) || ValueApi.isEngineClass(v, "JSProxyObject"))
            return e.fail(Status.ARRAY_EXPECTED);
        Object length = ObjectApi.get(e, v, JsBridge.jsString("length"));
        Mem.putInt(result, (int) (long) ((Number) length).doubleValue());
        return e.ok();
    }

    private static Object index(long i) {
        return GraalEnv.number((double) (i & 0xFFFFFFFFL));
    }

    public static int napi_set_element(GraalEnv e, long object, int index, long value) {
        if (value == 0) return e.invalidArg();
        Object o = ObjectApi.toObject(e, object);
        e.js.call(ObjectApi.SET, o, index(index), e.arg(value));
        return e.ok();
    }

    public static int napi_get_element(GraalEnv e, long object, int index, long result) {
        if (result == 0) return e.invalidArg();
        Object o = ObjectApi.toObject(e, object);
        return e.ret(result, ObjectApi.get(e, o, index(index)));
    }

    public static int napi_has_element(GraalEnv e, long object, int index, long result) {
        if (result == 0) return e.invalidArg();
        Object o = ObjectApi.toObject(e, object);
        Mem.putBool(result, ObjectApi.has(e, o, index(index)));
        return e.ok();
    }

    public static int napi_delete_element(GraalEnv e, long object, int index, long result) {
        Object o = ObjectApi.toObject(e, object);
        Object r = e.js.call(ObjectApi.DELETE, o, index(index));
        if (result != 0) Mem.putBool(result, (Boolean) r);
        return e.ok();
    }
}
