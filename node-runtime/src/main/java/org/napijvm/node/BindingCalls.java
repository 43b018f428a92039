package org.napijvm.node;

import org.graalvm.polyglot.HostAccess;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The recording switch behind docs/bindings.md: {@code -Dnapi.recordBindings=DIR} (every env of this JVM) or
 * {@code NAPI_JVM_RECORD_BINDINGS=DIR} in an env's environment (the launcher, and the processes a test starts, inherit
 * it). Then bootstrap.js wraps each function of Node's shape of a binding once assembled and tells this class the
 * first call of each, and what napi-jvm gives for each (Java, JS, a stub); one line per new fact goes at once (a
 * process may end by halt) to {@code DIR/calls-<pid>.tsv}:
 * {@code call <label> <binding> <key>} and {@code impl <binding> <key> <kind> <state>} (state: {@code java:Class},
 * {@code js:binding/name.js}, {@code js:binding/name.js+java:Class}, {@code stub}, {@code absent}, {@code shape}).
 * The label names who ran the env: {@code NAPI_JVM_BINDINGS_LABEL}, else the test class creating it (a class named
 * *Test on the stack), else the main script. Off (the default) an env reads two settings and nothing else changes:
 * bootstrap.js wraps nothing.
 */
public final class BindingCalls {
    private static final String JVM_DIR = System.getProperty("napi.recordBindings");
    /** Per directory: the facts already written by this JVM (each goes once). */
    private static final Map<String, Set<String>> WRITTEN = new HashMap<>();

    private BindingCalls() {}

    /** The recorder of an env with environment {@code vars} and main script {@code script}, or null when off. */
    static Js forEnv(ProcessEnvVars vars, String script, java.util.function.Function<String, Object> javaHalf) {
        String dir = vars.get("NAPI_JVM_RECORD_BINDINGS");
        if (dir == null || dir.isEmpty()) dir = JVM_DIR;
        if (dir == null || dir.isEmpty()) return null;
        String label = vars.get("NAPI_JVM_BINDINGS_LABEL");
        if (label == null || label.isEmpty()) label = testClassOnStack().orElse(script != null ? script : "(no script)");
        return new Js(Path.of(dir), label, javaHalf);
    }

    private static Optional<String> testClassOnStack() {
        return StackWalker.getInstance().walk(s -> s.map(StackWalker.StackFrame::getClassName)
                .map(c -> c.substring(c.lastIndexOf('.') + 1).replaceAll("\\$.*", ""))
                .filter(c -> c.endsWith("Test")).findFirst());
    }

    private static void write(Path dir, String line) {
        synchronized (WRITTEN) {
            if (!WRITTEN.computeIfAbsent(dir.toString(), k -> new HashSet<>()).add(line)) return;
            try {
                Files.createDirectories(dir);
                try (FileOutputStream out = new FileOutputStream(dir.resolve("calls-" + ProcessHandle.current().pid() + ".tsv").toFile(), true)) {
                    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** bootstrap.js's side (host.bindingCalls()), one per env. */
    public static final class Js {
        private final Path dir;
        private final String label;
        private final java.util.function.Function<String, Object> javaHalf;

        Js(Path dir, String label, java.util.function.Function<String, Object> javaHalf) {
            this.dir = dir;
            this.label = label.replace('\t', ' ');
            this.javaHalf = javaHalf;
        }

        /** The first call in this env of function {@code key} (e.g. {@code open}, {@code TCP.prototype.bind}). */
        @HostAccess.Export
        public void called(String binding, String key) {
            write(dir, "call\t" + label + "\t" + binding + "\t" + key);
        }

        /**
         * What napi-jvm gives for {@code key} of Node's shape of {@code binding}: state {@code java}, {@code js} (the
         * binding's JS half), {@code stub} (throws ERR_NAPI_JVM_NOT_IMPLEMENTED), {@code absent} (not a function:
         * a caller would get a TypeError), or {@code shape} (a property, from Node's shape or set by napi-jvm).
         */
        @HostAccess.Export
        public void assembled(String binding, String key, String kind, String state) {
            // java: which class (Bindings' table); js: which file
            if (state.equals("java")) state = "java:" + javaHalf.apply(binding).getClass().getSimpleName();
            else if (state.equals("js")) {
                Object java = javaHalf.apply(binding);
                state = NodeLib.hasOwnBindingScript(binding) ? "js:binding/" + binding + ".js"
                        : java != null ? "java:" + java.getClass().getSimpleName() : "js:bootstrap.js";
                // the JS half over a function the Java class declares too (it calls it, or replaced it)
                if (state.startsWith("js:binding/") && java instanceof org.napijvm.node.binding.Binding b && b.functionNames().contains(key))
                    state += "+java:" + java.getClass().getSimpleName();
            }
            write(dir, "impl\t" + binding + "\t" + key + "\t" + kind + "\t" + state);
        }
    }
}
