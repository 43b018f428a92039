package org.napijvm.node;

import org.graalvm.polyglot.Value;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * libuv's file system requests ({@code uv_fs_*}, Debian's libuv1 through FFM) in node_file.cc's two native modes: a
 * synchronous call (no callback: libuv runs it on this thread and the result comes back at once) and an
 * asynchronous one (libuv's threadpool runs it; its completion, on the loop thread, converts the result and hands
 * it to a JS function in a callback scope). Every {@code uv_fs_t} is freed with {@code uv_fs_req_cleanup} once its
 * result is read. Results: a negative number is a libuv errno; otherwise what {@link Kind} says.
 */
public final class UvFs {
    private UvFs() {}

    /** How a finished request's result is read. */
    public enum Kind {
        /** req->result (fd, bytes, 0). */
        INT,
        /** uv_stat_t in Node's 18-field order (long[]). */
        STAT,
        /** uv_statfs_t's 7 fields Node reports (long[]). */
        STATFS,
        /** req->path (mkdtemp's filled template), a String. */
        PATH,
        /** req->ptr as a C string (readlink, realpath). */
        PTR_STRING,
        /** scandir's entries: Object[] {String[] names, int[] types}. */
        SCANDIR,
        /** opendir: the uv_dir_t* (a long). */
        DIR,
        /** readdir of a uv_dir_t: Object[] {String[] names, int[] types}. */
        DIRENTS
    }

    /** One uv_fs_* call with its arguments bound: (loop, req, cb) -> libuv's return value. */
    @FunctionalInterface
    public interface Call {
        int invoke(long loop, long req, long cb) throws Throwable;
    }

