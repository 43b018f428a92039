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
    /** Runs {@code script} of {@code dir} on node 25 (checked by {@code nodeOk}) and on napi-jvm: same exit 0, same stdout. */
    static void sameAsNode(Path dir, String script, java.util.function.Consumer<String> nodeOk) {
        Path js = dir.resolve(script);
        Oracles.Result node = Oracles.run(List.of(Oracles.NODE25.toString(), js.toString()), dir, Map.of());
        assertEquals(0, node.exit(), node.describe("node 25"));
        nodeOk.accept(node.out());
        Oracles.Result ours = Oracles.run(List.of(Oracles.REPO.resolve("napi-jvm").toString(), js.toString()), dir, Map.of());
        assertEquals(0, ours.exit(), ours.describe("napi-jvm"));
        assertEquals(node.out(), ours.out());
    }

    @Test
    void napiRsAddonsFromNpmMatchNode() {
        sameAsNode(Oracles.REPO.resolve("conformance-tests/real-addons"), "napi-rs.js",
                out -> assertTrue(out.contains("222957957 3381945770"), out));
    }

    /**
     * Eight more published packages (conformance-tests/real-addons/packages, their own lock file), each used as its
     * README shows: bufferutil, utf-8-validate (node-gyp-build prebuilds, legacy registration), @node-rs/bcrypt (async
     * work), snappy (napi-rs v3, Node-API looked up with dlsym), @napi-rs/lzma, sodium-native, classic-level (LevelDB on
     * disk, async iterators), farmhash (its own prebuilds picked with detect-libc; also through import(), whose legacy
     * "main" resolution is the fs binding's legacyMainResolve).
     */
    @Test
    void publishedPackagesAsTheirReadmesShow() {
        sameAsNode(Oracles.REPO.resolve("conformance-tests/real-addons/packages"), "use-packages.js", out -> {
            assertEquals(8, out.lines().count(), out);
            assertTrue(out.contains("\nfarmhash [1633095781,"), out);
            assertTrue(!out.contains("FAILED"), out);
        });
    }
}
