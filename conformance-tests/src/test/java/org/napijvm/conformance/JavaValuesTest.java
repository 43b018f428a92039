package org.napijvm.conformance;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napijvm.node.EnvThread;
import org.napijvm.node.JsException;
import org.napijvm.node.JsFunction;
import org.napijvm.node.NodeEnv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Java values both ways through the embedding API (NodeEnv.toJs/toJava/callExport, EnvThread.callExport): each Java
 * type as JS sees it (typeof, Buffer.isBuffer, prototypes, contents), each JS type as Java gets it, Buffers aliased or
 * copied as documented, JS errors as JsException with name, code and JS stack, Java exceptions as JS Errors, Promises
 * and CompletableFutures both ways, and a published addon (@node-rs/crc32) called with byte[] and ByteBuffer.
 */
class JavaValuesTest {
    static final Path DIR = Oracles.REPO.resolve("conformance-tests/target/java-values");
    static Engine engine;

    @BeforeAll
    static void setUp() throws IOException {
        engine = NodeEnv.newEngine();
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve("app.js"), """
                'use strict';
                exports.describe = (v) => Buffer.isBuffer(v) ? 'Buffer ' + v.toString('hex')
                    : Array.isArray(v) ? 'array ' + JSON.stringify(v)
                    : v instanceof Promise ? 'Promise'
                    : v === null ? 'null'
                    : typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype ? 'object ' + JSON.stringify(v)
                    : typeof v + ' ' + String(v);
                exports.write = (buf, byte) => { buf[0] = byte; return buf.length; };
                exports.make = (what) => ({ int: 42, long: 2 ** 40, frac: 1.5, str: 'héllo', yes: true, nil: null,
                    undef: undefined, buf: Buffer.from('hi'), u8: new Uint8Array([1, 2, 3]).subarray(1),
                    arr: [1, 'a', [2]], obj: { a: { b: 1 }, n: null }, bigint: 12345678901234567890n,
                    date: new Date(0), err: new TypeError('made') })[what];
                exports.fail = function failHere() {
                  const e = new RangeError('bad range');
                  e.code = 'ERR_TEST_CODE';
                  throw e;
                };
                exports.callBack = (f, ...args) => {
                  try { return 'returned ' + JSON.stringify(f(...args)); }
                  catch (e) { return 'caught ' + (e instanceof Error) + ' ' + e.name + ' ' + e.message + ' ' + e.code; }
                };
                exports.awaitIt = async (p) => 'got ' + await p;
                exports.awaitFail = async (p) => { try { await p; return 'resolved'; } catch (e) { return 'rejected ' + (e instanceof Error) + ' ' + e.message; } };
                exports.later = (v, ms) => new Promise((resolve) => setTimeout(() => resolve(v), ms));
                exports.rejectLater = () => new Promise((_, reject) => setTimeout(() => {
                  const e = new TypeError('late no'); e.code = 'ERR_LATE'; reject(e); }, 5));
                """);
    }

    @AfterAll
    static void tearDown() {
        engine.close();
    }

    static NodeEnv env() {
        return NodeEnv.builder().engine(engine).cwd(DIR).stdout(new ByteArrayOutputStream()).stderr(new ByteArrayOutputStream()).build();
    }

    @Test
    void javaToJs() {
        try (NodeEnv env = env()) {
            Value app = env.require("./app.js");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("k", List.of(1, "x"));
            m.put("z", null);
            Object[][] cases = {
                    {"héllo", "string héllo"}, {42, "number 42"}, {1L << 40, "number 1099511627776"}, {1.5, "number 1.5"},
                    {(short) 7, "number 7"}, {2.5f, "number 2.5"}, {'c', "string c"}, {true, "boolean true"}, {null, "null"},
                    {new BigInteger("12345678901234567890"), "bigint 12345678901234567890"},
                    {new byte[] {1, 2, (byte) 0xff}, "Buffer 0102ff"},
                    {ByteBuffer.wrap(new byte[] {9, 8, 7}).position(1), "Buffer 0807"},
                    {ByteBuffer.allocateDirect(2), "Buffer 0000"},
                    {List.of(1, List.of("a", true)), "array [1,[\"a\",true]]"},
                    {new Object[] {1, "b"}, "array [1,\"b\"]"},
                    {m, "object {\"k\":[1,\"x\"],\"z\":null}"},
                    {new CompletableFuture<>(), "Promise"},
            };
            for (Object[] c : cases) assertEquals(c[1], env.callExport(String.class, app, "describe", c[0]), String.valueOf(c[0]));
            assertThrows(IllegalArgumentException.class, () -> env.toJs(new Object()));
        }
    }

    @Test
    void buffersAliasDirectMemoryAndCopyTheRest() {
        try (NodeEnv env = env()) {
            Value app = env.require("./app.js");
            ByteBuffer direct = ByteBuffer.allocateDirect(4).position(1);
            assertEquals(3, env.callExport(Integer.class, app, "write", direct, 0x7f));
            assertEquals(0x7f, direct.get(1), "a direct ByteBuffer is the Buffer's memory (from its position)");
            assertEquals(0, direct.get(0));
            byte[] array = new byte[4];
            ByteBuffer heap = ByteBuffer.wrap(new byte[4]), readOnly = ByteBuffer.allocateDirect(4).asReadOnlyBuffer();
            for (Object copied : new Object[] {array, heap, readOnly}) env.callExport(app, "write", copied, 0x7f);
            assertEquals(0, array[0], "byte[] is copied");
            assertEquals(0, heap.get(0), "a heap ByteBuffer is copied");
            assertEquals(0, readOnly.get(0), "a read-only ByteBuffer is copied");

            Value buf = env.callExport(Value.class, app, "make", "buf");
            ByteBuffer view = env.toJava(buf, ByteBuffer.class);
            byte[] copy = env.toJava(buf, byte[].class);
            env.callExport(app, "write", buf, (int) 'H');
            assertEquals('H', view.get(0), "a Buffer as ByteBuffer is a view of its bytes");
            assertEquals(2, view.remaining());
            assertArrayEquals("hi".getBytes(StandardCharsets.UTF_8), copy, "byte[] is a copy");
            ByteBuffer u8 = (ByteBuffer) env.callExport(app, "make", "u8");
            assertEquals(2, u8.remaining(), "a subarray's own range");
            assertEquals(2, u8.get(0));
            assertThrows(ClassCastException.class, () -> env.callExport(byte[].class, app, "make", "str"));
        }
    }

    @Test
    void jsToJava() {
        try (NodeEnv env = env()) {
            Value app = env.require("./app.js");
            assertEquals(42, env.callExport(app, "make", "int"));
            assertEquals(1L << 40, env.callExport(app, "make", "long"));
            assertEquals(1.5, env.callExport(app, "make", "frac"));
            assertEquals("héllo", env.callExport(app, "make", "str"));
            assertEquals(true, env.callExport(app, "make", "yes"));
            assertNull(env.callExport(app, "make", "nil"));
            assertNull(env.callExport(app, "make", "undef"));
            assertEquals(new BigInteger("12345678901234567890"), env.callExport(app, "make", "bigint"));
            assertEquals(List.of(1, "a", List.of(2)), env.callExport(app, "make", "arr"));
            Map<String, Object> obj = new LinkedHashMap<>();
            obj.put("a", Map.of("b", 1));
            obj.put("n", null);
            assertEquals(obj, env.callExport(app, "make", "obj"));
            assertEquals(java.time.Instant.EPOCH, env.callExport(app, "make", "date"));
            JsException made = assertInstanceOf(JsException.class, env.callExport(app, "make", "err"));
            assertEquals("TypeError", made.name());
            assertEquals(42L, env.callExport(long.class, app, "make", "int"));
            assertEquals(42.0, env.callExport(Double.class, app, "make", "int"));
            assertThrows(ClassCastException.class, () -> env.callExport(Integer.class, app, "make", "frac"), "lossy");
            assertThrows(ClassCastException.class, () -> env.callExport(String.class, app, "make", "int"));
            assertThrows(ClassCastException.class, () -> env.callExport(int.class, app, "make", "nil"));
            assertInstanceOf(CompletableFuture.class, env.callExport(app, "later", 1, 1));
        }
    }

    @Test
    void errorsBothWays() {
        try (NodeEnv env = env()) {
            Value app = env.require("./app.js");
            JsException e = assertThrows(JsException.class, () -> env.callExport(app, "fail"));
            assertEquals("bad range", e.getMessage());
            assertEquals("ERR_TEST_CODE", e.code());
            assertEquals("RangeError", e.name());
            assertTrue(e.jsStack().startsWith("RangeError: bad range\n    at Object.failHere ("), e.jsStack());
            assertTrue(e.jsStack().contains(DIR.resolve("app.js") + ":14:"), e.jsStack());
            assertEquals("RangeError [ERR_TEST_CODE]: bad range", e.toString());

            JsException missing = assertThrows(JsException.class, () -> env.callExport("./no-such-file.js", "x"));
            assertEquals("MODULE_NOT_FOUND", missing.code());

            // a Java callback: arguments as Java, its result as JS, its exception as a JS Error
            JsFunction sum = a -> ((Integer) a[0]) + ((List<?>) a[1]).size();
            assertEquals("returned 5", env.callExport(app, "callBack", sum, 3, List.of("x", "y")));
            JsFunction throwing = a -> { throw new IllegalStateException("java says no"); };
            assertEquals("caught true Error java says no undefined", env.callExport(app, "callBack", throwing));
            // a JsException thrown on from Java is the JS error itself again (RangeError, its code)
            JsFunction rethrowing = a -> env.callExport(app, "fail");
            assertEquals("caught true RangeError bad range ERR_TEST_CODE", env.callExport(app, "callBack", rethrowing));
        }
    }

    @Test
    void promisesAndFuturesBothWays() throws Exception {
        // on an EnvThread: the future a Java caller gets is settled by the loop of the env's thread
        try (EnvThread node = EnvThread.start(NodeEnv.builder().engine(engine).cwd(DIR))) {
            assertEquals("late", node.callExport(String.class, "./app.js", "later", "late", 30).get(60, TimeUnit.SECONDS));
            ExecutionException x = assertThrows(ExecutionException.class,
                    () -> node.callExport("./app.js", "rejectLater").get(60, TimeUnit.SECONDS));
            JsException j = assertInstanceOf(JsException.class, x.getCause());
            assertEquals("late no", j.getMessage());
            assertEquals("ERR_LATE", j.code());
            assertTrue(j.jsStack().contains("app.js"), j.jsStack());

            // a Java future into JS, completed later from this thread: the awaiting JS resumes, its Promise comes back
            CompletableFuture<Object> javaSide = new CompletableFuture<>();
            CompletableFuture<String> round = node.callExport(String.class, "./app.js", "awaitIt", javaSide);
            Thread.sleep(50);
            assertFalse(round.isDone());
            javaSide.complete(List.of(7));
            assertEquals("got 7", round.get(60, TimeUnit.SECONDS));
            CompletableFuture<Object> failing = new CompletableFuture<>();
            CompletableFuture<String> rejected = node.callExport(String.class, "./app.js", "awaitFail", failing);
            failing.completeExceptionally(new IllegalArgumentException("java failed"));
            assertEquals("rejected true java failed", rejected.get(60, TimeUnit.SECONDS));
        }
        // on a plain env: the pending Java future keeps the loop alive until it completes
        try (NodeEnv env = env()) {
            CompletableFuture<Object> javaSide = new CompletableFuture<>();
            @SuppressWarnings("unchecked")
            CompletableFuture<Object> js = (CompletableFuture<Object>) env.callExport("./app.js", "awaitIt", javaSide);
            CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS).execute(() -> javaSide.complete("later"));
            env.spinEventLoop();
            assertEquals("got later", js.getNow("the loop ended before the future completed"));
        }
    }

    @Test
    void aPublishedAddonWithJavaBytes() {
        try (NodeEnv env = env()) {
            byte[] text = "héllo wörld".getBytes(StandardCharsets.UTF_8);
            CRC32 c = new CRC32();
            c.update(text);
            Value crc = env.require("@node-rs/crc32");
            assertEquals(c.getValue(), env.callExport(Long.class, crc, "crc32", text));
            ByteBuffer direct = ByteBuffer.allocateDirect(text.length).put(text).flip();
            assertEquals(c.getValue(), env.callExport(Long.class, crc, "crc32", direct));
            assertEquals(c.getValue(), env.callExport(Long.class, crc, "crc32", "héllo wörld"));
        }
    }
}
