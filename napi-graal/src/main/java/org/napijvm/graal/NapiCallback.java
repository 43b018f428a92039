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

    @ExportMessage
    Object execute(Object[] args) {
        Object r = env.invoke(cb, data, args);
        return r == GraalEnv.NUMBER_RESULT ? GraalEnv.number(env.numberResult) : r;
    }
}
