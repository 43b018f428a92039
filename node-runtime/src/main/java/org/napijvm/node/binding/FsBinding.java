package org.napijvm.node.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.GraalInternals;
import org.napijvm.graal.JavaFunction;
import org.napijvm.node.NodeEnv;
import org.napijvm.node.UvFs;
import org.napijvm.node.UvFs.Kind;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

/**
 * The Java half of internalBinding('fs') (node_file.cc): one method per libuv request, {@code uvX(callback, args...)}.
 * With no callback (undefined) the request runs synchronously and the method returns its result, or a negative
 * errno; with one it runs on libuv's threadpool, the method returns 0 (or a negative errno when libuv refused it) and
 * {@code callback(result)} runs on the loop in a callback scope. The JS half (binding/fs.js) is node_file.cc's
 * argument handling around these: sync errors thrown as UVException, FSReqCallback, promises and FileHandle.
 * Buffers are passed by address (the native bytes of a direct ArrayBuffer, {@code addressOf}); the JS half keeps them
 * alive while a request uses them.
 */
public final class FsBinding extends Binding {
    public FsBinding(NodeEnv env) {
        super(env);
    }

    @Override
    protected Map<String, JavaFunction> rawFunctions() {
        // the native address of an ArrayBuffer's bytes (direct ArrayBuffers: NodeEnv.contextBuilder)
        return Map.of("addressOf", new JavaFunction(a -> (double) GraalInternals.address(a[0])));
    }

    private static Value cb(Value[] a) {
        return a[0].isNull() ? null : a[0];
    }

    private Object run(Value[] a, Kind kind, UvFs.Call c) {
        return UvFs.run(env, cb(a), kind, false, 0, c);
    }

