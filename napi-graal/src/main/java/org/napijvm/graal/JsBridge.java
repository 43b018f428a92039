package org.napijvm.graal;

import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.strings.TruffleString;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.napijvm.core.ValueType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One Context's JavaScript helpers. Every helper is a {@link Helper} declared next to the Java code that uses it,
 * compiled once per context on first use and called through uncached interop with raw JS values. A helper that
 * throws never unwinds through Java or C: its compiled wrapper catches what JS threw, and {@link #call} throws it on as
 * a {@link JsThrown}, which the binder makes the env's pending exception (napi_pending_exception).
 */
public final class JsBridge {
    /** What a helper's wrapper returns when JS threw (the value is kept until {@link #tryCall}'s caller takes it). */
    public static final Object THROWN = new Sentinel();

    @com.oracle.truffle.api.library.ExportLibrary(InteropLibrary.class)
    static final class Sentinel implements TruffleObject {}

    /**
     * A JavaScript helper: {@code static final JsBridge.Helper IS_DATE = new JsBridge.Helper("(v) => v instanceof Date");}
     * The source is an expression whose value is the helper function (setup that captures intrinsics goes in an
     * arrow IIFE: {@code "(() => { const D = Date; return (t) => new D(t); })()"}). Up to seven arguments.
     */
    public static final class Helper {
        private static final AtomicInteger COUNT = new AtomicInteger();
        final String source;
        final int index = COUNT.getAndIncrement();

        public Helper(String source) {
            this.source = source;
        }
    }

    /** A JS exception thrown by a helper (user code: getters, proxies, valueOf, ...); {@link #value} is what was thrown. */
    public static final class JsThrown extends RuntimeException {
        public final transient Object value;

        JsThrown(Object value) {
            super("JavaScript exception", null, false, false);
            this.value = value;
        }
    }

    private static final InteropLibrary I = InteropLibrary.getUncached();

    final Object undefined, nul, global;
    private final Context context;
    private final Object rethrow;
    /** Records what a helper threw and answers THROWN (the helpers' wrappers call it). */
    private final JavaFunction caught = new JavaFunction(a -> {
        thrown = a[0];
        return THROWN;
    });
    private Object[] compiled = new Object[128];
    private Object thrown;
    private final Map<Class<?>, Byte> typeByClass = new HashMap<>();
    private static final Helper NEW_EXTERNAL = new Helper("(() => { const pe = Object.preventExtensions, create = Object.create; return () => pe(create(null)); })()");

    private JsBridge(Context context, Object rethrow, Object undefined, Object nul, Object global) {
        this.context = context;
        this.rethrow = rethrow;
        this.undefined = undefined;
        this.nul = nul;
        this.global = global;
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
            out[0] = new JsBridge(context, args[0], args[1], args[2], args[3]);
            return out[0].undefined;
        });
        context.eval(Source.newBuilder("js", src, "napi-jvm:bridge.js").internal(true).buildLiteral()).execute(registrar);
        return out[0];
    }

    // A helper's source in its wrapper: what it throws goes to `caught`. An internal source, so that its frames stay
    // out of the stacks of errors it creates (as V8's API functions are not in them).
    private static final String WRAPPER = "(function (caught, done) { const f = (%s);\n"
            + "done(function (a, b, c, d, e, g, h) { try { return f(a, b, c, d, e, g, h); } catch (x) { return caught(x); } }); })";

    private Object compile(Helper h) {
        Object[] out = new Object[1];
        context.eval(Source.newBuilder("js", WRAPPER.formatted(h.source), "napi-jvm:helper").internal(true).buildLiteral())
                .execute(caught, new JavaFunction(a -> out[0] = a[0]));
        return out[0];
    }

    /** Calls a helper with raw JS values; what JS throws comes out as {@link JsThrown}. */
    public Object call(Helper h, Object... args) {
        Object r = exec(fn(h), args);
        if (r == THROWN) throw new JsThrown(takeThrown());
        return r;
    }

    /** Calls a helper; returns {@link #THROWN} if JS threw (then {@link #takeThrown} has the value). */
    public Object tryCall(Helper h, Object... args) {
        return exec(fn(h), args);
    }

    private Object fn(Helper h) {
        Object[] c = compiled;
        int i = h.index;
        if (i < c.length) {
            Object f = c[i];
            if (f != null) return f;
        } else {
            compiled = c = Arrays.copyOf(c, Math.max(i + 1, c.length * 2));
        }
        return c[i] = compile(h);
    }

    /** The value JS threw the last time a helper returned THROWN. */
    Object takeThrown() {
        Object t = thrown;
        thrown = null;
        return t;
    }

    private static Object exec(Object fn, Object... args) {
        try {
            return I.execute(fn, args);
        } catch (InteropException e) {
            throw new IllegalStateException("napi-jvm bridge call failed: " + e.getMessage(), e);
        }
    }

    /** A new external: a JS object as V8 makes them (null prototype, not extensible), with {@code data} behind it. */
    Object newExternal(long data) {
        Object o = call(NEW_EXTERNAL);
        External.register(o, data);
        return o;
    }

    /** The native side of an external, or null if {@code v} is none. */
    External external(Object v) {
        return External.of(v);
    }

    /** Throws {@code e} as a JS exception from the current (JS-called) frame. */
    void rethrow(Object e) {
        exec(rethrow, e);
    }

    // ---- helpers of the value stack (GraalEnv) ----

    private static final Helper TYPE_OF = new Helper("(v) => typeof v");
    private static final Helper LENGTH = new Helper("(a) => a.length");
    private static final Helper ELEMENT = new Helper("(a, i) => a[i]");

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
        return tt == ValueType.OBJECT && External.of(v) != null ? ValueType.EXTERNAL : tt;
    }

    private byte typeOfUncached(Object v, Class<?> c) {
        byte tt = switch (asString(call(TYPE_OF, v))) {
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

    /** {@code a.length} of an engine array or arguments object. */
    int length(Object arrayLike) {
        return ((Number) call(LENGTH, arrayLike)).intValue();
    }

    /** {@code a[i]} of an engine array (results helpers return as arrays). */
    Object element(Object arrayLike, int i) {
        return call(ELEMENT, arrayLike, i);
    }

    // ---- strings ----

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
}
