package org.napijvm.conformance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * napi_fatal_error ends the process: the same "FATAL ERROR: location message" line on stderr as node, and death by
 * SIGABRT (exit status 134) on node 25 and on the ./napi-jvm launcher.
 */
class FatalErrorTest {
    private static final String ADDON = """
            #include <node_api.h>
            #include <stdlib.h>
            static napi_value Fatal(napi_env env, napi_callback_info info) {
              size_t argc = 2;
              napi_value args[2];
              napi_get_cb_info(env, info, &argc, args, NULL, NULL);
              int32_t loc_len, msg_len;
              napi_get_value_int32(env, args[0], &loc_len);
              napi_get_value_int32(env, args[1], &msg_len);
              napi_fatal_error("the_location", loc_len < 0 ? NAPI_AUTO_LENGTH : (size_t)loc_len,
                               "the message, and more", msg_len < 0 ? NAPI_AUTO_LENGTH : (size_t)msg_len);
              return NULL;
            }
            NAPI_MODULE_INIT() {
              napi_value fn;
              napi_create_function(env, "fatal", NAPI_AUTO_LENGTH, Fatal, NULL, &fn);
              napi_set_named_property(env, exports, "fatal", fn);
              return exports;
            }
            """;

    private static Path addon;

    private static synchronized Path addon() throws IOException {
        if (addon == null) {
            Path dir = Files.createDirectories(Oracles.BUILD.resolve("fatal_error"));
            Path c = dir.resolve("fatal.c");
            Files.writeString(c, ADDON);
            addon = Oracles.compile(dir.resolve("fatal.node"), List.of(), c);
        }
        return addon;
    }

    private static String fatalLine(String stderr) {
        return stderr.lines().filter(l -> l.startsWith("FATAL ERROR:")).findFirst().orElse("(no FATAL ERROR line)");
    }

    @ParameterizedTest
    @CsvSource({"-1, -1", "3, 11"})
    void fatalErrorPrintsAndAbortsAsNode(int locationLength, int messageLength) throws IOException {
        Path dir = Files.createTempDirectory("napi-fatal");
        Path js = dir.resolve("fatal.js");
        Files.writeString(js, "console.log('before');\nrequire(process.env.NAPI_ADDON).fatal(" + locationLength + ", "
                + messageLength + ");\nconsole.log('after');\n");
        Map<String, String> env = Map.of("NAPI_ADDON", addon().toString());
        Oracles.Result node = Oracles.run(List.of(Oracles.NODE25.toString(), js.toString()), dir, env);
        Oracles.Result ours = Oracles.run(List.of(Oracles.REPO.resolve("napi-jvm").toString(), js.toString()), dir, env);
        assertEquals(134, node.exit(), () -> node.describe("node 25"));
        assertEquals(134, ours.exit(), () -> ours.describe("napi-jvm"));
        assertTrue(fatalLine(node.err()).startsWith("FATAL ERROR: "), node.err());
        assertEquals(fatalLine(node.err()), fatalLine(ours.err()), () -> ours.describe("napi-jvm"));
        assertEquals("before\n", node.out());
        assertEquals(node.out(), ours.out());
    }
}
