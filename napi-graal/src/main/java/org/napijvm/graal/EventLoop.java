package org.napijvm.graal;

import org.graalvm.polyglot.Context;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * One runtime's libuv event loop (a native {@code uv_loop_t}, what napi_get_uv_event_loop returns), turned by the JS
 * thread as Node turns its loop: after the main script, {@link #run} runs it until nothing keeps it alive.
 *
 * <p>JS timers are a JS-side queue (Node's lib/internal/timers.js) behind one {@code uv_timer_t}; setImmediate
 * callbacks and the finalizers of collected objects run in a {@code uv_check_t}, with a {@code uv_idle_t} keeping the loop from blocking
 * (and alive) while ref'ed immediates or finalizers wait, as in Node. Async work runs on libuv's threadpool
 * ({@code uv_queue_work}), threadsafe functions wake the loop with {@code uv_async_send}. Every libuv callback is an FFM
 * upcall on the loop thread; JS is only entered through the {@link Host}, one host call per JS callback so that
 * microtasks run after each, as in Node. The Context stays entered while the loop runs, so addons' own uv callbacks
 * may call Node-API.
 */
public final class EventLoop {
    /** What the Node environment (node-runtime's NodeEnv) provides to the loop. */
    public interface Host {
        /** Node's RunTimers: the JS timers due now; the host re-arms (or stops) the timer handle. */
        void runTimers();

        /** Node's CheckImmediate: the setImmediate callbacks queued before this check phase. */
        void runImmediates();

        /**
         * Runs {@code task} inside a JS call, as Node's callback scope: an exception it throws is an uncaught exception
         * ('uncaughtException' listeners, or it propagates), then nextTicks and microtasks run.
         */
        void invoke(JavaFunction task);

        /**
         * Node's InternalMakeCallback from native code with no JS below: {@code task} runs inside one callback scope,
         * which closes (nextTicks, then microtasks) only when the task returns true; false means it threw, and Node
         * skips the close (InternalCallbackScope::MarkAsFailed). The task itself catches what it throws.
         */
        void makeCallback(JavaFunction task);

        /** Node's TriggerUncaughtException for {@code error} (a raw JS value), called from inside a JS call. */
        void fatalException(Object error);
    }

    // libuv constants (uv.h, Linux)
    static final int UV_ASYNC = 1, UV_CHECK = 2, UV_IDLE = 6, UV_TIMER = 13, UV_WORK = 7;
    static final int UV_RUN_DEFAULT = 0, UV_RUN_ONCE = 1, UV_RUN_NOWAIT = 2;
    static final int UV_ECANCELED = -125, UV_EBUSY = -16, UV_EINVAL = -22;

    private static final Linker L = Linker.nativeLinker();
    private static final MethodHandle DLSYM = L.downcallHandle(L.defaultLookup().find("dlsym").orElseThrow(),
            FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle MALLOC = L.downcallHandle(L.defaultLookup().find("calloc").orElseThrow(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle FREE = L.downcallHandle(L.defaultLookup().find("free").orElseThrow(),
            FunctionDescriptor.ofVoid(JAVA_LONG));

    /** Zeroed native memory that outlives no one: freed with {@link #free}. */
    static long malloc(long size) {
        try {
            long p = (long) MALLOC.invokeExact(1L, size);
            if (p == 0) throw new OutOfMemoryError("napi-jvm: calloc(" + size + ")");
            return p;
        } catch (Throwable t) { throw rt(t); }
    }

    static void free(long p) {
        try { FREE.invokeExact(p); } catch (Throwable t) { throw rt(t); }
    }
    static final MethodHandle LOOP_SIZE, HANDLE_SIZE, REQ_SIZE, LOOP_INIT, LOOP_CLOSE, RUN, STOP, NOW, UPDATE_TIME,
            LOOP_ALIVE, TIMER_INIT, TIMER_START, TIMER_STOP, CHECK_INIT, CHECK_START, IDLE_INIT, IDLE_START, IDLE_STOP,
            ASYNC_INIT, ASYNC_SEND, REF, UNREF, CLOSE, IS_CLOSING, QUEUE_WORK, CANCEL;
    /** The C work callback (async.c): runs the addon's execute on the threadpool thread. */
    static final long CB_WORK;

    static {
        try {
            LOOP_SIZE = fn("uv_loop_size", FunctionDescriptor.of(JAVA_LONG));
            HANDLE_SIZE = fn("uv_handle_size", FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
            REQ_SIZE = fn("uv_req_size", FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
            LOOP_INIT = fn("uv_loop_init", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
            LOOP_CLOSE = fn("uv_loop_close", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
            RUN = fn("uv_run", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT));
            STOP = fn("uv_stop", FunctionDescriptor.ofVoid(JAVA_LONG));
            NOW = fn("uv_now", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
            UPDATE_TIME = fn("uv_update_time", FunctionDescriptor.ofVoid(JAVA_LONG));
            LOOP_ALIVE = fn("uv_loop_alive", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
            TIMER_INIT = fn("uv_timer_init", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
            TIMER_START = fn("uv_timer_start", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
            TIMER_STOP = fn("uv_timer_stop", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
            CHECK_INIT = fn("uv_check_init", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
            CHECK_START = fn("uv_check_start", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
            IDLE_INIT = fn("uv_idle_init", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
            IDLE_START = fn("uv_idle_start", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG));
            IDLE_STOP = fn("uv_idle_stop", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
            ASYNC_INIT = fn("uv_async_init", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
            ASYNC_SEND = fn("uv_async_send", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
            REF = fn("uv_ref", FunctionDescriptor.ofVoid(JAVA_LONG));
            UNREF = fn("uv_unref", FunctionDescriptor.ofVoid(JAVA_LONG));
            CLOSE = fn("uv_close", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG));
            IS_CLOSING = fn("uv_is_closing", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
            QUEUE_WORK = fn("uv_queue_work", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
            CANCEL = fn("uv_cancel", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
            CB_WORK = sym("napi_jvm_work_execute");
        } catch (RuntimeException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static long sym(String name) {
        MemorySegment s;
        try (Arena a = Arena.ofConfined()) {
            s = (MemorySegment) DLSYM.invokeExact(MemorySegment.NULL, a.allocateFrom(name)); // RTLD_DEFAULT
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (s.address() == 0)
            throw new IllegalStateException("napi-jvm: " + name + " not found: napi-jvm needs libuv 1.x (libuv.so.1; "
                    + "on Debian/Ubuntu: apt-get install libuv1) and its trampoline library loaded first");
        return s.address();
    }

    private static MethodHandle fn(String name, FunctionDescriptor fd) {
        return L.downcallHandle(MemorySegment.ofAddress(sym(name)), fd);
    }

    /** An upcall stub for this loop's method {@code name}, living as long as the loop's memory. */
    private long stub(String name, FunctionDescriptor fd) {
        try {
            MethodHandle h = MethodHandles.lookup().findVirtual(EventLoop.class, name, fd.toMethodType()).bindTo(this);
            return L.upcallStub(h, fd, arena).address();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static long loopSize() { try { return (long) LOOP_SIZE.invokeExact(); } catch (Throwable t) { throw rt(t); } }
    static long handleSize(int type) { try { return (long) HANDLE_SIZE.invokeExact(type); } catch (Throwable t) { throw rt(t); } }
    static long reqSize(int type) { try { return (long) REQ_SIZE.invokeExact(type); } catch (Throwable t) { throw rt(t); } }
    static int call(MethodHandle h, long a) { try { return (int) h.invokeExact(a); } catch (Throwable t) { throw rt(t); } }
    static int call(MethodHandle h, long a, long b) { try { return (int) h.invokeExact(a, b); } catch (Throwable t) { throw rt(t); } }
    static int call(MethodHandle h, long a, long b, long c) { try { return (int) h.invokeExact(a, b, c); } catch (Throwable t) { throw rt(t); } }
    static void callVoid(MethodHandle h, long a) { try { h.invokeExact(a); } catch (Throwable t) { throw rt(t); } }
    static void callVoid(MethodHandle h, long a, long b) { try { h.invokeExact(a, b); } catch (Throwable t) { throw rt(t); } }

    static RuntimeException rt(Throwable t) {
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    // ---- the loop ----

    final NapiRuntime runtime;
    final Context context;
    private final Arena arena = Arena.ofShared();
    /** The uv_loop_t*. */
    public final long loop;
    private final long timer, check, idle;
    private Host host;
    /** Set while {@link #run} turns the loop on this thread (libuv is not reentrant). */
    private boolean running;
    /** Host calls in progress (JS on the stack); 0 inside an addon's own uv callback. */
    int depth;
    private boolean idleActive;
    private int refedImmediates;
    /** An exception a callback let escape: the loop stops and {@link #run} rethrows it. */
    private RuntimeException failure;
    /** libuv callbacks into this loop: (handle), (handle) for close, (req, status) after work. */
    final long cbTimer, cbCheck, cbIdle, cbAsync, cbClose, cbAfterWork;
    /**
     * What libuv holds of this loop's users, by handle or request address: queued async work (until its after-work
     * callback) and threadsafe functions (until their handle is closed).
     */
    final Map<Long, Object> targets = new ConcurrentHashMap<>();
    private boolean closed;
    /** Node's unref'ed native SetImmediate tasks (async_hooks' destroy hooks): the check phase runs them first. */
    private final java.util.ArrayDeque<Runnable> nativeImmediates = new java.util.ArrayDeque<>();

    EventLoop(NapiRuntime runtime) {
        this.runtime = runtime;
        this.context = runtime.context;
        cbTimer = stub("onTimer", FunctionDescriptor.ofVoid(JAVA_LONG));
        cbCheck = stub("onCheck", FunctionDescriptor.ofVoid(JAVA_LONG));
        cbIdle = stub("onIdle", FunctionDescriptor.ofVoid(JAVA_LONG));
        cbAsync = stub("onAsync", FunctionDescriptor.ofVoid(JAVA_LONG));
        cbClose = stub("onClose", FunctionDescriptor.ofVoid(JAVA_LONG));
        cbAfterWork = stub("onAfterWork", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_INT));
        loop = alloc(loopSize());
        check(call(LOOP_INIT, loop), "uv_loop_init");
        timer = alloc(handleSize(UV_TIMER));
        check = alloc(handleSize(UV_CHECK));
        idle = alloc(handleSize(UV_IDLE));
        check(call(TIMER_INIT, loop, timer), "uv_timer_init");
        check(call(CHECK_INIT, loop, check), "uv_check_init");
        check(call(IDLE_INIT, loop, idle), "uv_idle_init");
        check(call(CHECK_START, check, cbCheck), "uv_check_start");
        callVoid(UNREF, check); // the check phase runs every turn, but keeps nothing alive
    }

    long alloc(long size) {
        return arena.allocate(size, 16).address();
    }

    private static void check(int r, String what) {
        if (r != 0) throw new IllegalStateException("napi-jvm: " + what + " failed: " + r);
    }

    public void setHost(Host h) { this.host = h; }

    Host host() {
        if (host == null) throw new IllegalStateException("napi-jvm: no event-loop host installed (NodeEnv installs it)");
        return host;
    }

    /** Whether {@link #run} is turning the loop now (libuv must not be re-entered, e.g. by teardown from a callback). */
    public boolean isRunning() { return running; }

    /** Whether JS may be running below the caller (false inside an addon's own uv callback, with no JS on the stack). */
    boolean jsOnStack() { return !running || depth > 0; }

    // ---- controls for the host's timers binding ----

    /** The loop's time in ms (updated now, as Node's getLibuvNow). */
    public double now() {
        callVoid(UPDATE_TIME, loop);
        try { return (double) (long) NOW.invokeExact(loop); } catch (Throwable t) { throw rt(t); }
    }

    /** Arms the JS timer handle {@code delay} ms from the loop's now; {@code ref}: whether it keeps the loop alive. */
    public void scheduleTimer(double delay, boolean ref) {
        try {
            int r = (int) TIMER_START.invokeExact(timer, cbTimer, (long) Math.max(0, Math.ceil(delay)), 0L);
            check(r, "uv_timer_start");
        } catch (Throwable t) { throw rt(t); }
        callVoid(ref ? REF : UNREF, timer);
    }

    public void stopTimer() {
        call(TIMER_STOP, timer);
    }

    /** Whether the JS timer handle keeps the loop alive (Node's toggleTimerRef). */
    public void refTimer(boolean ref) {
        callVoid(ref ? REF : UNREF, timer);
    }

    /** Whether anything keeps the loop alive (uv_loop_alive, or ref'ed immediates and pending finalizers). */
    public boolean alive() {
        updateIdle();
        return idleActive || call(LOOP_ALIVE, loop) != 0;
    }

    /** JS tells how many ref'ed immediates wait; with some, the loop must not block nor end. */
    public void setRefedImmediates(int n) {
        refedImmediates = n;
        updateIdle();
    }

    private void updateIdle() {
        boolean want = refedImmediates > 0 || runtime.lifetime.hasPending();
        if (want == idleActive || closed) return;
        idleActive = want;
        if (want) call(IDLE_START, idle, cbIdle);
        else call(IDLE_STOP, idle);
    }

    private int uvRun(int mode) {
        try { return (int) RUN.invokeExact(loop, mode); } catch (Throwable t) { throw rt(t); }
    }

    private boolean stopRequested;

    /** Makes {@link #run} return after the current callback, even while handles keep the loop alive (uv_stop). */
    public void stop() {
        stopRequested = true;
        callVoid(STOP, loop);
    }

    /** Runs the loop until nothing keeps it alive (or {@link #stop}); an exception a callback let escape is rethrown. */
    public void run() {
        if (running) throw new IllegalStateException("napi-jvm: the event loop is already running");
        running = true;
        stopRequested = false;
        context.enter();
        try {
            do {
                updateIdle();
                uvRun(UV_RUN_DEFAULT);
                RuntimeException f = failure;
                if (f != null) {
                    failure = null;
                    throw f;
                }
                updateIdle();
            } while (!stopRequested && (idleActive || call(LOOP_ALIVE, loop) != 0));
        } finally {
            running = false;
            context.leave();
        }
    }

    /** A callback failed: stop the loop and let {@link #run} rethrow (an upcall must never throw into C). */
    void fail(Throwable t) {
        if (failure == null) failure = t instanceof RuntimeException r ? r : new IllegalStateException(t);
        callVoid(STOP, loop);
    }

    /**
     * Runs {@code r} from a libuv callback of the embedder's own (node-runtime's requests and handles), with JS on the
     * stack while it runs; what it throws stops the loop and {@link #run} rethrows it (an upcall must not throw into C).
     */
    public void fromLoop(Runnable r) {
        depth++;
        try {
            r.run();
        } catch (Throwable t) {
            fail(t);
        } finally {
            depth--;
        }
    }

    /** Runs {@code r} through the host as a JS callback (uncaught-exception handling, then microtasks). */
    void invoke(JavaFunction.Body body) {
        depth++;
        try {
            host().invoke(new JavaFunction(body));
        } finally {
            depth--;
        }
    }

    /**
     * Runs a native callback of {@code e} on behalf of the loop (complete, call_js, finalizer) in its own handle scope:
     * through the host when JS may run, so that an exception it leaves pending is reported as uncaught (Node's
     * callback scope), else directly (teardown: the exception is dropped).
     */
    void callback(GraalEnv e, Runnable r) {
        if (runtime.lifetime.closing || e.isTornDown()) {
            inScope(e, false, r);
        } else {
            invoke(a -> {
                inScope(e, true, r);
                return e.js.undefined;
            });
        }
    }

    static final String DEP0168 = "Uncaught Node-API callback exception detected, please run node with option "
            + "--force-node-api-uncaught-exceptions-policy=true to handle those exceptions properly.";
    private static final JsBridge.Helper EMIT_WARNING = new JsBridge.Helper(
            "(msg, type, code) => { const p = globalThis.process; if (p && p.emitWarning) p.emitWarning(msg, type, code); }");

    /**
     * Node's CallbackIntoModule without enforceUncaughtExceptionPolicy (a threadsafe function's call_js and its
     * finalizer): for a module below the experimental version, unless --force-node-api-uncaught-exceptions-policy, an
     * exception the callback leaves is dropped with a DEP0168 DeprecationWarning instead of becoming uncaught.
     */
    void legacyCallback(GraalEnv e, Runnable r) {
        if (runtime.forceUncaughtExceptionsPolicy || e.moduleApiVersion == NapiRuntime.NAPI_VERSION_EXPERIMENTAL
                || runtime.lifetime.closing || e.isTornDown()) {
            callback(e, r);
            return;
        }
        invoke(a -> {
            inScope(e, false, () -> {
                r.run();
                if (e.hasPendingException()) {
                    e.takePendingException();
                    e.js.tryCall(EMIT_WARNING, JsBridge.jsString(DEP0168), JsBridge.jsString("DeprecationWarning"), JsBridge.jsString("DEP0168"));
                }
            });
            return e.js.undefined;
        });
    }

    private static void inScope(GraalEnv e, boolean throwPending, Runnable r) {
        int base = e.top();
        int depth = e.scopes.depth();
        try {
            r.run();
        } finally {
            e.scopes.unwindTo(depth);
            e.truncate(base);
        }
        if (e.hasPendingException()) {
            Object ex = e.takePendingException();
            if (throwPending) e.js.rethrow(ex);
        }
    }

    /**
     * Runs {@code body} for a loop user outside napi-graal (node-runtime's handle bindings, from their own libuv
     * callbacks) as a JS callback: Node's callback scope, then microtasks; what it lets escape (process.exit of an
     * embedded env) stops the loop and {@link #run} rethrows it, as for napi-graal's own callbacks.
     */
    public void dispatch(JavaFunction.Body body) {
        try {
            invoke(body);
        } catch (Throwable t) {
            fail(t);
        }
    }

    /**
     * Node's Environment::SetImmediate with CallbackFlags::kUnrefed (JS thread only): {@code task} runs in a callback
     * scope at the next check phase, before JS immediates, if the loop turns again; it keeps nothing alive.
     */
    public void setImmediateNative(Runnable task) {
        nativeImmediates.add(task);
    }

    /**
     * napi_make_callback with no JS on the stack (an addon's own uv callback): the call inside the host's callback
     * scope, so that nextTicks run before microtasks as in Node (GraalJS would drain microtasks on leaving a bare
     * call from Java). Returns the result, or throws {@link JsBridge.JsThrown} with what the call threw.
     */
    Object makeCallback(java.util.function.Supplier<Object> call) {
        Object[] out = new Object[2];
        boolean[] threw = new boolean[1];
        depth++;
        try {
            host().makeCallback(new JavaFunction(a -> {
                try {
                    out[0] = call.get();
                    return true;
                } catch (JsBridge.JsThrown t) {
                    out[1] = t.value;
                    threw[0] = true;
                    return false;
                }
            }));
        } finally {
            depth--;
        }
        if (threw[0]) throw new JsBridge.JsThrown(out[1]);
        return out[0];
    }

    /** A microtask checkpoint (Node closes an outermost callback scope): nextTicks and microtasks run now. */
    void checkpoint() {
        if (jsOnStack() || closed) return;
        invoke(a -> runtime.js.undefined);
    }

    // ---- libuv callbacks (upcalls on the loop thread; they must not throw) ----

    void onTimer(long handle) {
        if (runtime.lifetime.closing) return;
        try {
            depth++;
            try {
                host().runTimers();
            } finally {
                depth--;
            }
        } catch (Throwable t) {
            fail(t);
        }
    }

    void onCheck(long handle) {
        if (runtime.lifetime.closing) return;
        try {
            // Node's CheckImmediate: native immediates first (the unref'ed ones, async_hooks' destroy hooks, even when
            // nothing keeps the loop alive: work completed in this turn's poll phase is followed by this check phase)
            if (!nativeImmediates.isEmpty()) invoke(a -> {
                for (Runnable t; failure == null && (t = nativeImmediates.poll()) != null; ) t.run();
                return runtime.js.undefined;
            });
            // libuv >= 1.45 (Node's) runs timers at the end of a turn and ends the loop right after when nothing is
            // alive; 1.44 (Debian 12) runs them first and would still come here: no immediates run then, as in Node
            if (call(LOOP_ALIVE, loop) == 0) return;
            if (runtime.lifetime.hasPending()) invoke(a -> runtime.lifetime.drain());
            depth++;
            try {
                if (failure == null) host().runImmediates();
            } finally {
                depth--;
            }
            updateIdle();
        } catch (Throwable t) {
            fail(t);
        }
    }

    void onIdle(long handle) {
        // nothing: an active idle handle only keeps uv_run from blocking in poll
    }

    void onAsync(long handle) {
        Object target = targets.get(handle);
        if (target instanceof Wakeup w) {
            fromLoop(w.onWake);
            return;
        }
        if (!(target instanceof ThreadsafeFunctionApi.Tsfn f)) return;
        try {
            f.dispatch();
        } catch (Throwable t) {
            fail(t);
        }
    }

    void onClose(long handle) {
        try {
            if (targets.remove(handle) instanceof ThreadsafeFunctionApi.Tsfn f) f.finalizeAndDelete(true);
        } catch (Throwable t) {
            fail(t);
        }
    }

    void onAfterWork(long req, int status) {
        if (!(targets.remove(req) instanceof AsyncWorkApi.Work w)) return;
        try {
            w.afterWork(status);
        } catch (Throwable t) {
            fail(t);
        }
    }

    /** Queued async work (also work deleted since: libuv still holds it). */
    private List<AsyncWorkApi.Work> queuedWork() {
        List<AsyncWorkApi.Work> out = new ArrayList<>();
        for (Object o : targets.values()) if (o instanceof AsyncWorkApi.Work w) out.add(w);
        return out;
    }

    // ---- teardown ----

    /**
     * Before the envs are torn down: queued async work is cancelled and work in flight waited for (its complete
     * callbacks run), as Node's cleanup does. Not possible while the loop runs (exit from inside a callback).
     */
    void beforeCleanup() {
        if (running) return;
        for (AsyncWorkApi.Work w : queuedWork()) w.cancelForTeardown();
        while (!queuedWork().isEmpty()) uvRun(UV_RUN_ONCE);
        failure = null;
    }

    /**
     * Node's RunCleanup: the cleanup queue (hooks, env teardowns, last registered first) drained, then the loop run
     * until the async cleanup hooks called have finished, again while they registered more.
     */
    void runCleanup() {
        Lifetime lt = runtime.lifetime;
        do {
            lt.runCleanup();
            pumpUntil(() -> !EnvApi.finishReleasedEnvs(runtime));
        } while (!lt.cleanup.isEmpty());
    }

    /** Runs the loop (no JS timers nor immediates any more) until {@code done} holds; false if it cannot. */
    boolean pumpUntil(java.util.function.BooleanSupplier done) {
        if (running) return false;
        stopTimer();
        refedImmediates = 0;
        while (!done.getAsBoolean()) {
            if (uvRun(UV_RUN_ONCE) == 0 && !done.getAsBoolean()) {
                if (call(LOOP_ALIVE, loop) == 0) return false;
            }
        }
        failure = null;
        return true;
    }

    /**
     * A uv_async_t for an embedder that hands work to this loop from other threads: {@link Wakeup#send} (any thread)
     * makes the loop run {@code onWake} on its thread, as {@link #fromLoop}; sends before it runs coalesce, as
     * libuv's. Unref'ed: it keeps nothing alive. Closed with the loop, or by {@link Wakeup#close} on the loop's thread.
     */
    public Wakeup wakeup(Runnable onWake) {
        long h = alloc(handleSize(UV_ASYNC));
        check(call(ASYNC_INIT, loop, h, cbAsync), "uv_async_init");
        callVoid(UNREF, h);
        Wakeup w = new Wakeup(h, onWake);
        targets.put(h, w);
        return w;
    }

    public final class Wakeup {
        final long handle;
        final Runnable onWake;
        private volatile boolean open = true;

        private Wakeup(long handle, Runnable onWake) {
            this.handle = handle;
            this.onWake = onWake;
        }

        /** Thread-safe (uv_async_send); after close, a no-op. */
        public void send() {
            if (open) call(ASYNC_SEND, handle);
        }

        /**
         * On the loop's thread: whether this handle keeps the loop alive (uv_ref/uv_unref); a Wakeup starts unref'ed.
         * An embedder refs it while work it waits for (a Java future) is pending, as pending I/O keeps Node's loop alive.
         */
        public void ref(boolean on) {
            if (open) callVoid(on ? REF : UNREF, handle);
        }

        /** On the loop's thread; the loop's own teardown closes it too. */
        public void close() {
            if (!open) return;
            open = false;
            callVoid(CLOSE, handle, cbClose);
        }
    }

    /** After the envs are torn down: closes every handle and the loop, frees native memory. */
    void close() {
        if (closed) return;
        closed = true;
        for (Object o : List.copyOf(targets.values())) {
            if (o instanceof ThreadsafeFunctionApi.Tsfn f) f.closeForTeardown();
            else if (o instanceof Wakeup w) w.close();
        }
        if (running) return; // exiting from inside a callback: the process ends, libuv must not be re-entered
        for (long h : new long[] {timer, check, idle}) callVoid(CLOSE, h, 0);
        uvRun(UV_RUN_NOWAIT);
        uvRun(UV_RUN_NOWAIT);
        if (call(LOOP_CLOSE, loop) == 0 && queuedWork().isEmpty()) arena.close();
        // else: work still running on the threadpool keeps its memory (and the loop's, and the callbacks) until the
        // process ends
    }
}
