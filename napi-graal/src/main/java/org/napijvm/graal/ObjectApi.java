package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.StatusException;
import org.napijvm.core.ValueType;

/** Objects and properties. */
public final class ObjectApi {
    private ObjectApi() {}

    static final JsBridge.Helper NEW_OBJECT = new JsBridge.Helper("() => ({})");
    static final JsBridge.Helper TO_OBJECT = new JsBridge.Helper("(() => { const O = Object; return (v) => O(v); })()");
    static final JsBridge.Helper GET = new JsBridge.Helper("(o, k) => o[k]");
    /** o[k] = v without throwing on a failed assignment (V8's Object::Set in sloppy mode). */
    static final JsBridge.Helper SET = new JsBridge.Helper("(o, k, v) => { o[k] = v; return true; }");
    static final JsBridge.Helper HAS = new JsBridge.Helper("(o, k) => k in o");
    static final JsBridge.Helper HAS_OWN = new JsBridge.Helper(
            "(() => { const own = Object.prototype.hasOwnProperty; return (o, k) => own.call(o, k); })()");
    static final JsBridge.Helper DELETE = new JsBridge.Helper("(o, k) => delete o[k]");
    /** kind: 0 data, 1 accessor. flags: napi_writable 1, napi_enumerable 2, napi_configurable 4. */
    static final JsBridge.Helper DEFINE = new JsBridge.Helper("""
            (() => {
              const define = Reflect.defineProperty;
              return (o, k, value, getter, setter, flags, kind) => define(o, k, kind === 1
                  ? { get: getter, set: setter, enumerable: (flags & 2) !== 0, configurable: (flags & 4) !== 0 }
                  : { value, writable: (flags & 1) !== 0, enumerable: (flags & 2) !== 0, configurable: (flags & 4) !== 0 });
            })()""");

    /**
     * Node's CHECK_TO_OBJECT: the value converted with ToObject. As in V8, ToObject of undefined or null throws: the
     * TypeError is left pending and the call ends with napi_object_expected.
     */
    static Object toObject(GraalEnv e, long handle) {
        int s = e.argSlot(handle);
        byte t = e.tag(s);
        if (t == ValueType.OBJECT || t == ValueType.FUNCTION) return e.value(s);
        if (t == ValueType.UNDEFINED || t == ValueType.NULL) {
            e.setPendingException(ErrorApi.newError(e, ErrorApi.TYPE_ERROR, "Cannot convert undefined or null to object", null));
            throw StatusException.of(Status.OBJECT_EXPECTED);
        }
        return e.js.call(TO_OBJECT, e.value(s));
    }

    /** A string or symbol key (napi_name_expected otherwise). */
    static Object name(GraalEnv e, long handle) {
        int s = e.argSlot(handle);
        if (e.tag(s) != ValueType.STRING && e.tag(s) != ValueType.SYMBOL) throw StatusException.of(Status.NAME_EXPECTED);
        return e.value(s);
    }

    static Object get(GraalEnv e, Object o, Object key) {
        return e.js.call(GET, o, key);
    }

    static boolean has(GraalEnv e, Object o, Object key) {
        return (Boolean) e.js.call(HAS, o, key);
    }

    static boolean define(GraalEnv e, Object o, Object key, Object value, Object getter, Object setter, int flags, boolean accessor) {
        Object u = e.js.undefined;
        return (Boolean) e.js.call(DEFINE, o, key, value == null ? u : value, getter == null ? u : getter,
                setter == null ? u : setter, flags, accessor ? 1 : 0);
    }

    private static Object utf8Key(long utf8name) {
        return JsBridge.jsString(Mem.utf8(utf8name, Mem.AUTO_LENGTH));
    }

    public static int napi_create_object(GraalEnv e, long result) {
        if (result == 0) return e.invalidArg();
        return e.ret(result, e.js.call(NEW_OBJECT));
    }

    public static int napi_set_property(GraalEnv e, long object, long key, long value) {
        if (key == 0 || value == 0) return e.invalidArg();
        Object o = toObject(e, object);
        e.js.call(SET, o, e.arg(key), e.arg(value));
        return e.ok();
    }

