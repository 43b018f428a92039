package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.StatusException;
import org.napijvm.core.ValueType;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * node_api.h's event loop and asynchronous functions, on the runtime's libuv loop ({@link EventLoop}): async work,
 * threadsafe functions, async contexts and callback scopes, napi_make_callback, async cleanup hooks,
 * napi_fatal_exception, the module's file name. Follows Node's src/node_api.cc.
 */
public final class AsyncApi {
    private AsyncApi() {}

    private static final Linker L = Linker.nativeLinker();
    // void (*napi_async_complete_callback)(napi_env, napi_status, void* data)
    private static final MethodHandle COMPLETE = L.downcallHandle(FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_INT, JAVA_LONG));
    // void (*napi_threadsafe_function_call_js)(napi_env, napi_value js_callback, void* context, void* data)
    private static final MethodHandle CALL_JS = L.downcallHandle(FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    // void (*napi_async_cleanup_hook)(napi_async_cleanup_hook_handle, void* data)
    private static final MethodHandle HOOK = L.downcallHandle(FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG));

    static void callComplete(long fn, long env, int status, long data) {
        try { COMPLETE.invokeExact(MemorySegment.ofAddress(fn), env, status, data); } catch (Throwable t) { throw EventLoop.rt(t); }
    }

    static void callJs(long fn, long env, long jsCb, long context, long data) {
        try { CALL_JS.invokeExact(MemorySegment.ofAddress(fn), env, jsCb, context, data); } catch (Throwable t) { throw EventLoop.rt(t); }
    }

    static void callHook(long fn, long handle, long arg) {
        try { HOOK.invokeExact(MemorySegment.ofAddress(fn), handle, arg); } catch (Throwable t) { throw EventLoop.rt(t); }
    }

    // V8's ToObject / ToString (CHECK_TO_OBJECT / CHECK_TO_STRING); what they throw is not left pending (Node 25)
    static final JsBridge.Helper TO_OBJECT = new JsBridge.Helper(
            "(() => { const O = Object; return (v) => { if (v === null || v === undefined) throw new TypeError('Cannot convert undefined or null to object'); return O(v); }; })()");
    static final JsBridge.Helper TO_STRING = new JsBridge.Helper("(v) => `${v}`");

    /** CHECK_TO_OBJECT: the object (napi_object_expected if ToObject throws). */
    private static Object toObject(GraalEnv e, int s) {
        if (e.tag(s) == ValueType.OBJECT || e.tag(s) == ValueType.FUNCTION || e.tag(s) == ValueType.EXTERNAL) return e.value(s);
        Object r = e.js.tryCall(TO_OBJECT, e.value(s));
        if (r == JsBridge.THROWN) { // Node 25: the TypeError is swallowed (Node 20 threw it after the call)
            e.js.takeThrown();
            throw StatusException.of(Status.OBJECT_EXPECTED);
        }
        return r;
    }

    /** CHECK_TO_STRING: the string (napi_string_expected if ToString throws; what it threw is dropped). */
    private static Object toJsString(GraalEnv e, int s) {
        if (e.tag(s) == ValueType.STRING) return e.value(s);
        Object r = e.js.tryCall(TO_STRING, e.value(s));
        if (r == JsBridge.THROWN) {
            e.js.takeThrown();
            throw StatusException.of(Status.STRING_EXPECTED);
        }
        return r;
    }

    /**
     * Runs a native callback on behalf of the loop (complete, call_js, finalizer) in a handle scope; an exception it
     * leaves pending is thrown to JS (the host's callback scope reports it as uncaught, as Node does).
     */
    static void inScope(GraalEnv e, boolean throwPending, Runnable r) {
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

    /** Runs {@code r} as a loop callback: through the host when JS may run, else directly (teardown). */
    static void loopCallback(GraalEnv e, Runnable r) {
        EventLoop loop = e.runtime.loop;
        if (e.runtime.lifetime.closing || e.isTornDown()) {
            inScope(e, false, r);
        } else {
            loop.invoke(a -> {
                inScope(e, true, r);
                return e.js.undefined;
            });
        }
    }

    // ---- the loop ----

    public static int napi_get_uv_event_loop(GraalEnv e, long loop) {
        if (loop == 0) return e.invalidArg();
        Mem.putLong(loop, e.runtime.loop.loop);
        return e.ok();
    }

    // ---- async work ----

    /** A napi_async_work: a uv_work_t (its address is the handle) followed by {execute, env, data} for async.c. */
    static final class Work {
        final EventLoop loop;
        final GraalEnv env;
        final long handle, execute, complete, data;
        boolean queued, deleted;

        Work(GraalEnv env, long execute, long complete, long data) {
            this.loop = env.runtime.loop;
            this.env = env;
            this.execute = execute;
            this.complete = complete;
            this.data = data;
            long reqSize = (EventLoop.reqSize(EventLoop.UV_WORK) + 15) & ~15L;
            handle = EventLoop.malloc(reqSize + 24);
            long args = handle + reqSize;
            Mem.putLong(args, execute);
            Mem.putLong(args + 8, env.ptr);
            Mem.putLong(args + 16, data);
            Mem.putLong(handle, args); // uv_req_t.data
        }

        /** The work finished (status 0) or was cancelled (UV_ECANCELED): complete runs on the loop thread. */
        void afterWork(int status) {
            queued = false;
            loop.works.remove(this);
            EventLoop.TARGETS.remove(handle);
            if (deleted) {
                EventLoop.free(handle);
                return;
            }
            if (complete == 0) return;
            int st = status == 0 ? Status.OK : status == EventLoop.UV_ECANCELED ? Status.CANCELLED : Status.GENERIC_FAILURE;
            // the complete callback usually deletes the work: nothing of it is touched after
            loopCallback(env, () -> callComplete(complete, env.ptr, st, data));
        }

        void cancelForTeardown() {
            if (queued) EventLoop.call(EventLoop.CANCEL, handle);
        }
    }

    /**
     * The async resource (optional; ToObject) and resource name (ToString) checks shared by async work, threadsafe
     * functions and async contexts.
     */
    private static void checkResource(GraalEnv e, long asyncResource, long asyncResourceName) {
        if (asyncResource != 0) toObject(e, e.argSlot(asyncResource));
        toJsString(e, e.argSlot(asyncResourceName));
    }

    private static final Map<Long, Work> WORKS = new ConcurrentHashMap<>();

    public static int napi_create_async_work(GraalEnv e, long asyncResource, long asyncResourceName, long execute,
                                             long complete, long data, long result) {
        if (execute == 0 || result == 0) return e.invalidArg();
        checkResource(e, asyncResource, asyncResourceName);
        Work w = new Work(e, execute, complete, data);
        WORKS.put(w.handle, w);
        Mem.putLong(result, w.handle);
        return e.ok();
    }

    public static int napi_delete_async_work(GraalEnv e, long work) {
        if (work == 0) return e.invalidArg();
        Work w = WORKS.remove(work);
        if (w == null) return e.invalidArg();
        w.deleted = true;
        if (!w.queued) EventLoop.free(w.handle); // else freed when libuv is done with it
        return e.ok();
    }

    public static int napi_queue_async_work(GraalEnv e, long work) {
        if (work == 0) return e.invalidArg();
        Work w = WORKS.get(work);
        if (w == null || w.env.runtime != e.runtime) return e.invalidArg();
        if (w.queued) return e.fail(Status.GENERIC_FAILURE); // Node aborts (a uv_work_t queued twice)
        w.queued = true;
        w.loop.works.add(w);
        EventLoop.TARGETS.put(w.handle, w);
        int r;
        try {
            r = (int) EventLoop.QUEUE_WORK.invokeExact(w.loop.loop, w.handle, EventLoop.CB_WORK, EventLoop.CB_AFTER_WORK);
        } catch (Throwable t) {
            throw EventLoop.rt(t);
        }
        if (r != 0) {
            w.queued = false;
            w.loop.works.remove(w);
            EventLoop.TARGETS.remove(w.handle);
            return e.fail(Status.GENERIC_FAILURE);
        }
        return e.ok();
    }

    public static int napi_cancel_async_work(GraalEnv e, long work) {
        if (work == 0) return e.invalidArg();
        Work w = WORKS.get(work);
        if (w == null) return e.invalidArg();
        int r = w.queued ? EventLoop.call(EventLoop.CANCEL, w.handle) : EventLoop.UV_EBUSY;
        if (r == 0) return e.ok();
        return e.fail(r == EventLoop.UV_EINVAL ? Status.INVALID_ARG : r == EventLoop.UV_ECANCELED ? Status.CANCELLED : Status.GENERIC_FAILURE);
    }

    // ---- threadsafe functions ----

    static final int NONBLOCKING = 0, ABORT = 1;
    private static final int IDLE = 0, RUNNING = 1, PENDING = 2, MAX_ITERATIONS = 1000;
    private static final Map<Long, Tsfn> TSFNS = new ConcurrentHashMap<>();

    /** A napi_threadsafe_function; its handle is the address of its uv_async_t. Node's ThreadSafeFunction. */
    static final class Tsfn {
        final EventLoop loop;
        final GraalEnv env;
        final long handle;
        final Object func; // the JS function (held strongly, as Node's persistent) or null
        final long context, finalizeData, finalizeCb, callJsCb, maxQueue;
        final ReentrantLock lock = new ReentrantLock();
        final Condition cond = lock.newCondition();
        final ArrayDeque<Long> queue = new ArrayDeque<>();
        long threadCount;
        boolean closing, handlesClosing, deleted;
        final AtomicInteger dispatchState = new AtomicInteger();
        final Runnable cleanupHook = () -> closeForTeardown();

        Tsfn(GraalEnv env, Object func, long threadCount, long context, long maxQueue, long finalizeData, long finalizeCb, long callJsCb) {
            this.loop = env.runtime.loop;
            this.env = env;
            this.func = func;
            this.threadCount = threadCount;
            this.context = context;
            this.maxQueue = maxQueue;
            this.finalizeData = finalizeData;
            this.finalizeCb = finalizeCb;
            this.callJsCb = callJsCb;
            handle = EventLoop.malloc(EventLoop.handleSize(EventLoop.UV_ASYNC));
        }

        boolean full() {
            return maxQueue != 0 && Long.compareUnsigned(queue.size(), maxQueue) >= 0;
        }

        // any thread

        int push(long data, int mode) {
            lock.lock();
            try {
                while (full() && !closing) {
                    if (mode == NONBLOCKING) return Status.QUEUE_FULL;
                    cond.awaitUninterruptibly();
                }
                if (closing) {
                    if (threadCount == 0) return Status.INVALID_ARG;
                    threadCount--;
                    return Status.CLOSING;
                }
                queue.add(data);
                send();
                return Status.OK;
            } finally {
                lock.unlock();
            }
        }

        int acquire() {
            lock.lock();
            try {
                if (closing) return Status.CLOSING;
                threadCount++;
                return Status.OK;
            } finally {
                lock.unlock();
            }
        }

        int release(int mode) {
            lock.lock();
            try {
                if (threadCount == 0) return Status.INVALID_ARG;
                threadCount--;
                if ((threadCount == 0 || mode == ABORT) && !closing) {
                    closing = mode == ABORT;
                    if (closing) cond.signalAll();
                    send();
                }
                return Status.OK;
            } finally {
                lock.unlock();
            }
        }

        void send() {
            int cur = dispatchState.getAndUpdate(s -> s | PENDING);
            if ((cur & RUNNING) != 0) return; // the running dispatch makes one more iteration
            EventLoop.call(EventLoop.ASYNC_SEND, handle);
        }

        // the loop thread

        void dispatch() {
            boolean more = true;
            int left = MAX_ITERATIONS;
            while (more && --left != 0 && !deleted) {
                dispatchState.set(RUNNING);
                more = dispatchOne();
                if (dispatchState.getAndSet(IDLE) != RUNNING) more = true; // send() was called meanwhile
            }
            if (more && !deleted) send();
        }

        private boolean dispatchOne() {
            long data = 0;
            boolean popped = false, more = false;
            lock.lock();
            try {
                if (closing) {
                    closeHandles();
                } else {
                    int size = queue.size();
                    if (size > 0) {
                        data = queue.poll();
                        popped = true;
                        if (maxQueue != 0 && size == maxQueue) cond.signalAll();
                        size--;
                    }
                    if (size == 0) {
                        if (threadCount == 0) {
                            closing = true;
                            cond.signalAll();
                            closeHandles();
                        }
                    } else {
                        more = true;
                    }
                }
            } finally {
                lock.unlock();
            }
            if (popped) {
                long d = data;
                loopCallback(env, () -> callOne(d));
            }
            return more;
        }

        private void callOne(long data) {
            long jsCb = func == null ? 0 : env.push(func);
            if (callJsCb != 0) {
                callJs(callJsCb, env.ptr, jsCb, context, data);
            } else if (jsCb != 0) { // Node's default CallJs: func() with undefined this
                try {
                    FunctionApi.call(env, func, env.js.undefined, new Object[0]);
                } catch (JsBridge.JsThrown t) {
                    env.setPendingException(t.value);
                }
            }
        }

        /** Node's CloseHandlesAndMaybeDelete: close the async handle; its close callback finalizes. */
        void closeHandles() {
            if (handlesClosing) return;
            handlesClosing = true;
            EventLoop.callVoid(EventLoop.CLOSE, handle, EventLoop.CB_CLOSE);
        }

        /** The env's cleanup hook (teardown): closing, waiting threads released, the finalizer runs. */
        void closeForTeardown() {
            lock.lock();
            try {
                closing = true;
                cond.signalAll();
            } finally {
                lock.unlock();
            }
            closeHandles();
            if (!deleted && !loop.pumpUntil(() -> deleted)) finalizeAndDelete(false);
        }

        /** Node's Finalize + EmptyQueueAndDelete: the finalizer, then every call still queued is reported (NULL env). */
        void finalizeAndDelete(boolean handleClosed) {
            if (deleted) return;
            deleted = true;
            try {
                if (finalizeCb != 0) loopCallback(env, () -> Native.callFinalizer(finalizeCb, env.ptr, finalizeData, context));
            } finally {
                Long d;
                while (true) {
                    lock.lock();
                    try {
                        d = queue.poll();
                    } finally {
                        lock.unlock();
                    }
                    if (d == null) break;
                    if (callJsCb != 0) callJs(callJsCb, 0, 0, context, d);
                }
                TSFNS.remove(handle);
                loop.tsfns.remove(this);
                env.runtime.lifetime.removeCleanup(cleanupHook);
                EventLoop.TARGETS.remove(handle);
                if (handleClosed) EventLoop.free(handle); // else libuv may still hold it: left to the process end
            }
        }
    }

    public static int napi_create_threadsafe_function(GraalEnv e, long func, long asyncResource, long asyncResourceName,
                                                      long maxQueueSize, long initialThreadCount, long threadFinalizeData,
                                                      long threadFinalizeCb, long context, long callJsCb, long result) {
        if (asyncResourceName == 0) return e.invalidArg();
        if (initialThreadCount == 0) return e.invalidArg(); // size_t: > 0
        if (result == 0) return e.invalidArg();
        Object fn = null;
        if (func == 0) {
            if (callJsCb == 0) return e.invalidArg();
        } else {
            int fs = e.slot(func);
            if (fs < 0 || e.tag(fs) != ValueType.FUNCTION) return e.invalidArg();
            fn = e.value(fs);
        }
        checkResource(e, asyncResource, asyncResourceName);
        Tsfn f = new Tsfn(e, fn, initialThreadCount, context, maxQueueSize, threadFinalizeData, threadFinalizeCb, callJsCb);
        EventLoop.TARGETS.put(f.handle, f);
        int r = EventLoop.call(EventLoop.ASYNC_INIT, f.loop.loop, f.handle, EventLoop.CB_ASYNC);
        if (r != 0) {
            EventLoop.TARGETS.remove(f.handle);
            EventLoop.free(f.handle);
            return e.fail(Status.GENERIC_FAILURE);
        }
        TSFNS.put(f.handle, f);
        f.loop.tsfns.add(f);
        e.runtime.lifetime.addCleanup(f.cleanupHook);
        Mem.putLong(result, f.handle);
        return e.ok();
    }

    private static Tsfn tsfn(long func) {
        return func == 0 ? null : TSFNS.get(func);
    }

    public static int napi_get_threadsafe_function_context(long func, long result) {
        Tsfn f = tsfn(func);
        if (f == null || result == 0) return Status.INVALID_ARG; // Node: CHECK_NOT_NULL aborts
        Mem.putLong(result, f.context);
        return Status.OK;
    }

    public static int napi_call_threadsafe_function(long func, long data, int isBlocking) {
        Tsfn f = tsfn(func);
        if (f == null) return Status.INVALID_ARG;
        return f.push(data, isBlocking);
    }

    public static int napi_acquire_threadsafe_function(long func) {
        Tsfn f = tsfn(func);
        if (f == null) return Status.INVALID_ARG;
        return f.acquire();
    }

    public static int napi_release_threadsafe_function(long func, int mode) {
        Tsfn f = tsfn(func);
        if (f == null) return Status.INVALID_ARG;
        return f.release(mode);
    }

    public static int napi_unref_threadsafe_function(long env, long func) {
        Tsfn f = tsfn(func);
        if (f == null) return Status.INVALID_ARG;
        if (!f.handlesClosing) EventLoop.callVoid(EventLoop.UNREF, f.handle);
        return Status.OK;
    }

    public static int napi_ref_threadsafe_function(long env, long func) {
        Tsfn f = tsfn(func);
        if (f == null) return Status.INVALID_ARG;
        if (!f.handlesClosing) EventLoop.callVoid(EventLoop.REF, f.handle);
        return Status.OK;
    }

    // ---- async contexts, callback scopes, make_callback ----

    private static final Map<Long, GraalEnv> ASYNC_CONTEXTS = new ConcurrentHashMap<>();
    private static final Map<Long, GraalEnv> CALLBACK_SCOPES = new ConcurrentHashMap<>();
    private static final Map<GraalEnv, int[]> OPEN_SCOPES = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    public static int napi_async_init(GraalEnv e, long asyncResource, long asyncResourceName, long result) {
        if (asyncResourceName == 0 || result == 0) return e.invalidArg();
        checkResource(e, asyncResource, asyncResourceName);
        long h = EventLoop.malloc(16);
        ASYNC_CONTEXTS.put(h, e);
        Mem.putLong(result, h);
        return e.ok();
    }

    public static int napi_async_destroy(GraalEnv e, long asyncContext) {
        if (asyncContext == 0) return e.invalidArg();
        if (ASYNC_CONTEXTS.remove(asyncContext) == null) return e.invalidArg();
        EventLoop.free(asyncContext);
        return e.ok();
    }

    public static int napi_make_callback(GraalEnv e, long asyncContext, long recv, long func, long argc, long argv, long result) {
        if (recv == 0) return e.invalidArg();
        if (argc > 0 && argv == 0) return e.invalidArg();
        Object receiver = toObject(e, e.argSlot(recv));
        Object f = FunctionApi.function(e, func);
        Object r = FunctionApi.call(e, f, receiver, FunctionApi.args(e, argc, argv));
        // Node's InternalCallbackScope: closing the outermost one (no JS below) runs nextTicks and microtasks
        if (openScopes(e)[0] == 0) e.runtime.loop.checkpoint();
        if (result != 0) return e.ret(result, r);
        return e.ok();
    }

    private static int[] openScopes(GraalEnv e) {
        return OPEN_SCOPES.computeIfAbsent(e, k -> new int[1]);
    }

    public static int napi_open_callback_scope(GraalEnv e, long resourceObject, long asyncContext, long result) {
        if (result == 0) return e.invalidArg();
        if (asyncContext == 0) return e.invalidArg(); // Node dereferences it
        long h = EventLoop.malloc(16);
        CALLBACK_SCOPES.put(h, e);
        openScopes(e)[0]++;
        Mem.putLong(result, h);
        return e.ok();
    }

    public static int napi_close_callback_scope(GraalEnv e, long scope) {
        if (scope == 0) return e.invalidArg();
        int[] open = openScopes(e);
        if (open[0] == 0) return e.fail(Status.CALLBACK_SCOPE_MISMATCH);
        if (CALLBACK_SCOPES.remove(scope) != null) EventLoop.free(scope);
        if (--open[0] == 0) e.runtime.loop.checkpoint();
        return e.ok();
    }

    // ---- async cleanup hooks ----

    /** A napi_async_cleanup_hook_handle: in the runtime's cleanup queue until removed. */
    static final class CleanupHook implements Runnable {
        final GraalEnv env;
        final long handle, hook, arg;
        volatile boolean removed, called;

        CleanupHook(GraalEnv env, long hook, long arg) {
            this.env = env;
            this.hook = hook;
            this.arg = arg;
            this.handle = EventLoop.malloc(16);
        }

        @Override
        public void run() {
            called = true;
            callHook(hook, handle, arg); // it may finish later, on the loop (EventLoop.runCleanup waits)
        }
    }

    /** Async cleanup hooks of this runtime called but not removed yet. */
    static boolean hooksWaiting(NapiRuntime rt) {
        for (CleanupHook h : CLEANUP_HOOKS.values()) if (h.env.runtime == rt && h.called && !h.removed) return true;
        return false;
    }

    private static final Map<Long, CleanupHook> CLEANUP_HOOKS = new ConcurrentHashMap<>();

    public static int napi_add_async_cleanup_hook(GraalEnv e, long hook, long arg, long removeHandle) {
        if (hook == 0) return e.invalidArg();
        CleanupHook h = new CleanupHook(e, hook, arg);
        CLEANUP_HOOKS.put(h.handle, h);
        e.runtime.lifetime.addCleanup(h);
        if (removeHandle != 0) Mem.putLong(removeHandle, h.handle);
        return e.ok();
    }

    public static int napi_remove_async_cleanup_hook(long removeHandle) {
        if (removeHandle == 0) return Status.INVALID_ARG;
        CleanupHook h = CLEANUP_HOOKS.remove(removeHandle);
        if (h == null) return Status.INVALID_ARG;
        if (!h.called) h.env.runtime.lifetime.removeCleanup(h);
        h.removed = true;
        EventLoop.free(h.handle);
        return Status.OK;
    }

    // ---- errors, module ----

    public static int napi_fatal_exception(GraalEnv e, long err) {
        int s = e.slot(err);
        if (s < 0) return e.invalidArg();
        e.runtime.loop.host().fatalException(e.value(s));
        return e.ok();
    }

    private static final Map<GraalEnv, Long> FILE_NAMES = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    public static int node_api_get_module_file_name(GraalEnv e, long result) {
        if (result == 0) return e.invalidArg();
        Long p = FILE_NAMES.computeIfAbsent(e, k -> {
            byte[] b = fileUrl(k.moduleFile == null ? "" : k.moduleFile).getBytes(StandardCharsets.UTF_8);
            long m = k.nat.arena.allocate(b.length + 1L).address();
            Mem.putBytes(m, b, 0, b.length);
            Mem.putByte(m + b.length, (byte) 0);
            return m;
        });
        Mem.putLong(result, p);
        return e.ok();
    }

    /** Node's url::URL::FromFilePath(path).href() for an absolute POSIX path. */
    static String fileUrl(String path) {
        if (path.isEmpty()) return "";
        StringBuilder b = new StringBuilder("file://");
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            boolean escape = c <= 0x20 || c >= 0x7F || "\"#%<>?`{}\\".indexOf(c) >= 0;
            if (escape) b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            else b.append((char) c);
        }
        return b.toString();
    }

    /** Forgets an env's entries (its teardown). */
    static void forget(GraalEnv e) {
        OPEN_SCOPES.remove(e);
        FILE_NAMES.remove(e);
    }
}
