package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.ValueType;

/** Arrays and indexed elements. */
public final class ArrayApi {
    private ArrayApi() {}

    public static int napi_create_array(long env, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (result == 0) return e.invalidArg();
        return e.ret(result, e.js.newArray(0));
    }

    public static int napi_create_array_with_length(long env, long length, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (result == 0) return e.invalidArg();
        // V8 takes an int: larger lengths wrap as in a C cast, negative ones give an empty array
        int n = (int) length;
        return e.ret(result, e.js.newArray(Math.max(n, 0)));
    }

    public static int napi_is_array(long env, long value, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.slot(value);
        if (s < 0) return e.invalidArg();
        // V8's IsArray is the engine type: a Proxy of an array is not one (Array.isArray would say it is)
        Object v = e.value(s);
        Mem.putBool(result, e.tag(s) == ValueType.OBJECT && e.js.isArray(v) && !ValueApi.isEngineClass(v, "JSProxyObject"));
        return e.ok();
    }

    public static int napi_get_array_length(long env, long value, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.slot(value);
        if (s < 0) return e.invalidArg();
        // V8's IsArray: a Proxy of an array is not one (unlike Array.isArray)
        Object v = e.value(s);
        if (e.tag(s) != ValueType.OBJECT || !e.js.isArray(v) || ValueApi.isEngineClass(v, "JSProxyObject"))
            return e.fail(Status.ARRAY_EXPECTED);
        Mem.putInt(result, (int) (long) ((Number) e.js.get(v, JsBridge.jsString("length"))).doubleValue());
        return e.ok();
    }

    private static Object index(long i) {
        return GraalEnv.number((double) (i & 0xFFFFFFFFL));
    }

    public static int napi_set_element(long env, long object, int index, long value) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (value == 0) return e.invalidArg();
        Object o = ObjectApi.toObject(e, object);
        if (o == null) return e.lastStatus();
        Object v = ObjectApi.arg(e, value);
        if (v == null) return e.lastStatus();
        return e.js.set(o, index(index), v) == JsBridge.THROWN ? e.thrown() : e.ok();
    }

    public static int napi_get_element(long env, long object, int index, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (result == 0) return e.invalidArg();
        Object o = ObjectApi.toObject(e, object);
        if (o == null) return e.lastStatus();
        Object r = e.js.get(o, index(index));
        return r == JsBridge.THROWN ? e.thrown() : e.ret(result, r);
    }

    public static int napi_has_element(long env, long object, int index, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (result == 0) return e.invalidArg();
        Object o = ObjectApi.toObject(e, object);
        if (o == null) return e.lastStatus();
        Object r = e.js.has(o, index(index));
        if (r == JsBridge.THROWN) return e.thrown();
        Mem.putBool(result, (Boolean) r);
        return e.ok();
    }

    public static int napi_delete_element(long env, long object, int index, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        Object o = ObjectApi.toObject(e, object);
        if (o == null) return e.lastStatus();
        Object r = e.js.delete(o, index(index));
        if (r == JsBridge.THROWN) return e.thrown();
        if (result != 0) Mem.putBool(result, (Boolean) r);
        return e.ok();
    }
}
