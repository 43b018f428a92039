package org.napijvm.conformance;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.napijvm.node.NodeEnv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Handles of one env (async work, deferreds, async contexts, callback scopes, threadsafe functions, async cleanup
 * hooks) used in another env, after they were freed, or after their env was torn down: refused with napi_invalid_arg
 * and a last-error message saying why, never a crash. napi-jvm only: node accepts another module's handles (one
 * isolate) and crashes on stale ones. Two copies of one addon are two envs.
 */
class HandleCheckTest {
    static Path[] addons() throws IOException {
        Path dir = Oracles.BUILD.resolve("handles");
        Path a = Oracles.compile(dir.resolve("a.node"), List.of(), Oracles.REPO.resolve("conformance-tests/handles/handles.c"));
        Path b = Files.copy(a, dir.resolve("b.node"), StandardCopyOption.REPLACE_EXISTING);
        return new Path[] {a, b};
    }

    static String make(Value addon, String kind) {
        String h = addon.invokeMember("make", kind).asString();
        assertTrue(h.matches("[0-9]+") && !h.equals("0"), kind + ": " + h);
        return h;
    }

    static String use(Value addon, String kind, String handle) {
        return addon.invokeMember("use", kind, handle).asString();
    }

    static void refused(String outcome, String why) {
        assertTrue(outcome.startsWith("1 ") && outcome.contains(why), "expected napi_invalid_arg, '" + why + "': " + outcome);
    }

    @Test
    void anotherEnvsStaleAndTornDownHandlesAreRefused() throws IOException {
        Path[] files = addons();
        String orphan;
        try (NodeEnv env = NodeEnv.builder().engine(InProcess.engine()).build()) {
            Value a = env.require(files[0].toString()), b = env.require(files[1].toString());
            for (String kind : List.of("work", "deferred", "context")) {
                String h = make(a, kind);
                refused(use(b, kind, h), "belongs to another napi_env");
                assertEquals("0", use(a, kind, h), kind);
                refused(use(a, kind, h), "is stale");
            }
            String w = make(a, "work");
            refused(use(b, "queue", w), "belongs to another napi_env");
            refused(use(a, "queue", make(a, "deferred")), "is not a napi_async_work");
            refused(use(a, "work", "12345678"), "is not a napi_async_work");
            assertEquals("0", use(a, "work", w));

            String scope = a.invokeMember("scope").asString();
            refused(use(a, "scope", scope), "is stale");
            refused(use(b, "scope", scope), "belongs to another napi_env");

            // no env: the handle's own env is found from it, from any env or thread
            String hook = make(a, "hook");
            assertEquals("0", use(b, "hook", hook));
            assertEquals("1", use(a, "hook", hook));
            String tsfn = make(a, "tsfn");
            assertEquals("0", use(b, "tsfn", tsfn)); // its one thread released: it closes and is finalized
            env.loop().run();
            assertEquals("1", use(a, "tsfn", tsfn));

            orphan = make(a, "work");
        }
        try (NodeEnv env = NodeEnv.builder().engine(InProcess.engine()).build()) {
            Value a = env.require(files[0].toString());
            refused(use(a, "work", orphan), "belongs to a napi_env that was torn down");
            String w = make(a, "work");
            assertEquals("0", use(a, "work", w));
        }
    }
}
