package org.napijvm.node;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** INTERIM synchronous file calls over libc for FsBinding (errors as negative errno, libuv's convention). */
public final class PosixFs {
    private PosixFs() {}

    private static final Linker L = Linker.nativeLinker();
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final VarHandle ERRNO_H = Linker.Option.captureStateLayout().varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static MethodHandle fn(String name, FunctionDescriptor fd) {
        return L.downcallHandle(L.defaultLookup().find(name).orElseThrow(), fd, ERRNO);
    }

    private static final MethodHandle OPEN = fn("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
    private static final MethodHandle CLOSE = fn("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle READ = fn("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle PREAD = fn("pread", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle WRITE = fn("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle PWRITE = fn("pwrite", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle STAT = fn("stat", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle LSTAT = fn("lstat", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle FSTAT = fn("fstat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle REALPATH = fn("realpath", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle ACCESS = fn("access", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));

    private static final MethodHandle MKDIR = fn("mkdir", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));

    public static int mkdir(String path, int mode) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Linker.Option.captureStateLayout());
            int r = (int) MKDIR.invokeExact(st, a.allocateFrom(path), mode);
            return r == 0 ? 0 : -errno(st);
        } catch (Throwable t) { throw new IllegalStateException(t); }
    }

    private static int errno(MemorySegment state) {
        return (int) ERRNO_H.get(state, 0L);
    }

    public static int open(String path, int flags, int mode) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Linker.Option.captureStateLayout());
            int fd = (int) OPEN.invokeExact(st, a.allocateFrom(path), flags | 02000000 /* O_CLOEXEC */, mode);
            return fd >= 0 ? fd : -errno(st);
        } catch (Throwable t) { throw new IllegalStateException(t); }
    }

    public static int close(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Linker.Option.captureStateLayout());
            int r = (int) CLOSE.invokeExact(st, fd);
            return r == 0 ? 0 : -errno(st);
        } catch (Throwable t) { throw new IllegalStateException(t); }
    }

    public static long read(int fd, byte[] into, long pos) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Linker.Option.captureStateLayout());
            MemorySegment buf = a.allocate(Math.max(1, into.length));
            long n;
            do {
                n = pos >= 0 ? (long) PREAD.invokeExact(st, fd, buf, (long) into.length, pos) : (long) READ.invokeExact(st, fd, buf, (long) into.length);
            } while (n < 0 && errno(st) == 4);
            if (n < 0) return -errno(st);
            MemorySegment.copy(buf, JAVA_BYTE_L, 0, into, 0, (int) n);
            return n;
        } catch (Throwable t) { throw new IllegalStateException(t); }
    }

    private static final java.lang.foreign.ValueLayout.OfByte JAVA_BYTE_L = java.lang.foreign.ValueLayout.JAVA_BYTE;

    public static long write(int fd, byte[] bytes, long pos) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Linker.Option.captureStateLayout());
            MemorySegment buf = a.allocate(Math.max(1, bytes.length));
            MemorySegment.copy(bytes, 0, buf, JAVA_BYTE_L, 0, bytes.length);
            long n;
            do {
                n = pos >= 0 ? (long) PWRITE.invokeExact(st, fd, buf, (long) bytes.length, pos) : (long) WRITE.invokeExact(st, fd, buf, (long) bytes.length);
            } while (n < 0 && errno(st) == 4);
            return n >= 0 ? n : -errno(st);
        } catch (Throwable t) { throw new IllegalStateException(t); }
    }

    /** struct stat (x86-64 glibc) -> [errno or 0, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atime s/ns, mtime, ctime, birthtime]. */
    private static double[] statFields(MemorySegment s) {
        double[] f = new double[19];
        f[1] = s.get(JAVA_LONG, 0);          // st_dev
        f[2] = s.get(JAVA_INT, 24);          // st_mode
        f[3] = s.get(JAVA_LONG, 16);         // st_nlink
        f[4] = s.get(JAVA_INT, 28) & 0xffffffffL; // st_uid
        f[5] = s.get(JAVA_INT, 32) & 0xffffffffL; // st_gid
        f[6] = s.get(JAVA_LONG, 40);         // st_rdev
        f[7] = s.get(JAVA_LONG, 56);         // st_blksize
        f[8] = s.get(JAVA_LONG, 8);          // st_ino
        f[9] = s.get(JAVA_LONG, 48);         // st_size
        f[10] = s.get(JAVA_LONG, 64);        // st_blocks
        for (int i = 0; i < 3; i++) {        // atim, mtim, ctim
            f[11 + 2 * i] = s.get(JAVA_LONG, 72 + 16L * i);
            f[12 + 2 * i] = s.get(JAVA_LONG, 80 + 16L * i);
        }
        f[17] = f[15]; // birthtime: not in struct stat (statx has it)
        f[18] = f[16];
        return f;
    }

    public static double[] stat(String path, boolean lstat) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Linker.Option.captureStateLayout());
            MemorySegment s = a.allocate(144, 8);
            int r = lstat ? (int) LSTAT.invokeExact(st, a.allocateFrom(path), s) : (int) STAT.invokeExact(st, a.allocateFrom(path), s);
            if (r != 0) return new double[] {-errno(st)};
            return statFields(s);
        } catch (Throwable t) { throw new IllegalStateException(t); }
    }

    public static double[] fstat(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Linker.Option.captureStateLayout());
            MemorySegment s = a.allocate(144, 8);
            int r = (int) FSTAT.invokeExact(st, fd, s);
            if (r != 0) return new double[] {-errno(st)};
            return statFields(s);
        } catch (Throwable t) { throw new IllegalStateException(t); }
    }

    public static int moduleStat(String path) {
        double[] f = stat(path, false);
        if (f.length == 1) return (int) f[0];
        return ((int) f[2] & 0170000) == 0040000 ? 1 : 0;
    }

    public static int access(String path, int mode) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Linker.Option.captureStateLayout());
            int r = (int) ACCESS.invokeExact(st, a.allocateFrom(path), mode);
            return r == 0 ? 0 : -errno(st);
        } catch (Throwable t) { throw new IllegalStateException(t); }
    }

    public static Object[] realpath(String path) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Linker.Option.captureStateLayout());
            MemorySegment buf = a.allocate(4097);
            MemorySegment r = (MemorySegment) REALPATH.invokeExact(st, a.allocateFrom(path), buf);
            if (r.equals(MemorySegment.NULL)) return new Object[] {-errno(st), null};
            return new Object[] {0, buf.getString(0)};
        } catch (Throwable t) { throw new IllegalStateException(t); }
    }

    public static Object[] readUtf8(String path, int flags) {
        int fd = open(path, flags, 0666);
        if (fd < 0) return new Object[] {fd, null};
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] chunk = new byte[65536];
            for (;;) {
                long n = read(fd, chunk, -1);
                if (n < 0) return new Object[] {(int) n, null};
                if (n == 0) break;
                out.write(chunk, 0, (int) n);
            }
            return new Object[] {0, out.toString(StandardCharsets.UTF_8)};
        } finally {
            close(fd);
        }
    }

    public static Object[] readdir(String path) {
        double[] s = stat(path, false);
        if (s.length == 1) return new Object[] {(int) s[0]};
        if (((int) s[2] & 0170000) != 0040000) return new Object[] {-20}; // ENOTDIR
        List<Object> out = new ArrayList<>();
        out.add(0);
        try (var dir = java.nio.file.Files.newDirectoryStream(java.nio.file.Path.of(path))) {
            List<String> names = new ArrayList<>();
            for (var p : dir) names.add(p.getFileName().toString());
            names.sort(null);
            out.addAll(names);
        } catch (java.nio.file.AccessDeniedException e) {
            return new Object[] {-13};
        } catch (java.io.IOException e) {
            return new Object[] {-5};
        }
        return out.toArray();
    }
}
