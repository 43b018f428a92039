package org.napijvm.node;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.EventLoop;
import org.napijvm.graal.NapiRuntime;
import org.napijvm.loader.NativeLibrary;
import org.napijvm.node.binding.Binding;
import org.napijvm.node.binding.Bindings;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * One Node environment (Node's {@code node::Environment}): a GraalJS Context running Node 25.8.1's own library over
 * napi-jvm's bindings, with Node-API installed and a libuv loop. {@link #start} runs Node's bootstrap,
 * {@link #runMain} the main script Node would choose for the options, {@link #spinEventLoop} the loop until nothing
 * keeps it alive with 'beforeExit' as Node emits it, {@link #emitExit} the 'exit' event. Everything runs on the thread
 * that calls these (the env's thread).
 *
 * <p>Java applications embed envs through {@link #builder()} (Node's embedder API: {@code CreateEnvironment},
 * {@code LoadEnvironment}, {@code SpinEventLoop}, {@code FreeEnvironment}):
 * <pre>{@code
 * try (Engine engine = NodeEnv.newEngine();
 *      NodeEnv env = NodeEnv.builder().engine(engine).args("app.js").env(Map.of("MODE", "test")).stdout(out).build()) {
 *     int exitCode = env.run();                      // app.js, then the event loop until idle; 'exit' emitted
 *     Value addon = env.require("./build/addon.node"); // from the env's cwd, as require() in a file there
 * }
 * }</pre>
 * An embedded env writes process.stdout/stderr to the given Java streams (System.out/err by default), never to the
 * JVM's file descriptors 1 and 2; process.exit() ends only that env ({@link #run} returns the code, {@link #require}
 * throws {@link ExitException}); {@link #close} tears down its addons, handles, loop and Context. Java values cross
 * both ways through {@link #callExport(Value, String, Object...)}, {@link #toJs} and {@link #toJava(Value)}
 * (Buffers, Lists, Maps, futures and Promises, errors as {@link JsException}).
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
        return NodeContexts.contextBuilder();
    }

    /**
     * {@link #contextBuilder()} over a shared {@code engine} (from {@link #newEngine()}): the envs of one Engine share
     * their parsed and compiled code (Node's library is compiled once per JVM, not once per env).
     */
    public static Context.Builder contextBuilder(Engine engine) {
        return NodeContexts.contextBuilder(engine);
    }

    /** An Engine for several envs ({@link Builder#engine}); close it after them. */
    public static Engine newEngine() {
        return NodeContexts.newEngine();
    }

    final Context context;
    final NapiRuntime napi;
    /** A worker thread's env: its handle (threadId, the port to its parent); null on the main thread. */
    final WorkerThread worker;
    public final NodeOptions options;
    final EnvStdio stdio;
    final ProcessEnvVars envVars;
    private final Permissions permissions;
    /** Embedded with its own cwd: what process.cwd() answers; null: the process's. */
    private String cwd;
    private final boolean ownsContext;
    private final ExitHandler exitHandler;
    private final Map<String, Binding> bindings = new HashMap<>();
    /** -Dnapi.recordBindings / NAPI_JVM_RECORD_BINDINGS: the binding calls this env makes are recorded; else null. */
    final BindingCalls.Js bindingCalls;
    /** What bootstrap.js returned: runMain, callbackScope, emitBeforeExit, emitExit, exitCode... */
    Value js;
    /** A main script (or internal/main/embedding) ran: prepareMainThreadExecution is done. */
    private boolean prepared;
    private Value require;
    private boolean closed;

    /** The launcher's env: the process's stdio fds and environment, over a Context the caller owns. */
    public NodeEnv(Context context, NodeOptions options, PrintStream out, PrintStream err, ExitHandler exitHandler) {
        this(context, options, out, err, null, new ProcessEnvVars(), null, false, false, exitHandler, null);
    }

    NodeEnv(Context context, NodeOptions options, PrintStream out, PrintStream err, InputStream in,
            ProcessEnvVars envVars, String cwd, boolean javaStdio, boolean ownsContext, ExitHandler exitHandler,
            WorkerThread worker) {
        this.worker = worker;
        this.context = context;
        this.options = options;
        this.stdio = new EnvStdio(out, err, in, javaStdio);
        this.envVars = envVars;
        this.cwd = cwd;
        this.ownsContext = ownsContext;
        this.exitHandler = exitHandler;
        NativeLibrary.get(); // the trampoline and libuv, before any addon
        this.permissions = Permissions.of(options, cwd());
        NodeContexts.warnIfInterpreted(context);
        this.napi = new NapiRuntime(context);
        napi.forceUncaughtExceptionsPolicy = options.bool("--force-node-api-uncaught-exceptions-policy");
        if (options.napiChecks) napi.checks = true; // else the JVM's default, -Dnapi.checks
        this.bindingCalls = BindingCalls.forEnv(envVars, options.script(), this::binding);
    }

    /** What the env may do: Node's permission model (--permission, --allow-fs-read, ...; the builder's allow*). */
    public Permissions permissions() {
        return permissions;
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

    /** process.env's store: the process's environment, or the embedded env's own variables. */
    public ProcessEnvVars envVars() {
        return envVars;
    }

    /** Node's threadId: 0 on the main thread, the worker's id in a worker. */
    public int threadId() {
        return worker == null ? 0 : worker.threadId();
    }

    /** What the env's process.stdout (fd 1) or stderr (fd 2) writes to. */
    public PrintStream stdio(int fd) {
        return fd == 1 ? stdio.out : stdio.err;
    }

    /** An embedded env: {@link Builder#build} creates its Context and runs Node's bootstrap. */
    public static Builder builder() {
        return new Builder();
    }

    /** What an embedded env is made of; every setting is optional. */
    public static final class Builder {
        private java.util.List<String> args = java.util.List.of();
        private String execPath = System.getProperty("napi.launcher", "napi-jvm");
        private Map<String, String> env;
        private InputStream stdin;
        private java.io.OutputStream stdout, stderr;
        private Engine engine;
        private java.nio.file.Path cwd;
        private boolean napiChecks;
        /** Node's permission flags the allow* methods add before {@link #args} (--permission first). */
        private final java.util.List<String> permissionArgs = new java.util.ArrayList<>();
        private java.util.List<String> builtins;

        private Builder() {}

        /** Node's command line after the executable: options, then the main script and its arguments (may be none). */
        public Builder args(java.util.List<String> args) {
            this.args = java.util.List.copyOf(args);
            return this;
        }

        public Builder args(String... args) {
            return args(java.util.List.of(args));
        }

        /** process.execPath and argv[0]. */
        public Builder execPath(String execPath) {
            this.execPath = execPath;
            return this;
        }

        /** The env's own process.env (copied; NODE_OPTIONS is read from it); default: a copy of the JVM's. */
        public Builder env(Map<String, String> env) {
            this.env = Map.copyOf(env);
            return this;
        }

        /** What process.stdin and fs.readSync(0) read; default System.in. */
        public Builder stdin(InputStream in) {
            this.stdin = in;
            return this;
        }

        /** Where process.stdout (console.log) writes; default System.out. */
        public Builder stdout(java.io.OutputStream out) {
            this.stdout = out;
            return this;
        }

        /** Where process.stderr (console.error, uncaught exceptions, warnings) writes; default System.err. */
        public Builder stderr(java.io.OutputStream err) {
            this.stderr = err;
            return this;
        }

        /**
         * Checked mode for the addons this env loads (like {@code --napi-checks} in {@link #args}): addon misuse of
         * Node-API (a napi_value after its scope closed or from another env, a call from another thread, a reference
         * deleted twice, an escape from a closed scope) is reported on stderr and the process aborted.
         */
        public Builder napiChecks(boolean on) {
            this.napiChecks = on;
            return this;
        }

        /** Share this Engine's compiled code with the other envs on it (see {@link #newEngine()}). */
        public Builder engine(Engine engine) {
            this.engine = engine;
            return this;
        }

        /** The env's process.cwd(), against which its main script and {@link NodeEnv#require} resolve; default the JVM's. */
        public Builder cwd(java.nio.file.Path cwd) {
            this.cwd = cwd.toAbsolutePath().normalize();
            return this;
        }

        /**
         * Turns on Node's permission model ({@code --permission}) and lets the env read {@code paths}, as
         * {@code --allow-fs-read=<path>} does: a directory with everything under it, a file itself; relative paths
         * against {@link #cwd}. Under the permission model every other path is refused by fs (and require, and
         * process.chdir) with Node's {@code ERR_ACCESS_DENIED} error ({@code permission: 'FileSystemRead'},
         * {@code resource}: the path as given), the main script stays readable, and what {@code --permission}
         * refuses without its flag is refused too: writes ({@link #allowFsWrite}), addons ({@link #allowAddons}),
         * child processes ({@link #allowChildProcess}), workers ({@link #allowWorker}), the network
         * ({@link #allowNet}). As in node, symbolic links
         * are not resolved: a link inside a granted directory reaches its target.
         */
        public Builder allowFsRead(java.nio.file.Path... paths) {
            return permission("--allow-fs-read=", paths);
        }

        /** {@link #allowFsRead} for writes ({@code --allow-fs-write}; {@code permission: 'FileSystemWrite'}). */
        public Builder allowFsWrite(java.nio.file.Path... paths) {
            return permission("--allow-fs-write=", paths);
        }

        /**
         * A filesystem root: the env's {@link #cwd} is {@code root} and under Node's permission model it may read and
         * write only inside it ({@link #allowFsRead} and {@link #allowFsWrite} of {@code root}); its main script,
         * {@code require} and {@code process.chdir} resolve there, and a path outside fails with
         * {@code ERR_ACCESS_DENIED}. Addons need {@link #allowAddons} as well.
         */
        public Builder fsRoot(java.nio.file.Path root) {
            cwd(root);
            return allowFsRead(this.cwd).allowFsWrite(this.cwd);
        }

        /** Under the permission model, lets the env load .node addons ({@code --allow-addons}; else ERR_DLOPEN_DISABLED). */
        public Builder allowAddons() {
            return permission("--allow-addons");
        }

        /** Under the permission model, lets the env spawn processes ({@code --allow-child-process}). */
        public Builder allowChildProcess() {
            return permission("--allow-child-process");
        }

        /** Under the permission model, lets the env create worker threads ({@code --allow-worker}). */
        public Builder allowWorker() {
            return permission("--allow-worker");
        }

        /**
         * Under the permission model, lets the env use the network ({@code --allow-net}, experimental in node 25);
         * else TCP connect and bind, Unix socket connects and dns.lookup fail with ERR_ACCESS_DENIED ({@code 'Net'}).
         */
        public Builder allowNet() {
            return permission("--allow-net");
        }

        private Builder permission(String flag, java.nio.file.Path... paths) {
            if (permissionArgs.isEmpty()) permissionArgs.add("--permission");
            if (paths.length == 0) permissionArgs.add(flag);
            for (java.nio.file.Path p : paths) permissionArgs.add(flag + p); // a relative one: against the env's cwd
            return this;
        }

        /**
         * The built-in modules the env's code may load ({@code "fs"}, {@code "node:path"}, {@code "fs/promises"}:
         * each id on its own); default all. This is Node's own realm restriction (BuiltinModule's
         * setRealmAllowRequireByUsers, as a ShadowRealm's): a module left out is absent, as in a node built without
         * it, so code that feature-detects keeps working. {@code require('node:fs')} then fails with
         * {@code ERR_UNKNOWN_BUILTIN_MODULE}, {@code require('fs')} with {@code MODULE_NOT_FOUND} (or loads a
         * package named {@code fs}), {@code import} likewise, {@code process.getBuiltinModule('fs')} is undefined,
         * {@code module.builtinModules} lists only the allowed; {@code process.binding} is refused with
         * {@code ERR_ACCESS_DENIED}, as under {@code --permission} (it would reach the bindings behind them). Node's
         * own modules still use theirs internally, and the globals Node defines (fetch, crypto, Buffer...) stay.
         * An id that is not one of Node's built-ins is an IllegalArgumentException.
         */
        public Builder builtins(java.util.Collection<String> ids) {
            java.util.List<String> l = new java.util.ArrayList<>();
            for (String id : ids) {
                String b = id.startsWith("node:") ? id.substring(5) : id;
                if (b.startsWith("internal/") || !NodeLib.has(b))
                    throw new IllegalArgumentException("napi-jvm: not a Node built-in module: " + id);
                l.add(b);
            }
            this.builtins = java.util.List.copyOf(l);
            return this;
        }

        public Builder builtins(String... ids) {
            return builtins(java.util.List.of(ids));
        }

        /** Creates the env and runs Node's bootstrap; a command line Node refuses is an IllegalArgumentException. */
        public NodeEnv build() {
            Map<String, String> vars = env != null ? env : System.getenv();
            java.util.List<String> a = new java.util.ArrayList<>(permissionArgs);
            a.addAll(args);
            NodeOptions options;
            try {
                options = NodeOptions.parse(execPath, a, vars.get("NODE_OPTIONS"));
            } catch (NodeOptions.BadOption e) {
                throw new IllegalArgumentException(execPath + ": " + e.getMessage(), e);
            }
            String script = options.script();
            if (script != null && cwd != null) options.argv.set(1, cwd.resolve(script).normalize().toString());
            if (napiChecks) options.napiChecks = true;
            options.builtins = builtins;
            PrintStream out = EnvStdio.print(stdout != null ? stdout : System.out), err = EnvStdio.print(stderr != null ? stderr : System.err);
            Context.Builder cb = (engine != null ? contextBuilder(engine) : contextBuilder()).out(out).err(err)
                    .in(stdin != null ? stdin : System.in);
            options.applyTo(cb);
            Context context = cb.build();
            NodeEnv e;
            try {
                e = new NodeEnv(context, options, out, err, stdin != null ? stdin : System.in, new ProcessEnvVars(vars),
                        cwd != null ? cwd.toString() : null, true, true, (env, code) -> { }, null); // exit() throws ExitException
                context.enter();
                try {
                    e.start();
                } finally {
                    context.leave();
                }
            } catch (RuntimeException ex) {
                context.close(true);
                throw ex;
            }
            return e;
        }

    }

    /**
     * Node's LoadEnvironment + SpinEventLoop + EmitProcessExit for an embedded env: the main script of its command
     * line (none: nothing), then the event loop until nothing keeps it alive, then 'exit'. Returns the exit code:
     * process.exitCode, the code given to process.exit(), or 1 (7, ...) after an uncaught exception as node.
     */
    public int run() {
        context.enter();
        try {
            if (!prepared) {
                if (embeddedWithoutMain()) prepareEmbedding();
                else runMain();
            } else if (options.script() != null && !ranScript) {
                Value runMain = js.getMember("require").execute("internal/modules/run_main").getMember("executeUserEntryPoint");
                callbackScope(runMain, options.script());
            }
            ranScript = true;
            spinEventLoop();
            return emitExit();
        } catch (RuntimeException e) {
            ExitException x = exitOf(e);
            if (x == null) throw e;
            return x.code;
        } finally {
            flushStreams();
            context.leave();
        }
    }

    private boolean ranScript;

    /** No script, -e or -p: an embedder's env, prepared by internal/main/embedding (no stdin REPL). */
    private boolean embeddedWithoutMain() {
        return stdio.java && options.mainScriptId().equals("internal/main/eval_stdin");
    }

    private void prepareEmbedding() {
        prepared = true;
        callbackScope(js.getMember("runMain"), "internal/main/embedding");
    }

    /**
     * require(id) as a module in the env's cwd would call it: a built-in ('path', 'node:fs'), a package, or a file
     * (.js, .json, .node). Returns module.exports; a JS exception propagates as PolyglotException, process.exit() as
     * {@link ExitException}. nextTicks and microtasks it queued run before it returns, as after a Node callback.
     */
    public Value require(String id) {
        return call(env -> {
            if (require == null) {
                Value module = js.getMember("require").execute("module");
                require = module.invokeMember("createRequire", cwd() + "/");
            }
            return require.execute(id);
        });
    }

    /** Nesting of {@link #call}: only the outermost closes the callback scope, as Node's InternalCallbackScope. */
    private int callDepth;
    private Value afterCallback;

    /**
     * Runs {@code task} in the env as a Node callback would run (the env's Context entered, its nextTicks and
     * microtasks after it), and returns what it returned; process.exit() is {@link ExitException}.
     */
    public <T> T call(java.util.function.Function<NodeEnv, T> task) {
        context.enter();
        callDepth++;
        try {
            if (!prepared) prepareEmbedding();
            T r = task.apply(this);
            if (callDepth == 1) {
                if (afterCallback == null) afterCallback = js.getMember("afterCallback");
                afterCallback.execute();
            }
            return r;
        } catch (RuntimeException e) {
            ExitException x = exitOf(e);
            if (x != null) throw x;
            throw e;
        } finally {
            callDepth--;
            if (callDepth == 0) flushStreams();
            context.leave();
        }
    }

    // ---- Java values both ways (JsValues) ----

    private JsValues values;
    JsValues values() {
        if (values == null) values = new JsValues(this, js.getMember("require").execute("buffer").getMember("Buffer"));
        return values;
    }

    /**
     * A Java value as JS (on the env's thread): null → null; String, Character → string; Integer, Long, Double (and
     * the other boxed numbers) → number; Boolean → boolean; BigInteger → bigint; {@code byte[]} and a heap or
     * read-only ByteBuffer → a Node Buffer with a copy of the bytes (position to limit); a direct, writable ByteBuffer
     * → a Buffer over the same memory, no copy (JS writes reach Java; the Buffer keeps the ByteBuffer reachable);
     * List, Object[] → array; Map → plain object (keys by String.valueOf); CompletableFuture/CompletionStage → a
     * Promise settled on the env's loop when it completes (a pending one keeps the loop alive; an exception rejects
     * with an Error of its message); {@link JsFunction} → a JS function; a Value → itself. Elements convert the same.
     */
    public Value toJs(Object value) {
        return call(env -> values().toJs(value));
    }

    /**
     * A JS value as Java (on the env's thread): undefined/null → null; string → String; boolean → Boolean; number →
     * Integer if it is one, else Long if integral, else Double; bigint → BigInteger; Buffer, any typed array or DataView,
     * ArrayBuffer → a ByteBuffer over the same bytes (a view: valid while JS keeps them; native order); array → List;
     * plain object → Map (own enumerable keys, in order); Promise → CompletableFuture completed on the env's thread
     * when it settles (a rejection: {@link JsException}); Error → {@link JsException}; Date → Instant; other
     * objects and functions → the Value. Elements convert the same, eagerly (the List or Map can leave the thread).
     */
    public Object toJava(Value value) {
        return call(env -> values().toJava(value));
    }

    /**
     * {@link #toJava(Value)} as {@code type}: also {@code byte[]} (a copy of a Buffer's bytes), the numeric types and
     * primitives (lossless only), String (a string only), Value (as is); a JS value without that form is a
     * ClassCastException.
     */
    public <T> T toJava(Value value, Class<T> type) {
        return call(env -> values().toJava(value, type));
    }

    /**
     * Calls {@code target[name](...args)} as a Node callback with Java arguments converted by {@link #toJs} and
     * returns the result by {@link #toJava(Value)}. What JS throws is a {@link JsException} (message, code, name, JS
     * stack); process.exit() is {@link ExitException}.
     * <pre>{@code
     * Value crc = env.require("@node-rs/crc32");
     * long c = env.callExport(Long.class, crc, "crc32", "text".getBytes());  // byte[] → Buffer, number → Long
     * }</pre>
     */
    public Object callExport(Value target, String name, Object... args) {
        return callExport(Object.class, target, name, args);
    }

    /** {@link #callExport(Value, String, Object...)} with the result as {@code type} ({@link #toJava(Value, Class)}). */
    public <T> T callExport(Class<T> type, Value target, String name, Object... args) {
        return call(env -> {
            JsValues v = values();
            Object[] a = new Object[args.length];
            for (int i = 0; i < args.length; i++) a[i] = v.toJs(args[i]);
            Value fn = target.getMember(name);
            if (fn == null || !fn.canExecute()) throw new IllegalArgumentException("napi-jvm: '" + name + "' is not a function of " + target);
            try {
                return v.toJava(target.invokeMember(name, a), type);
            } catch (PolyglotException p) {
                throw v.translate(p);
            }
        });
    }

    /** {@link #callExport(Value, String, Object...)} on {@code require(moduleId)}. */
    public Object callExport(String moduleId, String name, Object... args) {
        return callExport(Object.class, moduleId, name, args);
    }

    /** {@link #callExport(Class, Value, String, Object...)} on {@code require(moduleId)}. */
    public <T> T callExport(Class<T> type, String moduleId, String name, Object... args) {
        Value module;
        try {
            module = require(moduleId);
        } catch (PolyglotException p) {
            throw values().translate(p); // MODULE_NOT_FOUND and its code
        }
        return callExport(type, module, name, args);
    }

    /** The ExitException behind {@code t} (thrown through JS by process.exit), or null. */
    static ExitException exitOf(Throwable t) {
        for (int i = 0; t != null && i < 16; i++, t = t.getCause()) {
            if (t instanceof ExitException x) return x;
            if (t instanceof PolyglotException p && p.isHostException() && p.asHostException() instanceof ExitException x) return x;
        }
        return null;
    }

    /** Node's bootstrap: per-context scripts, the realm, internal/bootstrap/node and the switches. */
    public void start() {
        Value fn = context.eval(NodeLib.own("bootstrap.js"));
        EngineAccess.allowAtomicsWait();
        org.napijvm.node.binding.DiagnosticReport.configure(options);
        org.napijvm.node.binding.DiagnosticReport.attach(this);
        js = fn.execute(new BootstrapHost(this));
        napi.loop.setHost(new LoopCallbacks(this));
    }

    /** Runs Node's main script for the options (internal/main/run_main_module, eval_string, ...). */
    public void runMain() {
        prepared = true;
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
        stdio.flush();
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

    /** Node's CheckImmediate (bootstrap.js): processImmediate() as MakeCallback, again while some are outstanding. */
    public void checkImmediate(Value processImmediate, Value immediateInfo) {
        js.getMember("checkImmediate").execute(processImmediate, immediateInfo);
    }

    /** Node's RunTimers: {@code processTimers(now)}, called again after a timer threw (reported as uncaught). */
    public Value runTimers(Value processTimers, double now) {
        return js.getMember("runTimers").execute(processTimers, now);
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

    /**
     * Whether stdio goes to the embedder's Java streams rather than fds 0-2: then process.stdout/stderr/stdin stay on
     * the FILE route (util.guessHandleType says FILE, fs writes reach writeStdio) and never become libuv TTY or pipe
     * handles on the real fds.
     */
    public boolean javaStdio() {
        return stdio.java;
    }

    /** The process environment's value of {@code name} (what process.env shows), or null. */
    public String envVar(String name) {
        return envVars.get(name);
    }

    public void flushStreams() {
        stdio.flush();
    }

    /** process._rawDebug: a line to stderr, unbuffered. */
    public void rawDebug(String s) {
        stdio.rawDebug(s);
    }

    /** Raw JS undefined (for Java code building JS values). */
    public Object undefined() {
        return napi.undefined();
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            // libuv handles first (uv_close): the loop closes after them
            if (bindings.get("stream_wrap") instanceof org.napijvm.node.binding.UvHandles u) u.closeAll();
            if (bindings.get("zlib") instanceof org.napijvm.node.binding.ZlibBinding z) z.closeAll();
            napi.close();
        } finally {
            flushStreams();
            if (ownsContext) context.close();
        }
    }

    // ---- stdio and process state of an embedded env ----

    /** Whether fd 0-2 of this env are Java streams (an embedded env), so the fs binding must not touch the fd. */
    public boolean javaStdio(int fd) {
        return stdio.isJava(fd);
    }

    /** write(2) on an embedded env's fd 1 or 2: to its Java stream; bytes written, or -EBADF for fd 0. */
    public long writeStdio(int fd, byte[] bytes) {
        return stdio.write(fd, bytes);
    }

    /** read(2) on an embedded env's fd 0: from its Java stream (0 at its end); -EBADF for fd 1 and 2. */
    public long readStdio(int fd, byte[] into) {
        return stdio.read(fd, into);
    }

    /** process.cwd(): the env's own directory if it was given one, else the process's. */
    public String cwd() {
        return cwd != null ? cwd : Posix.cwd();
    }

    /** An embedded env's own cwd (relative fs paths resolve there, not in the process's), or null. */
    public String ownCwd() {
        return cwd;
    }

    /** process.chdir() of an embedded env with its own cwd changes only that env's (0, or -ENOENT/-ENOTDIR). */
    public Integer chdirOwn(String dir) {
        if (cwd == null) return null;
        java.nio.file.Path p = java.nio.file.Path.of(cwd).resolve(dir).normalize();
        if (!java.nio.file.Files.exists(p)) return -2;
        if (!java.nio.file.Files.isDirectory(p)) return -20;
        cwd = p.toString();
        return 0;
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
