package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.ValueType;

/** Functions: creation (the JS wrapper over a {@link NapiCallback}) and calls. */
public final class FunctionApi {
    private FunctionApi() {}

    /** A JS function that runs native callback {@code cb} with {@code data}. */
    static Object newFunction(GraalEnv e, String name, long cb, long data) {
        return e.js.makeFunction(new NapiCallback(e, cb, data), name);
    }

    public static int napi_create_function(long env, long utf8name, long length, long cb, long data, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (result == 0 || cb == 0) return e.invalidArg();
        String name = "";
        if (utf8name != 0) {
            if (length != Mem.AUTO_LENGTH && (length < 0 || length > Integer.MAX_VALUE)) return e.invalidArg();
            name = Mem.utf8(utf8name, length);
        }
        return e.ret(result, newFunction(e, name, cb, data));
    }

    public static int napi_call_function(long env, long recv, long func, long argc, long argv, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (recv == 0) return e.invalidArg();
        if (argc > 0 && argv == 0) return e.invalidArg();
        int fs = e.slot(func);
        if (fs < 0 || e.tag(fs) != ValueType.FUNCTION) return e.invalidArg();
        int rs = e.slot(recv);
        if (rs < 0) return e.invalidArg();
        Object[] args = new Object[Math.toIntExact(argc)];
        for (int i = 0; i < args.length; i++) {
            int s = e.slot(Mem.getLong(argv + 8L * i));
            if (s < 0) return e.invalidArg();
            args[i] = e.value(s);
        }
        Object r = e.js.call(e.value(fs), e.value(rs), args);
        if (r == JsBridge.THROWN) return e.thrown();
        if (result != 0) return e.ret(result, r);
        return e.ok();
    }

    public static int napi_get_new_target(long env, long cbinfo, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (cbinfo == 0 || result == 0) return e.invalidArg();
        int nt = Mem.getInt(cbinfo + NativeEnv.CI_BASE) + 1;
        Mem.putLong(result, e.tag(nt) == ValueType.UNDEFINED ? 0 : nt);
        return e.ok();
    }

}
