package org.napijvm.graal;

import org.napijvm.core.Status;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Threadsafe functions, as Node's ThreadSafeFunction (src/node_api.cc): any thread queues calls, the loop thread makes
 * them (woken by a uv_async_t); closing, aborting and the finalizer follow Node's order. The functions taking a
 * napi_threadsafe_function and no env find it through the env its handle carries; a stale or foreign handle is
 * napi_invalid_arg (where Node's CHECK_NOT_NULL would abort or crash).
 */
public final class ThreadsafeFunctionApi {
    private ThreadsafeFunctionApi() {}

    // napi_threadsafe_function_call_mode, napi_threadsafe_function_release_mode
    static final int NONBLOCKING = 0, BLOCKING = 1, RELEASE = 0, ABORT = 1;
    private static final int IDLE = 0, RUNNING = 1, PENDING = 2, MAX_ITERATIONS = 1000;

    /**
     * A napi_threadsafe_function (Node's ThreadSafeFunction): its handle is one of the env's ({@link GraalEnv#tsfns});
     * {@link #uv} is its uv_async_t, which wakes the loop.
     */
    static final class Tsfn {
        final EventLoop loop;
        final GraalEnv env;
        final long uv;
        long handle;
        final Object func; // the JS function (held strongly, as Node's persistent) or null
        final long context, finalizeData, finalizeCb, callJsCb, maxQueue;
        final ReentrantLock lock = new ReentrantLock();
        final Condition cond = lock.newCondition();
        final ArrayDeque<Long> queue = new ArrayDeque<>();
        long threadCount;
        boolean closing, handlesClosing, deleted;
        final AtomicInteger dispatchState = new AtomicInteger();
        final Runnable cleanupHook = () -> closeForTeardown();
        /** Node's ThreadSafeFunction is a node::AsyncResource: call_js and the finalizer run in its callback scope. */
        AsyncResource resource;

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
            uv = EventLoop.malloc(EventLoop.handleSize(EventLoop.UV_ASYNC));
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
            EventLoop.call(EventLoop.ASYNC_SEND, uv);
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
                loop.legacyCallback(env, () -> resource.run(env, () -> callOne(d)));
            }
            return more;
        }

        private void callOne(long data) {
            long jsCb = func == null ? 0 : env.handle(env.push(func));
            if (callJsCb != 0) {
                Native.callJs(callJsCb, env.ptr, jsCb, context, data);
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
            EventLoop.callVoid(EventLoop.CLOSE, uv, loop.cbClose);
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
                if (finalizeCb != 0) loop.legacyCallback(env, () -> resource.run(env, () -> Native.callFinalizer(finalizeCb, env.ptr, finalizeData, context)));
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
                    if (callJsCb != 0) Native.callJs(callJsCb, 0, 0, context, d);
                }
                resource.destroy(env);
                env.tsfns.remove(handle);
                env.runtime.lifetime.cleanup.remove(cleanupHook);
                loop.targets.remove(uv);
                if (handleClosed) EventLoop.free(uv); // else libuv may still hold it: left to the process end
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
            fn = FunctionApi.function(e, func);
        }
        AsyncResource resource = AsyncContextApi.checkResource(e, asyncResource, asyncResourceName);
        Tsfn f = new Tsfn(e, fn, initialThreadCount, context, maxQueueSize, threadFinalizeData, threadFinalizeCb, callJsCb);
        f.resource = resource;
        f.loop.targets.put(f.uv, f);
        int r = EventLoop.call(EventLoop.ASYNC_INIT, f.loop.loop, f.uv, f.loop.cbAsync);
        if (r != 0) {
            f.loop.targets.remove(f.uv);
            EventLoop.free(f.uv);
            resource.destroy(e);
            return e.fail(Status.GENERIC_FAILURE);
        }
        f.handle = e.tsfns.add(f);
        e.runtime.lifetime.cleanup.add(f.cleanupHook);
        Mem.putLong(result, f.handle);
        return e.ok();
    }

    /** The live threadsafe function {@code func} names (any thread: found through the env its handle carries), or null. */
    private static Tsfn tsfn(long func) {
        GraalEnv e = GraalEnv.ofHandle(func);
        return e == null ? null : e.tsfns.get(func);
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
        if (!f.handlesClosing) EventLoop.callVoid(EventLoop.UNREF, f.uv);
        return Status.OK;
    }

    public static int napi_ref_threadsafe_function(long env, long func) {
        Tsfn f = tsfn(func);
        if (f == null) return Status.INVALID_ARG;
        if (!f.handlesClosing) EventLoop.callVoid(EventLoop.REF, f.uv);
        return Status.OK;
    }
}
