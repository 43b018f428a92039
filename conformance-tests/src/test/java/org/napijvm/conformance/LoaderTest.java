package org.napijvm.conformance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading .node files: every registration variant, and clear JS errors (never a crash) for files that are not addons. */
class LoaderTest {
    static final Path SRC = Oracles.REPO.resolve("conformance-tests/loader");
    static final Path OUT = Oracles.REPO.resolve("conformance-tests/target/loader");

    @BeforeAll
    static void build() throws IOException {
        try (var files = Files.list(SRC)) {
            for (Path c : files.filter(p -> p.toString().endsWith(".c")).toList()) {
                String n = c.getFileName().toString().replace(".c", ".node");
                Oracles.compile(OUT.resolve(n), List.of(), c);
            }
        }
        Files.writeString(OUT.resolve("garbage.node"), "this is not a shared library\n".repeat(20));
    }

    @Test
    void registrationVariantsMatchNode() {
        Path js = SRC.resolve("loader.js");
        Map<String, String> env = Map.of("ADDON_DIR", OUT.toString());
        Oracles.Result node = Oracles.run(List.of(Oracles.NODE25.toString(), js.toString()), SRC, env);
        assertEquals(0, node.exit(), node.describe("node 25"));
        if (Oracles.node20Available()) {
            Oracles.Result n20 = Oracles.run(List.of(Oracles.NODE20.toString(), js.toString()), SRC, env);
            assertEquals(0, n20.exit(), n20.describe("node 20"));
            assertEquals(node.out(), n20.out(), "node 20 differs from node 25 (the script must hold on both)");
        }
        Oracles.Result ours = InProcess.run(js, SRC, env);
        assertEquals(0, ours.exit(), ours.describe("napi-jvm"));
        assertEquals(node.out(), ours.out());
        assertTrue(ours.out().contains("legacy: ok legacy") && ours.out().contains("dlsym: ok resolved 1"), ours.out());
    }

    /** Runs `require(file)` on napi-jvm and returns what the script printed about the error. */
    static String requireError(Path file) throws IOException {
        Path js = OUT.resolve("require-one.js");
        Files.writeString(js, """
                try { require(process.env.FILE); console.log('loaded'); }
                catch (e) { console.log((e instanceof Error) + '|' + e.code + '|' + e.message); }
                """);
        Oracles.Result r = InProcess.run(js, OUT, Map.of("FILE", file.toString()));
        assertEquals(0, r.exit(), r.describe("napi-jvm"));
        return r.out().trim();
    }

    @Test
    void garbageFileIsAClearError() throws IOException {
        String r = requireError(OUT.resolve("garbage.node"));
        assertTrue(r.startsWith("true|ERR_DLOPEN_FAILED|"), r);
        assertTrue(r.contains("garbage.node") && r.contains("invalid ELF header") && r.contains("not a compiled shared library"), r);
    }

    @Test
    void v8AddonIsAClearError() throws IOException {
        String r = requireError(OUT.resolve("v8_api.node"));
        assertTrue(r.startsWith("true|ERR_DLOPEN_FAILED|"), r);
        assertTrue(r.contains("v8_api.node") && r.contains("V8/NAN addon") && r.contains("_ZN2v87Isolate10GetCurrentEv"), r);
    }

    @Test
    void missingFileIsModuleNotFound() throws IOException {
        String r = requireError(OUT.resolve("does-not-exist.node"));
        assertTrue(r.startsWith("true|MODULE_NOT_FOUND|Cannot find module"), r);
    }

    @Test
    void newerNodeApiVersionIsRefusedAsNodeDoes() throws IOException {
        Path f = OUT.resolve("future_version.node");
        String r = requireError(f);
        assertEquals("true|undefined|" + f + " requires Node-API version 11, but this version of Node.js only supports version 10 add-ons.", r);
    }
}
