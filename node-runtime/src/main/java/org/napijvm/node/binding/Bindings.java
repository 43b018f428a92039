package org.napijvm.node.binding;

import org.napijvm.node.NodeEnv;

import java.util.Map;
import java.util.function.Function;

/**
 * The one table of napi-jvm's Java bindings: Node's binding name -> the class implementing its Java half. A binding
 * not listed here has only Node's shape (constants) and, if napi-jvm has one, its JS half (binding/NAME.js).
 */
public final class Bindings {
    private Bindings() {}

    private static final Map<String, Function<NodeEnv, Binding>> TABLE = Map.ofEntries(
            Map.entry("async_wrap", AsyncWrapBinding::new),
            Map.entry("buffer", BufferBinding::new),
            Map.entry("contextify", ContextifyBinding::new),
            Map.entry("credentials", CredentialsBinding::new),
            Map.entry("crypto", CryptoBinding::new),
            Map.entry("fs", FsBinding::new),
            Map.entry("icu", IcuBinding::new),
            Map.entry("messaging", MessagingBinding::new),
            Map.entry("module_wrap", ModuleWrapBinding::new),
            Map.entry("os", OsBinding::new),
            Map.entry("performance", PerformanceBinding::new),
            Map.entry("permission", PermissionBinding::new),
            Map.entry("process_methods", ProcessMethodsBinding::new),
            Map.entry("report", ReportBinding::new),
            Map.entry("stream_wrap", UvHandles::new),
            Map.entry("task_queue", TaskQueueBinding::new),
            Map.entry("timers", TimersBinding::new),
            Map.entry("types", TypesBinding::new),
            Map.entry("util", UtilBinding::new),
            Map.entry("zlib", ZlibBinding::new));

    /** A new Java half for binding {@code name} in {@code env}, or null when napi-jvm has none. */
    public static Binding create(String name, NodeEnv env) {
        Function<NodeEnv, Binding> f = TABLE.get(name);
        return f == null ? null : f.apply(env);
    }

    public static java.util.Set<String> names() {
        return TABLE.keySet();
    }
}
