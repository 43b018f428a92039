package org.napijvm.node;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.EventLoop;
import org.napijvm.graal.JavaFunction;
import org.napijvm.graal.NapiRuntime;
import org.napijvm.loader.NativeLibrary;
import org.napijvm.node.binding.Binding;
import org.napijvm.node.binding.Bindings;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * One Node environment (Node's {@code node::Environment}): a GraalJS Context running Node 25.8.1's own library over
 * napi-jvm's bindings, with Node-API installed and a libuv loop. {@link #start} runs Node's bootstrap,
 * {@link #runMain} the main script Node would choose for the options, {@link #spinEventLoop} the loop until nothing
 * keeps it alive with 'beforeExit' as Node emits it, {@link #emitExit} the 'exit' event. Everything runs on the thread
 * that calls these (the env's thread).
 */
public final class NodeEnv implements AutoCloseable {
    /** What process.exit()/reallyExit does: the launcher ends the process, an embedder gets {@link ExitException}. */
    @FunctionalInterface
    public interface ExitHandler {
        void exit(NodeEnv env, int code);
    }

    /** Thrown through JS when an embedded env calls process.exit(); JS cannot catch it. */
    public static final class ExitException extends RuntimeException {
        public final int code;

        public ExitException(int code) {
            super("process.exit(" + code + ")", null, false, false);
            this.code = code;
        }
    }

    /**
     * The Context options Node's library needs: V8's stack-trace API and compatibility mode (private symbols hidden
     * from reflection, V8's messages where GraalJS has them), the newest ECMAScript (Array.fromAsync, Error.isError),
     * no GraalJS-only globals (Node defines console, performance, TextEncoder itself), and what Node-API needs
     * (buffer access, direct ArrayBuffers whose addresses addons get).
     */
    public static Context.Builder contextBuilder() {
        return Context.newBuilder("js")
                .allowExperimentalOptions(true)
                .allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true)
                        .allowArrayAccess(true).allowListAccess(true).build())
                .option("engine.WarnInterpreterOnly", "false")
                .option("js.direct-byte-buffer", "true")
                .option("js.stack-trace-api", "true")
                .option("js.v8-compat", "true")
                .option("js.ecmascript-version", "staging")
                .option("js.string-length-limit", Integer.toString((1 << 29) - 24)) // v8::String::kMaxLength
                .option("js.console", "false")
                .option("js.print", "false")
                .option("js.load", "false")
                .option("js.graal-builtin", "false")
                .option("js.polyglot-builtin", "false")
                .option("js.global-arguments", "false")
                .option("js.java-package-globals", "false")
                .option("js.performance", "false")
                .option("js.text-encoding", "false");
    }

    final Context context;
    final NapiRuntime napi;
    public final NodeOptions options;
    final PrintStream out, err;
    private final ExitHandler exitHandler;
    private final Map<String, Binding> bindings = new HashMap<>();
    private final Host host = new Host();
    /** What bootstrap.js returned: runMain, callbackScope, emitBeforeExit, emitExit, exitCode... */
    private Value js;
    private boolean closed;
    /**
     * Whether stdio goes to the embedder's Java streams rather than fds 0-2: then process.stdout/stderr/stdin stay on
     * the FILE route (util.guessHandleType says FILE) and never become libuv TTY or pipe handles on the real fds.
     */
    boolean javaStdio;

    public NodeEnv(Context context, NodeOptions options, PrintStream out, PrintStream err, ExitHandler exitHandler) {
        this.context = context;
        this.options = options;
        this.out = out;
        this.err = err;
        this.exitHandler = exitHandler;
        NativeLibrary.get(); // the trampoline and libuv, before any addon
        this.napi = new NapiRuntime(context);
        napi.forceUncaughtExceptionsPolicy = options.bool("--force-node-api-uncaught-exceptions-policy");
    }

    public Context context() {
        return context;
    }

    public NapiRuntime napi() {
        return napi;
    }

    public EventLoop loop() {
        return napi.loop;
    }

    /** Node's bootstrap: per-context scripts, the realm, internal/bootstrap/node and the switches. */
    public void start() {
        Value fn = context.eval(NodeLib.own("bootstrap.js"));
        js = fn.execute(host);
        napi.loop.setHost(new LoopHost());
    }

    /** Runs Node's main script for the options (internal/main/run_main_module, eval_string, ...). */
    public void runMain() {
        callbackScope(js.getMember("runMain"), options.mainScriptId());
    }

    /** Node's SpinEventLoop: the loop until idle, 'beforeExit', again while that scheduled more. */
    public void spinEventLoop() {
        do {
            napi.loop.run();
            if (exiting()) return;
            callbackScope(js.getMember("emitBeforeExit"));
        } while (napi.loop.alive());
    }

    /** Emits 'exit' (process._exiting set) and returns the exit code (process.exitCode, default 0). */
    public int emitExit() {
        Value r = callbackScope(js.getMember("emitExit"));
        return r != null && r.isNumber() ? r.asInt() : exitCode(0);
    }

    public int exitCode(int dflt) {
        return js.invokeMember("exitCode", dflt).asInt();
    }

    boolean exiting() {
        return js.invokeMember("isExiting").asBoolean();
    }

    /** process.reallyExit(code): the exit handler decides (the launcher tears down and ends the process). */
    public void exit(int code) {
        out.flush();
        err.flush();
        exitHandler.exit(this, code);
        throw new ExitException(code); // an exit handler that returns: the JS running now must stop
    }

    /** Calls {@code fn} as Node's MakeCallback does: uncaught exceptions to process._fatalException, then ticks. */
    public Value callbackScope(Value fn, Object... args) {
        Object[] a = new Object[args.length + 2];
        a[0] = fn;
        a[1] = null;
        System.arraycopy(args, 0, a, 2, args.length);
        return js.getMember("callbackScope").execute(a);
    }

    /** The Java half of binding {@code name} (created on first use), or null when napi-jvm has none. */
    public Binding binding(String name) {
        Binding b = bindings.get(name);
        if (b == null && !bindings.containsKey(name)) {
            b = Bindings.create(name, this);
            bindings.put(name, b);
        }
        return b;
    }

    /** The binding of type {@code c} (created on first use). */
    public <T extends Binding> T binding(String name, Class<T> c) {
        return c.cast(binding(name));
    }

    public boolean javaStdio() {
        return javaStdio;
    }

    /** The process environment's value of {@code name} (what process.env shows), or null. */
    public String envVar(String name) {
        return host.env().get(name);
    }

    public void flushStreams() {
        out.flush();
        err.flush();
    }

    /** process._rawDebug: a line to stderr, unbuffered. */
    public void rawDebug(String s) {
        err.println(s);
        err.flush();
    }

    /** Raw JS undefined (for Java code building JS values). */
    public Object undefined() {
        return napi.undefined();
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (bindings.get("stream_wrap") instanceof org.napijvm.node.binding.UvHandles u) u.closeAll();
        napi.close();
    }

    /** The env's Java side as bootstrap.js sees it. */
    public final class Host {
        @HostAccess.Export
        public String facts() {
            return NodeLib.facts();
        }

        @HostAccess.Export
        public Value compileBuiltin(String id, String params) {
            return context.eval(NodeLib.wrapped(id, params));
        }

        @HostAccess.Export
        public String builtinSource(String id) {
            return NodeLib.resource("lib/" + id + ".js");
        }

        @HostAccess.Export
        public Value privateSymbol(String description) {
            return context.asValue(EngineAccess.privateSymbol(description));
        }

        @HostAccess.Export
        public Binding binding(String name) {
            return NodeEnv.this.binding(name);
        }

        @HostAccess.Export
        public Value bindingScript(String name) {
            return NodeLib.hasOwnBindingScript(name) ? context.eval(NodeLib.own("binding/" + name + ".js")) : null;
        }

        @HostAccess.Export
        public String processInfo() {
            return options.processInfoJson();
        }

        @HostAccess.Export
        public void rawDebug(String s) {
            err.println(s);
            err.flush();
        }

        @HostAccess.Export
        public void exit(int code) {
            NodeEnv.this.exit(code);
        }

        private final ProcessEnvVars envVars = new ProcessEnvVars();

        @HostAccess.Export
        public ProcessEnvVars env() {
            return envVars;
        }

        @HostAccess.Export
        public boolean isExit(Value e) {
            return e.isHostObject() && e.asHostObject() instanceof ExitException;
        }

        @HostAccess.Export
        public String execName() {
            String a0 = options.argv.isEmpty() ? "node" : options.argv.get(0);
            return a0.substring(a0.lastIndexOf('/') + 1);
        }

        @HostAccess.Export
        public Value tickCallback() {
            return NodeEnv.this.binding("task_queue", org.napijvm.node.binding.TaskQueueBinding.class).tickCallback();
        }

        /** V8's gc() (--expose-gc): a full JVM collection, then Node-API's GC-time finalizers. */
        @HostAccess.Export
        public void gc() {
            System.gc();
            napi.lifetime.afterGc();
        }

        @HostAccess.Export
        public String domainToASCII(String d) {
            return Idna.toASCII(d);
        }

        @HostAccess.Export
        public String domainToUnicode(String d) {
            return Idna.toUnicode(d);
        }

        /** A package.json's text, or null when there is none (node's modules binding reads them itself). */
        @HostAccess.Export
        public String readPackageFile(String path) {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of(path));
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }

        @HostAccess.Export
        public String uvStrerror(int err) {
            return Posix.strerror(err);
        }

        @HostAccess.Export
        public void writeStderr(String s) {
            err.print(s);
            err.flush();
        }
    }

    /** The loop's callbacks into JS: Node's RunTimers and CheckImmediate, and tasks from other threads. */
    private final class LoopHost implements EventLoop.Host {
        @Override
        public boolean runTimer(double now) {
            binding("timers", org.napijvm.node.binding.TimersBinding.class).runTimers();
            return false;
        }

        @Override
        public boolean runImmediate(boolean start) {
            if (start) binding("timers", org.napijvm.node.binding.TimersBinding.class).checkImmediate();
            return false;
        }

        @Override
        public void invoke(JavaFunction task) {
            callbackScope(context.asValue(task));
        }

        @Override
        public void fatalException(Object error) {
            js.invokeMember("triggerUncaughtException", error, false);
        }
    }

    /** A guest exception that escaped to Java (bootstrap failure): its JS stack. */
    static String describe(PolyglotException e) {
        return e.isGuestException() && e.getGuestObject() != null && e.getGuestObject().hasMember("stack")
                ? e.getGuestObject().getMember("stack").toString() : e.toString();
    }

    static Source source(String name, String text) {
        return Source.newBuilder("js", text, name).buildLiteral();
    }
}
