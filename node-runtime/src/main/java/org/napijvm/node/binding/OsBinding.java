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
    private static final MethodHandle INTERFACES = Posix.uv("uv_interface_addresses", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle FREE_INTERFACES = Posix.uv("uv_free_interface_addresses", FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
    private static final MethodHandle IP4_NAME = Posix.uv("uv_ip4_name", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG));
    private static final MethodHandle IP6_NAME = Posix.uv("uv_ip6_name", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG));
    private static final MethodHandle GET_PASSWD = Posix.uv("uv_os_get_passwd", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle FREE_PASSWD = Posix.uv("uv_os_free_passwd", FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle GET_PRIORITY = Posix.uv("uv_os_getpriority", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    private static final MethodHandle SET_PRIORITY = Posix.uv("uv_os_setpriority", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    // struct uv_interface_address_s { char* name; char phys_addr[6]; int is_internal; union address; union netmask; }
    // (the unions are sockaddr_in6-sized, 28 bytes, 4-aligned)
    private static final long IF_SIZE = 80, IF_PHYS = 8, IF_INTERNAL = 16, IF_ADDRESS = 20, IF_NETMASK = 48;
    private static final int AF_INET = 2;

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

    // ---- the same facts for the diagnostic report, which has no JS to hand a ctx (empty on failure) ----
    static String[] uname() {
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment u = ar.allocate(1024);
            if ((int) UNAME.invokeExact(u) < 0) return new String[] {"", "", "", ""};
            return new String[] {u.getString(0), u.getString(512), u.getString(256), u.getString(768)};
        } catch (Throwable t) {
            return new String[] {"", "", "", ""};
        }
    }

    static String hostname() {
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment buf = ar.allocate(4096), size = ar.allocate(JAVA_LONG);
            size.set(JAVA_LONG, 0, 4096);
            return (int) HOSTNAME.invokeExact(buf, size) < 0 ? "" : buf.getString(0);
        } catch (Throwable t) {
            return "";
        }
    }

    static Object[] cpus() {
        try {
            Object r = cpuInfo();
            return r == null ? new Object[0] : (Object[]) r;
        } catch (Throwable t) {
            return new Object[0];
        }
    }

    static Object[] interfaces() {
        try {
            Object r = interfaceAddresses();
            return r instanceof Object[] o ? o : new Object[0];
        } catch (Throwable t) {
            return new Object[0];
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
        return env.undefined(); // os.js tests for undefined: null would pass as a result
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
        return cpuInfo();
    }

    private static Object cpuInfo() throws Throwable {
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

    /** node_os.cc GetInterfaceAddresses: [name, address, netmask, family, mac, internal, scopeid] per address. */
    @HostAccess.Export
    public Object getInterfaceAddresses(Value... a) throws Throwable {
        Object r = interfaceAddresses();
        return r instanceof Integer err ? fail(a, err, "uv_interface_addresses") : r;
    }

    /** The flattened addresses, or the libuv error as an Integer. */
    private static Object interfaceAddresses() throws Throwable {
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment pp = ar.allocate(ADDRESS), count = ar.allocate(JAVA_INT);
            int r = (int) INTERFACES.invokeExact(pp, count);
            if (r < 0) return r;
            int n = count.get(JAVA_INT, 0);
            MemorySegment all = pp.get(ADDRESS, 0).reinterpret(IF_SIZE * n);
            MemorySegment name = ar.allocate(64);
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                MemorySegment it = all.asSlice(IF_SIZE * i, IF_SIZE);
                boolean v4 = (it.get(java.lang.foreign.ValueLayout.JAVA_SHORT, IF_ADDRESS) & 0xffff) == AF_INET;
                StringBuilder mac = new StringBuilder();
                for (int k = 0; k < 6; k++) mac.append(k > 0 ? ":" : "").append(String.format("%02x", it.get(java.lang.foreign.ValueLayout.JAVA_BYTE, IF_PHYS + k) & 0xff));
                out.add(it.get(ADDRESS, 0).reinterpret(1024).getString(0));
                out.add(ipName(it.asSlice(IF_ADDRESS), v4, name));
                out.add(ipName(it.asSlice(IF_NETMASK), v4, name));
                out.add(v4 ? "IPv4" : "IPv6");
                out.add(mac.toString());
                out.add(it.get(JAVA_INT, IF_INTERNAL) != 0);
                out.add(v4 ? -1 : it.get(java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED, IF_ADDRESS + 24)); // sin6_scope_id
            }
            FREE_INTERFACES.invokeExact(pp.get(ADDRESS, 0), n);
            return out.toArray();
        }
    }

    private static String ipName(MemorySegment sockaddr, boolean v4, MemorySegment buf) throws Throwable {
        int r = v4 ? (int) IP4_NAME.invokeExact(sockaddr, buf, 64L) : (int) IP6_NAME.invokeExact(sockaddr, buf, 64L);
        return r == 0 ? buf.getString(0) : "";
    }

    /** [uid, gid, username, homedir, shell] (the JS half makes Node's object and Buffers for encoding 'buffer'). */
    @HostAccess.Export
    public Object getUserInfoRaw(Value... a) throws Throwable {
        try (Arena ar = Arena.ofConfined()) {
            // struct uv_passwd_s { char* username; unsigned long uid; unsigned long gid; char* shell; char* homedir; }
            MemorySegment pw = ar.allocate(40, 8);
            int r = (int) GET_PASSWD.invokeExact(pw);
            if (r < 0) return fail(a, r, "uv_os_get_passwd");
            MemorySegment shell = pw.get(ADDRESS, 24);
            Object[] out = {(double) pw.get(JAVA_LONG, 8), (double) pw.get(JAVA_LONG, 16), pw.get(ADDRESS, 0).reinterpret(4096).getString(0),
                pw.get(ADDRESS, 32).reinterpret(4096).getString(0), shell.address() == 0 ? null : shell.reinterpret(4096).getString(0)};
            FREE_PASSWD.invokeExact(pw);
            return out;
        }
    }

    @HostAccess.Export
    public Object getPriority(Value... a) throws Throwable {
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment p = ar.allocate(JAVA_INT);
            int r = (int) GET_PRIORITY.invokeExact(a[0].asInt(), p);
            if (r < 0) return fail(a, r, "uv_os_getpriority");
            return p.get(JAVA_INT, 0);
        }
    }

    /** 0, or the error (with the ctx filled) as node's SetPriority. */
    @HostAccess.Export
    public int setPriority(Value... a) throws Throwable {
        int r = (int) SET_PRIORITY.invokeExact(a[0].asInt(), a[1].asInt());
        if (r < 0) fail(a, r, "uv_os_setpriority");
        return r;
    }

    @HostAccess.Export
    public int getAvailableParallelism(Value... a) throws Throwable {
        return (int) PARALLELISM.invokeExact();
    }
}
