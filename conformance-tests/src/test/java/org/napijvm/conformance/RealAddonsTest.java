package org.napijvm.conformance;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Addons as published on npm, not built by us: napi-rs addons (@node-rs/crc32, @node-rs/xxhash, prebuilt for
 * linux-x64-gnu, pinned in package.json) and the packages of real-addons/packages load unmodified and give node 25's
 * output, on the ./napi-jvm launcher.
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

    /**
     * Seven more published packages (conformance-tests/real-addons/packages, their own lock file), each used as its
     * README shows: bufferutil, utf-8-validate (node-gyp-build prebuilds, legacy registration), @node-rs/bcrypt (async
     * work), snappy (napi-rs v3, Node-API looked up with dlsym), @napi-rs/lzma, sodium-native, classic-level (LevelDB on
     * disk, async iterators).
     */
    @Test
    void publishedPackagesAsTheirReadmesShow() {
        Path dir = Oracles.REPO.resolve("conformance-tests/real-addons/packages");
        Path js = dir.resolve("use-packages.js");
        Oracles.Result node = Oracles.run(List.of(Oracles.NODE25.toString(), js.toString()), dir, Map.of());
        assertEquals(0, node.exit(), node.describe("node 25"));
        assertEquals(7, node.out().lines().count(), node.out());
        assertTrue(!node.out().contains("FAILED"), node.out());
        Oracles.Result ours = Oracles.run(List.of(Oracles.REPO.resolve("napi-jvm").toString(), js.toString()), dir, Map.of());
        assertEquals(0, ours.exit(), ours.describe("napi-jvm"));
        assertEquals(node.out(), ours.out());
    }
}
