package org.napijvm.node.binding;

import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.NativeHooks;
import org.napijvm.node.NodeEnv;
import org.napijvm.node.NodeOptions;
import org.napijvm.node.Posix;
import org.napijvm.node.ProcessEnvVars;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * node_report.cc's diagnostic report (reportVersion 5) made by the host alone, so that it can be written from any
 * thread with no JS running: napi_fatal_error on an addon's own thread under {@code --report-on-fatalerror}, as
 * node's OnFatalError does. process.report (binding/report.js) adds the sections only JS knows (its stack) and
 * asks this class for the rest. The settings are per process, as Node's per_process::cli_options.
 */
public final class DiagnosticReport {
    private DiagnosticReport() {}

    /** process.report's settings, first from the CLI options of the process's first env. */
    public static final class Settings {
        public volatile boolean compact, excludeNetwork, excludeEnv, onFatalError, onSignal, onUncaughtException;
        public volatile String directory = "", filename = "", signal = "SIGUSR2";
    }

    public static final Settings SETTINGS = new Settings();
    private static boolean configured;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static volatile String nodejsVersion = "";
    private static volatile Map<String, Object> componentVersions = Map.of(), release = Map.of();
    private static volatile List<String> commandLine = List.of();

    /** The first env's options set the settings and the fatal-error hook (later envs share both, as in Node). */
    public static synchronized void configure(NodeOptions o) {
        if (configured) return;
        configured = true;
        SETTINGS.compact = o.bool("--report-compact");
        SETTINGS.excludeNetwork = o.bool("--report-exclude-network");
        SETTINGS.excludeEnv = o.bool("--report-exclude-env");
        SETTINGS.onFatalError = o.bool("--report-on-fatalerror");
        SETTINGS.onSignal = o.bool("--report-on-signal");
        SETTINGS.onUncaughtException = o.bool("--report-uncaught-exception");
        SETTINGS.directory = o.string("--report-dir");
        SETTINGS.filename = o.string("--report-filename");
        if (!o.string("--report-signal").isEmpty()) SETTINGS.signal = o.string("--report-signal");
        List<String> cmd = new ArrayList<>();
        cmd.add(o.execPath);
        cmd.addAll(o.execArgv);
        if (o.argv.size() > 1) cmd.addAll(o.argv.subList(1, o.argv.size()));
        commandLine = List.copyOf(cmd);
        NativeHooks.onFatalError(DiagnosticReport::onFatalError);
    }

    /** process.version/versions/release as the env's bootstrap made them (the header repeats them). */
    public static void processFacts(String version, Map<String, Object> versions, Map<String, Object> rel) {
        nodejsVersion = version;
        componentVersions = versions;
        Map<String, Object> ordered = new LinkedHashMap<>(); // node_report.cc's order: name, lts, headersUrl, sourceUrl
        for (String k : List.of("name", "lts", "headersUrl", "sourceUrl")) if (rel.containsKey(k)) ordered.put(k, rel.get(k));
        rel.forEach(ordered::putIfAbsent);
        release = ordered;
    }

    /** The envs of this process (a fatal error on one's JS thread reports that env, as node its isolate's). */
    private static final Set<NodeEnv> ENVS = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    public static void attach(NodeEnv env) {
        ENVS.add(env);
    }

    /** The JS stack where the fatal error happened: the frames of Error().stack, this source's own left out. */
    private static final Source JS_STACK_HERE = Source.newBuilder("js", """
            (() => {
              const limit = Error.stackTraceLimit;
              Error.stackTraceLimit = 12;
              const lines = new Error().stack.split('\\n');
              Error.stackTraceLimit = limit;
              return lines.filter((l) => /^\\s+at /.test(l) && !l.includes('node:internal/report/fatal')).slice(0, 10)
                .map((l) => l.trim());
            })()""", "node:internal/report/fatal").buildLiteral();

