package org.napijvm.node;

import org.graalvm.polyglot.Source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Node 25.8.1's own JavaScript library as the build dumped it from the node release into the jar
 * ({@code src/build/dump-node-lib.js}): the source of every built-in module ({@code lib/<id>.js}) and
 * {@code node-facts.json} (builtin ids, process.config, the CLI option table, the shape of every internal binding).
 * Sources are built once per JVM and shared by every env, so an Engine shared by several Contexts parses each once.
 */
public final class NodeLib {
    private NodeLib() {}

    private static final Map<String, Source> SOURCES = new ConcurrentHashMap<>();
    private static volatile String facts;
    /** -Dnapi.ownFrames=true: napi-jvm's JS (bootstrap.js, binding/*.js) shows in stack traces (for debugging it). */
    static final boolean SHOW_OWN_FRAMES = Boolean.getBoolean("napi.ownFrames");

    /** The text of a resource of the dumped library, or null. */
    static String resource(String path) {
        try (InputStream in = NodeLib.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** node-facts.json, as a string (bootstrap.js parses it once per env). */
    public static String facts() {
        String f = facts;
        if (f == null) {
            f = resource("node-facts.json");
            if (f == null) throw new IllegalStateException("napi-jvm: node-facts.json is missing from the jar (the build dumps it from node 25.8.1)");
            facts = f;
        }
        return f;
    }

    /** The shape of internal binding {@code name} as JSON (bindings/name.json), or null. */
    public static String bindingShape(String name) {
        return resource("bindings/" + name + ".json");
    }

    /** Whether {@code id} is a built-in module of the library. */
    public static boolean has(String id) {
        return SOURCES.containsKey(id) || NodeLib.class.getResource("lib/" + id + ".js") != null;
    }

    /**
     * The built-in {@code id} compiled as Node's BuiltinLoader does: its source wrapped in a function of
     * {@code params}, on the same line so that line numbers stay exact, named {@code node:<id>} in stack traces.
     */
    public static Source wrapped(String id, String params) {
        return SOURCES.computeIfAbsent(id + "(" + params + ")", k -> {
            String src = resource("lib/" + id + ".js");
            if (src == null) throw new IllegalArgumentException("No such built-in module: " + id);
            return Source.newBuilder("js", "(function (" + params + ") {" + src + "\n})", "node:" + id)
                    .cached(true).buildLiteral();
        });
    }

    /** A source of napi-jvm's own (bootstrap.js, binding/*.js), from the jar. */
    public static Source own(String path) {
        return SOURCES.computeIfAbsent("napi-jvm:" + path, k -> {
            String src = resource(path);
            if (src == null) throw new IllegalArgumentException("napi-jvm: missing resource " + path);
            // internal: napi-jvm's own frames stay out of stack traces, as node's C++ frames do
            return Source.newBuilder("js", src, "napi-jvm:" + path).internal(!SHOW_OWN_FRAMES).cached(true).buildLiteral();
        });
    }

    /** Whether napi-jvm has a JS half for binding {@code name} (binding/name.js). */
    static boolean hasOwnBindingScript(String name) {
        return NodeLib.class.getResource("binding/" + name + ".js") != null;
    }
}
