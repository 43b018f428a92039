package org.napijvm.graal;

/** Java entry points the C library calls that are not Node-API functions (bound by native-loader). */
public final class NativeHooks {
    private NativeHooks() {}

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