    /**
     * OnFatalError: the report, written where --report-dir/--report-filename say, if --report-on-fatalerror. On an
     * env's JS thread it is that env's (threadId, heap, JS stack, its loop's handles), elsewhere the process's alone.
     */
    private static void onFatalError(String location, String message, long[] frames) {
        if (!SETTINGS.onFatalError) return;
        NodeEnv env;
        synchronized (ENVS) {
            env = ENVS.stream().filter(e -> e.napi().onJsThread()).findFirst().orElse(null);
        }
        Map<String, Object> js = new LinkedHashMap<>();
        List<Object> stack = new ArrayList<>();
        if (env != null) {
            try {
                Value lines = env.context().eval(JS_STACK_HERE);
                for (long i = 0; i < lines.getArraySize(); i++) stack.add(lines.getArrayElement(i).asString());
            } catch (RuntimeException noStack) {
                stack.clear(); // JS cannot run now (e.g. an exception is being thrown): the report says so
            }
        }
        js.put("message", env == null ? "No stack." : "FatalError");
        js.put("stack", env == null || stack.isEmpty() ? List.of("Unavailable.") : stack);
        js.put("errorProperties", Map.of());
        Integer threadId = env == null ? null : env.threadId();
        String name = SETTINGS.filename.isEmpty() ? defaultFilename(threadId == null ? 0 : threadId) : SETTINGS.filename;
        write(name, report(message, "FatalError", name, threadId, js, nativeStack(frames),
                env == null ? List.of() : libuv(env.loop().loop), env == null ? new ProcessEnvVars() : env.envVars()),
                env == null ? System.out : env.stdio(1), env == null ? System.err : env.stdio(2));
    }

    /** report.&lt;date&gt;.&lt;time&gt;.&lt;pid&gt;.&lt;thread&gt;.&lt;seq&gt;.json (node's DiagnosticFilename). */
    public static String defaultFilename(int threadId) {
        return "report." + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd.HHmmss")) + "." + ProcessHandle.current().pid()
                + "." + threadId + "." + String.format("%03d", SEQUENCE.incrementAndGet()) + ".json";
    }

    /**
     * Writes the report as node does: "stdout"/"stderr", else a file in --report-dir (or the cwd), announced on
     * stderr; returns the file name written, or "" when it could not be.
     */
    public static String write(String name, Map<String, Object> report, PrintStream out, PrintStream err) {
        String text = toJson(report, SETTINGS.compact) + "\n";
        if (name.equals("stdout") || name.equals("stderr")) {
            (name.equals("stdout") ? out : err).print(text);
            (name.equals("stdout") ? out : err).flush();
            return name;
        }
        Path file = Path.of(SETTINGS.directory.isEmpty() ? Posix.cwd() : SETTINGS.directory).resolve(name);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (Exception e) {
            err.println("\nFailed to open Node.js report file: " + name + " directory: " + file.getParent() + " (errno: " + e.getMessage() + ")");
            return "";
        }
        err.println("\nWriting Node.js report to file: " + name);
        err.println("Node.js report completed");
        err.flush();
        return name;
    }

