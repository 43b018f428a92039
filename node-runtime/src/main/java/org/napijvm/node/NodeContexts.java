package org.napijvm.node;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;

import java.util.concurrent.atomic.AtomicBoolean;

/** The GraalJS Context and Engine options Node's library needs (behind {@link NodeEnv#contextBuilder()}). */
final class NodeContexts {
    private NodeContexts() {}

    static Context.Builder contextBuilder() {
        return jsOptions(Context.newBuilder("js")).option("engine.WarnInterpreterOnly", "false");
    }

    static Context.Builder contextBuilder(Engine engine) {
        return jsOptions(Context.newBuilder("js").engine(engine));
    }

    static Engine newEngine() {
        return newEngine(false);
    }

    static Engine newEngine(boolean noCompilation) {
        Engine.Builder b = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false");
        if (noCompilation) b.allowExperimentalOptions(true).option("engine.Compilation", "false");
        return b.build();
    }

    private static Context.Builder jsOptions(Context.Builder b) {
        return b.allowExperimentalOptions(true)
                .allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true)
                        .allowArrayAccess(true).allowListAccess(true).build())
                .option("js.direct-byte-buffer", "true")
                .option("js.stack-trace-api", "true")
                .option("js.v8-compat", "true")
                .option("js.ecmascript-version", "staging")
                .option("js.string-length-limit", Integer.toString((1 << 29) - 24)) // v8::String::kMaxLength
                .option("js.console", "false")
                .option("js.print", "false")
                .option("js.load", "false") // napi_run_script compiles through ContextifyBinding.runScript
                .option("js.graal-builtin", "false")
                .option("js.polyglot-builtin", "false")
                .option("js.global-arguments", "false")
                .option("js.java-package-globals", "false")
                .option("js.performance", "false")
                .option("js.text-encoding", "false");
    }

    private static final AtomicBoolean WARNED_INTERPRETED = new AtomicBoolean();

    // GraalJS's own warning is off (it names engine options, not what to do); ours comes once per JVM, on the JVM's
    // stderr (an env's stderr may be the application's captured stream)
    static void warnIfInterpreted(Context context) {
        if (!context.getEngine().getImplementationName().equals("Interpreted") || Boolean.getBoolean("napi.jvm.quietInterpreted")
                || WARNED_INTERPRETED.getAndSet(true)) return;
        System.err.println("napi-jvm: GraalJS runs interpreted in this JVM (the Graal compiler is not on the module path), so JavaScript is"
                + " many times slower. Start the JVM with -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path=<the Graal"
                + " compiler jars> (see napi-jvm's README, Java embedding); -Dnapi.jvm.quietInterpreted=true silences this.");
    }
}