    private static final Linker L = Linker.nativeLinker();
    private static final FunctionDescriptor CB_DESC = FunctionDescriptor.ofVoid(JAVA_LONG);
    private static final MethodHandle DLSYM = L.downcallHandle(L.defaultLookup().find("dlsym").orElseThrow(),
            FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle CALLOC = L.downcallHandle(L.defaultLookup().find("calloc").orElseThrow(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle FREE = L.downcallHandle(L.defaultLookup().find("free").orElseThrow(),
            FunctionDescriptor.ofVoid(JAVA_LONG));
    private static final MethodHandle STRLEN = L.downcallHandle(L.defaultLookup().find("strlen").orElseThrow(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));

    private static final long J = 0, I = 1, D = 2;

    private static MethodHandle uv(String name, Object... params) {
        MemoryLayout[] ls = new MemoryLayout[params.length];
        for (int i = 0; i < params.length; i++) {
            long k = (Long) params[i];
            ls[i] = k == J ? JAVA_LONG : k == I ? JAVA_INT : JAVA_DOUBLE;
        }
        MemorySegment s;
        try (Arena a = Arena.ofConfined()) {
            s = (MemorySegment) DLSYM.invokeExact(MemorySegment.NULL, a.allocateFrom(name));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (s.address() == 0) throw new IllegalStateException("napi-jvm: libuv's " + name + " not found (libuv1 is needed)");
        return L.downcallHandle(s, FunctionDescriptor.of(JAVA_INT, ls));
    }

    // (loop, req, ..., cb) for each call; pointers and size_t as long
    public static final MethodHandle OPEN = uv("uv_fs_open", J, J, J, I, I, J);
    public static final MethodHandle CLOSE = uv("uv_fs_close", J, J, I, J);
    public static final MethodHandle READ = uv("uv_fs_read", J, J, I, J, I, J, J);
    public static final MethodHandle WRITE = uv("uv_fs_write", J, J, I, J, I, J, J);
    public static final MethodHandle STAT = uv("uv_fs_stat", J, J, J, J);
    public static final MethodHandle LSTAT = uv("uv_fs_lstat", J, J, J, J);
    public static final MethodHandle FSTAT = uv("uv_fs_fstat", J, J, I, J);
    public static final MethodHandle STATFS_CALL = uv("uv_fs_statfs", J, J, J, J);
    public static final MethodHandle MKDIR = uv("uv_fs_mkdir", J, J, J, I, J);
    public static final MethodHandle MKDTEMP = uv("uv_fs_mkdtemp", J, J, J, J);
    public static final MethodHandle RMDIR = uv("uv_fs_rmdir", J, J, J, J);
    public static final MethodHandle UNLINK = uv("uv_fs_unlink", J, J, J, J);
    public static final MethodHandle RENAME = uv("uv_fs_rename", J, J, J, J, J);
    public static final MethodHandle LINK = uv("uv_fs_link", J, J, J, J, J);
    public static final MethodHandle SYMLINK = uv("uv_fs_symlink", J, J, J, J, I, J);
    public static final MethodHandle READLINK = uv("uv_fs_readlink", J, J, J, J);
    public static final MethodHandle REALPATH = uv("uv_fs_realpath", J, J, J, J);
    public static final MethodHandle SCANDIR = uv("uv_fs_scandir", J, J, J, I, J);
    public static final MethodHandle ACCESS = uv("uv_fs_access", J, J, J, I, J);
    public static final MethodHandle CHMOD = uv("uv_fs_chmod", J, J, J, I, J);
    public static final MethodHandle FCHMOD = uv("uv_fs_fchmod", J, J, I, I, J);
    public static final MethodHandle CHOWN = uv("uv_fs_chown", J, J, J, I, I, J);
    public static final MethodHandle FCHOWN = uv("uv_fs_fchown", J, J, I, I, I, J);
    public static final MethodHandle LCHOWN = uv("uv_fs_lchown", J, J, J, I, I, J);
    public static final MethodHandle UTIME = uv("uv_fs_utime", J, J, J, D, D, J);
    public static final MethodHandle FUTIME = uv("uv_fs_futime", J, J, I, D, D, J);
    public static final MethodHandle LUTIME = uv("uv_fs_lutime", J, J, J, D, D, J);
    public static final MethodHandle FSYNC = uv("uv_fs_fsync", J, J, I, J);
    public static final MethodHandle FDATASYNC = uv("uv_fs_fdatasync", J, J, I, J);
    public static final MethodHandle FTRUNCATE = uv("uv_fs_ftruncate", J, J, I, J, J);
    public static final MethodHandle COPYFILE = uv("uv_fs_copyfile", J, J, J, J, I, J);
    public static final MethodHandle OPENDIR = uv("uv_fs_opendir", J, J, J, J);
    public static final MethodHandle READDIR = uv("uv_fs_readdir", J, J, J, J);
    public static final MethodHandle CLOSEDIR = uv("uv_fs_closedir", J, J, J, J);
    private static final MethodHandle SCANDIR_NEXT = uv("uv_fs_scandir_next", J, J);
    private static final MethodHandle REQ_SIZE = uv("uv_req_size", I);
    private static final MethodHandle CLEANUP, GET_RESULT, GET_PTR, GET_PATH, GET_STATBUF;

    static {
        try {
            CLEANUP = voidFn("uv_fs_req_cleanup");
            GET_RESULT = longFn("uv_fs_get_result");
            GET_PTR = longFn("uv_fs_get_ptr");
            GET_PATH = longFn("uv_fs_get_path");
            GET_STATBUF = longFn("uv_fs_get_statbuf");
        } catch (Throwable t) {
            throw new ExceptionInInitializerError(t);
        }
    }

    private static MethodHandle voidFn(String name) throws Throwable {
        MemorySegment s;
        try (Arena a = Arena.ofConfined()) {
            s = (MemorySegment) DLSYM.invokeExact(MemorySegment.NULL, a.allocateFrom(name));
        }
        return L.downcallHandle(s, FunctionDescriptor.ofVoid(JAVA_LONG));
    }

    private static MethodHandle longFn(String name) throws Throwable {
        MemorySegment s;
        try (Arena a = Arena.ofConfined()) {
            s = (MemorySegment) DLSYM.invokeExact(MemorySegment.NULL, a.allocateFrom(name));
        }
        return L.downcallHandle(s, FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    }

    private static final int UV_FS = 6, UV_EOF = -4095;
    private static final long FS_REQ_SIZE;
    /** The one completion callback of every asynchronous request (an upcall on the loop thread). */
    private static final long ON_DONE;

    static {
        try {
            FS_REQ_SIZE = (long) (int) REQ_SIZE.invokeExact(UV_FS) ;
            MethodHandle h = MethodHandles.lookup().findStatic(UvFs.class, "onDone", MethodType.methodType(void.class, long.class));
            ON_DONE = L.upcallStub(h, CB_DESC, Arena.global()).address();
        } catch (Throwable t) {
            throw new ExceptionInInitializerError(t);
        }
    }

    /** An asynchronous request in flight: whose, how to read it, whom to tell. */
    private record Pending(NodeEnv env, Kind kind, boolean latin1, long extra, Value callback) {}

    private static final Map<Long, Pending> PENDING = new ConcurrentHashMap<>();

    // ---- memory ----

    public static long calloc(long size) {
        try {
            long p = (long) CALLOC.invokeExact(1L, Math.max(1L, size));
            if (p == 0) throw new OutOfMemoryError("napi-jvm: calloc(" + size + ")");
            return p;
        } catch (Throwable t) { throw rt(t); }
    }

    public static void free(long p) {
        if (p == 0) return;
        try { FREE.invokeExact(p); } catch (Throwable t) { throw rt(t); }
    }

    static RuntimeException rt(Throwable t) {
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    /** A C string of a path argument: a JS string as UTF-8, a Buffer/Uint8Array as its bytes (node's BufferValue). */
    public static long cString(Arena a, Value v) {
        return cString(a, bytesOf(v));
    }

    public static long cString(Arena a, byte[] b) {
        MemorySegment s = a.allocate(b.length + 1L);
        MemorySegment.copy(b, 0, s, JAVA_BYTE, 0, b.length);
        s.set(JAVA_BYTE, b.length, (byte) 0);
        return s.address();
    }

    public static byte[] bytesOf(Value v) {
        if (v.isString()) return v.asString().getBytes(StandardCharsets.UTF_8);
        if (v.hasBufferElements()) {
            byte[] b = new byte[(int) v.getBufferSize()];
            v.readBuffer(0, b, 0, b.length);
            return b;
        }
        if (v.hasArrayElements()) {
            byte[] b = new byte[(int) v.getArraySize()];
            for (int i = 0; i < b.length; i++) b[i] = (byte) v.getArrayElement(i).asInt();
            return b;
        }
        return v.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String string(long p, boolean latin1) {
        if (p == 0) return null;
        try {
            long n = (long) STRLEN.invokeExact(p);
            byte[] b = MemorySegment.ofAddress(p).reinterpret(n).toArray(JAVA_BYTE);
            return new String(b, latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        } catch (Throwable t) { throw rt(t); }
    }

    // ---- running a request ----

    /**
     * Runs {@code call}: synchronously when {@code callback} is null (returns the result, or a negative errno), else
     * on libuv's threadpool (returns 0, or a negative errno when libuv refused it; {@code callback(result)} runs on
     * the loop later). {@code extra}: the uv_dir_t* of DIRENTS.
     */
    public static Object run(NodeEnv env, Value callback, Kind kind, boolean latin1, long extra, Call call) {
        long req = calloc(FS_REQ_SIZE);
        boolean async = callback != null;
        if (async) PENDING.put(req, new Pending(env, kind, latin1, extra, callback));
        int r;
        try {
            r = call.invoke(env.loop().loop, req, async ? ON_DONE : 0);
        } catch (Throwable t) {
            PENDING.remove(req);
            free(req);
            throw rt(t);
        }
        if (async) {
            if (r >= 0) return 0;
            PENDING.remove(req);
            cleanup(req);
            return r;
        }
        Object out = result(req, kind, latin1, extra);
        cleanup(req);
        return out;
    }

    private static void cleanup(long req) {
        try { CLEANUP.invokeExact(req); } catch (Throwable t) { throw rt(t); }
        free(req);
    }

    static void onDone(long req) {
        Pending p = PENDING.remove(req);
        if (p == null) return;
        Object out;
        try {
            out = result(req, p.kind, p.latin1, p.extra);
            cleanup(req);
        } catch (Throwable t) {
            p.env.loop().fromLoop(() -> { throw rt(t); });
            return;
        }
        if (p.env.isClosed()) return;
        p.env.loop().fromLoop(() -> p.env.callbackScope(p.callback, out));
    }

    private static long get(MethodHandle h, long req) {
        try { return (long) h.invokeExact(req); } catch (Throwable t) { throw rt(t); }
    }

    private static Object result(long req, Kind kind, boolean latin1, long extra) {
        long res = get(GET_RESULT, req);
        if (res < 0) return (int) res;
        switch (kind) {
            case INT: return (double) res;
            case STAT: return statFields(get(GET_STATBUF, req));
            case STATFS: {
                MemorySegment s = MemorySegment.ofAddress(get(GET_PTR, req)).reinterpret(88);
                long[] f = new long[7];
                for (int i = 0; i < 7; i++) f[i] = s.get(JAVA_LONG, 8L * i);
                return f;
            }
            case PATH: return string(get(GET_PATH, req), latin1);
            case PTR_STRING: return string(get(GET_PTR, req), latin1);
            case DIR: return (double) get(GET_PTR, req);
            case SCANDIR: return scandir(req, latin1);
            case DIRENTS: return dirents(extra, (int) res, latin1);
            default: throw new IllegalStateException(kind.toString());
        }
    }

    /** uv_stat_t -> Node's order: dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then 4 x (sec, nsec). */
    static long[] statFields(long statbuf) {
        MemorySegment s = MemorySegment.ofAddress(statbuf).reinterpret(160);
        long[] f = new long[18];
        int[] order = {0, 1, 2, 3, 4, 5, 8, 6, 7, 9};
        for (int i = 0; i < order.length; i++) f[i] = s.get(JAVA_LONG, 8L * order[i]);
        for (int i = 0; i < 8; i++) f[10 + i] = s.get(JAVA_LONG, 96 + 8L * i);
        return f;
    }

    private static Object[] scandir(long req, boolean latin1) {
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.List<Integer> types = new java.util.ArrayList<>();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment ent = a.allocate(16, 8);
            for (;;) {
                int r = (int) SCANDIR_NEXT.invokeExact(req, ent.address());
                if (r == UV_EOF) break;
                if (r < 0) return new Object[] {r};
                names.add(string(ent.get(JAVA_LONG, 0), latin1));
                types.add(ent.get(JAVA_INT, 8));
            }
        } catch (Throwable t) { throw rt(t); }
        return new Object[] {names.toArray(new String[0]), types.stream().mapToInt(Integer::intValue).toArray()};
    }

    private static Object[] dirents(long dir, int n, boolean latin1) {
        MemorySegment d = MemorySegment.ofAddress(dir).reinterpret(16);
        MemorySegment ents = MemorySegment.ofAddress(d.get(JAVA_LONG, 0)).reinterpret(16L * Math.max(n, 1));
        String[] names = new String[n];
        int[] types = new int[n];
        for (int i = 0; i < n; i++) {
            names[i] = string(ents.get(JAVA_LONG, 16L * i), latin1);
            types[i] = ents.get(JAVA_INT, 16L * i + 8);
        }
        return new Object[] {names, types};
    }

    /** uv_buf_t[] for {@code n} (address, length) pairs, in {@code a}. */
    public static long bufs(Arena a, long[] addrs, long[] lens) {
        MemorySegment s = a.allocate(16L * Math.max(1, addrs.length), 8);
        for (int i = 0; i < addrs.length; i++) {
            s.set(JAVA_LONG, 16L * i, addrs[i]);
            s.set(JAVA_LONG, 16L * i + 8, lens[i]);
        }
        return s.address();
    }

    /** A uv_dir_t's dirents array of {@code n} entries (opendir gives none: node allocates its own). */
    public static void setDirents(long dir, long ents, int n) {
        MemorySegment d = MemorySegment.ofAddress(dir).reinterpret(16);
        d.set(JAVA_LONG, 0, ents);
        d.set(JAVA_LONG, 8, n);
    }

    public static int requestsInFlight() {
        return PENDING.size();
    }
}