    /**
     * The whole report: {@code javascriptStack} as given, {@code javascriptHeap} (the JVM's heap, which holds the
     * engine's objects) only for a report made on an env's thread ({@code threadId} non-null), as node reports the
     * heap only with an isolate.
     */
    public static Map<String, Object> report(String event, String trigger, String filename, Integer threadId,
                                             Map<String, Object> javascriptStack, List<Object> nativeStack,
                                             List<Object> libuv, ProcessEnvVars envVars) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("header", header(event, trigger, filename, threadId));
        r.put("javascriptStack", javascriptStack);
        if (threadId != null) r.put("javascriptHeap", javascriptHeap());
        r.put("nativeStack", nativeStack);
        r.put("resourceUsage", resourceUsage());
        r.put("uvthreadResourceUsage", threadResourceUsage());
        r.put("libuv", libuv);
        r.put("workers", List.of());
        if (!SETTINGS.excludeEnv) {
            Map<String, Object> vars = new LinkedHashMap<>();
            for (String k : envVars.keys()) vars.put(k, envVars.get(k));
            r.put("environmentVariables", vars);
        }
        r.put("userLimits", userLimits());
        r.put("sharedObjects", sharedObjects());
        return r;
    }

    private static Map<String, Object> header(String event, String trigger, String filename, Integer threadId) {
        Map<String, Object> h = new LinkedHashMap<>();
        LocalDateTime now = LocalDateTime.now();
        h.put("reportVersion", 5);
        h.put("event", event);
        h.put("trigger", trigger);
        h.put("filename", filename);
        h.put("dumpEventTime", now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")));
        h.put("dumpEventTimeStamp", Long.toString(System.currentTimeMillis()));
        h.put("processId", ProcessHandle.current().pid());
        h.put("threadId", threadId);
        h.put("cwd", Posix.cwd());
        h.put("commandLine", commandLine);
        h.put("nodejsVersion", nodejsVersion);
        String glibc = ReportBinding.glibcVersion();
        h.put("glibcVersionRuntime", glibc);
        h.put("glibcVersionCompiler", glibc); // the trampoline is compiled on the machine it runs on
        h.put("wordSize", 64);
        h.put("arch", "x64");
        h.put("platform", "linux");
        h.put("componentVersions", componentVersions);
        h.put("release", release);
        String[] uname = OsBinding.uname();
        h.put("osName", uname[0]);
        h.put("osRelease", uname[2]);
        h.put("osVersion", uname[1]);
        h.put("osMachine", uname[3]);
        List<Object> cpus = new ArrayList<>();
        Object[] flat = OsBinding.cpus();
        for (int i = 0; i + 6 < flat.length; i += 7) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("model", flat[i]);
            c.put("speed", flat[i + 1]);
            String[] times = {"user", "nice", "sys", "idle", "irq"};
            for (int k = 0; k < 5; k++) c.put(times[k], ((Double) flat[i + 2 + k]).longValue());
            cpus.add(c);
        }
        h.put("cpus", cpus);
        if (!SETTINGS.excludeNetwork) {
            List<Object> ifaces = new ArrayList<>();
            Object[] f = OsBinding.interfaces();
            for (int i = 0; i + 6 < f.length; i += 7) {
                Map<String, Object> n = new LinkedHashMap<>();
                n.put("name", f[i]);
                n.put("internal", f[i + 5]);
                n.put("mac", f[i + 4]);
                n.put("address", f[i + 1]);
                n.put("netmask", f[i + 2]);
                n.put("family", f[i + 3]);
                if ("IPv6".equals(f[i + 3])) n.put("scopeid", f[i + 6]);
                ifaces.add(n);
            }
            h.put("networkInterfaces", ifaces);
        }
        h.put("host", OsBinding.hostname());
        return h;
    }


    /** libc's functions the report calls; bound on the first report, not at startup. */
    private static final class Libc {
        static final MethodHandle DLADDR = Posix.libc("dladdr", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS));
        static final MethodHandle BACKTRACE = Posix.libc("backtrace", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        static final MethodHandle GETRLIMIT = Posix.libc("getrlimit", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    }

    /** {pc, symbol} per return address: "name [file]" from dladdr, as node prints its frames. */
    static List<Object> nativeStack(long[] frames) {
        List<Object> out = new ArrayList<>();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment info = a.allocate(32, 8); // Dl_info { dli_fname, dli_fbase, dli_sname, dli_saddr }
            for (long pc : frames) {
                String symbol = "";
                if ((int) Libc.DLADDR.invokeExact(pc, info) != 0) {
                    String file = cString(info.get(ADDRESS, 0)), name = cString(info.get(ADDRESS, 16));
                    symbol = name + " [" + file + "]";
                }
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("pc", String.format("0x%016x", pc));
                f.put("symbol", symbol);
                out.add(f);
            }
        } catch (Throwable t) {
            // a frame dladdr cannot name ends the list
        }
        return out;
    }


    /** The calling thread's native frames (glibc's unwinder stops at the first JIT-compiled Java frame). */
    static List<Object> nativeStackHere() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(JAVA_LONG, 64);
            int n = (int) Libc.BACKTRACE.invokeExact(buf, 64);
            long[] pcs = new long[Math.max(0, n)];
            for (int i = 0; i < pcs.length; i++) pcs[i] = buf.getAtIndex(JAVA_LONG, i);
            return nativeStack(pcs);
        } catch (Throwable t) {
            return List.of();
        }
    }

    private static String cString(MemorySegment p) {
        return p.address() == 0 ? "" : p.reinterpret(4096).getString(0);
    }

    /** PrintGCStatistics' fields over the JVM's heap; one "space" per heap memory pool. */
    private static Map<String, Object> javascriptHeap() {
        Runtime rt = Runtime.getRuntime();
        long total = rt.totalMemory(), used = total - rt.freeMemory(), max = rt.maxMemory();
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("totalMemory", total);
        h.put("executableMemory", 0L);
        h.put("totalCommittedMemory", total);
        h.put("availableMemory", max - used);
        h.put("totalGlobalHandlesMemory", 0L);
        h.put("usedGlobalHandlesMemory", 0L);
        h.put("usedMemory", used);
        h.put("memoryLimit", max);
        h.put("mallocedMemory", 0L);
        h.put("externalMemory", 0L);
        h.put("peakMallocedMemory", 0L);
        h.put("nativeContextCount", 1L);
        h.put("detachedContextCount", 0L);
        h.put("doesZapGarbage", 0L);
        Map<String, Object> spaces = new LinkedHashMap<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() != MemoryType.HEAP) continue;
            var u = p.getUsage();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("memorySize", u.getCommitted());
            s.put("committedMemory", u.getCommitted());
            s.put("capacity", u.getMax() < 0 ? u.getCommitted() : u.getMax());
            s.put("used", u.getUsed());
            s.put("available", Math.max(0, (u.getMax() < 0 ? u.getCommitted() : u.getMax()) - u.getUsed()));
            spaces.put(p.getName().toLowerCase().replace(' ', '_'), s);
        }
        h.put("heapSpaces", spaces);
        return h;
    }

    /** libuv's memory figures; looked up on the first report, not at startup (uv_get_available_memory: libuv 1.45+). */
    private static final class Memory {
        static final MethodHandle RSS = Posix.uv("uv_resident_set_memory", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        static final MethodHandle FREE = Posix.uv("uv_get_free_memory", FunctionDescriptor.of(JAVA_LONG));
        static final MethodHandle TOTAL = Posix.uv("uv_get_total_memory", FunctionDescriptor.of(JAVA_LONG));
        static final MethodHandle CONSTRAINED = Posix.uv("uv_get_constrained_memory", FunctionDescriptor.of(JAVA_LONG));
        static final MethodHandle AVAILABLE = optionalUv("uv_get_available_memory", FunctionDescriptor.of(JAVA_LONG));
    }

    private static MethodHandle optionalUv(String name, FunctionDescriptor fd) {
        try {
            return Posix.uv(name, fd);
        } catch (IllegalStateException absent) {
            return null;
        }
    }

    private static Map<String, Object> resourceUsage() {
        Map<String, Object> u = new LinkedHashMap<>();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment rss = a.allocate(JAVA_LONG);
            int rc = (int) Memory.RSS.invokeExact(rss);
            long free = (long) Memory.FREE.invokeExact();
            u.put("free_memory", new Unsigned(free));
            u.put("total_memory", new Unsigned((long) Memory.TOTAL.invokeExact()));
            u.put("rss", rc == 0 ? rss.get(JAVA_LONG, 0) : 0L);
            long constrained = (long) Memory.CONSTRAINED.invokeExact();
            if (constrained != 0) u.put("constrained_memory", new Unsigned(constrained));
            // an older libuv has no uv_get_available_memory: its free memory is what it would answer unconstrained
            u.put("available_memory", new Unsigned(Memory.AVAILABLE == null ? free : (long) Memory.AVAILABLE.invokeExact()));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        long[] r = Posix.rusage(0);
        cpu(u, r);
        u.put("maxRss", r[2] * 1024);
        Map<String, Object> faults = new LinkedHashMap<>();
        faults.put("IORequired", r[7]);
        faults.put("IONotRequired", r[6]);
        u.put("pageFaults", faults);
        u.put("fsActivity", fs(r));
        return u;
    }

    private static Map<String, Object> threadResourceUsage() {
        Map<String, Object> u = new LinkedHashMap<>();
        long[] r = Posix.rusage(1); // RUSAGE_THREAD: the thread making the report
        cpu(u, r);
        u.put("fsActivity", fs(r));
        return u;
    }

    private static void cpu(Map<String, Object> u, long[] r) {
        double user = r[0] / 1e6, sys = r[1] / 1e6;
        double uptime = Math.max(1.0, ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        u.put("userCpuSeconds", user);
        u.put("kernelCpuSeconds", sys);
        u.put("cpuConsumptionPercent", (user + sys) / uptime * 100);
        u.put("userCpuConsumptionPercent", user / uptime * 100);
        u.put("kernelCpuConsumptionPercent", sys / uptime * 100);
    }

    private static Map<String, Object> fs(long[] r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("reads", r[9]);
        f.put("writes", r[10]);
        return f;
    }

    /** node_report.cc's table: name and RLIMIT_* number, in its order. */
    private static final String[] LIMIT_NAMES = {"core_file_size_blocks", "data_seg_size_bytes", "file_size_blocks",
        "max_locked_memory_bytes", "max_memory_size_bytes", "open_files", "stack_size_bytes", "cpu_time_seconds",
        "max_user_processes", "virtual_memory_bytes"};
    private static final int[] LIMITS = {4, 2, 1, 8, 5, 7, 3, 0, 6, 9};

    private static Map<String, Object> userLimits() {
        Map<String, Object> out = new LinkedHashMap<>();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment lim = a.allocate(16, 8);
            for (int i = 0; i < LIMITS.length; i++) {
                if ((int) Libc.GETRLIMIT.invokeExact(LIMITS[i], lim) != 0) continue;
                Map<String, Object> l = new LinkedHashMap<>();
                long soft = lim.get(JAVA_LONG, 0), hard = lim.get(JAVA_LONG, 8);
                l.put("soft", soft == -1 ? "unlimited" : soft); // RLIM_INFINITY
                l.put("hard", hard == -1 ? "unlimited" : hard);
                out.put(LIMIT_NAMES[i], l);
            }
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return out;
    }

    private static List<Object> sharedObjects() {
        return List.of((Object[]) ReportBinding.mappedObjects());
    }

    // ---- the libuv section: uv_walk over an env's loop, on its own thread ----
    /** uv_walk and what it asks of each handle; bound on the first report. */
    private static final class Walk {
        static final MethodHandle WALK = Posix.uv("uv_walk", FunctionDescriptor.ofVoid(JAVA_LONG, ADDRESS, JAVA_LONG));
        static final MethodHandle TYPE = Posix.uv("uv_handle_get_type", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
        static final MethodHandle TYPE_NAME = Posix.uv("uv_handle_type_name", FunctionDescriptor.of(ADDRESS, JAVA_INT));
        static final MethodHandle IS_ACTIVE = Posix.uv("uv_is_active", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
        static final MethodHandle HAS_REF = Posix.uv("uv_has_ref", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
        static final MethodHandle LOOP_ALIVE = Posix.uv("uv_loop_alive", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
        static final MethodHandle IDLE_TIME = optionalUv("uv_metrics_idle_time", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
        static final ThreadLocal<List<Object>> WALKED = new ThreadLocal<>();
        static final MemorySegment WALK_CB;

        static {
            try {
                MethodHandle cb = MethodHandles.lookup().findStatic(DiagnosticReport.class, "walked",
                        MethodType.methodType(void.class, long.class, long.class));
                WALK_CB = Linker.nativeLinker().upcallStub(cb, FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG), Arena.global());
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    private static void walked(long handle, long arg) {
        try {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("type", cString((MemorySegment) Walk.TYPE_NAME.invokeExact((int) Walk.TYPE.invokeExact(handle))));
            h.put("is_active", (int) Walk.IS_ACTIVE.invokeExact(handle) != 0);
            h.put("is_referenced", (int) Walk.HAS_REF.invokeExact(handle) != 0);
            h.put("address", String.format("0x%016x", handle));
            Walk.WALKED.get().add(h);
        } catch (Throwable ignored) {
            // a handle that cannot be described is left out
        }
    }

    /** Every handle of the loop, then the loop itself (node's ReportEndpoints/WalkHandle order). */
    public static List<Object> libuv(long loop) {
        List<Object> out = new ArrayList<>();
        Walk.WALKED.set(out);
        try {
            Walk.WALK.invokeExact(loop, Walk.WALK_CB, 0L);
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("type", "loop");
            l.put("is_active", (int) Walk.LOOP_ALIVE.invokeExact(loop) != 0);
            l.put("address", String.format("0x%016x", loop));
            if (Walk.IDLE_TIME != null) l.put("loopIdleTimeSeconds", (long) Walk.IDLE_TIME.invokeExact(loop) / 1e9);
            out.add(l);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        } finally {
            Walk.WALKED.remove();
        }
        return out;
    }

    // ---- JSON as JSON.stringify(report, null, 2) writes it (or on one line when compact) ----
    /** An unsigned 64-bit count (memory sizes), written as node writes it. */
    record Unsigned(long value) {}

    static String toJson(Object v, boolean compact) {
        StringBuilder sb = new StringBuilder();
        json(sb, v, compact ? null : "");
        return sb.toString();
    }

    private static void json(StringBuilder sb, Object v, String indent) {
        String inner = indent == null ? null : indent + "  ";
        if (v == null) sb.append("null");
        else if (v instanceof String s) quote(sb, s);
        else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) sb.append(v);
        else if (v instanceof Unsigned u) sb.append(Long.toUnsignedString(u.value()));
        else if (v instanceof Double d) sb.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString());
        else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) { sb.append("{}"); return; }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                if (inner != null) sb.append('\n').append(inner);
                quote(sb, String.valueOf(e.getKey()));
                sb.append(inner != null ? ": " : ":");
                json(sb, e.getValue(), inner);
            }
            if (inner != null) sb.append('\n').append(indent);
            sb.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) { sb.append("[]"); return; }
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? "," : "");
                if (inner != null) sb.append('\n').append(inner);
                json(sb, l.get(i), inner);
            }
            if (inner != null) sb.append('\n').append(indent);
            sb.append(']');
        } else quote(sb, v.toString());
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
