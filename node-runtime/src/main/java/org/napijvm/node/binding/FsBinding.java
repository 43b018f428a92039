package org.napijvm.node.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.node.NodeEnv;
import org.napijvm.node.PosixFs;

/**
 * internalBinding('fs') (node_file.cc), INTERIM: the synchronous calls the module loaders and stdio need, over
 * libc (PosixFs). The full binding (every call, callbacks and promises on the loop) replaces this.
 */
public final class FsBinding extends Binding {
    public FsBinding(NodeEnv env) {
        super(env);
    }

    /** Node's internalModuleStat: 0 file, 1 directory, a negative errno otherwise. */
    @HostAccess.Export
    public int internalModuleStat(Value... a) {
        return PosixFs.moduleStat(a[a.length - 1].asString());
    }

    /** [errno, text]: errno 0 with the file's text, or a negative errno (fs.js throws Node's UVException). */
    @HostAccess.Export
    public Object[] readFileUtf8Raw(Value... a) {
        return PosixFs.readUtf8(a[0].asString(), a.length > 1 && a[1].isNumber() ? a[1].asInt() : 0);
    }

    /** write(2) of bytes [offset, offset+length) of a Buffer at position (or the current one): written, or -errno. */
    @HostAccess.Export
    public long writeBufferRaw(Value... a) {
        int fd = a[0].asInt();
        Value buf = a[1];
        int off = a[2].asInt(), len = a[3].asInt();
        long pos = a.length > 4 && a[4].isNumber() ? a[4].asLong() : -1;
        byte[] bytes = new byte[len];
        buf.readBuffer(off, bytes, 0, len);
        return write(fd, bytes, pos);
    }

    @HostAccess.Export
    public long writeStringRaw(Value... a) {
        int fd = a[0].asInt();
        byte[] bytes = a[1].asString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long pos = a.length > 2 && a[2].isNumber() ? a[2].asLong() : -1;
        return write(fd, bytes, pos);
    }

    /** An embedded env's stdio fds are its Java streams: Node's stdout/stderr writes all come through here. */
    private long write(int fd, byte[] bytes, long pos) {
        return env.javaStdio(fd) ? env.writeStdio(fd, bytes) : PosixFs.write(fd, bytes, pos);
    }

    /** [errno, 18 stat fields] of a path (lstat when {@code lstat}) or an fd. */
    @HostAccess.Export
    public double[] statRaw(Value... a) {
        return a[0].isNumber() ? PosixFs.fstat(a[0].asInt()) : PosixFs.stat(a[0].asString(), a[1].asBoolean());
    }

    @HostAccess.Export
    public Object[] realpathRaw(Value... a) {
        return PosixFs.realpath(a[0].asString());
    }

    @HostAccess.Export
    public Object[] readdirRaw(Value... a) {
        return PosixFs.readdir(a[0].asString());
    }

    @HostAccess.Export
    public int openRaw(Value... a) {
        return PosixFs.open(a[0].asString(), a[1].asInt(), a[2].asInt());
    }

    @HostAccess.Export
    public int closeRaw(Value... a) {
        int fd = a[0].asInt();
        return env.javaStdio(fd) ? 0 : PosixFs.close(fd); // an embedded env never closes the JVM's stdio
    }

    @HostAccess.Export
    public long readRaw(Value... a) {
        int fd = a[0].asInt();
        Value buf = a[1];
        int off = a[2].asInt(), len = a[3].asInt();
        long pos = a.length > 4 && a[4].isNumber() && a[4].asLong() >= 0 ? a[4].asLong() : -1;
        byte[] bytes = new byte[len];
        long n = env.javaStdio(fd) ? env.readStdio(fd, bytes) : PosixFs.read(fd, bytes, pos);
        for (int i = 0; i < n; i++) buf.writeBufferByte(off + i, bytes[i]);
        return n;
    }

    @HostAccess.Export
    public int accessRaw(Value... a) {
        return PosixFs.access(a[0].asString(), a[1].asInt());
    }

    @HostAccess.Export
    public int mkdirRaw(Value... a) {
        return PosixFs.mkdir(a[0].asString(), a[1].asInt());
    }
}
