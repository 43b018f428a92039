package org.napijvm.graal;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** A read-only array of raw JS values handed to the bridge (argument lists of napi_call_function etc.). */
@ExportLibrary(InteropLibrary.class)
final class ArgList implements TruffleObject {
    final Object[] values;

    ArgList(Object[] values) {
        this.values = values;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return values.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long i) {
        return i >= 0 && i < values.length;
    }

    @ExportMessage
    Object readArrayElement(long i) throws InvalidArrayIndexException {
        if (i < 0 || i >= values.length) throw InvalidArrayIndexException.create(i);
        return values[(int) i];
    }
}
