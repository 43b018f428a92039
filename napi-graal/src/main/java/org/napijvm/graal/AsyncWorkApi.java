package org.napijvm.graal;

import org.napijvm.core.Status;

/**
 * Async work (napi_create/delete/queue/cancel_async_work) on libuv's threadpool, as Node's src/node_api.cc: execute
 * runs on a threadpool thread (in C, async.c: no Java and never JS there), complete on the loop thread.
 */
public final class AsyncWorkApi {
    private AsyncWorkApi() {}

    /**
     * A napi_async_work: its handle is one of the env's ({@link GraalEnv#works}); {@link #req} is native memory, a
     * uv_work_t followed by {execute, env, data} that async.c reads on the threadpool thread.
     */
    // napi_jvm_work_args (napi_jvm.h): execute, env, data
    static final int WA_SIZE = 24, WA_EXECUTE = 0, WA_ENV = 8, WA_DATA = 16;

    static final class Work {
        final EventLoop loop;
        final GraalEnv env;
        final long req, execute, complete, data;
        /** Node's Work is a node::AsyncResource: init when made, before/after around complete, destroy on delete. */
        final AsyncResource resource;
        boolean queued, deleted;

        Work(GraalEnv env, AsyncResource resource, long execute, long complete, long data) {
            this.loop = env.runtime.loop;
            this.env = env;
            this.resource = resource;
            this.execute = execute;
            this.complete = complete;
            this.data = data;
            long reqSize = (EventLoop.reqSize(EventLoop.UV_WORK) + 15) & ~15L;
            req = EventLoop.malloc(reqSize + WA_SIZE);
            long args = req + reqSize;
            Mem.putLong(args + WA_EXECUTE, execute);
            Mem.putLong(args + WA_ENV, env.ptr);
            Mem.putLong(args + WA_DATA, data);
            Mem.putLong(req, args); // uv_req_t.data
        }

        /** The work finished (status 0) or was cancelled (UV_ECANCELED): complete runs on the loop thread. */
        void afterWork(int status) {
            queued = false;
            if (deleted) {
                EventLoop.free(req);
                return;
            }
            if (complete == 0) return;
            int st = status == 0 ? Status.OK : status == EventLoop.UV_ECANCELED ? Status.CANCELLED : Status.GENERIC_FAILURE;
            // the complete callback usually deletes the work: nothing of it is touched after
            loop.callback(env, () -> resource.run(env, () -> Native.callComplete(complete, env.ptr, st, data)));
        }

        void cancelForTeardown() {
            if (queued) EventLoop.call(EventLoop.CANCEL, req);
        }

        /** Deleted (by the addon, or with its env): the memory goes now, or when libuv is done with a queued one. */
        void free() {
            deleted = true;
            if (!queued) EventLoop.free(req);
        }
    }

    public static int napi_create_async_work(GraalEnv e, long asyncResource, long asyncResourceName, long execute,
                                             long complete, long data, long result) {
        if (execute == 0 || result == 0) return e.invalidArg();
        AsyncResource resource = AsyncContextApi.checkResource(e, asyncResource, asyncResourceName);
        Mem.putLong(result, e.works.add(new Work(e, resource, execute, complete, data)));
        return e.ok();
    }

    public static int napi_delete_async_work(GraalEnv e, long work) {
        if (work == 0) return e.invalidArg();
        e.live(e.works, work);
        Work w = e.works.remove(work);
        w.free();
        w.resource.destroy(e);
        return e.ok();
    }

    public static int napi_queue_async_work(GraalEnv e, long work) {
        if (work == 0) return e.invalidArg();
        Work w = e.live(e.works, work);
        if (w.queued) return e.fail(Status.GENERIC_FAILURE); // Node aborts (a uv_work_t queued twice)
        w.queued = true;
        w.loop.targets.put(w.req, w);
        int r;
        try {
            r = (int) EventLoop.QUEUE_WORK.invokeExact(w.loop.loop, w.req, EventLoop.CB_WORK, w.loop.cbAfterWork);
        } catch (Throwable t) {
            throw EventLoop.rt(t);
        }
        if (r != 0) {
            w.queued = false;
            w.loop.targets.remove(w.req);
            return e.fail(Status.GENERIC_FAILURE);
        }
        return e.ok();
    }

    public static int napi_cancel_async_work(GraalEnv e, long work) {
        if (work == 0) return e.invalidArg();
        Work w = e.live(e.works, work);
        int r = w.queued ? EventLoop.call(EventLoop.CANCEL, w.req) : EventLoop.UV_EBUSY;
        if (r == 0) return e.ok();
        return e.fail(r == EventLoop.UV_EINVAL ? Status.INVALID_ARG : r == EventLoop.UV_ECANCELED ? Status.CANCELLED : Status.GENERIC_FAILURE);
    }
}
