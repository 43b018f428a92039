package org.napijvm.graal;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;

/** A napi_external value: an opaque JS value carrying a native pointer (typeof 'object', napi_typeof external). */
@ExportLibrary(InteropLibrary.class)
public final class External implements TruffleObject {
    public final long data;

    public External(long data) {
        this.data = data;
    }
}
