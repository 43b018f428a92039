package org.napijvm.conformance;

import org.graalvm.polyglot.Engine;
import org.napijvm.node.NodeEnv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs a script on napi-jvm inside this JVM as {@code node --expose-gc script} would: a NodeEnv per run (its own
 * process.env, cwd and captured stdout/stderr) on one Engine shared by all runs, so Node's library is compiled once.
 */
final class InProcess {
    private InProcess() {}

    private static Engine engine;

    static synchronized Engine engine() {
        if (engine == null) {
            engine = NodeEnv.newEngine();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> engine.close(true)));
        }
        return engine;
    }

    static Oracles.Result run(Path script, Path cwd, Map<String, String> env) {
        return run(script, cwd, env, b -> { });
    }

    /** As {@link #run(Path, Path, Map)}, with {@code options} applied to the env's builder. */
    static Oracles.Result run(Path script, Path cwd, Map<String, String> env, java.util.function.Consumer<NodeEnv.Builder> options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        Map<String, String> vars = new java.util.HashMap<>(System.getenv()); // as Oracles.run gives node
        vars.putAll(env);
        int code;
        NodeEnv.Builder b = NodeEnv.builder().engine(engine()).cwd(cwd).args("--expose-gc", script.toString())
                .env(vars).stdin(java.io.InputStream.nullInputStream()).stdout(out).stderr(err);
        options.accept(b);
        try (NodeEnv e = b.build()) {
            code = e.run();
        }
        return new Oracles.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
