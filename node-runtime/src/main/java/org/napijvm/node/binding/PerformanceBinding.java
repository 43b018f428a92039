package org.napijvm.node.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.node.NodeEnv;
import org.napijvm.node.Posix;

import java.lang.management.ManagementFactory;

/** internalBinding('performance') (node_perf.cc): the clocks behind binding/performance.js. */
public final class PerformanceBinding extends Binding {
    public PerformanceBinding(NodeEnv env) {
        super(env);
    }

    /** uv_hrtime in ns. */
    @HostAccess.Export
    public double hrtime(Value... a) {
        return (double) Posix.hrtime();
    }

    /** The wall-clock time of the time origin, in µs since the epoch (performance.timeOrigin). */
    @HostAccess.Export
    public double timeOriginTimestamp(Value... a) {
        return System.currentTimeMillis() * 1000.0;
    }

    /** When the process started, on the uv_hrtime clock (ns). */
    @HostAccess.Export
    public double processStart(Value... a) {
        long ageMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        return (double) (Posix.hrtime() - ageMs * 1_000_000L);
    }
}
