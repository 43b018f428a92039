package org.napijvm.node;

import org.graalvm.polyglot.HostAccess;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * process.env over the process's real environment (libc's environ, getenv, setenv, unsetenv through FFM), as
 * node_env_var.cc does with uv_os_*env: what JS sets is what addons' getenv() and child processes see. An embedded
 * env given its own variables ({@link NodeEnv.Builder#env}) keeps them in a map instead, as Node's worker threads
 * do with their copy: the JVM's environment is neither read nor changed then.
 */
public final class ProcessEnvVars {
    private static final Linker L = Linker.nativeLinker();
    private static final MethodHandle GETENV = L.downcallHandle(L.defaultLookup().find("getenv").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle SETENV = L.downcallHandle(L.defaultLookup().find("setenv").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle UNSETENV = L.downcallHandle(L.defaultLookup().find("unsetenv").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MemorySegment ENVIRON = L.defaultLookup().find("environ").orElseThrow()
            .reinterpret(ValueLayout.ADDRESS.byteSize());

    /** The env's own variables, in insertion order; null: the process's environment. */
    private final Map<String, String> own;

    /** Over the process's environment. */
    public ProcessEnvVars() {
        this.own = null;
    }

    /** Over a copy of {@code vars}. */
    public ProcessEnvVars(Map<String, String> vars) {
        this.own = new LinkedHashMap<>(vars);
    }

    @HostAccess.Export
    public String get(String key) {
        if (key.indexOf('\0') >= 0) return null;
        if (own != null) return own.get(key);
        try (Arena a = Arena.ofConfined()) {
            MemorySegment v = (MemorySegment) GETENV.invokeExact(a.allocateFrom(key));
            return v.equals(MemorySegment.NULL) ? null : v.reinterpret(Long.MAX_VALUE).getString(0);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @HostAccess.Export
    public void set(String key, String value) {
        if (key.isEmpty() || key.indexOf('=') >= 0 || key.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) return;
        if (own != null) {
            own.put(key, value);
            return;
        }
        try (Arena a = Arena.ofConfined()) {
            int r = (int) SETENV.invokeExact(a.allocateFrom(key), a.allocateFrom(value), 1);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @HostAccess.Export
    public void unset(String key) {
        if (key.isEmpty() || key.indexOf('=') >= 0 || key.indexOf('\0') >= 0) return;
        if (own != null) {
            own.remove(key);
            return;
        }
        try (Arena a = Arena.ofConfined()) {
            int r = (int) UNSETENV.invokeExact(a.allocateFrom(key));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The names in environ, in its order. */
    @HostAccess.Export
    public List<String> keys() {
        if (own != null) return new ArrayList<>(own.keySet());
        List<String> out = new ArrayList<>();
        MemorySegment env = ENVIRON.get(ValueLayout.ADDRESS, 0).reinterpret(Long.MAX_VALUE);
        for (long i = 0; ; i += 8) {
            MemorySegment entry = env.get(ValueLayout.ADDRESS, i);
            if (entry.equals(MemorySegment.NULL)) break;
            String kv = entry.reinterpret(Long.MAX_VALUE).getString(0);
            int eq = kv.indexOf('=');
            String k = eq < 0 ? kv : kv.substring(0, eq);
            if (!k.isEmpty() && !out.contains(k)) out.add(k);
        }
        return out;
    }
}
