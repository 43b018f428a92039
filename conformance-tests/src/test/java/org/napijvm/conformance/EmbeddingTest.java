package org.napijvm.conformance;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napijvm.node.NodeEnv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java embedding API (NodeEnv.builder, the README's example): envs on one shared Engine in one JVM, stdio as Java
 * streams, require from Java (built-ins, files, .node addons), per-env process.env, process.exit ending only its env.
 */
class EmbeddingTest {
    static final Path HELLO = Oracles.compile(Oracles.REPO.resolve("conformance-tests/target/embedding/hello.node"), List.of(),
            Oracles.REPO.resolve("examples/hello/binding.c"));
    static final Path FACTORY = Oracles.compile(Oracles.REPO.resolve("conformance-tests/target/embedding/factory.node"), List.of(),
            Oracles.REPO.resolve("examples/object-factory/binding.c"));
    static final Path DIR = Oracles.REPO.resolve("conformance-tests/target/embedding");
    static Engine engine;

    @BeforeAll
    static void engine() {
        engine = NodeEnv.newEngine();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    static Path script(String name, String text) throws IOException {
        Path p = DIR.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** The README's example. */
    @Test
    void readmeExample() throws IOException {
        Path app = script("app.js", "console.log(require('./hello.node').hello(), process.env.GREETING);\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeEnv env = NodeEnv.builder().engine(engine).cwd(DIR).args("app.js")
                .env(Map.of("GREETING", "hi")).stdout(out).build()) {
            assertEquals(0, env.run());
            assertEquals("world hi\n", out.toString(StandardCharsets.UTF_8));
            Value addon = env.require("./hello.node");
            assertEquals("world", addon.getMember("hello").execute().asString());
            assertNotEquals("Interpreted", env.context().getEngine().getImplementationName(), "the Truffle JIT must be engaged in tests too");
        }
    }

    @Test
    void twoEnvsOnOneEngine() throws IOException {
        Path app = script("two.js", """
                const os = require('os');
                setTimeout(() => console.log('timer', process.env.WHO, process.argv.slice(2).join(',')), 10);
                process.on('exit', (c) => console.log('exit', c));
                """);
        ByteArrayOutputStream outA = new ByteArrayOutputStream(), outB = new ByteArrayOutputStream();
        try (NodeEnv a = NodeEnv.builder().engine(engine).args(app.toString(), "1", "2").env(Map.of("WHO", "a")).stdout(outA).build();
             NodeEnv b = NodeEnv.builder().engine(engine).args(app.toString(), "3").env(Map.of("WHO", "b")).stdout(outB).build()) {
            assertEquals(0, a.run());
            assertEquals(0, b.run());
            assertEquals("timer a 1,2\nexit 0\n", outA.toString(StandardCharsets.UTF_8));
            assertEquals("timer b 3\nexit 0\n", outB.toString(StandardCharsets.UTF_8));
            // built-ins from Java
            assertEquals("/x/z", a.require("path").invokeMember("join", "/x", "y", "..", "z").asString());
            assertEquals("{ a: [ 1, 2 ] }", b.require("node:util").invokeMember("inspect", a.context().eval("js", "({a: [1, 2]})")).asString());
            // per-env environment variables, the JVM's untouched
            a.require(app.toString()); // the main module, cached: nothing printed again
            assertEquals("timer a 1,2\nexit 0\n", outA.toString(StandardCharsets.UTF_8));
            Value envA = a.context().eval("js", "process.env.SET_BY_A = 'yes'; process.env");
            assertEquals("yes", envA.getMember("SET_BY_A").asString());
            assertTrue(b.context().eval("js", "process.env.SET_BY_A === undefined && process.env.WHO === 'b'").asBoolean());
            assertEquals(null, System.getenv("SET_BY_A"));
            // an addon in each env, called from Java: two module instances
            Value fa = a.require(FACTORY.toString()), fb = b.require(FACTORY.toString());
            for (int i = 0; i < 1000; i++) {
                assertEquals("a" + i, fa.getMember("createObject").execute("a" + i).getMember("msg").asString());
                assertEquals("b" + i, fb.getMember("createObject").execute("b" + i).getMember("msg").asString());
            }
        }
    }

    @Test
    void processExitEndsOnlyTheEnv() throws IOException {
        Path app = script("exit.js", "process.on('exit', (c) => console.log('exit', c)); console.error('bye'); process.exit(3); console.log('not reached');\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try (NodeEnv env = NodeEnv.builder().engine(engine).args(app.toString()).stdout(out).stderr(err).build()) {
            assertEquals(3, env.run());
        }
        assertEquals("exit 3\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("bye\n", err.toString(StandardCharsets.UTF_8));
        // from require: an ExitException; the JVM lives and makes the next env
        Path lib = script("exit-lib.js", "process.exit(4);\n");
        try (NodeEnv env = NodeEnv.builder().engine(engine).stdout(out).build()) {
            NodeEnv.ExitException x = assertThrows(NodeEnv.ExitException.class, () -> env.require(lib.toString()));
            assertEquals(4, x.code);
        }
        try (NodeEnv env = NodeEnv.builder().engine(engine).build()) {
            assertEquals("../c/d", env.require("path").invokeMember("relative", "/a/b", "/a/c/d").asString());
        }
    }

    @Test
    void uncaughtExceptionsAndStdin() throws IOException {
        Path app = script("throw.js", "setTimeout(() => { throw new Error('boom'); }, 1);\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (NodeEnv env = NodeEnv.builder().engine(engine).args(app.toString()).stdout(new ByteArrayOutputStream()).stderr(err).build()) {
            assertEquals(1, env.run());
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Error: boom"), err::toString);
        Path cat = script("stdin.js", "const b = Buffer.alloc(64); const n = require('fs').readSync(0, b); console.log(JSON.stringify(b.toString('utf8', 0, n)));\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeEnv env = NodeEnv.builder().engine(engine).args(cat.toString())
                .stdin(new ByteArrayInputStream("from java\n".getBytes(StandardCharsets.UTF_8))).stdout(out).build()) {
            assertEquals(0, env.run());
        }
        assertEquals("\"from java\\n\"\n", out.toString(StandardCharsets.UTF_8));
        // a JS exception from require reaches Java as a PolyglotException
        try (NodeEnv env = NodeEnv.builder().engine(engine).stdout(out).stderr(err).build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> env.require("./no-such-module"));
            assertTrue(e.getMessage().contains("Cannot find module './no-such-module'"), e.getMessage());
        }
    }
}
