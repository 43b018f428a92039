package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.StatusException;
import org.napijvm.core.ValueType;

/** Functions: creation (the JS wrapper over a {@link NapiCallback}) and calls. */
public final class FunctionApi {
    private FunctionApi() {}

    /**
     * The JS function around a {@link NapiCallback} {@code F}: it passes this, new.target, the argument count and up
     * to four arguments (or -1 and all the arguments, spread: F then gets them in its own argument array, which
     * the JIT reads directly; the arguments object would cost two interop calls per argument), so that JS calls F
     * with no array or boxing.
     */
    static final JsBridge.Helper MAKE_FUNCTION = new JsBridge.Helper("""
            (() => {
              const defineProperty = Object.defineProperty;
              return (F, name) => {
                const f = function (a0, a1, a2, a3) {
                  const n = arguments.length;
                  return n <= 4 ? F(this, new.target, n, a0, a1, a2, a3) : F(this, new.target, -1, ...arguments);
                };
                defineProperty(f, 'name', { value: name });
                defineProperty(f, 'length', { value: 0 });
                return f;
              };
            })()""");
    static final JsBridge.Helper CALL = new JsBridge.Helper("""
            (() => {
              const apply = Reflect.apply;
              return (f, recv, args) => {
                const a = [];
                for (let i = 0; i < args.length; i++) a.push(args[i]);
                return apply(f, recv, a);
              };
            })()""");

    /** A JS function that runs native callback {@code cb} with {@code data}. */
    static Object newFunction(GraalEnv e, String name, long cb, long data) {
        return e.js.call(MAKE_FUNCTION, new NapiCallback(e, cb, data), JsBridge.jsString(name));
    }

    /** f.apply(recv, args); what it throws comes out as {@link JsBridge.JsThrown}. */
    static Object call(GraalEnv e, Object f, Object recv, Object[] args) {
        return e.js.call(CALL, f, recv, new ArgList(args));
    }

    /** The values of argv[0..argc) (napi_invalid_arg if one names no value). */
    static Object[] args(GraalEnv e, long argc, long argv) {
        Object[] args = new Object[Math.toIntExact(argc)];
        for (int i = 0; i < args.length; i++) args[i] = e.arg(Mem.getLong(argv + 8L * i));
        return args;
    }

    /** Node's CHECK_TO_FUNCTION: the function a napi_value names (napi_invalid_arg otherwise). */
    static Object function(GraalEnv e, long handle) {
        int s = e.slot(handle);
        if (s < 0 || e.tag(s) != ValueType.FUNCTION) throw StatusException.of(Status.INVALID_ARG);
        return e.value(s);
    }

    public static int napi_create_function(GraalEnv e, long utf8name, long length, long cb, long data, long result) {
        if (result == 0 || cb == 0) return e.invalidArg();
        String name = "";
        if (utf8name != 0) {
            if (length != Mem.AUTO_LENGTH && (length < 0 || length > Integer.MAX_VALUE)) return e.invalidArg();
            name = Mem.utf8(utf8name, length);
        }
        return e.ret(result, newFunction(e, name, cb, data));
    }

    public static int napi_call_function(GraalEnv e, long recv, long func, long argc, long argv, long result) {
        if (recv == 0) return e.invalidArg();
        if (argc > 0 && argv == 0) return e.invalidArg();
        Object f = function(e, func);
        Object r = call(e, f, e.arg(recv), args(e, argc, argv));
        if (result != 0) return e.ret(result, r);
        return e.ok();
    }

    public static int napi_get_new_target(GraalEnv e, long cbinfo, long result) {
        if (cbinfo == 0 || result == 0) return e.invalidArg();
        int nt = Mem.getInt(cbinfo + NativeEnv.CI_BASE) + 1;
        Mem.putLong(result, e.tag(nt) == ValueType.UNDEFINED ? 0 : e.handle(nt));
        return e.ok();
    }
}
