package org.napijvm.graal;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * The native side of a JS function made by Node-API (napi_create_function, methods, accessors, classes). JS calls it
 * directly with raw values through interop, which GraalJS's JIT inlines into the caller; the one boundary is
 * {@link GraalEnv#invoke}. The JS-visible function is a small wrapper (bridge.js makeFunction) that passes this,
 * new.target and the arguments.
 */
@ExportLibrary(InteropLibrary.class)
final class NapiCallback implements TruffleObject {
    final GraalEnv env;
    final long cb;
    final long data;

    NapiCallback(GraalEnv env, long cb, long data) {
        this.env = env;
        this.cb = cb;
        this.data = data;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    /**
     * {@code a} is (this, new.target, argc, a0..a3) from the JS wrapper. Inlined into the JS caller, argc is usually
     * a constant, and the arities 0..2 reach the boundary without an Object[] or boxed numbers being materialized.
     */
    @ExportMessage
    Object execute(Object[] a) {
        Object r;
        int argc = a.length == 7 && a[2] instanceof Integer n ? n : -2;
        if (argc == 0) {
            r = env.invoke0(cb, data, a[0], a[1]);
        } else if (argc == 1) {
            Object x = a[3];
            r = env.invoke1(cb, data, a[0], a[1], num(x), obj(x));
            if (r == GraalEnv.ARG0_RESULT) return x;
        } else if (argc == 2) {
            Object x = a[3], y = a[4];
            r = env.invoke2(cb, data, a[0], a[1], num(x), obj(x), num(y), obj(y));
            if (r == GraalEnv.ARG0_RESULT) return x;
            if (r == GraalEnv.ARG1_RESULT) return y;
        } else {
            r = env.invoke(cb, data, a);
        }
        return r == GraalEnv.NUMBER_RESULT ? GraalEnv.number(env.numberResult) : r;
    }

    private static double num(Object x) {
        return x instanceof Integer i ? i : x instanceof Double d ? d : 0;
    }

    /** null for a number (passed as a double by {@link #num}), else the value itself. */
    private static Object obj(Object x) {
        return x instanceof Integer || x instanceof Double ? null : x;
    }
}
