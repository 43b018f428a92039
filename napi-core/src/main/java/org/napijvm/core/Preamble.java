package org.napijvm.core;

/**
 * How a Node-API function opens, as in Node's src/js_native_api_v8.cc and src/node_api.cc: the symbol table gives one
 * per function and the binder wraps every body in it, so that bodies hold only their own argument checks.
 */
public enum Preamble {
    /**
     * NAPI_PREAMBLE: the env is checked (and may not be used from a GC finalizer), the call is refused with
     * napi_pending_exception while an exception is pending (or JavaScript cannot run), the last error is cleared, and a
     * JavaScript exception thrown while the body runs becomes the pending exception (napi_pending_exception).
     */
    PREAMBLE("preamble"),
    /** CHECK_ENV_NOT_IN_GC: the env is checked and may not be used from a GC finalizer; the body sets the last error. */
    ENV("env"),
    /** CHECK_ENV only (node_api_basic_env): the env is checked and may be used from a GC finalizer. */
    BASIC_ENV("basic-env"),
    /** No env is looked at (threadsafe functions, async cleanup handles: callable from any thread). */
    NO_ENV("no-env");

    /** The word the symbol table uses. */
    public final String word;

    Preamble(String word) {
        this.word = word;
    }

    public static Preamble of(String word) {
        for (Preamble p : values()) if (p.word.equals(word)) return p;
        throw new IllegalArgumentException("not a preamble class: '" + word + "' (preamble, env, basic-env or no-env)");
    }

    /** Whether the binder looks up the env and hands the body its engine object instead of the raw pointer. */
    public boolean hasEnv() {
        return this != NO_ENV;
    }
}
