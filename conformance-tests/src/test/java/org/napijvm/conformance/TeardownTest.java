package org.napijvm.conformance;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Env teardown at exit (teardown/binding.c + main.js): the addon logs its cleanup hooks and finalizers into a file,
 * which must be the same on node 25 and napi-jvm — hooks last added first, then the finalizers of everything still
 * alive newest first (instance data among them), with JS-running functions refused (napi_pending_exception, or
 * napi_cannot_run_js for Node-API 10 and later).
 */
class TeardownTest {
    static final Path DIR = Oracles.REPO.resolve("conformance-tests/teardown");

    @Test
    void sameTeardownAsNode() throws Exception {
        sameTeardown("binding.node", List.of());
    }

    /** A Node-API 10 module: what may run JS is refused with napi_cannot_run_js (23), not napi_pending_exception. */
    @Test
    void sameTeardownAsNodeVersion10() throws Exception {
        String log = sameTeardown("binding_v10.node", List.of("-DNAPI_VERSION=10"));
        assertTrue(log.contains("get_named_property 23"), log);
    }

    private static String sameTeardown(String name, List<String> flags) throws Exception {
        Path addon = Oracles.compile(Oracles.BUILD.resolve("teardown/" + name), flags, DIR.resolve("binding.c"));
        Path nodeLog = Files.createTempFile("napi-teardown-node", ".log"), ourLog = Files.createTempFile("napi-teardown-jvm", ".log");
        try {
            Oracles.Result node = Oracles.run(List.of(Oracles.NODE25.toString(), DIR.resolve("main.js").toString()), DIR,
                    Map.of("NAPI_ADDON", addon.toString(), "TEARDOWN_LOG", nodeLog.toString()));
            assertEquals(0, node.exit(), () -> node.describe("node 25"));
            Oracles.Result ours = InProcess.run(DIR.resolve("main.js"), DIR, Map.of("NAPI_ADDON", addon.toString(), "TEARDOWN_LOG", ourLog.toString()));
            assertEquals(0, ours.exit(), () -> ours.describe("napi-jvm"));
            assertEquals(node.out(), ours.out());
            String expected = Files.readString(nodeLog);
            assertTrue(expected.contains("finalize wrap1"), "node's log:\n" + expected);
            assertEquals(expected, Files.readString(ourLog));
            return expected;
        } finally {
            Files.deleteIfExists(nodeLog);
            Files.deleteIfExists(ourLog);
        }
    }
}
