package org.napijvm.graal;

import org.napijvm.core.Preamble;
import org.napijvm.core.Status;
import org.napijvm.core.StatusException;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.List;

/**
 * The bodies of the Node-API functions and how each is wrapped. A body is a public static method named exactly as the
 * C symbol, in one of {@link #AREAS}; it takes the C parameters as long (pointers, size_t, 64-bit ints), int (32-bit
 * ints, enums), double or boolean, except that a function whose preamble class has an env takes the {@link GraalEnv}
 * instead of the env pointer, and it returns the napi_status.
 *
 * <p>{@link #wrap} gives every body Node's opening for its class (the symbol table's preamble column) and one failure
 * path, so that a body holds only its own argument checks: the env is looked up (and the calling thread checked),
 * NAPI_PREAMBLE refuses while an exception is pending and clears the last error, a {@link StatusException} thrown
 * anywhere in the body becomes the returned status and the last error, a JS exception thrown by a helper becomes the
 * pending exception with napi_pending_exception, and anything else becomes napi_generic_failure with a message naming
 * the function. Nothing unwinds into C. The hot call path ({@link NapiCallback}) and the C fast path do not pass here.
 */
public final class Bodies {
    private Bodies() {}

    public static final List<Class<?>> AREAS = List.of(
            EnvApi.class, ScopeApi.class, StringApi.class, ObjectApi.class, FunctionApi.class, ErrorApi.class,
            ArrayApi.class, ValueApi.class, DateApi.class, PromiseApi.class, CoercionApi.class, BufferApi.class, NodeBufferApi.class, ClassApi.class, LifetimeApi.class,
            ScriptApi.class, AsyncWorkApi.class, ThreadsafeFunctionApi.class, AsyncContextApi.class);

    private static final MethodHandle OF, ENTER_PREAMBLE, FAILED, FAILED_NO_ENV;
    static {
        try {
            var l = MethodHandles.lookup();
            OF = l.findStatic(GraalEnv.class, "of", MethodType.methodType(GraalEnv.class, long.class));
            ENTER_PREAMBLE = l.findStatic(GraalEnv.class, "enterPreamble", MethodType.methodType(GraalEnv.class, long.class));
            FAILED = l.findStatic(Bodies.class, "failed", MethodType.methodType(int.class, String.class, Throwable.class, long.class));
            FAILED_NO_ENV = l.findStatic(Bodies.class, "failedNoEnv", MethodType.methodType(int.class, String.class, Throwable.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The Java parameter type of a body's first parameter for this preamble class ({@code long} = the raw C value). */
    public static Class<?> envType(Preamble p) {
        return p.hasEnv() ? GraalEnv.class : long.class;
    }

    /**
     * {@code body} wrapped in {@code preamble}'s opening and the failure path, with the C shape: the env (or first
     * parameter) as a long, then the body's other parameters, returning the status.
     */
    public static MethodHandle wrap(Method body, Preamble preamble, String symbol) throws IllegalAccessException {
        MethodHandle h = MethodHandles.publicLookup().unreflect(body);
        MethodType cType = h.type().changeParameterType(0, long.class);
        if (preamble.hasEnv()) h = MethodHandles.filterArguments(h, 0, preamble == Preamble.PREAMBLE ? ENTER_PREAMBLE : OF);
        MethodHandle handler;
        if (preamble.hasEnv()) {
            handler = MethodHandles.insertArguments(FAILED, 0, symbol); // (Throwable, long env)
            handler = MethodHandles.dropArguments(handler, 2, cType.parameterList().subList(1, cType.parameterCount()));
        } else {
            handler = MethodHandles.insertArguments(FAILED_NO_ENV, 0, symbol); // (Throwable)
            handler = MethodHandles.dropArguments(handler, 1, cType.parameterList());
        }
        return MethodHandles.catchException(h, Throwable.class, handler);
    }

    /** The failure path of a body with an env: the status it ends with, recorded as the env's last error. */
    static int failed(String symbol, Throwable t, long env) {
        try {
            if (t instanceof CheckedMode.Misuse || t instanceof NapiRuntime.WrongThreadException) {
                GraalEnv e = GraalEnv.registered(env);
                if (e.checked) throw CheckedMode.fatal(e, symbol, t.getMessage()); // aborts the process
            }
            if (t instanceof StatusException s) {
                GraalEnv e = GraalEnv.registered(env);
                return s.ownMessage() == null ? e.fail(s.status) : e.fail(s.status, s.ownMessage());
            }
            if (t instanceof JsBridge.JsThrown j) {
                GraalEnv e = GraalEnv.registered(env);
                e.setPendingException(j.value);
                return e.fail(Status.PENDING_EXCEPTION);
            }
            debug(symbol, t);
            if (t instanceof NapiRuntime.WrongThreadException) // recorded without the thread check that refused the call
                return GraalEnv.registered(env).fail(Status.GENERIC_FAILURE, symbol + " " + t.getMessage());
            return GraalEnv.registered(env).fail(Status.GENERIC_FAILURE, symbol + " failed inside napi-jvm: " + t);
        } catch (Throwable ignored) {
            return Status.GENERIC_FAILURE; // not a live env: nothing to record the error on
        }
    }

    /** The failure path of a body without an env (threadsafe functions, async cleanup handles). */
    static int failedNoEnv(String symbol, Throwable t) {
        if (t instanceof StatusException s) return s.status;
        debug(symbol, t);
        return Status.GENERIC_FAILURE;
    }

    private static void debug(String symbol, Throwable t) {
        if (Boolean.getBoolean("napi.debug")) {
            System.err.println("napi-jvm: " + symbol + " threw:");
            t.printStackTrace();
        }
    }
}
