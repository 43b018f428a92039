package org.napijvm.node;

import org.graalvm.polyglot.HostAccess;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code NAPI_JVM_STARTUP_TRACE=1}: where the launcher's start-up time goes, printed to stderr at exit. The phases
 * (JVM start to main, Context, Node-API, bootstrap, main script, loop), the engine (JIT or interpreter) and, per
 * built-in module, the time to compile its source and to run its top level (self time: its own requires excluded),
 * the largest first. Off by default: then every method is a no-op and bootstrap.js does not wrap built-ins.
 */
public final class StartupTrace {
    public static final boolean ON = System.getenv("NAPI_JVM_STARTUP_TRACE") != null;

    private static final long T0 = System.nanoTime();
    private static final List<String[]> PHASES = new ArrayList<>();
    private static final Map<String, double[]> MODULES = new LinkedHashMap<>(); // id -> {compile ms, self ms, total ms}
    private static long last = T0;
    private static String engine = "?";

    private StartupTrace() {}

    /** Marks the end of a phase (the time since the previous mark). */
    public static void phase(String name) {
        if (!ON) return;
        long now = System.nanoTime();
        PHASES.add(new String[] {name, ms(now - last)});
        last = now;
    }

    static void engine(String implementationName) {
        engine = implementationName;
    }

    /** bootstrap.js's side: per-module compile and run times, in milliseconds. */
    public static final class Js {
        @HostAccess.Export
        public double now() {
            return System.nanoTime() / 1e6;
        }

        @HostAccess.Export
        public void compiled(String id, double ms) {
            MODULES.computeIfAbsent(id, k -> new double[3])[0] += ms;
        }

        @HostAccess.Export
        public void ran(String id, double selfMs, double totalMs) {
            double[] m = MODULES.computeIfAbsent(id, k -> new double[3]);
            m[1] += selfMs;
            m[2] += totalMs;
        }
    }

    /** Prints the trace (once, at exit). */
    public static void print(PrintStream err) {
        if (!ON) return;
        phase("exit");
        StringBuilder b = new StringBuilder("napi-jvm startup trace\n");
        // "Interpreted" when the Graal compiler is not in place (no JIT)
        b.append("  engine: ").append(engine).append('\n');
        long jvmStart = ProcessHandle.current().info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
        long sinceStart = System.currentTimeMillis() - jvmStart;
        long sinceMain = (System.nanoTime() - T0) / 1_000_000;
        b.append(String.format("  %-28s %8d ms%n", "launcher start to main", sinceStart - sinceMain));
        for (String[] p : PHASES) b.append(String.format("  %-28s %8s ms%n", p[0], p[1]));
        b.append(String.format("  %-28s %8d ms%n", "total (process)", sinceStart));
        double compile = 0, self = 0;
        for (double[] m : MODULES.values()) {
            compile += m[0];
            self += m[1];
        }
        b.append(String.format("  built-ins: %d, compile %.0f ms, top-level runs %.0f ms (self)%n", MODULES.size(), compile, self));
        b.append(String.format("  %9s %9s %9s  %s%n", "compile", "self", "total", "module"));
        MODULES.entrySet().stream()
                .sorted((x, y) -> Double.compare(y.getValue()[0] + y.getValue()[1], x.getValue()[0] + x.getValue()[1]))
                .forEach(e -> b.append(String.format("  %9.1f %9.1f %9.1f  %s%n", e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getKey())));
        err.print(b);
        err.flush();
    }

    private static String ms(long nanos) {
        return String.format("%.0f", nanos / 1e6);
    }
}
