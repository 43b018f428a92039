package org.napijvm.conformance;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napijvm.node.doctor.Doctor;
import org.napijvm.node.doctor.Doctor.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code napi-jvm doctor}: its verdict, predicted from the files alone, agrees with what loading the addon in a fresh
 * env does — over planted addons (a V8 addon, a library with no entry point, an addon needing node's OpenSSL and
 * naming Node-API functions only as strings, a package requiring built-ins) and the published npm addons of the test set.
 */
class DoctorTest {
    static final Path DIR = Oracles.REPO.resolve("conformance-tests/target/doctor");
    static final Path SRC = Oracles.REPO.resolve("conformance-tests/doctor");
    static Engine engine;

    @BeforeAll
    static void engine() {
        engine = org.napijvm.node.NodeEnv.newEngine();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    static Path addon(String name) {
        return Oracles.compile(DIR.resolve(name + ".node"), List.of(), SRC.resolve(name + ".c"));
    }

    static Doctor.Report examine(Path target) {
        Doctor.Report r = Doctor.examine(target, true, engine);
        // the point of the tool: a static "cannot run" exactly when loading fails
        assertEquals(r.predicted() == Verdict.CANNOT, r.loadError() != null, target + ": predicted " + r.predicted()
                + " " + r.reasons() + ", load error: " + r.loadError());
        return r;
    }

    @Test
    void aPlainAddonRuns() {
        Doctor.Report r = examine(Oracles.compile(DIR.resolve("hello.node"), List.of(), Oracles.REPO.resolve("examples/hello/binding.c")));
        assertEquals(Verdict.RUNS, r.predicted(), r.reasons().toString());
        Doctor.Binary b = r.binaries().get(0);
        assertTrue(b.napiImports().containsAll(List.of("napi_create_string_utf8", "napi_define_properties")), b.napiImports().toString());
        assertEquals(8, r.declaredVersion()); // NAPI_VERSION 8 of node's headers, as node_api_module_get_api_version_v1 says
        assertTrue(r.exportsSeen().contains("hello"), r.exportsSeen());
    }

    @Test
    void aV8AddonAndANonAddonCannotRun() {
        Doctor.Report v8 = examine(addon("v8_addon"));
        assertEquals(Verdict.CANNOT, v8.predicted());
        assertTrue(v8.reasons().toString().contains("V8/NAN") && v8.reasons().toString().contains("_ZN2v87Isolate10GetCurrentEv"), v8.reasons().toString());
        assertTrue(v8.loadError().contains("V8/NAN"), v8.loadError());
        Doctor.Report none = examine(addon("no_entry"));
        assertEquals(Verdict.CANNOT, none.predicted());
        assertTrue(none.reasons().toString().contains("no Node-API entry point"), none.reasons().toString());
        assertTrue(none.loadError().contains("did not self-register"), none.loadError());
    }

    @Test
    void symbolsNodeBundlesAreGapsAndLookedUpNamesAreFound() {
        Doctor.Report r = examine(addon("openssl_user"));
        assertEquals(Verdict.GAPS, r.predicted());
        assertTrue(r.reasons().toString().contains("EVP_MD_CTX_new") && r.reasons().toString().contains("OpenSSL"), r.reasons().toString());
        Doctor.Binary b = r.binaries().get(0);
        assertTrue(b.napiLookedUp().containsAll(List.of("napi_create_object", "napi_wrap")), b.napiLookedUp().toString());
        assertTrue(!b.napiLookedUp().contains("napi_create_function"), "imported names are not counted as looked up: " + b.napiLookedUp());
    }

    @Test
    void aPackageWithItsBuiltins() throws IOException {
        Path pkg = DIR.resolve("pkg");
        Files.createDirectories(pkg.resolve("build/Release"));
        Files.copy(Oracles.compile(DIR.resolve("hello2.node"), List.of(), Oracles.REPO.resolve("examples/hello/binding.c")),
                pkg.resolve("build/Release/hello.node"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(pkg.resolve("package.json"), "{\"name\": \"doctor-pkg\", \"main\": \"index.js\"}\n");
        Files.writeString(pkg.resolve("index.js"), "const fs = require('fs');\nconst { join } = require(\"node:path\");\n"
                + "module.exports = require(join(__dirname, 'build/Release/hello.node'));\n");
        Doctor.Report r = examine(pkg);
        assertEquals(Verdict.RUNS, r.predicted(), r.reasons().toString());
        assertEquals(Map.of("fs", "provided", "path", "provided"), r.builtins());
        assertEquals(1, r.binaries().size());
        assertTrue(r.exportsSeen().contains("hello"), r.exportsSeen());
    }

    @Test
    void publishedAddonsOfTheTestSet() {
        Path more = Oracles.REPO.resolve("conformance-tests/real-addons/packages/node_modules");
        for (String p : List.of("@node-rs/crc32", "@node-rs/xxhash", "@napi-rs/lzma", "@node-rs/bcrypt", "bufferutil", "classic-level",
                "snappy", "sodium-native", "utf-8-validate", "farmhash")) {
            Path dir = p.startsWith("@node-rs/crc32") || p.startsWith("@node-rs/xxhash") ? Oracles.REPO.resolve("node_modules") : more;
            Doctor.Report r = examine(dir.resolve(p));
            assertEquals(Verdict.RUNS, r.predicted(), p + ": " + r.reasons());
            assertNull(r.loadError(), p);
            // snappy (napi-rs v3) imports no Node-API function: it names them and looks them up with dlsym
            assertTrue(r.binaries().stream().anyMatch(b -> b.skipped() == null && (!b.napiImports().isEmpty() || b.napiLookedUp().size() > 50)), p);
        }
    }

    /** The planted addons are what they claim: on node 25 (which exports OpenSSL and V8) the first two load and run. */
    @Test
    void plantedAddonsOnNode() {
        String js = "const d = require(process.argv[1]); console.log(d.digest());"
                + "require(process.argv[2]);"
                + "try { require(process.argv[3]); } catch (e) { console.log(e.message.split(':')[0]); }";
        Oracles.Result r = Oracles.run(List.of(Oracles.NODE25.toString(), "-e", js, addon("openssl_user").toString(),
                addon("v8_addon").toString(), addon("no_entry").toString()), DIR, Map.of());
        assertEquals(0, r.exit(), r.describe("node 25"));
        assertEquals("true\nModule did not self-register\n", r.out());
    }

    @Test
    void theCommandLine() {
        Oracles.Result r = Oracles.run(List.of(Oracles.REPO.resolve("napi-jvm").toString(), "doctor", addon("v8_addon").toString()), Oracles.REPO, Map.of());
        assertEquals(2, r.exit(), r.describe("napi-jvm doctor"));
        assertTrue(r.out().contains("verdict: cannot run") && r.out().contains("V8/NAN"), r.out());
        Oracles.Result none = Oracles.run(List.of(Oracles.REPO.resolve("napi-jvm").toString(), "doctor"), Oracles.REPO, Map.of());
        assertEquals(9, none.exit(), none.describe("napi-jvm doctor without a file"));
        assertNotNull(none.err());
        assertTrue(none.err().contains("give a .node file"), none.err());
    }
}
