package org.napijvm.graal;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** Downcalls into addon code by function pointer: callbacks, finalizers, module init, async callbacks and hooks. */
public final class Native {
    private Native() {}

    private static final Linker LINKER = Linker.nativeLinker();
    // napi_value (*napi_callback)(napi_env, napi_callback_info); pointers passed as 64-bit integers
    private static final MethodHandle CALLBACK = LINKER.downcallHandle(FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
    // void (*napi_finalize)(napi_env, void* data, void* hint)
    private static final MethodHandle FINALIZE = LINKER.downcallHandle(FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_LONG));
    // napi_value (*init)(napi_env, napi_value exports)
    private static final MethodHandle INIT = CALLBACK;

    /** Node's CallIntoModule starts every call into the addon with the env's last error cleared. */
    static void clearLastError(long env) {
        Mem.putInt(env + NativeEnv.ERR_CODE, 0);
        Mem.putLong(env + NativeEnv.ERROR_OVERRIDE, 0);
    }

    static long callCallback(long fn, long env, long info) {
        clearLastError(env);
        try {
            return (long) CALLBACK.invokeExact(MemorySegment.ofAddress(fn), env, info);
        } catch (Throwable t) {
            throw new IllegalStateException("napi-jvm: native callback failed: " + t, t);
        }
    }

    public static void callFinalizer(long fn, long env, long data, long hint) {
        if (env != 0) clearLastError(env);
        try {
            FINALIZE.invokeExact(MemorySegment.ofAddress(fn), env, data, hint);
        } catch (Throwable t) {
            throw new IllegalStateException("napi-jvm: native finalizer failed: " + t, t);
        }
    }

    static long callInit(long fn, long env, long exports) {
        clearLastError(env);
        try {
            return (long) INIT.invokeExact(MemorySegment.ofAddress(fn), env, exports);
        } catch (Throwable t) {
            throw new IllegalStateException("napi-jvm: module init failed: " + t, t);
        }
    }

    // void (*napi_async_complete_callback)(napi_env, napi_status, void* data)
    private static final MethodHandle COMPLETE = LINKER.downcallHandle(FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_INT, JAVA_LONG));
    // void (*napi_threadsafe_function_call_js)(napi_env, napi_value js_callback, void* context, void* data)
    private static final MethodHandle CALL_JS = LINKER.downcallHandle(FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    // void (*napi_async_cleanup_hook)(napi_async_cleanup_hook_handle, void* data)
    private static final MethodHandle ASYNC_HOOK = LINKER.downcallHandle(FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG));
    // void (*)(void* arg): an env cleanup hook
    private static final MethodHandle HOOK = LINKER.downcallHandle(FunctionDescriptor.ofVoid(JAVA_LONG));

    static void callComplete(long fn, long env, int status, long data) {
        clearLastError(env);
        try {
            COMPLETE.invokeExact(MemorySegment.ofAddress(fn), env, status, data);
        } catch (Throwable t) {
            throw new IllegalStateException("napi-jvm: async work complete callback failed: " + t, t);
        }
    }

    static void callJs(long fn, long env, long jsCb, long context, long data) {
        if (env != 0) clearLastError(env);
        try {
            CALL_JS.invokeExact(MemorySegment.ofAddress(fn), env, jsCb, context, data);
        } catch (Throwable t) {
            throw new IllegalStateException("napi-jvm: threadsafe function call_js failed: " + t, t);
        }
    }

    static void callAsyncHook(long fn, long handle, long arg) {
        try {
            ASYNC_HOOK.invokeExact(MemorySegment.ofAddress(fn), handle, arg);
        } catch (Throwable t) {
            throw new IllegalStateException("napi-jvm: async cleanup hook failed: " + t, t);
        }
    }

    static void callHook(long fn, long arg) {
        try {
            HOOK.invokeExact(MemorySegment.ofAddress(fn), arg);
        } catch (Throwable t) {
            throw new IllegalStateException("napi-jvm: native cleanup hook failed: " + t, t);
        }
    }
}
