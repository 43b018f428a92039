package org.napijvm.conformance;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every case under conformance-tests/cases/AREA/test_*.js, with its addon AREA/binding.c: the script must pass on
 * node 25.8.1, on the system node 20 (unless its first line is "// node20: skip") and on napi-jvm, and napi-jvm's
 * stdout must equal node 25's. Run one area with -Dnapi.area=NAME.
 */
class ConformanceTest {
    private static final boolean NODE20 = Oracles.node20Available();

    @TestFactory
    Stream<DynamicNode> cases() throws IOException {
        String only = System.getProperty("napi.area", "");
        List<DynamicNode> areas = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(Oracles.CASES)) {
            for (Path dir : dirs.sorted().toList()) {
                if (!Files.isRegularFile(dir.resolve("binding.c"))) continue;
                String area = dir.getFileName().toString();
                if (!only.isEmpty() && !java.util.Arrays.asList(only.split(",")).contains(area)) continue;
                List<DynamicTest> tests = new ArrayList<>();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path js : files.sorted().toList()) {
                        String n = js.getFileName().toString();
                        if (n.startsWith("test_") && n.endsWith(".js"))
                            tests.add(DynamicTest.dynamicTest(n, js.toUri(), () -> runCase(area, dir, js)));
                    }
                }
                areas.add(DynamicContainer.dynamicContainer(area, tests));
            }
        }
        assertTrue(!areas.isEmpty(), "no conformance cases found under " + Oracles.CASES);
        return areas.stream();
    }

    private static final Map<String, Path> BUILT = new HashMap<>();

    static synchronized Path addon(String area, Path dir) {
        return BUILT.computeIfAbsent(area, a -> Oracles.compile(Oracles.BUILD.resolve(a).resolve("binding.node"), List.of(), dir.resolve("binding.c")));
    }

    static void runCase(String area, Path dir, Path js) throws IOException {
        Path addon = addon(area, dir);
        Map<String, String> env = Map.of("NAPI_ADDON", addon.toString());
        Oracles.Result node = Oracles.run(List.of(Oracles.NODE25.toString(), "--expose-gc", js.toString()), dir, env);
        assertEquals(0, node.exit(), () -> "the case fails on node 25 itself (fix the test):\n" + node.describe("node 25"));
        boolean skip20 = Files.readAllLines(js).stream().findFirst().orElse("").startsWith("// node20: skip");
        if (NODE20 && !skip20) {
            Oracles.Result n20 = Oracles.run(List.of(Oracles.NODE20.toString(), "--expose-gc", js.toString()), dir, env);
            assertEquals(0, n20.exit(), () -> "the case fails on node 20 (mark it '// node20: skip' if node 20 lacks the feature):\n" + n20.describe("node 20"));
        }
        Oracles.Result ours = InProcess.run(js, dir, env);
        assertEquals(0, ours.exit(), () -> ours.describe("napi-jvm") + "\n" + node.describe("node 25"));
        assertEquals(node.out(), ours.out(), () -> "stdout differs from node 25\n" + ours.describe("napi-jvm"));
    }
}
