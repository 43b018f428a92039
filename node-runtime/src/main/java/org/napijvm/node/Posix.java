package org.napijvm.node;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The few libc and libuv calls the bindings make directly (libuv is loaded globally by native-loader before any env).
 * Errors come back as negative errno values (libuv's convention, which Node's bindings report as UVException).
 */
public final class Posix {
    private Posix() {}

    private static final Linker L = Linker.nativeLinker();
    private static final SymbolLookup LIBC = L.defaultLookup();
    private static final SymbolLookup GLOBAL = name -> {
        // libuv and the trampoline library were dlopen'ed RTLD_GLOBAL: dlsym(RTLD_DEFAULT, name) finds them
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = (MemorySegment) Holder.DLSYM.invokeExact(MemorySegment.NULL, a.allocateFrom(name));
            return s.equals(MemorySegment.NULL) ? java.util.Optional.empty() : java.util.Optional.of(s);
        } catch (Throwable t) {
            return java.util.Optional.empty();
        }
    };

    private static final class Holder {
        static final MethodHandle DLSYM = L.downcallHandle(LIBC.find("dlsym").orElseThrow(), FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    }

    public static MethodHandle uv(String name, FunctionDescriptor fd) {
        return L.downcallHandle(GLOBAL.find(name).orElseThrow(() -> new IllegalStateException("libuv: no " + name)), fd);
    }

    /** A function of libuv (or anything loaded globally: libc) by name. */
    static MethodHandle uvOrLibc(String name, FunctionDescriptor fd, Linker.Option... o) {
        return L.downcallHandle(GLOBAL.find(name).orElseThrow(() -> new IllegalStateException("napi-jvm: no native " + name)), fd, o);
    }

    private static final MethodHandle ISATTY = libc("isatty", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle GETUID = libc("getuid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETEUID = libc("geteuid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETGID = libc("getgid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETEGID = libc("getegid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETPID = libc("getpid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle GETPPID = libc("getppid", FunctionDescriptor.of(JAVA_INT));
    private static final MethodHandle UMASK = libc("umask", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle KILL = libc("kill", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT),
            Linker.Option.captureCallState("errno"));
    private static final MethodHandle UV_GUESS_HANDLE = uv("uv_guess_handle", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle UV_HRTIME = uv("uv_hrtime", FunctionDescriptor.of(JAVA_LONG));
    private static final MethodHandle UV_CWD = uv("uv_cwd", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle UV_CHDIR = uv("uv_chdir", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle UV_ERR_NAME = uv("uv_err_name", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    private static final MethodHandle UV_STRERROR = uv("uv_strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    private static final java.lang.invoke.VarHandle ERRNO = Linker.Option.captureStateLayout()
            .varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));

    public static MethodHandle libc(String name, FunctionDescriptor fd, Linker.Option... o) {
        return L.downcallHandle(LIBC.find(name).orElseThrow(), fd, o);
    }

    private static int call(MethodHandle h) {
        try { return (int) h.invokeExact(); } catch (Throwable t) { throw new IllegalStateException(t); }
    }

    private static int call(MethodHandle h, int a) {
        try { return (int) h.invokeExact(a); } catch (Throwable t) { throw new IllegalStateException(t); }
    }

    public static boolean isatty(int fd) { return call(ISATTY, fd) == 1; }
    public static int getuid() { return call(GETUID); }
    public static int geteuid() { return call(GETEUID); }
    public static int getgid() { return call(GETGID); }
    public static int getegid() { return call(GETEGID); }
    public static int getpid() { return call(GETPID); }
    public static int getppid() { return call(GETPPID); }
    public static int umask(int mask) { return call(UMASK, mask); }

    /** kill(2): 0, or a negative errno. */
    public static int kill(int pid, int sig) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment state = a.allocate(Linker.Option.captureStateLayout());
            int r = (int) KILL.invokeExact(state, pid, sig);
            return r == 0 ? 0 : -(int) ERRNO.get(state, 0L);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Node's GuessHandleType over uv_guess_handle. */
    public static String guessHandleType(int fd) {
        int t = call(UV_GUESS_HANDLE, fd);
        return switch (t) {
            case 12 -> "TCP";
            case 14 -> "TTY";
            case 15 -> "UDP";
            case 17 -> "FILE";
            case 7 -> "PIPE";
            default -> "UNKNOWN";
        };
    }

    public static long hrtime() {
        try { return (long) UV_HRTIME.invokeExact(); } catch (Throwable t) { throw new IllegalStateException(t); }
    }

    /** uv_cwd, or null with errno. */
    public static String cwd() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(4096);
            MemorySegment size = a.allocate(JAVA_LONG);
            size.set(JAVA_LONG, 0, 4096);
            int r = (int) UV_CWD.invokeExact(buf, size);
            return r == 0 ? buf.getString(0) : null;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** uv_chdir: 0 or a negative errno. */
    public static int chdir(String dir) {
        try (Arena a = Arena.ofConfined()) {
            return (int) UV_CHDIR.invokeExact(a.allocateFrom(dir));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** libuv's name of an error (uv_err_name: "ENOENT"). */
    public static String errName(int err) {
        try {
            return ((MemorySegment) UV_ERR_NAME.invokeExact(err)).reinterpret(256).getString(0);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** libuv's message for an error (uv_strerror: "no such file or directory"). */
    public static String strerror(int err) {
        try {
            return ((MemorySegment) UV_STRERROR.invokeExact(err)).reinterpret(512).getString(0);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static final MethodHandle GETRUSAGE = libc("getrusage", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));

    /** getrusage(RUSAGE_SELF) as Node's resourceUsage fields (times in µs, the rest as the kernel counts). */
    public static long[] rusage() {
        return rusage(0);
    }

    /** getrusage(who): RUSAGE_SELF 0, RUSAGE_THREAD 1; [utime µs, stime µs, ru_maxrss, ..., ru_nivcsw]. */
    public static long[] rusage(int who) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment r = a.allocate(144, 8);
            int rc = (int) GETRUSAGE.invokeExact(who, r);
            long[] out = new long[16];
            out[0] = r.get(JAVA_LONG, 0) * 1_000_000 + r.get(JAVA_LONG, 8);
            out[1] = r.get(JAVA_LONG, 16) * 1_000_000 + r.get(JAVA_LONG, 24);
            for (int i = 0; i < 14; i++) out[2 + i] = r.get(JAVA_LONG, 32 + 8L * i);
            return out;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** [user, system] CPU time of the process in µs. */
    public static long[] cpuTimesMicros() {
        long[] r = rusage();
        return new long[] {r[0], r[1]};
    }

    private static final MethodHandle GETGROUPS = libc("getgroups", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));

    public static int[] getgroups() {
        try (Arena a = Arena.ofConfined()) {
            int n = (int) GETGROUPS.invokeExact(0, MemorySegment.NULL);
            if (n <= 0) return new int[0];
            MemorySegment buf = a.allocate(JAVA_INT, n);
            n = (int) GETGROUPS.invokeExact(n, buf);
            int[] out = new int[Math.max(0, n)];
            for (int i = 0; i < out.length; i++) out[i] = buf.getAtIndex(JAVA_INT, i);
            return out;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
