package org.napijvm.conformance;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.napijvm.loader.NapiJvm;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The Java embedding API, the README's example; two Contexts in one JVM at once (no per-context state in statics). */
class EmbeddingTest {
    static final Path HELLO = Oracles.compile(Oracles.REPO.resolve("conformance-tests/target/embedding/hello.node"), List.of(),
            Oracles.REPO.resolve("examples/hello/binding.c"));
    static final Path FACTORY = Oracles.compile(Oracles.REPO.resolve("conformance-tests/target/embedding/factory.node"), List.of(),
            Oracles.REPO.resolve("examples/object-factory/binding.c"));

    @Test
    void loadCallAndClose() {
        try (Context ctx = NapiJvm.contextBuilder().build(); NapiJvm napi = NapiJvm.install(ctx)) {
            Value addon = napi.require(HELLO.toString());
            assertEquals("world", addon.getMember("hello").execute().asString());
            assertNotEquals("Interpreted", napi.engineImplementation(), "the Truffle JIT must be engaged in tests too");
        }
    }

    @Test
    void twoContextsAtOnce() {
        try (Context a = NapiJvm.contextBuilder().build(); Context b = NapiJvm.contextBuilder().build();
             NapiJvm na = NapiJvm.install(a); NapiJvm nb = NapiJvm.install(b)) {
            Value fa = na.require(FACTORY.toString()), fb = nb.require(FACTORY.toString());
            for (int i = 0; i < 1000; i++) {
                assertEquals("a" + i, fa.getMember("createObject").execute("a" + i).getMember("msg").asString());
                assertEquals("b" + i, fb.getMember("createObject").execute("b" + i).getMember("msg").asString());
            }
            // a value from one context passed to the other's addon function is a polyglot error, not a crash
            a.getBindings("js").putMember("f", fa.getMember("createObject"));
            assertEquals("x", a.eval("js", "f('x').msg").asString());
        }
    }
}
