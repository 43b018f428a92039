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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.lang.foreign.ValueLayout.ADDRESS;

/**
 * internalBinding('report') (node_report_module.cc): the per-process settings ({@link DiagnosticReport#SETTINGS})
 * and the report itself ({@link DiagnosticReport}); binding/report.js hands over the JS stack, which only JS knows.
 */
public final class ReportBinding extends Binding {
    public ReportBinding(NodeEnv env) {
        super(env);
    }

    /** gnu_get_libc_version(), or "" when the C library is not glibc. */
    static String glibcVersion() {
        try {
            MethodHandle h = Posix.libc("gnu_get_libc_version", FunctionDescriptor.of(ADDRESS));
            return ((MemorySegment) h.invokeExact()).reinterpret(64).getString(0);
        } catch (Throwable t) {
            return "";
        }
    }

    @HostAccess.Export
    public String glibcVersionRuntime(Value... a) {
        return glibcVersion();
    }

    /** The files mapped into the process (/proc/self/maps), in order of first appearance, as node lists them. */
    static String[] mappedObjects() {
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

    @HostAccess.Export
    public String[] sharedObjects(Value... a) {
        return mappedObjects();
    }

    /** [compact, excludeNetwork, excludeEnv, directory, filename, signal, onFatalError, onSignal, onUncaughtException]. */
    @HostAccess.Export
    public Object settings(Value... a) {
        DiagnosticReport.Settings s = DiagnosticReport.SETTINGS;
        return new Object[] {s.compact, s.excludeNetwork, s.excludeEnv, s.directory, s.filename, s.signal, s.onFatalError,
            s.onSignal, s.onUncaughtException};
    }

    /** setting(name, value): one of the settings by its process.report name. */
    @HostAccess.Export
    public void setting(Value... a) {
        DiagnosticReport.Settings s = DiagnosticReport.SETTINGS;
        Value v = a[1];
        switch (a[0].asString()) {
            case "compact" -> s.compact = v.asBoolean();
            case "excludeNetwork" -> s.excludeNetwork = v.asBoolean();
            case "excludeEnv" -> s.excludeEnv = v.asBoolean();
            case "directory" -> s.directory = v.asString();
            case "filename" -> s.filename = v.asString();
            case "signal" -> s.signal = v.asString();
            case "onFatalError" -> s.onFatalError = v.asBoolean();
            case "onSignal" -> s.onSignal = v.asBoolean();
            case "onUncaughtException" -> s.onUncaughtException = v.asBoolean();
            default -> throw new IllegalArgumentException("report setting " + a[0]);
        }
    }

    /** report(event, trigger, message, stack[], errorProperties{}): the report JSON, as getReport returns it. */
    @HostAccess.Export
    public String report(Value... a) {
        return DiagnosticReport.toJson(make(a, null), DiagnosticReport.SETTINGS.compact);
    }

    /** writeReport(event, trigger, message, stack[], errorProperties{}, file): the name written ("" on failure). */
    @HostAccess.Export
    public String writeReport(Value... a) {
        String file = a.length > 5 && a[5].isString() ? a[5].asString() : "";
        if (file.isEmpty()) file = DiagnosticReport.SETTINGS.filename;
        if (file.isEmpty()) file = DiagnosticReport.defaultFilename(env.threadId());
        return DiagnosticReport.write(file, make(a, file), env.stdio(1), env.stdio(2));
    }

    private Map<String, Object> make(Value[] a, String filename) {
        Map<String, Object> js = new LinkedHashMap<>();
        js.put("message", a[2].asString());
        if (!a[3].isNull()) { // no "stack" when the error's stack text has no second line, as node
            List<Object> stack = new ArrayList<>();
            for (long i = 0; i < a[3].getArraySize(); i++) stack.add(a[3].getArrayElement(i).asString());
            js.put("stack", stack);
        }
        Map<String, Object> props = new LinkedHashMap<>();
        for (String k : a[4].getMemberKeys()) props.put(k, a[4].getMember(k).asString());
        js.put("errorProperties", props);
        return DiagnosticReport.report(a[0].asString(), a[1].asString(), filename, env.threadId(), js,
                DiagnosticReport.nativeStackHere(), DiagnosticReport.libuv(env.loop().loop), env.envVars());
    }
}
