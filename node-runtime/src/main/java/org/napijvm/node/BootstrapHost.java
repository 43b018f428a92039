package org.napijvm.node;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.node.binding.Binding;

/** An env's Java side as its bootstrap.js sees it (the argument bootstrap.js's function is called with). */
public final class BootstrapHost {
    private final NodeEnv env;

    BootstrapHost(NodeEnv env) {
        this.env = env;
    }

    /** process.version/versions/release once made, for the diagnostic report (written even with no JS running). */
    @HostAccess.Export
    public void reportFacts(String version, Value versions, Value release) {
        org.napijvm.node.binding.DiagnosticReport.processFacts(version, strings(versions), strings(release));
    }

    private static java.util.Map<String, Object> strings(Value o) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (String k : o.getMemberKeys()) m.put(k, o.getMember(k).asString());
        return java.util.Collections.unmodifiableMap(m);
    }

    @HostAccess.Export
    public String facts() {
        return NodeLib.facts();
    }

    @HostAccess.Export
    public String bindingShape(String name) {
        return NodeLib.bindingShape(name);
    }

    @HostAccess.Export
    public Value compileBuiltin(String id, String params) {
        return env.context.eval(NodeLib.wrapped(id, params));
    }

    /** A file of a package bundled from npm (NodeLib.dep), compiled as a function of {@code params}. */
    @HostAccess.Export
    public Value compileDep(String path, String params) {
        return env.context.eval(NodeLib.dep(path, params));
    }

    /** NAPI_JVM_STARTUP_TRACE: where bootstrap.js reports per-module times, else null. */
    @HostAccess.Export
    public StartupTrace.Js startupTrace() {
        return StartupTrace.ON ? new StartupTrace.Js() : null;
    }

    @HostAccess.Export
    public String builtinSource(String id) {
        return NodeLib.resource("lib/" + id + ".js");
    }

    @HostAccess.Export
    public Value privateSymbol(String description) {
        Object symbol = EngineAccess.privateSymbol(description);
        if (description.equals("node:untransferableObject")) env.napi().untransferableKey = symbol; // external buffers
        return env.context.asValue(symbol);
    }

    @HostAccess.Export
    public Binding binding(String name) {
        return env.binding(name);
    }

    /** The recorder of binding calls (docs/bindings.md), else null: then bootstrap.js wraps nothing. */
    @HostAccess.Export
    public BindingCalls.Js bindingCalls() {
        return env.bindingCalls;
    }

    /** binding-calls.js, compiled only when the recorder is on. */
    @HostAccess.Export
    public Value bindingCallsScript() {
        return env.context.eval(NodeLib.own("binding-calls.js"));
    }

    @HostAccess.Export
    public Value bindingScript(String name) {
        return NodeLib.hasOwnBindingScript(name) ? env.context.eval(NodeLib.own("binding/" + name + ".js")) : null;
    }

    /** A worker thread's handle (binding/worker.js: threadId, getEnvMessagePort), else null. */
    @HostAccess.Export
    public WorkerThread worker() {
        return env.worker;
    }

    /** new Worker(...) in this env (binding/worker.js's Worker over it). */
    @HostAccess.Export
    public Object newWorker(Value execArgv, Value env, String name, Value limits) {
        java.util.List<String> args = null, vars = null;
        if (execArgv != null && !execArgv.isNull()) {
            args = new java.util.ArrayList<>();
            for (long i = 0; i < execArgv.getArraySize(); i++) args.add(execArgv.getArrayElement(i).toString());
        }
        if (env != null && !env.isNull()) {
            vars = new java.util.ArrayList<>();
            for (long i = 0; i < env.getArraySize(); i++) vars.add(env.getArrayElement(i).asString());
        }
        double[] l = new double[(int) limits.getArraySize()];
        for (int i = 0; i < l.length; i++) l[i] = limits.getArrayElement(i).asDouble();
        try {
            return WorkerThread.create(this.env, args, vars, name, l);
        } catch (NodeOptions.BadOption e) {
            return e.getMessage(); // ERR_WORKER_INVALID_EXEC_ARGV
        }
    }

    @HostAccess.Export
    public String processInfo() {
        return env.options.processInfoJson();
    }

    @HostAccess.Export
    public void rawDebug(String s) {
        env.stdio.rawDebug(s);
    }

    @HostAccess.Export
    public void exit(int code) {
        env.exit(code);
    }

    @HostAccess.Export
    public ProcessEnvVars env() {
        return env.envVars;
    }

    @HostAccess.Export
    public boolean isExit(Value e) {
        return e.isHostObject() && e.asHostObject() instanceof NodeEnv.ExitException;
    }

    @HostAccess.Export
    public String execName() {
        String a0 = env.options.argv.isEmpty() ? "node" : env.options.argv.get(0);
        return a0.substring(a0.lastIndexOf('/') + 1);
    }

    @HostAccess.Export
    public Value tickCallback() {
        return env.binding("task_queue", org.napijvm.node.binding.TaskQueueBinding.class).tickCallback();
    }

    /** V8's gc() (--expose-gc): a full JVM collection, then Node-API's GC-time finalizers. */
    @HostAccess.Export
    public void gc() {
        System.gc();
        env.napi.lifetime.afterGc();
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
        if (!env.permissions().has("fs.read", path, env.cwd())) return null; // --permission: as if there were none
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(path));
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** An embedded env's own cwd, or null (the process's). */
    @HostAccess.Export
    public String ownCwd() {
        return env.ownCwd();
    }

    @HostAccess.Export
    public String uvStrerror(int err) {
        return Posix.strerror(err);
    }

    @HostAccess.Export
    public void writeStderr(String s) {
        env.stdio.err.print(s);
        env.stdio.err.flush();
    }
}
