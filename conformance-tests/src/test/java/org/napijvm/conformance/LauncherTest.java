package org.napijvm.conformance;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ./napi-jvm launcher as a user runs it (a separate JVM). */
class LauncherTest {
    static Oracles.Result launch(String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(Oracles.REPO.resolve("napi-jvm").toString()));
        cmd.addAll(List.of(args));
        return Oracles.run(cmd, Oracles.REPO, Map.of());
    }

    @Test
    void helloExamplePrintsWorld() {
        Oracles.Result r = launch("examples/hello/main.js");
        assertEquals(0, r.exit(), r.describe("napi-jvm"));
        assertEquals("world\n", r.out());
        // nothing from the JVM (AOT cache or module warnings) reaches the user
        assertTrue(!r.err().toLowerCase(java.util.Locale.ROOT).contains("warning"), r.err());
    }

    /** The launcher halts the JVM (no exit hooks): the native libraries' temp copies must be gone once loaded. */
    @Test
    void leavesNothingInTheTempFolder() throws IOException {
        Path tmp = Files.createTempDirectory("launcher-tmp");
        try {
            Oracles.Result r = Oracles.run(List.of(Oracles.REPO.resolve("napi-jvm").toString(), "examples/hello/main.js"), Oracles.REPO,
                    Map.of("NAPI_JVM_JAVA_OPTS", "-Djava.io.tmpdir=" + tmp));
            assertEquals("world\n", r.out(), r.describe("napi-jvm"));
            try (var left = Files.list(tmp)) {
                assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList());
            }
        } finally {
            try (var w = Files.walk(tmp)) {
                w.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The startup trace names the engine: the launcher's JVM (the jlinked image, or the JDK) must have the JIT. */
    @Test
    void launcherRunsWithTheTruffleJitAndTracesStartup() {
        List<String> cmd = List.of(Oracles.REPO.resolve("napi-jvm").toString(), "examples/hello/main.js");
        Oracles.Result r = Oracles.run(cmd, Oracles.REPO, Map.of("NAPI_JVM_STARTUP_TRACE", "1"));
        assertEquals(0, r.exit(), r.describe("napi-jvm"));
        assertEquals("world\n", r.out());
        assertTrue(r.err().contains("engine: GraalVM"), "the launcher must run with the Truffle JIT:\n" + r.err());
        // per built-in module: compile and top-level times, Node's bootstrap among them
        assertTrue(r.err().matches("(?s).*\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d  internal/bootstrap/node\n.*"), r.err());
    }

    /** V8's --jitless turns Truffle compilation off (the trace says so); process.execArgv is what node gives. */
    @Test
    void jitlessAndExecArgvAsNode() {
        for (List<String> args : List.of(List.of("--jitless", "-p", "process.execArgv"), List.of("-p", "process.execArgv", "--jitless"),
                List.of("--no-warnings", "-e", "console.log(process.execArgv)"))) {
            Oracles.Result node = Oracles.run(cmdOf(Oracles.NODE25.toString(), args), Oracles.REPO, Map.of());
            Oracles.Result ours = launch(args.toArray(String[]::new));
            assertEquals(0, node.exit(), node.describe("node 25"));
            assertEquals(0, ours.exit(), ours.describe("napi-jvm"));
            assertEquals(node.out(), ours.out(), String.join(" ", args));
        }
        Oracles.Result r = Oracles.run(cmdOf(Oracles.REPO.resolve("napi-jvm").toString(), List.of("--jitless", "examples/hello/main.js")),
                Oracles.REPO, Map.of("NAPI_JVM_STARTUP_TRACE", "1"));
        assertEquals("world\n", r.out(), r.describe("napi-jvm --jitless"));
        assertTrue(r.err().contains("(--jitless: compilation off)"), r.err());
    }

    private static List<String> cmdOf(String exe, List<String> args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(exe));
        cmd.addAll(args);
        return cmd;
    }

    @Test
    void uncaughtExceptionPrintsStackAndExits1() throws IOException {
        Path js = Files.createTempFile("napi-uncaught", ".js");
        Files.writeString(js, "function thrower() { throw new TypeError('boom ' + process.argv[2]); }\nthrower();\n");
        Oracles.Result r = launch(js.toString(), "arg");
        assertEquals(1, r.exit(), r.describe("napi-jvm"));
        assertTrue(r.err().contains("TypeError: boom arg") && r.err().contains("thrower"), r.err());
    }

    @Test
    void processExitCodeAndModules() throws IOException {
        Path dir = Files.createTempDirectory("napi-launch");
        Files.writeString(dir.resolve("lib.js"), "module.exports = { dir: __dirname, file: __filename, twice: (x) => 2 * x };\n");
        Files.writeString(dir.resolve("data.json"), "{\"k\": [1, 2]}");
        Files.writeString(dir.resolve("main.js"), """
                const lib = require('./lib');
                console.log(lib.twice(21), lib.dir === __dirname, require('./data.json').k.length);
                console.log(process.argv.slice(2).join(','), typeof process.env.PATH, typeof gc);
                process.on('exit', (c) => console.log('exit', c));
                process.exitCode = 3;
                """);
        Oracles.Result r = launch(dir.resolve("main.js").toString(), "a", "b");
        assertEquals(3, r.exit(), r.describe("napi-jvm"));
        assertEquals("42 true 2\na,b string undefined\nexit 3\n", r.out()); // gc only with --expose-gc, as node
        Files.writeString(dir.resolve("exit.js"), "console.log('before'); process.exit(7); console.log('after');\n");
        Oracles.Result e = launch(dir.resolve("exit.js").toString());
        assertEquals(7, e.exit(), e.describe("napi-jvm"));
        assertEquals("before\n", e.out());
    }

    @Test
    void helpIsNodesHelp() {
        Oracles.Result r = launch("--help");
        assertEquals(0, r.exit());
        // Node's own help (internal/main/print_help over Node's option table)
        assertTrue(r.out().startsWith("Usage: node [options]") && r.out().contains("--require"), r.out());
    }
}
