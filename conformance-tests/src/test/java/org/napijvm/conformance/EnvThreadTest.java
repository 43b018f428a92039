package org.napijvm.conformance;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napijvm.node.EnvThread;
import org.napijvm.node.JsException;
import org.napijvm.node.NodeEnv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * EnvThread: an env on a thread of its own that runs its loop, used from other threads. Tasks run on the env's
 * thread, between or inside loop turns; promises become futures (a JS error or rejection: JsException);
 * process.exit ends the env and refuses later tasks; close() stops a loop that handles keep alive and tears the
 * env down.
 */
class EnvThreadTest {
    static final Path DIR = Oracles.REPO.resolve("conformance-tests/target/env-thread");
    static final Path HELLO = Oracles.compile(DIR.resolve("hello.node"), List.of(), Oracles.REPO.resolve("examples/hello/binding.c"));
    static Engine engine;

    @BeforeAll
    static void setUp() throws IOException {
        engine = NodeEnv.newEngine();
        Files.writeString(DIR.resolve("app.js"), """
                'use strict';
                let ticks = 0;
                exports.later = (ms, v) => new Promise((resolve) => setTimeout(() => resolve(v), ms));
                exports.fails = () => Promise.reject(new RangeError('no such thing'));
                exports.failsWithCode = () => require('fs').promises.readFile('/no/such/dir/file');
                exports.failsPlain = () => Promise.reject('plain');
                exports.keepAlive = () => { setInterval(() => ticks++, 5); return 'interval'; };
                exports.ticks = () => ticks;
                exports.log = (s) => console.log(s);
                """);
    }

    @AfterAll
    static void tearDown() {
        engine.close();
    }

    static NodeEnv.Builder builder(ByteArrayOutputStream out) {
        return NodeEnv.builder().engine(engine).cwd(DIR).stdout(out).stderr(out);
    }

    @Test
    void manyThreadsOneEnv() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EnvThread node = EnvThread.start(builder(out)); ExecutorService requests = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(requests.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 250; i++) {
                        String r = node.submit(env -> {
                            assertTrue(node.onEnvThread());
                            return env.require(HELLO.toString()).getMember("hello").execute().asString();
                        }).get(60, TimeUnit.SECONDS);
                        if (r.equals("world")) ok++;
                    }
                    return ok;
                }));
            }
            int ok = 0;
            for (Future<Integer> f : done) ok += f.get();
            assertEquals(1000, ok);
            assertTrue(!node.onEnvThread());
        }
    }

    @Test
    void promisesBecomeFuturesAndTheLoopTurns() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EnvThread node = EnvThread.start(builder(out))) {
            CompletableFuture<String> a = node.submitAsync(env -> env.require("./app.js").invokeMember("later", 50, "late"), Value::asString);
            CompletableFuture<String> b = node.submitAsync(env -> env.require("./app.js").invokeMember("later", 1, "early"), Value::asString);
            assertEquals("early", b.get(60, TimeUnit.SECONDS));
            assertEquals("late", a.get(60, TimeUnit.SECONDS));
            // rejections and JS errors thrown by a task reach Java as JsException, never a raw PolyglotException
            JsException e = rejected(node.submitAsync(env -> env.require("./app.js").invokeMember("fails"), Value::asString));
            assertEquals("no such thing", e.getMessage());
            assertEquals("RangeError", e.name());
            assertEquals(null, e.code());
            assertTrue(e.jsStack().startsWith("RangeError: no such thing\n    at "), e.jsStack());
            assertTrue(e.jsStack().contains(DIR.resolve("app.js") + ":"), e.jsStack());
            JsException enoent = rejected(node.submitAsync(env -> env.require("./app.js").invokeMember("failsWithCode"), Value::asString));
            assertEquals("ENOENT", enoent.code());
            assertEquals("ENOENT: no such file or directory, open '/no/such/dir/file'", enoent.getMessage());
            assertEquals("Error", enoent.name());
            JsException plain = rejected(node.submitAsync(env -> env.require("./app.js").invokeMember("failsPlain"), Value::asString));
            assertEquals("plain", plain.getMessage());
            assertEquals(null, plain.name());
            JsException notFound = rejected(node.submitAsync(env -> env.require("./no-such-module"), Value::asString));
            assertEquals("MODULE_NOT_FOUND", notFound.code());
            assertTrue(notFound.getMessage().startsWith("Cannot find module './no-such-module'"), notFound.getMessage());
            JsException thrown = rejected(node.submit(env -> env.context().eval("js", "null.x")));
            assertEquals("TypeError", thrown.name());
            assertTrue(thrown.getMessage().contains("null"), thrown.getMessage());
            node.execute(() -> { });
            assertEquals(Boolean.TRUE, node.submit(env -> { env.require("./app.js").invokeMember("log", "from a task"); return true; }).get());
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("from a task"), out.toString(StandardCharsets.UTF_8));
    }

    /** The JsException a future failed with (ExecutionException's cause); anything else fails the test. */
    static JsException rejected(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(60, TimeUnit.SECONDS));
        return assertInstanceOf(JsException.class, e.getCause());
    }

    @Test
    void closeStopsALoopKeptAliveAndExitEndsTheEnv() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EnvThread node = EnvThread.start(builder(out));
        assertEquals("interval", node.submit(env -> env.require("./app.js").invokeMember("keepAlive").asString()).get());
        Thread.sleep(100);
        int ticks = node.submit(env -> env.require("./app.js").invokeMember("ticks").asInt()).get(60, TimeUnit.SECONDS);
        assertTrue(ticks > 0, "the interval ran between tasks: " + ticks);
        long t0 = System.nanoTime();
        node.close(); // the interval keeps the loop alive: close must stop it
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(60));
        CompletableFuture<String> after = node.submit(env -> "never");
        assertInstanceOf(RejectedExecutionException.class, assertThrows(ExecutionException.class, after::get).getCause());

        EnvThread exiting = EnvThread.start(builder(out));
        ExecutionException x = assertThrows(ExecutionException.class, () -> exiting.submit(env -> {
            env.require("process").invokeMember("exit", 3);
            return "not reached";
        }).get(60, TimeUnit.SECONDS));
        assertInstanceOf(NodeEnv.ExitException.class, x.getCause());
        assertEquals(3, ((NodeEnv.ExitException) x.getCause()).code);
        Thread.sleep(200);
        CompletionException refused = assertThrows(CompletionException.class, () -> exiting.submit(env -> 1).join());
        assertInstanceOf(RejectedExecutionException.class, refused.getCause());
        assertTrue(refused.getCause().getMessage().contains("process.exit(3)"), refused.getCause().getMessage());
        exiting.close();
    }
}
