package org.napijvm.conformance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Node core modules napi-jvm provides (path, events, the fs subset, os, process.report) and the package loaders
 * that need them: @node-rs/crc32 and @node-rs/xxhash through their napi-rs-generated index.js, and node-gyp-build
 * finding one of our compiled addons in build/Release/ and in prebuilds/linux-x64/. Each script runs on node 25,
 * node 20 (when installed) and ./napi-jvm; stdouts must be identical.
 */
class NodeLoadersTest {
    static final Path DIR = Oracles.REPO.resolve("conformance-tests/real-addons");

    /** One scratch directory per runtime, so that each run starts from the same state. */
    private static void compareWithNode(Path js, Path scratch, List<String> expected, ArgsFor args) throws IOException {
        List<String[]> runtimes = new ArrayList<>();
        runtimes.add(new String[] {"node 25", Oracles.NODE25.toString()});
        if (Oracles.node20Available()) runtimes.add(new String[] {"node 20", Oracles.NODE20.toString()});
        runtimes.add(new String[] {"napi-jvm", Oracles.REPO.resolve("napi-jvm").toString()});
        String reference = null;
        for (String[] rt : runtimes) {
            Path sub = Files.createDirectories(scratch.resolve(rt[0].replace(' ', '-')));
            List<String> cmd = new ArrayList<>(List.of(rt[1], js.toString()));
            cmd.addAll(args.of(sub));
            Oracles.Result r = Oracles.run(cmd, DIR, Map.of());
            assertEquals(0, r.exit(), r.describe(rt[0]));
            if (reference == null) {
                reference = r.out();
                for (String e : expected) assertTrue(reference.contains(e), "node 25 output lacks '" + e + "':\n" + reference);
            } else {
                assertEquals(reference, r.out(), rt[0] + " differs from node 25; stderr:\n" + r.err());
            }
        }
    }

    interface ArgsFor {
        List<String> of(Path scratch) throws IOException;
    }

    @Test
    void coreModulesMatchNode(@TempDir Path tmp) throws IOException {
        compareWithNode(DIR.resolve("core-modules.js"), tmp,
                List.of("path true true / :", "events true true function", "ENOENT: no such file or directory, open '<dir>/nope'", "report string true"),
                scratch -> List.of(scratch.toString()));
    }

    @Test
    void packagesLoadThroughTheirOwnEntryPoints(@TempDir Path tmp) throws IOException {
        Path hello = Oracles.REPO.resolve("examples/hello/binding.c");
        compareWithNode(DIR.resolve("loaders.js"), tmp,
                List.of("crc32 222957957 3381945770", "node-gyp-build release-pkg build/Release/hello.node world true",
                        "node-gyp-build prebuilt-pkg prebuilds/linux-x64/node.napi.glibc.node world true"),
                scratch -> {
                    // node-gyp-build's layouts: build/Release/<any>.node, and prebuilds/<platform>-<arch>/ with tags
                    Path release = scratch.resolve("release-pkg"), prebuilt = scratch.resolve("prebuilt-pkg");
                    Oracles.compile(release.resolve("build/Release/hello.node"), List.of(), hello);
                    Files.writeString(release.resolve("package.json"), "{\"name\":\"release-pkg\"}");
                    Oracles.compile(prebuilt.resolve("prebuilds/linux-x64/node.napi.glibc.node"), List.of(), hello);
                    Oracles.compile(prebuilt.resolve("prebuilds/darwin-x64/node.napi.node"), List.of(), hello);
                    Files.writeString(prebuilt.resolve("package.json"), "{\"name\":\"prebuilt-pkg\"}");
                    return List.of(release.toString(), prebuilt.toString());
                });
    }
}
