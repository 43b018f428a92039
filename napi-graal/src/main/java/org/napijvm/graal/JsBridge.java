package org.napijvm.graal;

import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.strings.TruffleString;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.napijvm.core.ValueType;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One Context's JS helpers (bridge.js), held as raw JS functions and called through uncached interop from upcalls.
 * Helpers that run user code return {@link #THROWN} when it threw; the thrown value is then in {@link #takeThrown()}.
 */
public final class JsBridge {
    /** What a helper returns when user code threw (the value is kept in {@link #thrown}). */
    public static final Object THROWN = new Sentinel();

    @com.oracle.truffle.api.library.ExportLibrary(InteropLibrary.class)
    static final class Sentinel implements TruffleObject {}

    private static final InteropLibrary I = InteropLibrary.getUncached();
    private static final String[] NAMES = {"typeOf", "newObject", "toObject", "get", "set", "has", "hasOwn", "define",
            "call", "length", "element", "rethrow", "newError", "isError", "makeFunction", "newArray", "isArray", "del",
            "instanceOf", "newSymbol", "bigIntFrom", "compileHelper"};

    final Object undefined, nul, global;
    private final Object typeOf, newObject, toObject, get, set, has, hasOwn, define, call, length, element, rethrow,
            newError, isError, makeFunction, newArray, isArray, del, instanceOf, newSymbol, bigIntFrom,
            compileHelper;
    private final Map<Helper, Object> helpers = new java.util.IdentityHashMap<>();
    private Object thrown;
    private final Map<Class<?>, Byte> typeByClass = new HashMap<>();
    /** The externals of this context (napi_create_external), keyed weakly by their JS object. */
    private final java.util.WeakHashMap<Object, External> externals = new java.util.WeakHashMap<>();
    private static final Helper NEW_EXTERNAL = new Helper("(caught) => () => Object.preventExtensions(Object.create(null))");

    private JsBridge(Object[] h, Object undefined, Object nul, Object global) {
        this.undefined = undefined;
        this.nul = nul;
        this.global = global;
        typeOf = h[0]; newObject = h[1]; toObject = h[2]; get = h[3]; set = h[4]; has = h[5]; hasOwn = h[6];
        define = h[7]; call = h[8]; length = h[9]; element = h[10]; rethrow = h[11]; newError = h[12];
        isError = h[13]; makeFunction = h[14]; newArray = h[15]; isArray = h[16]; del = h[17]; instanceOf = h[18];
        newSymbol = h[19]; bigIntFrom = h[20]; compileHelper = h[21];
    }

    /** Evaluates bridge.js in {@code context} (which must be entered or usable by this thread). */
    static JsBridge install(Context context) {
        String src;
        try (var in = JsBridge.class.getResourceAsStream("bridge.js")) {
            src = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        JsBridge[] out = new JsBridge[1];
        JavaFunction registrar = new JavaFunction(args -> {
            try {
                Object[] h = new Object[NAMES.length];
                for (int i = 0; i < NAMES.length; i++) h[i] = I.readMember(args[0], NAMES[i]);
                JsBridge b = new JsBridge(h, args[1], args[2], args[3]);
                out[0] = b;
                return new JavaFunction(a -> {
                    b.thrown = a[0];
                    return THROWN;
                });
            } catch (InteropException e) {
                throw new IllegalStateException("napi-jvm bridge: " + e.getMessage(), e);
            }
        });
        context.eval(Source.newBuilder("js", src, "napi-jvm:bridge.js").internal(true).buildLiteral()).execute(registrar);
        return out[0];
    }

    /**
     * A JS helper declared next to the Java code that uses it:
     * {@code static final JsBridge.Helper IS_DATE = new JsBridge.Helper("(caught) => (v) => v instanceof Date");}
     * The source is a function of {@code caught} returning the helper; a helper that runs user code catches what
     * it throws with {@code catch (e) { return caught(e); }} so that Java sees {@link #THROWN}. Compiled once per
     * context, on first use.
     */
    public record Helper(String source) {}

    /** Calls a helper with raw JS values. */
    public Object call(Helper h, Object... args) {
        Object fn = helpers.get(h);
        if (fn == null) {
            fn = exec(compileHelper, jsString(h.source));
            helpers.put(h, fn);
        }
        return exec(fn, args);
    }

    /** The value user code threw (the last time a helper returned THROWN). */
    Object takeThrown() {
        Object t = thrown;
        thrown = null;
        return t;
    }

    static Object exec(Object fn, Object... args) {
        try {
            return I.execute(fn, args);
        } catch (InteropException e) {
            throw new IllegalStateException("napi-jvm bridge call failed: " + e.getMessage(), e);
        }
    }

    /** A new external: a JS object as V8 makes them (null prototype, not extensible), with {@code data} behind it. */
    Object newExternal(long data) {
        Object o = call(NEW_EXTERNAL);
        externals.put(o, new External(data));
        return o;
    }

    /** The native side of an external, or null if {@code v} is none. */
    External external(Object v) {
        return externals.isEmpty() ? null : externals.get(v);
    }

    /** napi_valuetype of a raw JS value. */
    byte typeOf(Object v) {
        if (v instanceof Boolean) return ValueType.BOOLEAN;
        if (v instanceof Number) return ValueType.NUMBER;
        if (v instanceof TruffleString || v instanceof String) return ValueType.STRING;
        if (v == undefined) return ValueType.UNDEFINED;
        if (v == nul) return ValueType.NULL;
        Class<?> c = v.getClass();
        Byte t = typeByClass.get(c);
        byte tt = t != null ? t : typeOfUncached(v, c);
        return tt == ValueType.OBJECT && !externals.isEmpty() && externals.containsKey(v) ? ValueType.EXTERNAL : tt;
    }

    private byte typeOfUncached(Object v, Class<?> c) {
        byte tt = switch (asString(exec(typeOf, v))) {
            case "undefined" -> ValueType.UNDEFINED;
            case "boolean" -> ValueType.BOOLEAN;
            case "number" -> ValueType.NUMBER;
            case "string" -> ValueType.STRING;
            case "symbol" -> ValueType.SYMBOL;
            case "function" -> ValueType.FUNCTION;
            case "bigint" -> ValueType.BIGINT;
            default -> ValueType.OBJECT;
        };
        // typeof is a property of the engine class, except for proxies (callable or not) and foreign objects
        String cn = c.getName();
        if (cn.startsWith("com.oracle.truffle.js.") && !cn.contains("Proxy")) typeByClass.put(c, tt);
        return tt;
    }

    public static String asString(Object v) {
        if (v instanceof TruffleString ts) return ts.toJavaStringUncached();
        if (v instanceof String s) return s;
        try {
            return I.asString(v);
        } catch (InteropException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JS string value (for host functions handing strings to JS). */
    public static Object jsStringPublic(String s) {
        return jsString(s);
    }

    static TruffleString jsString(String s) {
        return TruffleString.fromJavaStringUncached(s, TruffleString.Encoding.UTF_16);
    }

    Object newObject() { return exec(newObject); }
    Object toObject(Object v) { return exec(toObject, v); }
    Object get(Object o, Object k) { return exec(get, o, k); }
    Object set(Object o, Object k, Object v) { return exec(set, o, k, v); }
    Object has(Object o, Object k) { return exec(has, o, k); }
    Object hasOwn(Object o, Object k) { return exec(hasOwn, o, k); }

    Object define(Object o, Object k, Object value, Object getter, Object setter, int flags, boolean accessor) {
        return exec(define, o, k, value == null ? undefined : value, getter == null ? undefined : getter, setter == null ? undefined : setter,
                flags, accessor ? 1 : 0);
    }

    Object call(Object f, Object recv, Object[] args) { return exec(call, f, recv, new ArgList(args)); }
    int length(Object arrayLike) { return ((Number) exec(length, arrayLike)).intValue(); }
    Object element(Object arrayLike, int i) { return exec(element, arrayLike, i); }

    /** Throws {@code e} as a JS exception from the current (JS-called) frame. */
    void rethrow(Object e) { exec(rethrow, e); }

    /** kind: 0 Error, 1 TypeError, 2 RangeError, 3 SyntaxError; code may be null. */
    Object newError(int kind, Object msg, Object code) { return exec(newError, kind, msg, code == null ? undefined : code); }

    boolean isError(Object v) { return (Boolean) exec(isError, v); }
    Object newArray(int n) { return exec(newArray, n); }
    boolean isArray(Object v) { return (Boolean) exec(isArray, v); }
    Object delete(Object o, Object k) { return exec(del, o, k); }
    Object instanceOf(Object v, Object c) { return exec(instanceOf, v, c); }
    Object newSymbol(Object description) { return exec(newSymbol, description); }
    Object bigInt(java.math.BigInteger v) { return exec(bigIntFrom, jsString(v.toString())); }

    Object makeFunction(TruffleObject callback, String name) { return exec(makeFunction, callback, jsString(name)); }
}
