package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.ValueType;

/** Objects and properties. */
public final class ObjectApi {
    private ObjectApi() {}

    /**
     * Node's CHECK_TO_OBJECT: the value converted with ToObject, or null with the status set. As in V8, ToObject of
     * undefined or null throws: the TypeError is left pending and the status is napi_object_expected.
     */
    static Object toObject(GraalEnv e, long handle) {
        int s = e.slot(handle);
        if (s < 0) {
            e.invalidArg();
            return null;
        }
        byte t = e.tag(s);
        if (t == ValueType.OBJECT || t == ValueType.FUNCTION) return e.value(s);
        if (t == ValueType.UNDEFINED || t == ValueType.NULL) {
            e.setPendingException(e.js.newError(1, JsBridge.jsString("Cannot convert undefined or null to object"), null));
            e.fail(Status.OBJECT_EXPECTED);
            return null;
        }
        return e.js.toObject(e.value(s));
    }

    /** The value a handle names, or null with napi_invalid_arg set. */
    static Object arg(GraalEnv e, long handle) {
        int s = e.slot(handle);
        if (s < 0) {
            e.invalidArg();
            return null;
        }
        return e.value(s);
    }

    public static int napi_create_object(long env, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (result == 0) return e.invalidArg();
        return e.ret(result, e.js.newObject());
    }

    public static int napi_set_property(long env, long object, long key, long value) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (key == 0 || value == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (o == null) return e.lastStatus();
        Object k = arg(e, key), v = arg(e, value);
        if (k == null || v == null) return e.lastStatus();
        return e.js.set(o, k, v) == JsBridge.THROWN ? e.thrown() : e.ok();
    }

    public static int napi_get_property(long env, long object, long key, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (key == 0 || result == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (o == null) return e.lastStatus();
        Object k = arg(e, key);
        if (k == null) return e.lastStatus();
        Object r = e.js.get(o, k);
        return r == JsBridge.THROWN ? e.thrown() : e.ret(result, r);
    }

    public static int napi_has_property(long env, long object, long key, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (key == 0 || result == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (o == null) return e.lastStatus();
        Object k = arg(e, key);
        if (k == null) return e.lastStatus();
        Object r = e.js.has(o, k);
        if (r == JsBridge.THROWN) return e.thrown();
        Mem.putBool(result, (Boolean) r);
        return e.ok();
    }

    public static int napi_has_own_property(long env, long object, long key, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (key == 0 || result == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (o == null) return e.lastStatus();
        int ks = e.slot(key);
        if (ks < 0) return e.invalidArg();
        if (e.tag(ks) != ValueType.STRING && e.tag(ks) != ValueType.SYMBOL) return e.fail(Status.NAME_EXPECTED);
        Object r = e.js.hasOwn(o, e.value(ks));
        if (r == JsBridge.THROWN) return e.thrown();
        Mem.putBool(result, (Boolean) r);
        return e.ok();
    }

    public static int napi_set_named_property(long env, long object, long utf8name, long value) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (value == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (o == null) return e.lastStatus();
        if (utf8name == 0) return e.invalidArg();
        Object v = arg(e, value);
        if (v == null) return e.lastStatus();
        return e.js.set(o, JsBridge.jsString(Mem.utf8(utf8name, Mem.AUTO_LENGTH)), v) == JsBridge.THROWN ? e.thrown() : e.ok();
    }

    public static int napi_get_named_property(long env, long object, long utf8name, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (result == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (o == null) return e.lastStatus();
        if (utf8name == 0) return e.invalidArg();
        Object r = e.js.get(o, JsBridge.jsString(Mem.utf8(utf8name, Mem.AUTO_LENGTH)));
        return r == JsBridge.THROWN ? e.thrown() : e.ret(result, r);
    }

    public static int napi_has_named_property(long env, long object, long utf8name, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (result == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (o == null) return e.lastStatus();
        if (utf8name == 0) return e.invalidArg();
        Object r = e.js.has(o, JsBridge.jsString(Mem.utf8(utf8name, Mem.AUTO_LENGTH)));
        if (r == JsBridge.THROWN) return e.thrown();
        Mem.putBool(result, (Boolean) r);
        return e.ok();
    }

    // napi_property_descriptor: utf8name, name, method, getter, setter, value, attributes (int + pad), data
    static final int PD_SIZE = 64, PD_UTF8NAME = 0, PD_NAME = 8, PD_METHOD = 16, PD_GETTER = 24, PD_SETTER = 32,
            PD_VALUE = 40, PD_ATTRIBUTES = 48, PD_DATA = 56;
    static final int WRITABLE = 1, ENUMERABLE = 2, CONFIGURABLE = 4;

    /** The key of a property descriptor: utf8name, else name (a string or symbol); null with the status set. */
    static Object descriptorKey(GraalEnv e, long pd) {
        long utf8name = Mem.getLong(pd + PD_UTF8NAME);
        if (utf8name != 0) return JsBridge.jsString(Mem.utf8(utf8name, Mem.AUTO_LENGTH));
        int s = e.slot(Mem.getLong(pd + PD_NAME));
        if (s < 0 || (e.tag(s) != ValueType.STRING && e.tag(s) != ValueType.SYMBOL)) {
            e.fail(Status.NAME_EXPECTED);
            return null;
        }
        return e.value(s);
    }

    /** Defines one descriptor on o; returns the status (0 ok). */
    static int defineOne(GraalEnv e, Object o, long pd) {
        Object key = descriptorKey(e, pd);
        if (key == null) return e.lastStatus();
        long getter = Mem.getLong(pd + PD_GETTER), setter = Mem.getLong(pd + PD_SETTER),
                method = Mem.getLong(pd + PD_METHOD), data = Mem.getLong(pd + PD_DATA);
        int attrs = Mem.getInt(pd + PD_ATTRIBUTES);
        Object r;
        if (getter != 0 || setter != 0) {
            Object g = getter != 0 ? FunctionApi.newFunction(e, "", getter, data) : null;
            Object s = setter != 0 ? FunctionApi.newFunction(e, "", setter, data) : null;
            r = e.js.define(o, key, null, g, s, attrs, true);
            if (r == JsBridge.THROWN) return e.thrown();
            if (!(Boolean) r) return e.fail(Status.INVALID_ARG);
        } else if (method != 0) {
            Object f = FunctionApi.newFunction(e, "", method, data); // Node: method functions have name ''
            r = e.js.define(o, key, f, null, null, attrs, false);
            if (r == JsBridge.THROWN) return e.thrown();
            if (!(Boolean) r) return e.fail(Status.GENERIC_FAILURE);
        } else {
            Object v = arg(e, Mem.getLong(pd + PD_VALUE));
            if (v == null) return e.lastStatus();
            r = e.js.define(o, key, v, null, null, attrs, false);
            if (r == JsBridge.THROWN) return e.thrown();
            if (!(Boolean) r) return e.fail(Status.INVALID_ARG);
        }
        return Status.OK;
    }

    public static int napi_define_properties(long env, long object, long count, long properties) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (count > 0 && properties == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (o == null) return e.lastStatus();
        for (long i = 0; i < count; i++) {
            int s = defineOne(e, o, properties + i * PD_SIZE);
            if (s != Status.OK) return s;
        }
        return e.ok();
    }
}
