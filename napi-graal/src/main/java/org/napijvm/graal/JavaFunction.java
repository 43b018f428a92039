package org.napijvm.graal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** A Java lambda that JS can call with raw values (bridge plumbing, not on the hot path). */
@ExportLibrary(InteropLibrary.class)
public final class JavaFunction implements TruffleObject {
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args);
    }

    private final Body body;

    public JavaFunction(Body body) {
        this.body = body;
    }

    /** Runs the body (for callers that wrap it in an engine function of their own). */
    @TruffleBoundary
    public Object call(Object[] args) {
        return body.call(args);
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object execute(Object[] args) {
        return body.call(args);
    }
}
