package org.napijvm.conformance;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checked mode ({@code --napi-checks}, {@code NodeEnv.Builder.napiChecks}, {@code -Dnapi.checks=true}): each planted
 * misuse of {@code checks/checks.c} is reported on stderr as {@code napi-jvm: checked mode: <function> from <addon>:
 * <what>} and the process aborts (exit 134, as node's FATAL ERROR); without the mode the same misuses go unnoticed
 * (the outcomes below: another object changed, a wrong number read, a second delete accepted). napi-jvm only: node
 * has no such mode, and every one of these is undefined behaviour there.
 */
class CheckedModeTest {
    private static final String HANDLE = "0x[0-9a-f]+";
    private static final String AFTER_SCOPE = "napi_value " + HANDLE
            + " is used after its handle scope closed \\(or after the callback it was made in returned\\)";

    /** kind, the function reported, what it says (a regex; {@code A} is the addon, {@code B} its copy). */
    private static final String[][] MISUSES = {
        {"scope", "napi_set_property", AFTER_SCOPE},
        {"stale", "napi_get_value_double", AFTER_SCOPE}, // answered in C
        {"foreign", "napi_strict_equals", "napi_value " + HANDLE + " belongs to another napi_env \\(of A\\)"},
        {"thread", "napi_create_int32", "called on thread '[^']+', which is not running JavaScript; Node-API functions"
                + " must be called on the JavaScript thread \\(from other threads, use a threadsafe function\\)"}, // in C
        {"delete-twice", "napi_delete_reference", "napi_ref " + HANDLE + " was deleted already \\(napi_delete_reference called twice\\)"},
        {"use-deleted", "napi_reference_ref", "napi_ref " + HANDLE + " is used after napi_delete_reference deleted it"},
        {"escape-closed", "napi_escape_handle", "napi_escapable_handle_scope " + HANDLE + " was closed already"},
    };

    /** What each misuse answers without checked mode (nothing stops it). */
    private static final String UNCHECKED = """
            scope: 0 the other object got the property: yes
            stale: 0 3.5
            foreign: 0 equal
            thread: 0
            delete-twice: 0
            use-deleted: 1
            escape-closed: 1
            """;

    /**
     * Both modes: a second napi_escape_handle is Node's defined napi_escape_called_twice (12), not a report; the
     * global object's napi_value is a bare slot number off, a number carrying env and stamp on.
     */
    private static final String BOTH = "escape-twice,handle";

    private static final String SCRIPT = """
            const a = require(process.env.NAPI_ADDON), b = require(process.env.NAPI_ADDON_COPY);
            for (const kind of process.env.CHECK_KINDS.split(',')) {
              if (kind === 'handle') {
                console.log('handle: ' + (BigInt(a.global()) >= 1n << 26n ? 'tagged' : 'slot'));
                continue;
              }
              if (kind === 'stale') a.misuse('save', 42);
              const r = kind === 'foreign' ? b.misuse('foreign', a.global()) : a.misuse(kind, kind === 'stale' ? 3.5 : {});
              console.log(kind + ': ' + r);
            }
            """;

    static Path[] addons() throws IOException {
        Path dir = Oracles.BUILD.resolve("checks");
        Path a = Oracles.compile(dir.resolve("a.node"), List.of("-lpthread"), Oracles.REPO.resolve("conformance-tests/checks/checks.c"));
        Path b = Files.copy(a, dir.resolve("b.node"), StandardCopyOption.REPLACE_EXISTING);
        return new Path[] {a, b};
    }

    static Path script() throws IOException {
        Path js = Files.createDirectories(Oracles.BUILD.resolve("checks")).resolve("t.js");
        Files.writeString(js, SCRIPT);
        return js;
    }

    static Map<String, String> env(Path[] addons, String kinds) {
        return Map.of("NAPI_ADDON", addons[0].toString(), "NAPI_ADDON_COPY", addons[1].toString(), "CHECK_KINDS", kinds);
    }

    /** The report's line, exactly, for {@code misuse} (the handles and the thread's name as patterns). */
    static Pattern report(String[] misuse, Path[] addons) {
        Path from = misuse[0].equals("foreign") ? addons[1] : addons[0];
        String what = misuse[2].replace("(of A\\)", "(of " + Pattern.quote(addons[0].toString()) + "\\)");
        return Pattern.compile("napi-jvm: checked mode: " + misuse[1] + " from " + Pattern.quote(from.toString()) + ": " + what);
    }

    static void assertReported(Oracles.Result r, String[] misuse, Path[] addons, String who) {
        assertEquals(134, r.exit(), r.describe(who));
        assertEquals("", r.out(), r.describe(who)); // the misuse is the script's first call that prints
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(report(misuse, addons).matcher(first).matches(), "expected " + report(misuse, addons) + "\n" + r.describe(who));
    }

    @Test
    void offByDefaultTheMisusesGoUnnoticed() throws IOException {
        Path[] addons = addons();
        List<String> kinds = Stream.of(MISUSES).map(m -> m[0]).toList();
        Oracles.Result r = InProcess.run(script(), addons[0].getParent(), env(addons, String.join(",", kinds) + "," + BOTH));
        assertEquals(0, r.exit(), r.describe("napi-jvm"));
        assertEquals(UNCHECKED + "escape-twice: 12\nhandle: slot\n", r.out(), r.describe("napi-jvm"));
    }

    /** The embedding's switches (in this JVM: nothing here aborts): the builder option and -Dnapi.checks. */
    @Test
    void builderOptionAndSystemPropertyTurnItOn() throws IOException {
        Path[] addons = addons();
        Oracles.Result r = InProcess.run(script(), addons[0].getParent(), env(addons, BOTH), b -> b.napiChecks(true));
        assertEquals(0, r.exit(), r.describe("napi-jvm"));
        assertEquals("escape-twice: 12\nhandle: tagged\n", r.out(), r.describe("napi-jvm, napiChecks(true)"));
        System.setProperty("napi.checks", "true");
        try {
            r = InProcess.run(script(), addons[0].getParent(), env(addons, BOTH));
        } finally {
            System.clearProperty("napi.checks");
        }
        assertEquals("escape-twice: 12\nhandle: tagged\n", r.out(), r.describe("napi-jvm, -Dnapi.checks=true"));
    }

    @TestFactory
    Stream<DynamicTest> launcherOptionReportsEachMisuse() throws IOException {
        Path[] addons = addons();
        Path js = script();
        return Stream.of(MISUSES).map(m -> DynamicTest.dynamicTest(m[0], () -> assertReported(Oracles.run(
                List.of(Oracles.REPO.resolve("napi-jvm").toString(), "--napi-checks", js.toString()), js.getParent(),
                env(addons, m[0])), m, addons, "./napi-jvm --napi-checks")));
    }

    /** Node's CheckGCAccess already aborts (GcAccessTest); checked mode names the function and the addon first. */
    @Test
    void gcFinalizerCallIsNamedFirst() throws IOException {
        Path addon = GcAccessTest.addon();
        Path js = Files.createDirectories(Oracles.BUILD.resolve("checks")).resolve("gc.js");
        Files.writeString(js, """
                const b = require(process.env.NAPI_ADDON);
                (function () { b.make(true); })();
                for (let i = 0; i < 10; i++) gc();
                """);
        Oracles.Result r = Oracles.run(List.of(Oracles.REPO.resolve("napi-jvm").toString(), "--napi-checks", "--expose-gc",
                js.toString()), js.getParent(), Map.of("NAPI_ADDON", addon.toString()));
        assertEquals(134, r.exit(), r.describe("napi-jvm"));
        assertTrue(r.err().contains("finalizer calls napi_create_object\nnapi-jvm: checked mode: napi_create_object from "
                + addon + ": called from a finalizer the GC runs, where only node_api_basic_env functions may be called\n"
                + "FATAL ERROR: Finalizer is calling a function that may affect GC state.\n"), r.describe("napi-jvm"));
    }
}
