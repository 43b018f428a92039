package org.napijvm.loader;

import org.napijvm.graal.JsBridge;
import org.napijvm.graal.NapiRuntime;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The host side of node-env.js's small synchronous `fs` subset and `process.report`: one dispatcher,
 * {@code sys(op, path, arg)}, called with absolute paths (JS resolves relative ones against process.cwd()).
 * Bytes cross as latin1 strings (one char per byte). A failure throws a JS Error whose message and code are the
 * errno name ("ENOENT", ...); node-env.js turns it into Node's error (errno, code, syscall, path, message).
 */
final class NodeSys {
    private final NapiRuntime runtime;

    NodeSys(NapiRuntime runtime) {
        this.runtime = runtime;
    }

    Object call(Object[] a) {
        String op = JsBridge.asString(a[0]);
        if (op.equals("glibc")) return glibcVersion();
        Path p;
        try {
            p = Path.of(JsBridge.asString(a[1]));
        } catch (InvalidPathException e) {
            return fail("EINVAL");
        }
        try {
            switch (op) {
                case "read": return str(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                case "write": {
                    byte[] bytes = JsBridge.asString(a[2]).getBytes(StandardCharsets.ISO_8859_1);
                    if (Boolean.TRUE.equals(a[3]))
                        Files.write(p, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
                    else Files.write(p, bytes);
                    return runtime.undefined();
                }
                case "exists": return Files.exists(p);
                case "stat": {
                    boolean follow = Boolean.TRUE.equals(a[2]);
                    BasicFileAttributes at = follow ? Files.readAttributes(p, BasicFileAttributes.class)
                            : Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    String type = at.isRegularFile() ? "f" : at.isDirectory() ? "d" : at.isSymbolicLink() ? "l" : "o";
                    var t = at.lastModifiedTime().toInstant();
                    return str(type + " " + at.size() + " " + (t.getEpochSecond() * 1e3 + t.getNano() / 1e6));
                }
                case "readdir": {
                    if (!Files.isDirectory(p)) {
                        Files.readAttributes(p, BasicFileAttributes.class); // ENOENT if missing
                        return fail("ENOTDIR");
                    }
                    List<byte[]> names = new ArrayList<>();
                    try (Stream<Path> s = Files.list(p)) {
                        s.forEach(c -> names.add(c.getFileName().toString().getBytes(StandardCharsets.UTF_8)));
                    }
                    names.sort(Arrays::compareUnsigned); // libuv's scandir sorts with strcmp
                    StringBuilder b = new StringBuilder();
                    for (byte[] n : names) b.append(b.isEmpty() ? "" : "/").append(new String(n, StandardCharsets.UTF_8));
                    return str(b.toString());
                }
                case "realpath": return str(p.toRealPath().toString());
                case "mkdir": return mkdir(p, Boolean.TRUE.equals(a[2]));
                case "access": {
                    int mode = ((Number) a[2]).intValue();
                    Files.readAttributes(p, BasicFileAttributes.class); // ENOENT, ENOTDIR, ELOOP
                    if (((mode & 4) != 0 && !Files.isReadable(p)) || ((mode & 2) != 0 && !Files.isWritable(p))
                            || ((mode & 1) != 0 && !Files.isExecutable(p))) return fail("EACCES");
                    return runtime.undefined();
                }
                default: throw new IllegalArgumentException("sys op " + op);
            }
        } catch (IOException e) {
            return fail(code(e));
        }
    }

    /** mkdir(2), or with recursive mkdir -p; returns the first directory created (recursive) or undefined. */
    private Object mkdir(Path p, boolean recursive) throws IOException {
        if (!recursive) {
            Files.createDirectory(p);
            return runtime.undefined();
        }
        Path abs = p.toAbsolutePath().normalize();
        String first = null;
        Path cur = abs.getRoot();
        for (Path part : abs) {
            cur = cur.resolve(part);
            if (Files.isDirectory(cur)) continue;
            if (Files.exists(cur, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(cur))
                return fail(cur.equals(abs) ? "EEXIST" : "ENOTDIR");
            Files.createDirectory(cur);
            if (first == null) first = cur.toString();
        }
        return first == null ? runtime.undefined() : str(first);
    }

    private Object fail(String code) {
        runtime.throwJsError(code, code);
        return null;
    }

    /** The errno name of a failed file-system call (Java keeps only strerror's text for most). */
    static String code(IOException e) {
        if (e instanceof NoSuchFileException) return "ENOENT";
        if (e instanceof FileAlreadyExistsException) return "EEXIST";
        if (e instanceof DirectoryNotEmptyException) return "ENOTEMPTY";
        if (e instanceof NotDirectoryException) return "ENOTDIR";
        String r = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        if (r.contains("Is a directory")) return "EISDIR";
        if (r.contains("Not a directory")) return "ENOTDIR";
        if (r.contains("symbolic links")) return "ELOOP";
        if (r.contains("Operation not permitted")) return "EPERM";
        if (e instanceof AccessDeniedException || r.contains("Permission denied")) return "EACCES";
        if (r.contains("No such file")) return "ENOENT";
        if (r.contains("File exists")) return "EEXIST";
        if (r.contains("Read-only file system")) return "EROFS";
        if (r.contains("File name too long")) return "ENAMETOOLONG";
        if (r.contains("Invalid argument")) return "EINVAL";
        return "EIO";
    }

    private static Object str(String s) {
        return JsBridge.jsStringPublic(s);
    }

    private static String glibc;

    /** gnu_get_libc_version() through FFM ("" when the C library is not glibc). */
    private synchronized Object glibcVersion() {
        if (glibc == null) {
            glibc = "";
            try {
                Linker linker = Linker.nativeLinker();
                var sym = linker.defaultLookup().find("gnu_get_libc_version");
                if (sym.isPresent()) {
                    MethodHandle h = linker.downcallHandle(sym.get(), FunctionDescriptor.of(ValueLayout.ADDRESS));
                    MemorySegment s = (MemorySegment) h.invokeExact();
                    glibc = s.reinterpret(256).getString(0);
                }
            } catch (Throwable t) {
                glibc = "";
            }
        }
        return str(glibc);
    }
}
