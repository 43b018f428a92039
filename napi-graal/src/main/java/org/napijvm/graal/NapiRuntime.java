package org.napijvm.graal;

import org.graalvm.polyglot.Context;
import org.napijvm.core.NodeVersion;

import java.util.ArrayList;
import java.util.List;

/**
 * Node-API installed in one GraalJS Context: the bridge, and the envs of the addons loaded into it (one per loaded
 * module, as in Node). {@link #close()} tears them down in reverse load order and frees their native memory.
 */
public final class NapiRuntime implements AutoCloseable {
    // the Node-API versions (from NodeVersion, their one source; kept here for the loader)
    public static final int NAPI_VERSION = NodeVersion.NAPI_VERSION;
    public static final int DEFAULT_MODULE_API_VERSION = NodeVersion.DEFAULT_MODULE_API_VERSION;
    public static final int NAPI_VERSION_EXPERIMENTAL = NodeVersion.NAPI_VERSION_EXPERIMENTAL;

    final Context context;
    /** The thread last seen running this context's JS (a cache for {@link #checkJsThread}). */
    volatile Thread jsThread;

    /** A Node-API call made on a thread that is not running JavaScript (Node leaves this undefined; we refuse it). */
    public static final class WrongThreadException extends IllegalStateException {
        WrongThreadException(String message) {
            super(message);
        }
    }

    /** Whether the calling thread is the one running this context's JS now (it has entered the context). */
    public boolean onJsThread() {
        if (Thread.currentThread() != jsThread) return false;
        try {
            Context.getCurrent();
            return true;
        } catch (IllegalStateException notEntered) {
            return false;
        }
    }

    /** Slow path of the thread check: this thread must have entered the context (it is running its JS). */
    void checkJsThread() {
        Thread t = Thread.currentThread();
        try {
            Context.getCurrent();
            jsThread = t;
        } catch (IllegalStateException notEntered) {
            throw new WrongThreadException("called on thread '" + t.getName() + "', which is not running JavaScript; "
                    + "Node-API functions must be called on the JavaScript thread (from other threads, use a threadsafe function)");
        }
    }
    final JsBridge js;
    /** References, finalizers, cleanup hooks (LifetimeApi). */
    public final Lifetime lifetime = new Lifetime(this);
    /** The libuv event loop (EventLoop; async work, threadsafe functions). */
    public final EventLoop loop;
    private final List<GraalEnv> envs = new ArrayList<>();
    private boolean closed;
    /** node's --force-node-api-uncaught-exceptions-policy (see {@link AsyncApi#legacyLoopCallback}). */
    public volatile boolean forceUncaughtExceptionsPolicy;
    /**
     * The embedding's async_hooks (a raw JS object, see {@link AsyncResource}): Node-API's async resources get async
     * ids and run init/before/after/destroy hooks through it; null: no async hooks (every id 0).
     */
    public volatile Object asyncHooks;
    /**
     * The embedding's "untransferable" property key (node-runtime: Node's private symbol node:untransferableObject), set
     * on every ArrayBuffer made over external memory, as node::Buffer::New with a free callback does, so that a
     * postMessage transfer of it is refused (the memory is the addon's); null: not marked.
     */
    public volatile Object untransferableKey;
    /** Checked mode ({@link CheckedMode}) for the envs made from now on; default {@code -Dnapi.checks}. */
    public volatile boolean checks = CheckedMode.defaultOn();

    public NapiRuntime(Context context) {
        this.context = context;
        this.js = JsBridge.install(context);
        this.loop = new EventLoop(this);
    }

    /** Raw JS undefined of this context (for code that builds JS values by hand). */
    public Object undefined() {
        return js.undefined;
    }

    /**
     * Runs a module's init function ({@code napi_value init(napi_env, napi_value exports)}) in a new env and returns
     * the module's exports: what init returned, or {@code exports} if it returned NULL. Must be called on the
     * context's thread from inside a JS call (require); an exception the addon left pending is thrown to JS.
     */
    public Object initModule(String file, int moduleApiVersion, long initFn, Object exports) {
        if (closed) throw new IllegalStateException("napi-jvm runtime is closed");
        GraalEnv env = new GraalEnv(this, file, moduleApiVersion);
        envs.add(env);
        lifetime.cleanup.add(env::teardownWhenReleased); // its teardown is in the cleanup queue, as Node's
        int base = env.top();
        int slot = env.push(exports);
        Object result;
        try {
            long r = Native.callInit(initFn, env.ptr, env.handle(slot));
            int rs = env.checked ? (int) env.returnedSlot(r, "the module's init (its return value)") : env.slot(r);
            result = rs > 0 && rs != slot ? env.value(rs) : exports;
        } finally {
            env.truncate(base);
        }
        if (env.hasPendingException()) js.rethrow(env.takePendingException());
        return result;
    }

    /** Throws a JS Error with {@code message} (and {@code code} if not null) from the current JS-called frame. */
    public void throwJsError(String message, String code) {
        js.rethrow(ErrorApi.newError(js, ErrorApi.ERROR, JsBridge.jsString(message), code == null ? null : JsBridge.jsString(code)));
    }

    public List<GraalEnv> envs() {
        return List.copyOf(envs);
    }

    /** Tears every env down (cleanup hooks, finalizers) and frees native memory; the Context stays open. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        boolean entered = false;
        try {
            context.enter();
            entered = true;
        } catch (IllegalStateException alreadyClosedOrBusy) {
            // a closed context cannot run hooks that call JS; they still run, and JS calls fail cleanly
        }
        try {
            loop.beforeCleanup(); // queued async work cancelled, work in flight completed
            loop.runCleanup(); // cleanup hooks and env teardowns, last registered first (Node's cleanup queue)
            for (int i = envs.size() - 1; i >= 0; i--) envs.get(i).teardown();
            loop.close();
        } finally {
            if (entered) context.leave();
            for (GraalEnv e : envs) e.free();
            envs.clear();
        }
    }
}