    /** A path for libuv: a relative one against an embedded env's own cwd (libuv's would be the process's). */
    private long path(Arena ar, Value v) {
        String own = env.ownCwd();
        if (own == null) return UvFs.cString(ar, v);
        byte[] b = UvFs.bytesOf(v);
        if (b.length == 0 || b[0] == '/') return UvFs.cString(ar, b);
        byte[] dir = (own.endsWith("/") ? own : own + "/").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] abs = java.util.Arrays.copyOf(dir, dir.length + b.length);
        System.arraycopy(b, 0, abs, dir.length, b.length);
        return UvFs.cString(ar, abs);
    }

    private Object runPath(Value[] a, Kind kind, boolean latin1, PathCall c) {
        try (Arena ar = Arena.ofConfined()) {
            long p = path(ar, a[1]);
            return UvFs.run(env, cb(a), kind, latin1, 0, (loop, req, cb) -> c.invoke(loop, req, p, cb));
        }
    }

    private Object runPath2(Value[] a, Kind kind, Path2Call c) {
        return runPath2(a, kind, true, c);
    }

    /** {@code resolveFirst} false: a[1] is a symlink's target, relative to the link, not to the cwd. */
    private Object runPath2(Value[] a, Kind kind, boolean resolveFirst, Path2Call c) {
        try (Arena ar = Arena.ofConfined()) {
            long p = resolveFirst ? path(ar, a[1]) : UvFs.cString(ar, a[1]), q = path(ar, a[2]);
            return UvFs.run(env, cb(a), kind, false, 0, (loop, req, cb) -> c.invoke(loop, req, p, q, cb));
        }
    }

    @FunctionalInterface
    interface PathCall {
        int invoke(long loop, long req, long path, long cb) throws Throwable;
    }

    @FunctionalInterface
    interface Path2Call {
        int invoke(long loop, long req, long path, long path2, long cb) throws Throwable;
    }

    @HostAccess.Export
    public Object uvOpen(Value... a) {
        int flags = int32(a, 2) | 02000000, mode = int32(a, 3); // O_CLOEXEC, as libuv's own opens
        return runPath(a, Kind.INT, false, (l, r, p, c) -> (int) UvFs.OPEN.invokeExact(l, r, p, flags, mode, c));
    }

    @HostAccess.Export
    public Object uvClose(Value... a) {
        int fd = int32(a, 1);
        return run(a, Kind.INT, (l, r, c) -> (int) UvFs.CLOSE.invokeExact(l, r, fd, c));
    }

    /** (cb, fd, address | addresses[], length | lengths[], position (-1: current)). */
    private Object readWrite(Value[] a, boolean write) {
        int fd = int32(a, 1);
        long[] addrs, lens;
        if (a[2].hasArrayElements()) {
            int n = (int) a[2].getArraySize();
            addrs = new long[n];
            lens = new long[n];
            for (int i = 0; i < n; i++) {
                addrs[i] = (long) a[2].getArrayElement(i).asDouble();
                lens[i] = (long) a[3].getArrayElement(i).asDouble();
            }
        } else {
            addrs = new long[] {(long) a[2].asDouble()};
            lens = new long[] {(long) a[3].asDouble()};
        }
        long pos = int64(a, 4);
        try (Arena ar = Arena.ofConfined()) {
            long bufs = UvFs.bufs(ar, addrs, lens);
            int n = addrs.length;
            return run(a, Kind.INT, write
                    ? (l, r, c) -> (int) UvFs.WRITE.invokeExact(l, r, fd, bufs, n, pos, c)
                    : (l, r, c) -> (int) UvFs.READ.invokeExact(l, r, fd, bufs, n, pos, c));
        }
    }

    @HostAccess.Export
    public Object uvRead(Value... a) {
        return readWrite(a, false);
    }

    @HostAccess.Export
    public Object uvWrite(Value... a) {
        return readWrite(a, true);
    }

    /** (cb, path, lstat). */
    @HostAccess.Export
    public Object uvStat(Value... a) {
        boolean l = bool(a, 2);
        return runPath(a, Kind.STAT, false, l ? (lp, r, p, c) -> (int) UvFs.LSTAT.invokeExact(lp, r, p, c)
                : (lp, r, p, c) -> (int) UvFs.STAT.invokeExact(lp, r, p, c));
    }

    @HostAccess.Export
    public Object uvFstat(Value... a) {
        int fd = int32(a, 1);
        return run(a, Kind.STAT, (l, r, c) -> (int) UvFs.FSTAT.invokeExact(l, r, fd, c));
    }

    @HostAccess.Export
    public Object uvStatfs(Value... a) {
        return runPath(a, Kind.STATFS, false, (l, r, p, c) -> (int) UvFs.STATFS_CALL.invokeExact(l, r, p, c));
    }

    @HostAccess.Export
    public Object uvMkdir(Value... a) {
        int mode = int32(a, 2);
        return runPath(a, Kind.INT, false, (l, r, p, c) -> (int) UvFs.MKDIR.invokeExact(l, r, p, mode, c));
    }

    /** (cb, template ending in XXXXXX, latin1): the directory made. */
    @HostAccess.Export
    public Object uvMkdtemp(Value... a) {
        return runPath(a, Kind.PATH, bool(a, 2), (l, r, p, c) -> (int) UvFs.MKDTEMP.invokeExact(l, r, p, c));
    }

    @HostAccess.Export
    public Object uvRmdir(Value... a) {
        return runPath(a, Kind.INT, false, (l, r, p, c) -> (int) UvFs.RMDIR.invokeExact(l, r, p, c));
    }

    @HostAccess.Export
    public Object uvUnlink(Value... a) {
        return runPath(a, Kind.INT, false, (l, r, p, c) -> (int) UvFs.UNLINK.invokeExact(l, r, p, c));
    }

    @HostAccess.Export
    public Object uvRename(Value... a) {
        return runPath2(a, Kind.INT, (l, r, p, q, c) -> (int) UvFs.RENAME.invokeExact(l, r, p, q, c));
    }

    @HostAccess.Export
    public Object uvLink(Value... a) {
        return runPath2(a, Kind.INT, (l, r, p, q, c) -> (int) UvFs.LINK.invokeExact(l, r, p, q, c));
    }

    /** (cb, target, path, flags). */
    @HostAccess.Export
    public Object uvSymlink(Value... a) {
        int flags = int32(a, 3);
        return runPath2(a, Kind.INT, false, (l, r, p, q, c) -> (int) UvFs.SYMLINK.invokeExact(l, r, p, q, flags, c));
    }

    @HostAccess.Export
    public Object uvCopyfile(Value... a) {
        int flags = int32(a, 3);
        return runPath2(a, Kind.INT, (l, r, p, q, c) -> (int) UvFs.COPYFILE.invokeExact(l, r, p, q, flags, c));
    }

    @HostAccess.Export
    public Object uvReadlink(Value... a) {
        return runPath(a, Kind.PTR_STRING, bool(a, 2), (l, r, p, c) -> (int) UvFs.READLINK.invokeExact(l, r, p, c));
    }

    @HostAccess.Export
    public Object uvRealpath(Value... a) {
        return runPath(a, Kind.PTR_STRING, bool(a, 2), (l, r, p, c) -> (int) UvFs.REALPATH.invokeExact(l, r, p, c));
    }

    /** (cb, path, latin1): [names, types]. */
    @HostAccess.Export
    public Object uvScandir(Value... a) {
        return runPath(a, Kind.SCANDIR, bool(a, 2), (l, r, p, c) -> (int) UvFs.SCANDIR.invokeExact(l, r, p, 0, c));
    }

    @HostAccess.Export
    public Object uvAccess(Value... a) {
        int mode = int32(a, 2);
        return runPath(a, Kind.INT, false, (l, r, p, c) -> (int) UvFs.ACCESS.invokeExact(l, r, p, mode, c));
    }

    @HostAccess.Export
    public Object uvChmod(Value... a) {
        int mode = int32(a, 2);
        return runPath(a, Kind.INT, false, (l, r, p, c) -> (int) UvFs.CHMOD.invokeExact(l, r, p, mode, c));
    }

    @HostAccess.Export
    public Object uvFchmod(Value... a) {
        int fd = int32(a, 1), mode = int32(a, 2);
        return run(a, Kind.INT, (l, r, c) -> (int) UvFs.FCHMOD.invokeExact(l, r, fd, mode, c));
    }

    /** (cb, path | fd, uid, gid, which: 0 chown, 1 fchown, 2 lchown). */
    @HostAccess.Export
    public Object uvChown(Value... a) {
        int uid = (int) int64(a, 2), gid = (int) int64(a, 3), which = int32(a, 4);
        if (which == 1) {
            int fd = int32(a, 1);
            return run(a, Kind.INT, (l, r, c) -> (int) UvFs.FCHOWN.invokeExact(l, r, fd, uid, gid, c));
        }
        return runPath(a, Kind.INT, false, which == 2 ? (l, r, p, c) -> (int) UvFs.LCHOWN.invokeExact(l, r, p, uid, gid, c)
                : (l, r, p, c) -> (int) UvFs.CHOWN.invokeExact(l, r, p, uid, gid, c));
    }

    /** (cb, path | fd, atime, mtime, which: 0 utime, 1 futime, 2 lutime), times in seconds. */
    @HostAccess.Export
    public Object uvUtime(Value... a) {
        double at = a[2].asDouble(), mt = a[3].asDouble();
        int which = int32(a, 4);
        if (which == 1) {
            int fd = int32(a, 1);
            return run(a, Kind.INT, (l, r, c) -> (int) UvFs.FUTIME.invokeExact(l, r, fd, at, mt, c));
        }
        return runPath(a, Kind.INT, false, which == 2 ? (l, r, p, c) -> (int) UvFs.LUTIME.invokeExact(l, r, p, at, mt, c)
                : (l, r, p, c) -> (int) UvFs.UTIME.invokeExact(l, r, p, at, mt, c));
    }

    /** (cb, fd, data only). */
    @HostAccess.Export
    public Object uvFsync(Value... a) {
        int fd = int32(a, 1);
        return bool(a, 2) ? run(a, Kind.INT, (l, r, c) -> (int) UvFs.FDATASYNC.invokeExact(l, r, fd, c))
                : run(a, Kind.INT, (l, r, c) -> (int) UvFs.FSYNC.invokeExact(l, r, fd, c));
    }

    @HostAccess.Export
    public Object uvFtruncate(Value... a) {
        int fd = int32(a, 1);
        long len = int64(a, 2);
        return run(a, Kind.INT, (l, r, c) -> (int) UvFs.FTRUNCATE.invokeExact(l, r, fd, len, c));
    }

    // ---- directories (fs_dir: DirHandle) ----

    @HostAccess.Export
    public Object uvOpendir(Value... a) {
        return runPath(a, Kind.DIR, false, (l, r, p, c) -> (int) UvFs.OPENDIR.invokeExact(l, r, p, c));
    }

    /** (cb, dir, dirents buffer, entries, latin1): [names, types], empty at the end. */
    @HostAccess.Export
    public Object uvReaddir(Value... a) {
        long dir = (long) a[1].asDouble(), ents = (long) a[2].asDouble();
        UvFs.setDirents(dir, ents, int32(a, 3));
        return UvFs.run(env, cb(a), Kind.DIRENTS, bool(a, 4), dir, (l, r, c) -> (int) UvFs.READDIR.invokeExact(l, r, dir, c));
    }

    @HostAccess.Export
    public Object uvClosedir(Value... a) {
        long dir = (long) a[1].asDouble();
        return run(a, Kind.INT, (l, r, c) -> (int) UvFs.CLOSEDIR.invokeExact(l, r, dir, c));
    }

    /** Native memory for a DirHandle's dirents (uv_dirent_t[n]), freed with {@link #freeMemory}. */
    @HostAccess.Export
    public double allocMemory(Value... a) {
        return UvFs.calloc((long) a[0].asDouble());
    }

    @HostAccess.Export
    public Object freeMemory(Value... a) {
        UvFs.free((long) a[0].asDouble());
        return null;
    }

    // ---- an embedded env's stdio: fds 0-2 are its Java streams (NodeEnv.javaStdio), never the process's ----

    /** Whether this env's fds 0-2 are Java streams at all (the JS half then checks each fd). */
    @HostAccess.Export
    public boolean javaStdio(Value... a) {
        return a.length == 0 ? env.javaStdio(0) : env.javaStdio(int32(a, 0));
    }

    /** write of (addresses[], lengths[]) to an embedded env's fd 1 or 2: bytes written, or -errno. */
    @HostAccess.Export
    public double stdioWrite(Value... a) {
        int fd = int32(a, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < a[1].getArraySize(); i++) {
            long p = (long) a[1].getArrayElement(i).asDouble(), n = (long) a[2].getArrayElement(i).asDouble();
            if (n > 0) out.writeBytes(MemorySegment.ofAddress(p).reinterpret(n).toArray(JAVA_BYTE));
        }
        return env.writeStdio(fd, out.toByteArray());
    }

    /** read from an embedded env's fd 0 into (address, length): bytes read, 0 at the end, or -errno. */
    @HostAccess.Export
    public double stdioRead(Value... a) {
        int fd = int32(a, 0);
        long p = (long) a[1].asDouble();
        byte[] b = new byte[(int) a[2].asDouble()];
        long n = env.readStdio(fd, b);
        if (n > 0) MemorySegment.copy(b, 0, MemorySegment.ofAddress(p).reinterpret(n), JAVA_BYTE, 0, (int) n);
        return n;
    }

    // ---- the hot synchronous paths of the module loader ----

    /** Node's internalModuleStat: 0 file, 1 directory, a negative errno otherwise. */
    @HostAccess.Export
    public int internalModuleStat(Value... a) {
        Value p = a[a.length - 1];
        Object r;
        try (Arena ar = Arena.ofConfined()) {
            long path = path(ar, p);
            r = UvFs.run(env, null, Kind.STAT, false, 0, (l, q, c) -> (int) UvFs.STAT.invokeExact(l, q, path, c));
        }
        if (r instanceof Integer e) return e;
        return ((((long[]) r)[1]) & 0170000) == 0040000 ? 1 : 0;
    }

    /** [0, text] of a whole file read as UTF-8 (path or fd), or [-errno, syscall]. */
    @HostAccess.Export
    public Object[] readFileUtf8Raw(Value... a) {
        int fd;
        boolean own = !a[0].isNumber();
        if (own) {
            Object r = uvOpen(Value.asValue(null), a[0], a[1], Value.asValue(0666));
            if (r instanceof Integer e) return new Object[] {e, "open"};
            fd = (int) (double) (Double) r;
        } else {
            fd = a[0].asInt();
            if (env.javaStdio(fd)) return readStdioFully(fd);
        }
        try (Arena ar = Arena.ofConfined()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int chunk = 64 * 1024;
            MemorySegment buf = ar.allocate(chunk);
            long bufs = UvFs.bufs(ar, new long[] {buf.address()}, new long[] {chunk});
            for (;;) {
                int f = fd;
                Object r = UvFs.run(env, null, Kind.INT, false, 0, (l, q, c) -> (int) UvFs.READ.invokeExact(l, q, f, bufs, 1, -1L, c));
                if (r instanceof Integer e) return new Object[] {e, "read"};
                int n = (int) (double) (Double) r;
                if (n == 0) break;
                out.write(buf.asSlice(0, n).toArray(JAVA_BYTE), 0, n);
            }
            return new Object[] {0, out.toString(StandardCharsets.UTF_8)};
        } finally {
            if (own) {
                int f = fd;
                UvFs.run(env, null, Kind.INT, false, 0, (l, q, c) -> (int) UvFs.CLOSE.invokeExact(l, q, f, c));
            }
        }
    }

    private Object[] readStdioFully(int fd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        for (;;) {
            long n = env.readStdio(fd, chunk);
            if (n < 0) return new Object[] {(int) n, "read"};
            if (n == 0) break;
            out.write(chunk, 0, (int) n);
        }
        return new Object[] {0, out.toString(StandardCharsets.UTF_8)};
    }
}
