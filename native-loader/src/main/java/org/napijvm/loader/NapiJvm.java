package org.napijvm.loader;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.napijvm.core.NodeVersion;
import org.napijvm.graal.EventLoop;
import org.napijvm.graal.JavaFunction;
import org.napijvm.graal.JsBridge;
import org.napijvm.graal.NapiRuntime;
import org.napijvm.graal.NodeBufferApi;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The Java embedding API: Node-API and a Node-like module environment (CommonJS require of JS and .node files,
 * process, console) installed into a GraalJS {@link Context} the application owns.
 *
 * <pre>{@code
 * try (Context ctx = NapiJvm.contextBuilder().build(); NapiJvm napi = NapiJvm.install(ctx)) {
 *     Value addon = napi.require("/path/to/hello.node");
 *     System.out.println(addon.getMember("hello").execute().asString());
 * }
 * }</pre>
 * {@link #close()} runs the addons' cleanup hooks and finalizers and frees native memory; close the Context after.
 */
public final class NapiJvm implements AutoCloseable {
    /** napi-jvm's own version. */
    public static final String NAPI_JVM_VERSION = "0.1.0";

    /** Options for {@link #install(Context, Options)}. */
    public static final class Options {
        List<String> argv = List.of("napi-jvm");
        String execPath = "napi-jvm";
        boolean exposeGc = true;
        IntConsumer exit;
        Path cwd = Path.of("").toAbsolutePath();
        Map<String, String> env = System.getenv();
        PrintStream out = System.out, err = System.err;
        boolean forceUncaughtPolicy;

        /** process.argv (argv[0] is the executable, argv[1] the main script). */
        public Options argv(List<String> argv) { this.argv = List.copyOf(argv); return this; }
        public Options execPath(String p) { this.execPath = p; return this; }
        /** Define global.gc() (as node --expose-gc); on by default. */
        public Options exposeGc(boolean b) { this.exposeGc = b; return this; }
        /** What process.exit(code) does; by default it throws a JS error in the embedding application. */
        public Options onExit(IntConsumer exit) { this.exit = exit; return this; }
        public Options cwd(Path cwd) { this.cwd = cwd.toAbsolutePath(); return this; }
        /** process.env (default: this JVM's environment). */
        public Options env(Map<String, String> env) { this.env = Map.copyOf(env); return this; }
        /**
         * node's --force-node-api-uncaught-exceptions-policy: an exception a threadsafe function's call_js or finalizer
         * leaves (modules below the experimental Node-API version) is an uncaught exception instead of a DEP0168
         * warning. Off by default, as in node.
         */
        public Options forceUncaughtExceptionsPolicy(boolean b) { this.forceUncaughtPolicy = b; return this; }
        /** Where process.stdout/stderr.write go; give the Context builder the same streams for console. */
        public Options streams(PrintStream out, PrintStream err) { this.out = out; this.err = err; return this; }
    }

    /**
     * A Context builder with what Node-API needs: buffer access for ArrayBuffers over native memory, and
     * {@code js.direct-byte-buffer=true} so that every ArrayBuffer JS creates has native bytes whose address an addon
     * can be given (napi_get_arraybuffer_info, napi_get_typedarray_info, ...; see GraalInternals).
     */
    public static Context.Builder contextBuilder() {
        return Context.newBuilder("js")
                .allowExperimentalOptions(true)
                .allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true).build())
                .option("js.direct-byte-buffer", "true")
                .option("engine.WarnInterpreterOnly", "false");
    }

    private final Context context;
    private final NapiRuntime runtime;
    private final Value env;
    private boolean closed;

    private NapiJvm(Context context, Options o) {
        this.context = context;
        NativeLibrary.get(); // load and bind the trampoline before any addon
        this.runtime = new NapiRuntime(context);
        runtime.forceUncaughtExceptionsPolicy = o.forceUncaughtPolicy;
        String src;
        try (InputStream in = NapiJvm.class.getResourceAsStream("node-env.js")) {
            src = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        IntConsumer exit = o.exit != null ? o.exit
                : code -> runtime.throwJsError("process.exit(" + code + ") called; the embedding application decides what exiting means", "ERR_PROCESS_EXIT");
        Value factory = context.eval(Source.newBuilder("js", src, "napi-jvm:node-env.js").internal(true).buildLiteral());
        env = factory.execute(
                fn(a -> stat(JsBridge.asString(a[0]))),
                fn(a -> readFile(JsBridge.asString(a[0]))),
                fn(a -> loadNative(JsBridge.asString(a[0]), a[1])),
                fn(a -> { exit.accept(((Number) a[0]).intValue()); return runtime.undefined(); }),
                fn(a -> { System.gc(); runtime.lifetime.afterGc(); return runtime.undefined(); }),
                fn(a -> { write(((Number) a[0]).intValue() == 2 ? o.err : o.out, JsBridge.asString(a[1])); return runtime.undefined(); }),
                fn(a -> (double) System.nanoTime()),
                infoJson(o),
                fn(this::loopControl),
                fn(a -> builtinSource(JsBridge.asString(a[0]))),
                fn(a -> { NodeBufferApi.register(runtime, a[0]); return runtime.undefined(); }),
                fn(new NodeSys(runtime)::call));
        runtime.loop.setHost(new EventLoop.Host() {
            @Override public boolean runTimer(double now) { return env.invokeMember("runTimer", now).asBoolean(); }
            @Override public boolean runImmediate(boolean start) { return env.invokeMember("runImmediate", start).asBoolean(); }
            @Override public void invoke(JavaFunction task) { env.invokeMember("invoke", task); }
            @Override public void makeCallback(JavaFunction task) { env.invokeMember("invoke", task); }
            @Override public void fatalException(Object error) { env.invokeMember("fatalException", error); }
        });
    }

    /** node-env.js's timers and immediates drive the libuv loop: 0 now, 1 arm the timer, 2 stop it, 3 ref'ed immediates. */
    private Object loopControl(Object[] a) {
        EventLoop loop = runtime.loop;
        switch (((Number) a[0]).intValue()) {
            case 0: return loop.now();
            case 1: loop.scheduleTimer(((Number) a[1]).doubleValue(), (Boolean) a[2]); break;
            case 2: loop.stopTimer(); break;
            case 3: loop.setRefedImmediates(((Number) a[1]).intValue()); break;
            default: throw new IllegalArgumentException("loop op " + a[0]);
        }
        return runtime.undefined();
    }

    private static JavaFunction fn(JavaFunction.Body b) {
        return new JavaFunction(b);
    }

    /** Installs Node-API and the module environment into {@code context}. */
    public static NapiJvm install(Context context) {
        return new NapiJvm(context, new Options());
    }

    public static NapiJvm install(Context context, Options options) {
        return new NapiJvm(context, options);
    }

    /** require(path) from the current directory: a .js, .json or .node file; returns module.exports. */
    public Value require(String path) {
        return env.invokeMember("require", Path.of(path).toAbsolutePath().normalize().toString());
    }

    /**
     * Runs a script as the main module (node file.js), then its event loop (timers, immediates, async work,
     * threadsafe functions, the finalizers of collected objects) until nothing keeps it alive, as node does.
     * Exceptions propagate as PolyglotException.
     */
    public void runMain(Path script) {
        env.invokeMember("runMain", script.toAbsolutePath().normalize().toString());
        runEventLoop();
    }

    /** Runs the libuv event loop on this thread until nothing keeps it alive (each JS callback is one host call). */
    public void runEventLoop() {
        runtime.loop.run();
    }

    /** process.exitCode as the script left it (0 if unset). */
    public int exitCode() {
        return env.invokeMember("exitCode").asInt();
    }

    /** Emits process 'exit' listeners. */
    public void emitExit(int code) {
        env.invokeMember("emitExit", code);
    }

    /** Formats an uncaught JS exception as Node prints it (its stack). */
    public String formatUncaught(PolyglotException e) {
        if (e.isGuestException() && e.getGuestObject() != null) {
            try {
                return env.invokeMember("formatError", e.getGuestObject()).asString();
            } catch (PolyglotException ignored) {
                // fall through
            }
        }
        return e.toString();
    }

    /** The engine implementation: "Interpreted" means the Truffle JIT is not engaged. */
    public String engineImplementation() {
        return context.getEngine().getImplementationName();
    }

    public NapiRuntime runtime() {
        return runtime;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        runtime.close();
    }

    // ---- host functions ----

    private static Object stat(String p) {
        Path path = Path.of(p);
        return Files.isRegularFile(path) ? 1 : Files.isDirectory(path) ? 2 : 0;
    }

    private Object readFile(String p) {
        try {
            return JsBridge.jsStringPublic(Files.readString(Path.of(p)));
        } catch (IOException e) {
            runtime.throwJsError("ENOENT: cannot read '" + p + "': " + e.getMessage(), "ENOENT");
            return null;
        }
    }

    /** A file of the npm packages the build bundles into the jar (builtin/node_modules/...), or undefined. */
    private Object builtinSource(String path) {
        if (path.contains("..")) return runtime.undefined();
        try (InputStream in = NapiJvm.class.getResourceAsStream("builtin/node_modules/" + path)) {
            return in == null ? runtime.undefined() : JsBridge.jsStringPublic(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return runtime.undefined();
        }
    }

    private Object loadNative(String file, Object exports) {
        try {
            return AddonLoader.load(runtime, file, exports);
        } catch (AddonLoader.LoadException e) {
            runtime.throwJsError(e.getMessage(), e.code);
            return null;
        }
    }

    private static void write(PrintStream ps, String s) {
        ps.print(s);
        ps.flush();
    }

    private static String infoJson(Options o) {
        StringBuilder b = new StringBuilder("{\"argv\":[");
        for (int i = 0; i < o.argv.size(); i++) b.append(i > 0 ? "," : "").append(json(o.argv.get(i)));
        b.append("],\"execPath\":").append(json(o.execPath));
        b.append(",\"cwd\":").append(json(o.cwd.toString()));
        b.append(",\"pid\":").append(ProcessHandle.current().pid());
        b.append(",\"exposeGc\":").append(o.exposeGc);
        b.append(",\"os\":{\"release\":").append(json(System.getProperty("os.version", "")))
                .append(",\"homedir\":").append(json(System.getProperty("user.home", "")))
                .append(",\"cpus\":").append(Runtime.getRuntime().availableProcessors()).append('}');
        b.append(",\"versions\":{\"node\":\"").append(NodeVersion.VERSION).append("\",\"napi\":\"").append(NodeVersion.NAPI_VERSION)
                .append("\",\"napi_jvm\":\"").append(NAPI_JVM_VERSION).append("\"}");
        b.append(",\"env\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(o.env).entrySet()) {
            b.append(first ? "" : ",").append(json(e.getKey())).append(':').append(json(e.getValue()));
            first = false;
        }
        return b.append("}}").toString();
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    static List<String> list(String... s) {
        return new ArrayList<>(List.of(s));
    }
}
