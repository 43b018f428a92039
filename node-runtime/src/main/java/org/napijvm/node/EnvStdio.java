package org.napijvm.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * An env's stdio: the launcher's are the process's fds 0-2 (with {@code out}/{@code err} for Java-side messages); an
 * embedded env's are Java streams, and its fs binding's reads and writes on fds 0-2 come here instead of the fds.
 */
final class EnvStdio {
    final PrintStream out, err;
    /** null: the process's stdin. */
    private final InputStream in;
    /** Embedded: fds 0-2 are these Java streams, not the process's. */
    final boolean java;

    EnvStdio(PrintStream out, PrintStream err, InputStream in, boolean java) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.java = java;
    }

    static PrintStream print(OutputStream s) {
        return s instanceof PrintStream p ? p : new PrintStream(s, true, StandardCharsets.UTF_8);
    }

    boolean isJava(int fd) {
        return java && fd >= 0 && fd <= 2;
    }

    long write(int fd, byte[] bytes) {
        if (fd == 0) return -9; // EBADF, as writing to a read-only stdin
        PrintStream s = fd == 1 ? out : err;
        s.write(bytes, 0, bytes.length);
        s.flush();
        return bytes.length;
    }

    long read(int fd, byte[] into) {
        if (fd != 0) return -9;
        if (in == null || into.length == 0) return 0;
        try {
            int n = in.read(into);
            return n < 0 ? 0 : n;
        } catch (IOException e) {
            return -5; // EIO
        }
    }

    void flush() {
        out.flush();
        err.flush();
    }

    /** A line to stderr, unbuffered (process._rawDebug). */
    void rawDebug(String s) {
        err.println(s);
        err.flush();
    }
}
