package org.napijvm.conformance;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Addons as published on npm, not built by us: napi-rs addons (@node-rs/crc32, @node-rs/xxhash, prebuilt for
 * linux-x64-gnu, pinned in package.json) load unmodified and give node 25's output, on the ./napi-jvm launcher.
 */
class RealAddonsTest {
    @Test
    void napiRsAddonsFromNpmMatchNode() {
        Path dir = Oracles.REPO.resolve("conformance-tests/real-addons");
        Path js = dir.resolve("napi-rs.js");
        Oracles.Result node = Oracles.run(List.of(Oracles.NODE25.toString(), js.toString()), dir, Map.of());
        assertEquals(0, node.exit(), node.describe("node 25"));
        assertTrue(node.out().contains("222957957 3381945770"), node.out());
        Oracles.Result ours = Oracles.run(List.of(Oracles.REPO.resolve("napi-jvm").toString(), js.toString()), dir, Map.of());
        assertEquals(0, ours.exit(), ours.describe("napi-jvm"));
        assertEquals(node.out(), ours.out());
    }
}
