package org.napijvm.node.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.node.NodeEnv;
import org.napijvm.node.Posix;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * internalBinding('report') (node_report.cc): the facts only the host knows, for binding/report.js's report —
 * glibc's version and the shared objects mapped into the process (napi-rs's loaders read both).
 */
public final class ReportBinding extends Binding {
    public ReportBinding(NodeEnv env) {
        super(env);
    }

    /** gnu_get_libc_version(), or "" when the C library is not glibc. */
    @HostAccess.Export
    public String glibcVersionRuntime(Value... a) {
        try {
            MethodHandle h = Posix.libc("gnu_get_libc_version", FunctionDescriptor.of(ADDRESS));
            return ((MemorySegment) h.invokeExact()).reinterpret(64).getString(0);
        } catch (Throwable t) {
            return "";
        }
    }

    /** The files mapped into the process (/proc/self/maps), in order of first appearance, as node lists them. */
    @HostAccess.Export
    public String[] sharedObjects(Value... a) {
        Set<String> out = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
                int slash = line.indexOf('/');
                if (slash < 0) continue;
                String file = line.substring(slash).trim();
                if (file.contains(".so") || file.endsWith(".node")) out.add(file);
            }
        } catch (Exception ignored) {
            // no /proc: no shared objects listed
        }
        return out.toArray(new String[0]);
    }
}
