package org.napijvm.graal;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Checked mode ({@code ./napi-jvm --napi-checks}, {@code NodeEnv.Builder.napiChecks(true)}, or
 * {@code -Dnapi.checks=true}): addon misuse that Node answers with undefined behaviour is reported, naming the
 * Node-API function and the addon, and the process is aborted as by {@code napi_fatal_error}.
 *
 * <p>A napi_value is then not a bare slot number but carries its env and the stamp its slot got when it was pushed
 * ({@link #handle}): a handle whose slot was dropped (its scope closed, its callback returned) and reused has another
 * stamp, one of another env another env number. Off, the env's {@code checked} flag (final, read once per env) is
 * all that is looked at, in C one field of {@code struct napi_env__}.
 */
public final class CheckedMode {
    private CheckedMode() {}

    /** The questions C asks (napi_jvm_internal.checked, NAPI_JVM_CHECKED_* in napi_jvm.h). */
    static final int THREAD = 0, VALUE = 1, HANDLE_OF = 2, NEW_SLOT = 3, GC_ACCESS = 4;

    /** The JVM default for new runtimes: {@code -Dnapi.checks=true}. */
    public static boolean defaultOn() {
        return Boolean.getBoolean("napi.checks");
    }

    // a handle: slot (26 bits, GraalEnv's MAX_SLOTS) | env registry index + 1 (13 bits) | stamp (24 bits); bit 63 clear
    private static final int SLOT_BITS = 26, ENV_BITS = 13, STAMP_SHIFT = SLOT_BITS + ENV_BITS;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1, ENV_MASK = (1L << ENV_BITS) - 1;
    static final int STAMP_MASK = (1 << 24) - 1;

    static long handle(int envIndex, int slot, int stamp) {
        return slot | ((long) (envIndex + 1) << SLOT_BITS) | ((long) stamp << STAMP_SHIFT);
    }

    static int slotOf(long handle) { return (int) (handle & SLOT_MASK); }
    static int envOf(long handle) { return (int) ((handle >>> SLOT_BITS) & ENV_MASK) - 1; }
    static int stampOf(long handle) { return (int) (handle >>> STAMP_SHIFT); }

    /** A misuse found inside a body; the binder ({@link Bodies#failed}) reports it with the function's name. */
    static final class Misuse extends RuntimeException {
        Misuse(String what) {
            super(what, null, false, false);
        }
    }

    private static volatile MethodHandle fatal;

    /** native-loader binds napi_jvm_checked_fatal (fastpath.c): prints the line and aborts. */
    public static void bindFatal(MemorySegment function) {
        fatal = Linker.nativeLinker().downcallHandle(function, FunctionDescriptor.ofVoid(JAVA_LONG));
    }

    static String line(GraalEnv e, String function, String what) {
        return "napi-jvm: checked mode: " + function + " from " + (e == null ? "an unknown addon" : e.moduleFile) + ": " + what;
    }

    /** Reports a misuse on the process's stderr and aborts the process (exit as by SIGABRT, like node's FATAL ERROR). */
    static RuntimeException fatal(GraalEnv e, String function, String what) {
        String line = line(e, function, what);
        System.out.flush();
        System.err.flush();
        MethodHandle f = fatal;
        if (f != null) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            MemorySegment m = java.lang.foreign.Arena.global().allocate(b.length + 1L);
            MemorySegment.copy(b, 0, m, java.lang.foreign.ValueLayout.JAVA_BYTE, 0, b.length);
            try {
                f.invokeExact(m.address());
            } catch (Throwable ignored) {
                // not reached: abort()
            }
        }
        System.err.println(line);
        Runtime.getRuntime().halt(134);
        return new IllegalStateException(line);
    }

    /** Prints the checked-mode line of a call from a GC finalizer (C then prints Node's message and aborts). */
    static void reportGcAccess(GraalEnv e, String function) {
        System.out.flush();
        System.err.println(line(e, function, "called from a finalizer the GC runs, where only node_api_basic_env functions may be called"));
        System.err.flush();
    }

    /** napi_jvm_internal.checked: answers a C fast path in checked mode; returns only for correct use. */
    static long answer(long env, long functionName, long handle, int what) {
        GraalEnv e = null;
        String fn = MemorySegment.ofAddress(functionName).reinterpret(256).getString(0);
        try {
            e = GraalEnv.registered(env);
            if (what == GC_ACCESS) {
                reportGcAccess(e, fn);
                return 0;
            }
            if (Thread.currentThread() != e.runtime.jsThread) e.runtime.checkJsThread();
            return switch (what) {
                case VALUE -> e.slot(handle);
                case HANDLE_OF -> e.handle((int) handle);
                case NEW_SLOT -> {
                    e.stamp((int) handle);
                    yield e.handle((int) handle);
                }
                default -> 0;
            };
        } catch (Misuse | NapiRuntime.WrongThreadException m) {
            throw fatal(e, fn, m.getMessage());
        } catch (Throwable t) {
            throw fatal(e, fn, "napi-jvm failed checking the call: " + t);
        }
    }

    /** Why {@code handle} names no live value of {@code e} (its slot is {@code slot}, live below {@code sp}). */
    static Misuse badValue(GraalEnv e, long handle) {
        String h = "napi_value 0x" + Long.toHexString(handle);
        int env = envOf(handle);
        if (env < 0) return new Misuse(h + " is not a napi_value (not made by Node-API, or memory that was overwritten)");
        if (env != e.index()) {
            GraalEnv other = GraalEnv.atIndex(env);
            return new Misuse(h + " belongs to another napi_env" + (other != null ? " (of " + other.moduleFile + ")" : " (one torn down)"));
        }
        return new Misuse(h + " is used after its handle scope closed (or after the callback it was made in returned)");
    }
}
