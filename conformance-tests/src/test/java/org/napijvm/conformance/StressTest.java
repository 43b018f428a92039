package org.napijvm.conformance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reliability under pressure, node 25 and napi-jvm (the launcher, its own process) in the same run, with
 * conformance-tests/stress/{binding.c,stress.js}: 10^6 wraps with a weak reference each, created and finalized
 * (each finalizer once, the C heap flat), 8 native threads x 10^5 threadsafe-function calls (none lost, none twice,
 * each thread's in order), 10^4 async works of which every second is cancelled (each completes once, with the
 * status its cancel promised), and teardown with all of these pending. Not in the default run:
 * {@code ./run-tests --stress} (or -Dnapi.stress=true). The figures are printed as a table.
 */
@EnabledIfSystemProperty(named = "napi.stress", matches = "true")
class StressTest {
    static final Path DIR = Oracles.REPO.resolve("conformance-tests/stress");
    /** The C heap may grow this much between the second and the last batch of 10^5 wraps (~30 bytes a wrap). */
    static final double MAX_MALLOC_GROWTH_MB = 24;

    static Path addon() {
        return Oracles.compile(Oracles.BUILD.resolve("stress/binding.node"), List.of("-lpthread"), DIR.resolve("binding.c"));
    }

    static Oracles.Result run(String who, String mode, Map<String, String> env) {
        List<String> cmd = who.equals("node 25")
                ? List.of(Oracles.NODE25.toString(), "--expose-gc", "stress.js", mode)
                : List.of(Oracles.REPO.resolve("napi-jvm").toString(), "--expose-gc", "stress.js", mode);
        long t0 = System.nanoTime();
        Oracles.Result r = Oracles.run(cmd, DIR, env);
        System.out.printf("StressTest: %s %s: exit %d in %.1f s%n", who, mode, r.exit(), (System.nanoTime() - t0) / 1e9);
        return r;
    }

    static Map<String, String> figures(String stderr) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String l : stderr.lines().toList()) if (l.startsWith("figure ")) f.put(l.split(" ")[1], l.split(" ")[2]);
        return f;
    }

    @Test
    void wrapsThreadsafeFunctionsAndWorksUnderPressure() {
        Map<String, String> env = Map.of("NAPI_ADDON", addon().toString());
        Oracles.Result node = run("node 25", "all", env), ours = run("napi-jvm", "all", env);
        assertEquals(0, node.exit(), node.describe("node 25"));
        assertEquals(0, ours.exit(), ours.describe("napi-jvm"));
        List<String> expected = List.of(
                "wraps: 1000000 created, 1000000 finalized, 0 twice, 0 never, 0 native data alive, 0 references alive",
                "tsfn: 8 threads x 100000: 800000 delivered, 0 failed calls, 0 out of order or twice, 0 threads short, 784 samples seen by JS",
                "works: 10000 queued, 10000 completed, 0 twice, cancelled as napi_cancel_async_work said, executed all the others, "
                        + "0 cancelled but ran, 0 wrong statuses");
        assertEquals(String.join("\n", expected) + "\n", node.out(), node.describe("node 25"));
        assertEquals(node.out(), ours.out(), ours.describe("napi-jvm"));
        Map<String, String> fn = figures(node.err()), fo = figures(ours.err());
        System.out.println("StressTest figures (node 25 | napi-jvm):");
        for (String k : fn.keySet()) System.out.printf("  %-32s %12s | %s%n", k, fn.get(k), fo.get(k));
        for (Map<String, String> f : List.of(fn, fo)) {
            double growth = Double.parseDouble(f.get("wraps.malloc.end.MB")) - Double.parseDouble(f.get("wraps.malloc.after2batches.MB"));
            assertTrue(growth < MAX_MALLOC_GROWTH_MB, "the C heap grew " + growth + " MB over 8 x 10^5 wraps: " + f);
        }
    }

    /** The env torn down with 10^5 wraps alive and 8 threads calling an unref'ed threadsafe function (the loop
     *  empty), and at process.exit() with async works queued too: no crash, no hang, no finalizer twice. */
    @Test
    void teardownWithEverythingPending() throws Exception {
        Path addon = addon();
        for (String mode : List.of("teardown", "exit")) {
            String[] logs = new String[2];
            int i = 0;
            for (String who : List.of("node 25", "napi-jvm")) {
                Path log = Files.createTempFile("napi-stress", ".log");
                try {
                    Oracles.Result r = run(who, mode, Map.of("NAPI_ADDON", addon.toString(), "STRESS_LOG", log.toString()));
                    assertEquals(0, r.exit(), r.describe(who + " " + mode));
                    assertEquals(mode + ": " + (mode.equals("exit") ? "exiting" : "ending") + " with 100000 wraps alive\n", r.out(), r.describe(who));
                    logs[i++] = Files.readString(log);
                } finally {
                    Files.deleteIfExists(log);
                }
                System.out.println("StressTest: " + who + " " + mode + " log: " + logs[i - 1].replace('\n', ';'));
            }
            for (String l : logs) {
                assertTrue(l.contains(" twice 0\n") && l.contains("twice-or-out-of-order 0\n"), l);
                assertTrue(l.matches("(?s).*\nworks \\d+ completed \\d+ twice 0 .*"), l);
            }
            // a natural end: every wrap is finalized at teardown, on node as on napi-jvm
            if (mode.equals("teardown")) assertEquals(logs[0].lines().findFirst(), logs[1].lines().findFirst());
        }
    }
}