    public static int napi_get_property(GraalEnv e, long object, long key, long result) {
        if (key == 0 || result == 0) return e.invalidArg();
        Object o = toObject(e, object);
        return e.ret(result, get(e, o, e.arg(key)));
    }

    public static int napi_has_property(GraalEnv e, long object, long key, long result) {
        if (key == 0 || result == 0) return e.invalidArg();
        Object o = toObject(e, object);
        Mem.putBool(result, has(e, o, e.arg(key)));
        return e.ok();
    }

    public static int napi_has_own_property(GraalEnv e, long object, long key, long result) {
        if (key == 0 || result == 0) return e.invalidArg();
        Object o = toObject(e, object);
        Mem.putBool(result, (Boolean) e.js.call(HAS_OWN, o, name(e, key)));
        return e.ok();
    }

    public static int napi_set_named_property(GraalEnv e, long object, long utf8name, long value) {
        if (value == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (utf8name == 0) return e.invalidArg();
        e.js.call(SET, o, utf8Key(utf8name), e.arg(value));
        return e.ok();
    }

    public static int napi_get_named_property(GraalEnv e, long object, long utf8name, long result) {
        if (result == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (utf8name == 0) return e.invalidArg();
        return e.ret(result, get(e, o, utf8Key(utf8name)));
    }

    public static int napi_has_named_property(GraalEnv e, long object, long utf8name, long result) {
        if (result == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (utf8name == 0) return e.invalidArg();
        Mem.putBool(result, has(e, o, utf8Key(utf8name)));
        return e.ok();
    }

    // napi_property_descriptor: utf8name, name, method, getter, setter, value, attributes (int + pad), data
    static final int PD_SIZE = 64, PD_UTF8NAME = 0, PD_NAME = 8, PD_METHOD = 16, PD_GETTER = 24, PD_SETTER = 32,
            PD_VALUE = 40, PD_ATTRIBUTES = 48, PD_DATA = 56;
    static final int WRITABLE = 1, ENUMERABLE = 2, CONFIGURABLE = 4;

    /** The key of a property descriptor: utf8name, else name (a string or symbol: napi_name_expected otherwise). */
    static Object descriptorKey(GraalEnv e, long pd) {
        long utf8name = Mem.getLong(pd + PD_UTF8NAME);
        if (utf8name != 0) return utf8Key(utf8name);
        int s = e.slot(Mem.getLong(pd + PD_NAME));
        if (s < 0 || (e.tag(s) != ValueType.STRING && e.tag(s) != ValueType.SYMBOL)) throw StatusException.of(Status.NAME_EXPECTED);
        return e.value(s);
    }

    /** Defines one descriptor on o, with the status Node gives each kind of failure. */
    static void defineOne(GraalEnv e, Object o, long pd) {
        Object key = descriptorKey(e, pd);
        long getter = Mem.getLong(pd + PD_GETTER), setter = Mem.getLong(pd + PD_SETTER),
                method = Mem.getLong(pd + PD_METHOD), data = Mem.getLong(pd + PD_DATA);
        int attrs = Mem.getInt(pd + PD_ATTRIBUTES);
        if (getter != 0 || setter != 0) {
            Object g = getter != 0 ? FunctionApi.newFunction(e, "", getter, data) : null;
            Object s = setter != 0 ? FunctionApi.newFunction(e, "", setter, data) : null;
            if (!define(e, o, key, null, g, s, attrs, true)) throw StatusException.of(Status.INVALID_ARG);
        } else if (method != 0) {
            Object f = FunctionApi.newFunction(e, "", method, data); // Node: method functions have name ''
            if (!define(e, o, key, f, null, null, attrs, false)) throw StatusException.of(Status.GENERIC_FAILURE);
        } else {
            Object v = e.arg(Mem.getLong(pd + PD_VALUE));
            if (!define(e, o, key, v, null, null, attrs, false)) throw StatusException.of(Status.INVALID_ARG);
        }
    }

    public static int napi_define_properties(GraalEnv e, long object, long count, long properties) {
        if (count > 0 && properties == 0) return e.invalidArg();
        Object o = toObject(e, object);
        for (long i = 0; i < count; i++) defineOne(e, o, properties + i * PD_SIZE);
        return e.ok();
    }

    // ---- delete, strict equality, prototypes, integrity levels, key collection ----

    static final JsBridge.Helper STRICT_EQUALS = new JsBridge.Helper("(a, b) => a === b");
    static final JsBridge.Helper GET_PROTOTYPE = new JsBridge.Helper("(() => { const g = Object.getPrototypeOf; return (o) => g(o); })()");
    // A typed array with elements cannot be frozen or sealed; V8's TypeError says so in its own words, which the
    // addon gets instead of GraalJS's (only for that case: any other exception passes through unchanged)
    static final JsBridge.Helper FREEZE = new JsBridge.Helper("""
            (() => {
              const { freeze, seal } = Object, isView = ArrayBuffer.isView, DV = DataView, TE = TypeError;
              return (o, sealing) => {
                try { if (sealing) seal(o); else freeze(o); return true; } catch (e) {
                  if (e instanceof TE && isView(o) && !(o instanceof DV) && o.length > 0)
                    throw new TE('Cannot ' + (sealing ? 'seal' : 'freeze') + ' array buffer views with elements');
                  throw e;
                }
              };
            })()""");
    /**
     * V8's Object::GetPropertyNames: own keys of each object on the chain (engine order, a proxy's in trap order),
     * deduplicated; a key seen on a nearer object shadows farther ones even when the filter dropped it. Filter bits:
     * 1 writable (accessors pass), 2 enumerable, 4 configurable, 8 skip strings (indices too), 16 skip symbols.
     * Descriptors are read only when an attribute filter asks (proxies: getOwnPropertyDescriptor trap per key).
     * With keepNumbers, array-index keys (0 .. 2^32-2) come back as numbers.
     */
    static final JsBridge.Helper KEYS = new JsBridge.Helper("""
            (o, ownOnly, filter, keepNumbers) => {
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
            }""");

    public static int napi_delete_property(GraalEnv e, long object, long key, long result) {
        if (key == 0) return e.invalidArg();
        Object o = toObject(e, object);
        Object r = e.js.call(DELETE, o, e.arg(key));
        if (result != 0) Mem.putBool(result, (Boolean) r);
        return e.ok();
    }

    public static int napi_strict_equals(GraalEnv e, long lhs, long rhs, long result) {
        if (lhs == 0 || rhs == 0 || result == 0) return e.invalidArg();
        Object a = e.arg(lhs), b = e.arg(rhs);
        Mem.putBool(result, (Boolean) e.js.call(STRICT_EQUALS, a, b));
        return e.ok();
    }

    /** A JS Proxy (V8's GetPrototypeV2 does not run the getPrototypeOf trap: a proxy's prototype reads as null). */
    static boolean isProxy(Object o) {
        return o.getClass().getName().endsWith(".JSProxyObject");
    }

    public static int napi_get_prototype(GraalEnv e, long object, long result) {
        if (result == 0) return e.invalidArg();
        Object o = toObject(e, object);
        return e.ret(result, isProxy(o) ? e.js.nul : e.js.call(GET_PROTOTYPE, o));
    }

    public static int napi_object_freeze(GraalEnv e, long object) {
        e.js.call(FREEZE, toObject(e, object), false);
        return e.ok();
    }

    public static int napi_object_seal(GraalEnv e, long object) {
        e.js.call(FREEZE, toObject(e, object), true);
        return e.ok();
    }

    static final int KEY_INCLUDE_PROTOTYPES = 0, KEY_OWN_ONLY = 1, KEY_KEEP_NUMBERS = 0, KEY_NUMBERS_TO_STRINGS = 1;
    // napi_key_filter bits (the KEYS helper reads them as numbers)
    static final int KEY_WRITABLE = 1, KEY_ENUMERABLE = 2, KEY_CONFIGURABLE = 4, KEY_SKIP_STRINGS = 8, KEY_SKIP_SYMBOLS = 16;

    public static int napi_get_all_property_names(GraalEnv e, long object, int keyMode, int keyFilter, int keyConversion,
            long result) {
        if (result == 0) return e.invalidArg();
        Object o = toObject(e, object);
        if (keyMode != KEY_INCLUDE_PROTOTYPES && keyMode != KEY_OWN_ONLY) return e.invalidArg();
        if (keyConversion != KEY_KEEP_NUMBERS && keyConversion != KEY_NUMBERS_TO_STRINGS) return e.invalidArg();
        return e.ret(result, e.js.call(KEYS, o, keyMode == KEY_OWN_ONLY, keyFilter & 31, keyConversion == KEY_KEEP_NUMBERS));
    }

    public static int napi_get_property_names(GraalEnv e, long object, long result) {
        // Node: include prototypes, enumerable | skip symbols, numbers to strings
        return napi_get_all_property_names(e, object, KEY_INCLUDE_PROTOTYPES, KEY_ENUMERABLE | KEY_SKIP_SYMBOLS, KEY_NUMBERS_TO_STRINGS, result);
    }

    // ---- experimental: node_api_set_prototype, node_api_create_object_with_properties ----

    /** V8's SetPrototypeV2 swallows what a proxy trap throws: failure of any kind is just false. */
    static final JsBridge.Helper SET_PROTOTYPE = new JsBridge.Helper(
            "(o, v) => { try { return Reflect.setPrototypeOf(o, v); } catch (e) { return false; } }");
    static final JsBridge.Helper CREATE_WITH_PROPERTIES = new JsBridge.Helper("""
            (proto, names, values) => {
              const o = Object.create(proto);
              for (let i = 0; i < names.length; i++)
                Reflect.defineProperty(o, names[i], { value: values[i], writable: true, enumerable: true, configurable: true });
              return o;
            }""");

    public static int node_api_set_prototype(GraalEnv e, long object, long value) {
        if (value == 0) return e.invalidArg();
        Object o = toObject(e, object);
        int vs = e.argSlot(value);
        byte t = e.tag(vs);
        // V8 ignores a prototype that is neither an object nor null (as the __proto__ setter does)
        if (t != ValueType.OBJECT && t != ValueType.FUNCTION && t != ValueType.EXTERNAL && t != ValueType.NULL) return e.ok();
        return (Boolean) e.js.call(SET_PROTOTYPE, o, e.value(vs)) ? e.ok() : e.fail(Status.GENERIC_FAILURE);
    }

    public static int node_api_create_object_with_properties(GraalEnv e, long prototypeOrNull, long propertyNames,
            long propertyValues, long propertyCount, long result) {
        if (result == 0) return e.invalidArg();
        if (propertyCount > 0 && (propertyNames == 0 || propertyValues == 0)) return e.invalidArg();
        if (propertyCount < 0 || propertyCount > Integer.MAX_VALUE) return e.invalidArg();
        int n = (int) propertyCount;
        Object[] names = new Object[n], values = new Object[n];
        for (int i = 0; i < n; i++) {
            names[i] = name(e, Mem.getLong(propertyNames + 8L * i));
            values[i] = e.arg(Mem.getLong(propertyValues + 8L * i));
        }
        Object proto = e.js.nul;
        if (prototypeOrNull != 0) {
            int ps = e.argSlot(prototypeOrNull);
            byte t = e.tag(ps);
            // Node aborts the process on a primitive prototype; we refuse it
            if (t != ValueType.OBJECT && t != ValueType.FUNCTION && t != ValueType.EXTERNAL && t != ValueType.NULL) return e.invalidArg();
            proto = e.value(ps);
        }
        return e.ret(result, e.js.call(CREATE_WITH_PROPERTIES, proto, new ArgList(names), new ArgList(values)));
    }
}
