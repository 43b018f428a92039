package org.napijvm.conformance;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Node-API calls from a thread that is not running JavaScript fail cleanly with a clear last-error message. */
class WrongThreadTest {
    @Test
    void callsFromAPthreadAreRefused() throws IOException {
        Path dir = Oracles.BUILD.resolve("wrong_thread");
        Path addon = Oracles.compile(dir.resolve("wrong_thread.node"), List.of("-lpthread"),
                Oracles.REPO.resolve("conformance-tests/threads/wrong_thread.c"));
        Path js = dir.resolve("t.js");
        Files.writeString(js, "const b = require(process.env.NAPI_ADDON);\nconsole.log(b.run());\nconsole.log('still alive', b.run().split(' ')[0]);\n");
        Oracles.Result r = InProcess.run(js, dir, Map.of("NAPI_ADDON", addon.toString()));
        assertEquals(0, r.exit(), r.describe("napi-jvm"));
        List<String> lines = r.out().lines().toList();
        assertEquals("9 9 napi_create_object called on thread", String.join(" ", List.of(lines.get(0).split(" ")).subList(0, 6)), r.out());
        assertTrue(lines.get(0).contains("which is not running JavaScript"), r.out());
        assertEquals("still alive 9", lines.get(1));
    }
}
