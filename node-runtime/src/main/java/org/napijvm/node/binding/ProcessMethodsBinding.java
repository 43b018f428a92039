package org.napijvm.node.binding;

import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.JavaFunction;
import org.napijvm.loader.AddonLoader;
import org.napijvm.node.NodeEnv;
import org.napijvm.node.Posix;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * internalBinding('process_methods') (node_process_methods.cc): clocks, resource usage, the working directory, signals,
 * exit, and process.dlopen, which hands .node files to napi-jvm's Node-API loader. The rest is in
 * binding/process_methods.js.
 */
public final class ProcessMethodsBinding extends Binding {
    private static final InteropLibrary I = InteropLibrary.getUncached();
    private Value emitWarningSync;

    public ProcessMethodsBinding(NodeEnv env) {
        super(env);
    }

    @HostAccess.Export
    public long[] hrtimeParts(Value... a) {
        long ns = Posix.hrtime();
        return new long[] {ns / 1_000_000_000L, ns % 1_000_000_000L};
    }

    @HostAccess.Export
    public String cwd(Value... a) {
        return env.cwd();
    }

    /** 0, or the negative errno (process_methods.js throws Node's UVException for it). */
    @HostAccess.Export
    public int chdirRaw(Value... a) {
        Integer own = env.chdirOwn(a[0].asString()); // an embedded env with its own cwd
        return own != null ? own : Posix.chdir(a[0].asString());
    }

    @HostAccess.Export
    public int umask(Value... a) {
        if (a.length == 0 || a[0].isNull()) {
            int old = Posix.umask(0);
            Posix.umask(old);
            return old;
        }
        return Posix.umask(a[0].asInt());
    }

    /** Seconds since the process started (uv_uptime of the process, as Node's process.uptime). */
    @HostAccess.Export
    public double uptime(Value... a) {
        return (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
    }

    @HostAccess.Export
    public Object reallyExit(Value... a) {
        env.exit(a.length > 0 && a[0].isNumber() ? a[0].asInt() : 0);
        return null;
    }

    @HostAccess.Export
    public int _kill(Value... a) {
        return Posix.kill(a[0].asInt(), a[1].asInt());
    }

    /** Resident set size from /proc/self/statm (pages). */
    @HostAccess.Export
    public double rss(Value... a) {
        try {
            String[] f = Files.readString(Path.of("/proc/self/statm")).trim().split(" ");
            return Double.parseDouble(f[1]) * 4096;
        } catch (Exception e) {
            return 0;
        }
    }

    /** [rss, heapTotal, heapUsed, external, arrayBuffers]: the JVM heap stands for V8's. */
    @HostAccess.Export
    public Object memoryUsage(Value... a) {
        Runtime r = Runtime.getRuntime();
        Value out = a[0];
        out.setArrayElement(0, rss());
        out.setArrayElement(1, (double) r.totalMemory());
        out.setArrayElement(2, (double) (r.totalMemory() - r.freeMemory()));
        out.setArrayElement(3, 0.0);
        out.setArrayElement(4, 0.0);
        return null;
    }

    /** [user, system] CPU time of the process in µs. */
    @HostAccess.Export
    public Object cpuUsage(Value... a) {
        long[] us = Posix.cpuTimesMicros();
        a[0].setArrayElement(0, (double) us[0]);
        a[0].setArrayElement(1, (double) us[1]);
        return null;
    }

    @HostAccess.Export
    public Object threadCpuUsage(Value... a) {
        var t = ManagementFactory.getThreadMXBean();
        long cpu = t.getCurrentThreadCpuTime() / 1000, user = t.getCurrentThreadUserTime() / 1000;
        a[0].setArrayElement(0, (double) user);
        a[0].setArrayElement(1, (double) Math.max(0, cpu - user));
        return null;
    }

    @HostAccess.Export
    public Object resourceUsage(Value... a) {
        long[] r = Posix.rusage();
        for (int i = 0; i < r.length && i < a[0].getArraySize(); i++) a[0].setArrayElement(i, (double) r[i]);
        return null;
    }

    @HostAccess.Export
    public int pid(Value... a) {
        return Posix.getpid();
    }

    @HostAccess.Export
    public int ppid(Value... a) {
        return Posix.getppid();
    }

    /** MemAvailable from /proc/meminfo, in bytes (uv_get_available_memory). */
    @HostAccess.Export
    public double availableMemory(Value... a) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo")))
                if (line.startsWith("MemAvailable:")) return Double.parseDouble(line.replaceAll("[^0-9]", "")) * 1024;
        } catch (Exception ignored) {
            // fall through
        }
        return (double) Runtime.getRuntime().freeMemory();
    }

    /** process.abort(): SIGABRT, as node (a core file where the system keeps them). */
    @HostAccess.Export
    public Object abort(Value... a) {
        env.flushStreams();
        Posix.kill(Posix.getpid(), 6);
        Runtime.getRuntime().halt(134);
        return null;
    }

    @HostAccess.Export
    public Object setEmitWarningSync(Value... a) {
        emitWarningSync = a[0];
        return null;
    }

    @HostAccess.Export
    public Object _rawDebug(Value... a) {
        env.rawDebug(a[0].asString());
        return null;
    }

    @Override
    protected Map<String, JavaFunction> rawFunctions() {
        // process.dlopen(module, filename[, flags]): init runs with module.exports; what it returns becomes them
        return Map.of("dlopen", new JavaFunction(a -> {
            try {
                Object module = a[0];
                String file = I.asString(a[1]);
                if (!env.permissions().addons()) { // --no-addons, or --permission without --allow-addons
                    env.napi().throwJsError("Cannot load native addon because loading addons is disabled.", "ERR_DLOPEN_DISABLED");
                    return null;
                }
                Object exports = I.readMember(module, "exports");
                Object result = AddonLoader.load(env.napi(), file, exports);
                if (result != exports) I.writeMember(module, "exports", result);
                return env.undefined();
            } catch (AddonLoader.LoadException e) {
                env.napi().throwJsError(e.getMessage(), e.code);
                return null;
            } catch (InteropException e) {
                throw new IllegalStateException("process.dlopen: " + e.getMessage(), e);
            }
        }));
    }
}
