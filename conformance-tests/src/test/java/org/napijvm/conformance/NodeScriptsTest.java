package org.napijvm.conformance;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The project's own tests of Node's core modules as napi-jvm runs them: every {@code node-scripts/AREA/*.js} and {@code *.mjs} (fixtures in {@code _*} and {@code node_modules} folders) runs on
 * node 25.8.1 and on ./napi-jvm (cwd: its folder, arguments from a first-line comment {@code // args: ...}); stdout
 * and the exit code must be identical. A script earns its place by printing what it checks (no script prints
 * nothing). {@code -Dnapi.scripts=AREA[,AREA...]} runs those areas.
 */
class NodeScriptsTest {
    static final Path SCRIPTS = Oracles.REPO.resolve("conformance-tests/node-scripts");

    record Run(Path script, Oracles.Result node, Oracles.Result ours) {}

    static List<String> argsOf(Path script) throws IOException {
        String first = Files.readAllLines(script).stream().findFirst().orElse("");
        return first.startsWith("// args:") ? List.of(first.substring(8).trim().split("\\s+")) : List.of();
    }

    static List<String> command(String runtime, Path script) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(runtime));
        List<String> args = argsOf(script);
        int split = args.indexOf("--");
        cmd.addAll(split < 0 ? args : args.subList(0, split));
        cmd.add(script.getFileName().toString());
        if (split >= 0) cmd.addAll(args.subList(split + 1, args.size()));
        return cmd;
    }

    @TestFactory
    Stream<DynamicTest> scripts() throws Exception {
        String only = System.getProperty("napi.scripts", "");
        List<Path> files;
        try (Stream<Path> s = Files.walk(SCRIPTS)) {
            // fixtures live in folders named _something or node_modules
            files = s.filter(p -> (p.toString().endsWith(".js") || p.toString().endsWith(".mjs")) && !SCRIPTS.relativize(p).toString().matches("(.*/)?(_|node_modules/).*"))
                    .filter(p -> only.isEmpty() || java.util.Arrays.stream(only.split(",")).anyMatch(area -> SCRIPTS.relativize(p).toString().startsWith(area + "/"))).sorted().toList();
        }
        // two at a time: the machine has two cores, and each napi-jvm run is mostly JVM start-up
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Run>> runs = new ArrayList<>();
        // node-scripts/worker/worker_addon.js's addon, built for both runtimes
        Path instanceAddon = Oracles.compile(Oracles.REPO.resolve("conformance-tests/target/node-scripts/instance.node"),
                List.of(), SCRIPTS.resolve("worker/_addon/instance.c"));
        Map<String, String> env = Map.of("NO_COLOR", "1", "NAPI_SCRIPTS_INSTANCE_ADDON", instanceAddon.toString());
        for (Path f : files) {
            // recording binding calls (docs/bindings.md): each script, and what it starts, is its own label
            Map<String, String> vars = Oracles.RECORD_BINDINGS == null ? env
                    : Map.of("NO_COLOR", "1", "NAPI_SCRIPTS_INSTANCE_ADDON", instanceAddon.toString(),
                            "NAPI_JVM_BINDINGS_LABEL", "node-scripts/" + SCRIPTS.relativize(f));
            runs.add(pool.submit(() -> new Run(f,
                    Oracles.run(command(Oracles.NODE25.toString(), f), f.getParent(), vars),
                    Oracles.run(command(Oracles.REPO.resolve("napi-jvm").toString(), f), f.getParent(), vars))));
        }
        pool.shutdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (Future<Run> fr : runs) {
            Run r = fr.get();
            tests.add(DynamicTest.dynamicTest(SCRIPTS.relativize(r.script).toString(), () -> {
                assertEquals(false, r.node.out().isEmpty(), "the script prints nothing on node: " + r.node.describe("node 25"));
                assertEquals(r.node.exit(), r.ours.exit(), () -> r.ours.describe("napi-jvm") + "\n" + r.node.describe("node 25"));
                assertEquals(r.node.out(), r.ours.out(), () -> "stdout differs from node 25\n" + r.ours.describe("napi-jvm"));
            }));
        }
        return tests.stream();
    }
}
