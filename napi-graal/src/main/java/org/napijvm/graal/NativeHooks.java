package org.napijvm.graal;

/** Java entry points the C library calls that are not Node-API functions (bound by native-loader). */
public final class NativeHooks {
    private NativeHooks() {}

    /** Told of napi_fatal_error (and the GC-state abort) just before the process aborts, on the calling thread. */
    @FunctionalInterface
    public interface FatalErrorListener {
        /** {@code location} is null when the error has none; {@code nativeFrames} are the thread's return addresses. */
        void onFatalError(String location, String message, long[] nativeFrames);
    }

    private static volatile FatalErrorListener fatalErrorListener;

    /** The one listener of the process (node-runtime's diagnostic report); null removes it. */
    public static void onFatalError(FatalErrorListener listener) {
        fatalErrorListener = listener;
    }

    /** napi_jvm_internals.fatal: hands the error to the listener; never throws (the process aborts next). */
    public static void fatal(long location, long locationLen, long message, long messageLen, long frames, int frameCount) {
        FatalErrorListener l = fatalErrorListener;
        if (l == null) return;
        try {
            String loc = location == 0 ? null : utf8(location, locationLen);
            long[] pcs = new long[Math.max(0, frameCount)];
            java.lang.foreign.MemorySegment f = java.lang.foreign.MemorySegment.ofAddress(frames).reinterpret(8L * pcs.length);
            for (int i = 0; i < pcs.length; i++) pcs[i] = f.getAtIndex(java.lang.foreign.ValueLayout.JAVA_LONG, i);
            l.onFatalError(loc, message == 0 ? "" : utf8(message, messageLen), pcs);
        } catch (Throwable t) {
            System.err.println("napi-jvm: the report on the fatal error failed: " + t);
        }
    }

    private static String utf8(long address, long length) {
        byte[] b = java.lang.foreign.MemorySegment.ofAddress(address).reinterpret(length).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** napi_jvm_internals.grow: make room for {@code needed} slots; 0 on success. */
    public static int grow(long env, int needed) {
        try {
            GraalEnv.of(env).grow(needed);
            return 0;
        } catch (Throwable t) {
            return 1;
        }
    }

    /** napi_jvm_internals.classify: the napi_valuetype of an UNCLASSIFIED slot (stored back); -1 on failure. */
    public static int classify(long env, int slot) {
        try {
            return GraalEnv.of(env).classify(slot);
        } catch (Throwable t) {
            return -1;
        }
    }

    /** napi_jvm_internal.checked: the C fast paths' questions in checked mode ({@link CheckedMode#answer}). */
    public static long checked(long env, long function, long handle, int what) {
        return CheckedMode.answer(env, function, handle, what);
    }
}
