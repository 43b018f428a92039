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

    // ---- delete, strict equality, prototypes, integrity levels, key collection ----

    static final JsBridge.Helper STRICT_EQUALS = new JsBridge.Helper("(caught) => (a, b) => a === b");
    static final JsBridge.Helper GET_PROTOTYPE = new JsBridge.Helper("(caught) => (o) => Object.getPrototypeOf(o)");
    // A typed array with elements cannot be frozen or sealed; V8's TypeError says so in its own words, which the
    // addon gets instead of GraalJS's (only for that case: any other exception passes through unchanged)
    static final JsBridge.Helper FREEZE = new JsBridge.Helper("""
            (caught) => {
              const { freeze, seal } = Object, isView = ArrayBuffer.isView, DV = DataView, TE = TypeError;
              return (o, sealing) => {
                try { if (sealing) seal(o); else freeze(o); return true; } catch (e) {
                  if (e instanceof TE && isView(o) && !(o instanceof DV) && o.length > 0)
                    return caught(new TE('Cannot ' + (sealing ? 'seal' : 'freeze') + ' array buffer views with elements'));
                  return caught(e);
                }
              };
            }""");
    /**
     * V8's Object::GetPropertyNames: own keys of each object on the chain (engine order, a proxy's in trap order),
     * deduplicated; a key seen on a nearer object shadows farther ones even when the filter dropped it. Filter bits:
     * 1 writable (accessors pass), 2 enumerable, 4 configurable, 8 skip strings (indices too), 16 skip symbols.
     * Descriptors are read only when an attribute filter asks (proxies: getOwnPropertyDescriptor trap per key).
     * With keepNumbers, array-index keys (0 .. 2^32-2) come back as numbers.
     */
    static final JsBridge.Helper KEYS = new JsBridge.Helper("""
            (caught) => (o, ownOnly, filter, keepNumbers) => {
              try {
                const out = [], seen = new Set();
                const skipStrings = (filter & 8) !== 0, skipSymbols = (filter & 16) !== 0, attrs = filter & 7;
                for (let obj = o; obj !== null; obj = Reflect.getPrototypeOf(obj)) {
                  const keys = Reflect.ownKeys(obj);
                  for (let i = 0; i < keys.length; i++) {
                    const k = keys[i];
                    if (typeof k === 'symbol' ? skipSymbols : skipStrings) continue;
                    if (seen.has(k)) continue;
                    seen.add(k);
                    if (attrs !== 0) {
                      const d = Reflect.getOwnPropertyDescriptor(obj, k);
                      if (d === undefined) continue;
                      if ((attrs & 1) !== 0 && d.writable === false) continue;
                      if ((attrs & 2) !== 0 && !d.enumerable) continue;
                      if ((attrs & 4) !== 0 && !d.configurable) continue;
                    }
                    if (keepNumbers && typeof k === 'string') {
                      const n = +k;
                      if (n >>> 0 === n && n !== 4294967295 && String(n) === k) { out.push(n); continue; }
                    }
                    out.push(k);
                  }
                  if (ownOnly) break;
                }
                return out;
              } catch (e) { return caught(e); }
            }""");

    public static int napi_delete_property(long env, long object, long key, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (key == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (o == null) return e.lastStatus();
        Object k = arg(e, key);
        if (k == null) return e.lastStatus();
        Object r = e.js.delete(o, k);
        if (r == JsBridge.THROWN) return e.thrown();
        if (result != 0) Mem.putBool(result, (Boolean) r);
        return e.ok();
    }

    public static int napi_strict_equals(long env, long lhs, long rhs, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (lhs == 0 || rhs == 0 || result == 0) return e.invalidArg();
        int a = e.slot(lhs), b = e.slot(rhs);
        if (a < 0 || b < 0) return e.invalidArg();
        Mem.putBool(result, (Boolean) e.js.call(STRICT_EQUALS, e.value(a), e.value(b)));
        return e.ok();
    }

    /** A JS Proxy (V8's GetPrototypeV2 does not run the getPrototypeOf trap: a proxy's prototype reads as null). */
    static boolean isProxy(Object o) {
        return o.getClass().getName().endsWith(".JSProxyObject");
    }

    public static int napi_get_prototype(long env, long object, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (result == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (o == null) return e.lastStatus();
        return e.ret(result, isProxy(o) ? e.js.nul : e.js.call(GET_PROTOTYPE, o));
    }

    private static int integrity(long env, long object, boolean seal) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        Object o = toObject(e, object);
        if (o == null) return e.lastStatus();
        return e.js.call(FREEZE, o, seal) == JsBridge.THROWN ? e.thrown() : e.ok();
    }

    public static int napi_object_freeze(long env, long object) {
        return integrity(env, object, false);
    }

    public static int napi_object_seal(long env, long object) {
        return integrity(env, object, true);
    }

    static final int KEY_INCLUDE_PROTOTYPES = 0, KEY_OWN_ONLY = 1, KEY_KEEP_NUMBERS = 0, KEY_NUMBERS_TO_STRINGS = 1;

    public static int napi_get_all_property_names(long env, long object, int keyMode, int keyFilter, int keyConversion,
            long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (result == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (o == null) return e.lastStatus();
        if (keyMode != KEY_INCLUDE_PROTOTYPES && keyMode != KEY_OWN_ONLY) return e.invalidArg();
        if (keyConversion != KEY_KEEP_NUMBERS && keyConversion != KEY_NUMBERS_TO_STRINGS) return e.invalidArg();
        Object r = e.js.call(KEYS, o, keyMode == KEY_OWN_ONLY, keyFilter & 31, keyConversion == KEY_KEEP_NUMBERS);
        return r == JsBridge.THROWN ? e.thrown() : e.ret(result, r);
    }

    public static int napi_get_property_names(long env, long object, long result) {
        // Node: include prototypes, enumerable | skip symbols, numbers to strings
        return napi_get_all_property_names(env, object, KEY_INCLUDE_PROTOTYPES, 2 | 16, KEY_NUMBERS_TO_STRINGS, result);
    }

    // ---- experimental: node_api_set_prototype, node_api_create_object_with_properties ----

    /** V8's SetPrototypeV2 swallows what a proxy trap throws: failure of any kind is just false. */
    static final JsBridge.Helper SET_PROTOTYPE = new JsBridge.Helper(
            "(caught) => (o, v) => { try { return Reflect.setPrototypeOf(o, v); } catch (e) { return false; } }");
    static final JsBridge.Helper CREATE_WITH_PROPERTIES = new JsBridge.Helper("""
            (caught) => (proto, names, values) => {
              const o = Object.create(proto);
              for (let i = 0; i < names.length; i++)
                Reflect.defineProperty(o, names[i], { value: values[i], writable: true, enumerable: true, configurable: true });
              return o;
            }""");

    public static int node_api_set_prototype(long env, long object, long value) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (value == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (o == null) return e.lastStatus();
        int vs = e.slot(value);
        if (vs < 0) return e.invalidArg();
        byte t = e.tag(vs);
        // V8 ignores a prototype that is neither an object nor null (as the __proto__ setter does)
        if (t != ValueType.OBJECT && t != ValueType.FUNCTION && t != ValueType.EXTERNAL && t != ValueType.NULL) return e.ok();
        return (Boolean) e.js.call(SET_PROTOTYPE, o, e.value(vs)) ? e.ok() : e.fail(Status.GENERIC_FAILURE);
    }

    public static int node_api_create_object_with_properties(long env, long prototypeOrNull, long propertyNames,
            long propertyValues, long propertyCount, long result) {
        GraalEnv e = GraalEnv.of(env); // no NAPI_PREAMBLE in Node: works while an exception is pending
        if (result == 0) return e.invalidArg();
        if (propertyCount > 0 && (propertyNames == 0 || propertyValues == 0)) return e.invalidArg();
        if (propertyCount < 0 || propertyCount > Integer.MAX_VALUE) return e.invalidArg();
        int n = (int) propertyCount;
        Object[] names = new Object[n], values = new Object[n];
        for (int i = 0; i < n; i++) {
            int ks = e.slot(Mem.getLong(propertyNames + 8L * i));
            if (ks < 0) return e.invalidArg();
            if (e.tag(ks) != ValueType.STRING && e.tag(ks) != ValueType.SYMBOL) return e.fail(Status.NAME_EXPECTED);
            names[i] = e.value(ks);
            int vs = e.slot(Mem.getLong(propertyValues + 8L * i));
            if (vs < 0) return e.invalidArg();
            values[i] = e.value(vs);
        }
        Object proto = e.js.nul;
        if (prototypeOrNull != 0) {
            int ps = e.slot(prototypeOrNull);
            if (ps < 0) return e.invalidArg();
            byte t = e.tag(ps);
            // Node aborts the process on a primitive prototype; we refuse it
            if (t != ValueType.OBJECT && t != ValueType.FUNCTION && t != ValueType.EXTERNAL && t != ValueType.NULL) return e.invalidArg();
            proto = e.value(ps);
        }
        return e.ret(result, e.js.call(CREATE_WITH_PROPERTIES, proto, new ArgList(names), new ArgList(values)));
    }
}
