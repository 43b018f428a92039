package org.napijvm.graal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The native half of a napi_env (struct napi_env__ in native-loader's napi_jvm.h): the value stack (one tag byte and
 * one double per slot) that the C fast path reads and writes directly, and the last-error record. Offsets are
 * checked against the C library at load time ({@link Layout}).
 */
final class NativeEnv {
    // struct napi_env__
    static final int SIZE = 328;
    static final int ID = 0, SP = 4, CAPACITY = 8, MODULE_API_VERSION = 12, TAGS = 16, VALS = 24, LAST_ERROR = 32,
            ERROR_OVERRIDE = 56, MESSAGE_BUF = 64, MESSAGE_BUF_SIZE = 256, IN_GC_FINALIZER = 320,
            CHECKS = 324;
    // napi_extended_error_info: message (8), engine_reserved (8), engine_error_code (4), error_code (4)
    static final int EI_SIZE = 24, EI_MESSAGE = 0, EI_RESERVED = 8, EI_ENGINE_CODE = 16, EI_CODE = 20;
    static final int ERR_MESSAGE = LAST_ERROR + EI_MESSAGE, ERR_RESERVED = LAST_ERROR + EI_RESERVED,
            ERR_ENGINE_CODE = LAST_ERROR + EI_ENGINE_CODE, ERR_CODE = LAST_ERROR + EI_CODE;
    // napi_jvm_callinfo
    static final int CALLINFO_SIZE = 16, CI_BASE = 0, CI_ARGC = 4, CI_DATA = 8;
    /** Tag of an object slot whose napi_valuetype is not known yet (NAPI_JVM_TAG_UNCLASSIFIED in C). */
    static final byte UNCLASSIFIED = (byte) 0xFE;


    final Arena arena = Arena.ofShared();
    final MemorySegment seg = arena.allocate(SIZE, 16);
    final long ptr = seg.address();
    MemorySegment tags, vals;
    // the same as absolute addresses: the hot path goes through Mem.ALL (no per-access liveness check of the arena)
    long tagsAddr, valsAddr;
    int capacity;

    NativeEnv(int id, int moduleApiVersion, int initialCapacity) {
        seg.set(ValueLayout.JAVA_INT, ID, id);
        seg.set(ValueLayout.JAVA_INT, MODULE_API_VERSION, moduleApiVersion);
        resize(initialCapacity);
    }

    int sp() { return Mem.getInt(ptr + SP); }
    /** Checked mode: the C fast paths ask Java (CheckedMode.answer). */
    void setChecks() { seg.set(ValueLayout.JAVA_INT, CHECKS, 1); }
    void setSp(int sp) { Mem.putInt(ptr + SP, sp); }

    /** Reallocates the slot arrays to {@code n} slots, keeping the contents (old blocks stay with the arena). */
    void resize(int n) {
        MemorySegment t = arena.allocate(n, 8), v = arena.allocate((long) n * 8, 8);
        if (tags != null) {
            MemorySegment.copy(tags, 0, t, 0, capacity);
            MemorySegment.copy(vals, 0, v, 0, (long) capacity * 8);
        }
        tags = t;
        vals = v;
        tagsAddr = t.address();
        valsAddr = v.address();
        capacity = n;
        seg.set(ValueLayout.JAVA_LONG, TAGS, t.address());
        seg.set(ValueLayout.JAVA_LONG, VALS, v.address());
        seg.set(ValueLayout.JAVA_INT, CAPACITY, n);
    }

    byte tag(int slot) { return Mem.getByte(tagsAddr + slot); }
    double val(int slot) { return Mem.getDouble(valsAddr + ((long) slot << 3)); }

    void set(int slot, byte tag, double val) {
        Mem.putByte(tagsAddr + slot, tag);
        Mem.putDouble(valsAddr + ((long) slot << 3), val);
    }

    void setTag(int slot, byte tag) { Mem.putByte(tagsAddr + slot, tag); }

    int clearLastError() {
        seg.set(ValueLayout.JAVA_INT, ERR_CODE, 0);
        seg.set(ValueLayout.JAVA_INT, ERR_ENGINE_CODE, 0);
        seg.set(ValueLayout.JAVA_LONG, ERR_RESERVED, 0);
        seg.set(ValueLayout.JAVA_LONG, ERR_MESSAGE, 0);
        seg.set(ValueLayout.JAVA_LONG, ERROR_OVERRIDE, 0);
        return 0;
    }

    int setLastError(int status) {
        seg.set(ValueLayout.JAVA_INT, ERR_CODE, status);
        seg.set(ValueLayout.JAVA_INT, ERR_ENGINE_CODE, 0);
        seg.set(ValueLayout.JAVA_LONG, ERR_RESERVED, 0);
        seg.set(ValueLayout.JAVA_LONG, ERROR_OVERRIDE, 0);
        return status;
    }

    /** Sets the status with a message of ours (reported by napi_get_last_error_info instead of Node's table). */
    int setLastError(int status, String message) {
        setLastError(status);
        byte[] b = message.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int n = Math.min(b.length, MESSAGE_BUF_SIZE - 1);
        MemorySegment.copy(b, 0, seg, ValueLayout.JAVA_BYTE, MESSAGE_BUF, n);
        seg.set(ValueLayout.JAVA_BYTE, MESSAGE_BUF + n, (byte) 0);
        seg.set(ValueLayout.JAVA_LONG, ERROR_OVERRIDE, ptr + MESSAGE_BUF);
        return status;
    }

    /** Node's in_gc_finalizer: while set, the C side refuses (fatally) functions that need a full napi_env. */
    boolean inGcFinalizer() { return seg.get(ValueLayout.JAVA_INT, IN_GC_FINALIZER) != 0; }
    void setInGcFinalizer(boolean b) { seg.set(ValueLayout.JAVA_INT, IN_GC_FINALIZER, b ? 1 : 0); }

    void free() { arena.close(); }
}
