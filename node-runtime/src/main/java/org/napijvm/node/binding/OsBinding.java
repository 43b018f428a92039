package org.napijvm.node.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.node.NodeEnv;
import org.napijvm.node.Posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** internalBinding('os') (node_os.cc), over libuv's uv_os_* and uv_cpu_info as node does. */
public final class OsBinding extends Binding {
    private static final MethodHandle UNAME = Posix.uv("uv_os_uname", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle HOSTNAME = Posix.uv("uv_os_gethostname", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle HOMEDIR = Posix.uv("uv_os_homedir", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle CPU_INFO = Posix.uv("uv_cpu_info", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle FREE_CPU_INFO = Posix.uv("uv_free_cpu_info", FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
    private static final MethodHandle TOTAL_MEM = Posix.uv("uv_get_total_memory", FunctionDescriptor.of(JAVA_LONG));
    private static final MethodHandle FREE_MEM = Posix.uv("uv_get_free_memory", FunctionDescriptor.of(JAVA_LONG));
    private static final MethodHandle UPTIME = Posix.uv("uv_uptime", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle LOADAVG = Posix.uv("uv_loadavg", FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle PARALLELISM = Posix.uv("uv_available_parallelism", FunctionDescriptor.of(JAVA_INT));

    public OsBinding(NodeEnv env) {
        super(env);
    }

    /** [sysname, version, release, machine] (node's order). */
    @HostAccess.Export
    public Object getOSInformation(Value... a) throws Throwable {
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment u = ar.allocate(1024);
            int r = (int) UNAME.invokeExact(u);
            if (r < 0) return fail(a, r, "uv_os_uname");
            return new String[] {u.getString(0), u.getString(512), u.getString(256), u.getString(768)};
        }
    }

    private Object string(Value[] a, MethodHandle h, String syscall) throws Throwable {
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment buf = ar.allocate(4096);
            MemorySegment size = ar.allocate(JAVA_LONG);
            size.set(JAVA_LONG, 0, 4096);
            int r = (int) h.invokeExact(buf, size);
            if (r < 0) return fail(a, r, syscall);
            return buf.getString(0);
        }
    }

    /** Node's ctx convention: errno/code/syscall on the ctx object, undefined returned (os.js throws). */
    private Object fail(Value[] a, int err, String syscall) {
        if (a.length > 0 && a[a.length - 1].hasMembers()) {
            Value ctx = a[a.length - 1];
            ctx.putMember("errno", err);
            ctx.putMember("code", Posix.errName(err));
            ctx.putMember("message", Posix.strerror(err));
            ctx.putMember("syscall", syscall);
        }
        return null;
    }

    @HostAccess.Export
    public Object getHostname(Value... a) throws Throwable {
        return string(a, HOSTNAME, "uv_os_gethostname");
    }

    @HostAccess.Export
    public Object getHomeDirectory(Value... a) throws Throwable {
        return string(a, HOMEDIR, "uv_os_homedir");
    }

    /** [model, speed, user, nice, sys, idle, irq] per CPU, flattened. */
    @HostAccess.Export
    public Object getCPUs(Value... a) throws Throwable {
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment pp = ar.allocate(ADDRESS);
            MemorySegment count = ar.allocate(JAVA_INT);
            int r = (int) CPU_INFO.invokeExact(pp, count);
            if (r < 0) return null;
            int n = count.get(JAVA_INT, 0);
            MemorySegment infos = pp.get(ADDRESS, 0).reinterpret(56L * n);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long base = 56L * i; // char* model; int speed; uv_cpu_times_s {user, nice, sys, idle, irq} (uint64)
                MemorySegment model = infos.get(ADDRESS, base).reinterpret(1024);
                out.add(model.getString(0));
                out.add(infos.get(JAVA_INT, base + 8));
                for (int k = 0; k < 5; k++) out.add((double) infos.get(JAVA_LONG, base + 16 + 8L * k));
            }
            FREE_CPU_INFO.invokeExact(pp.get(ADDRESS, 0), n);
            return out.toArray();
        }
    }

    @HostAccess.Export
    public double getTotalMem(Value... a) throws Throwable {
        return (double) (long) TOTAL_MEM.invokeExact();
    }

    @HostAccess.Export
    public double getFreeMem(Value... a) throws Throwable {
        return (double) (long) FREE_MEM.invokeExact();
    }

    @HostAccess.Export
    public Object getUptime(Value... a) throws Throwable {
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment d = ar.allocate(JAVA_DOUBLE);
            int r = (int) UPTIME.invokeExact(d);
            if (r < 0) return fail(a, r, "uv_uptime");
            return d.get(JAVA_DOUBLE, 0);
        }
    }

    @HostAccess.Export
    public Object getLoadAvg(Value... a) throws Throwable {
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment d = ar.allocate(JAVA_DOUBLE, 3);
            LOADAVG.invokeExact(d);
            for (int i = 0; i < 3; i++) a[0].setArrayElement(i, d.getAtIndex(JAVA_DOUBLE, i));
            return null;
        }
    }

    @HostAccess.Export
    public int getAvailableParallelism(Value... a) throws Throwable {
        return (int) PARALLELISM.invokeExact();
    }
}
