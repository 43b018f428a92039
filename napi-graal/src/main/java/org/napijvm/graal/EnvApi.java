package org.napijvm.graal;

import org.napijvm.core.NodeVersion;
import org.napijvm.core.Status;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * The env itself: versions, instance data, env and async cleanup hooks, its event loop, its module's file name, and
 * napi_fatal_exception. (Last-error info and the fixed values are answered in C, fastpath.c.)
 */
public final class EnvApi {
    private EnvApi() {}

    // napi_node_version {uint32 major, minor, patch; const char* release}, shared by every env, never freed
    static final int NV_SIZE = 24, NV_MAJOR = 0, NV_MINOR = 4, NV_PATCH = 8, NV_RELEASE = 16;
    private static final MemorySegment NODE_VERSION;

    static {
        Arena a = Arena.global();
        NODE_VERSION = a.allocate(NV_SIZE, 8);
        NODE_VERSION.set(ValueLayout.JAVA_INT, NV_MAJOR, NodeVersion.MAJOR);
        NODE_VERSION.set(ValueLayout.JAVA_INT, NV_MINOR, NodeVersion.MINOR);
        NODE_VERSION.set(ValueLayout.JAVA_INT, NV_PATCH, NodeVersion.PATCH);
        NODE_VERSION.set(ValueLayout.ADDRESS, NV_RELEASE, a.allocateFrom(NodeVersion.RELEASE));
    }

    public static int napi_get_version(GraalEnv e, long result) {
        if (result == 0) return e.invalidArg();
        Mem.putInt(result, NodeVersion.NAPI_VERSION);
        return e.ok();
    }

    public static int napi_get_node_version(GraalEnv e, long result) {
        if (result == 0) return e.invalidArg();
        Mem.putLong(result, NODE_VERSION.address());
        return e.ok();
    }

    // ---- instance data ----

    public static int napi_set_instance_data(GraalEnv e, long data, long finalizeCb, long finalizeHint) {
        EnvRefs refs = e.refs;
        if (refs.instanceData != null) refs.delete(refs.instanceData); // Node deletes the old one without finalizing
        refs.instanceData = refs.create(null, false, 0, true, finalizeCb, data, finalizeHint);
        return e.ok();
    }

    public static int napi_get_instance_data(GraalEnv e, long data) {
        if (data == 0) return e.invalidArg();
        Lifetime.Ref r = e.refs.instanceData;
        Mem.putLong(data, r == null || r.freed ? 0 : r.data);
        return e.ok();
    }

    // ---- env cleanup hooks (in the runtime's cleanup queue with the envs' teardowns, as Node's) ----

    /** node_api.h; as Node, returns napi_ok without clearing the last error. */
    public static int napi_add_env_cleanup_hook(GraalEnv e, long fun, long arg) {
        if (fun == 0) return e.invalidArg();
        e.runtime.lifetime.cleanup.addHook(fun, arg);
        return Status.OK;
    }

    public static int napi_remove_env_cleanup_hook(GraalEnv e, long fun, long arg) {
        if (fun == 0) return e.invalidArg();
        e.runtime.lifetime.cleanup.removeHook(fun, arg);
        return Status.OK;
    }

    /**
     * A napi_async_cleanup_hook_handle: its handle is one of the env's ({@link GraalEnv#cleanupHooks}); in the
     * runtime's cleanup queue until removed. Called at teardown, it may finish later, on the loop.
     */
    static final class CleanupHook implements Runnable {
        final GraalEnv env;
        final long hook, arg;
        long handle;
        volatile boolean called;

        CleanupHook(GraalEnv env, long hook, long arg) {
            this.env = env;
            this.hook = hook;
            this.arg = arg;
        }

        @Override
        public void run() {
            called = true;
            Native.callAsyncHook(hook, handle, arg); // it may finish later, on the loop (EventLoop.runCleanup waits)
        }
    }

    /**
     * Tears down the envs whose teardown waited for their async cleanup hooks and that the last hook has released
     * (as in Node, after the call that removed it returned); returns whether hooks called are still running.
     */
    static boolean finishReleasedEnvs(NapiRuntime rt) {
        boolean waiting = false;
        for (GraalEnv e : rt.envs()) {
            if (hooksWaiting(e)) waiting = true;
            else if (e.teardownDeferred) e.teardown();
        }
        return waiting;
    }

    /** Whether an async cleanup hook of this env was called and has not removed itself yet. */
    static boolean hooksWaiting(GraalEnv e) {
        for (CleanupHook h : e.cleanupHooks.values()) if (h.called) return true;
        return false;
    }

    public static int napi_add_async_cleanup_hook(GraalEnv e, long hook, long arg, long removeHandle) {
        if (hook == 0) return e.invalidArg();
        CleanupHook h = new CleanupHook(e, hook, arg);
        h.handle = e.cleanupHooks.add(h);
        e.runtime.lifetime.cleanup.add(h);
        if (removeHandle != 0) Mem.putLong(removeHandle, h.handle);
        return e.ok();
    }

    /** No env: the handle's own env is found from it; a stale or foreign handle is napi_invalid_arg. */
    public static int napi_remove_async_cleanup_hook(long removeHandle) {
        if (removeHandle == 0) return Status.INVALID_ARG;
        GraalEnv e = GraalEnv.ofHandle(removeHandle);
        CleanupHook h = e == null ? null : e.cleanupHooks.remove(removeHandle);
        if (h == null) return Status.INVALID_ARG;
        if (!h.called) e.runtime.lifetime.cleanup.remove(h);
        return Status.OK;
    }

    // ---- the loop, the module, fatal exceptions ----

    public static int napi_get_uv_event_loop(GraalEnv e, long loop) {
        if (loop == 0) return e.invalidArg();
        Mem.putLong(loop, e.runtime.loop.loop);
        return e.ok();
    }

    public static int node_api_get_module_file_name(GraalEnv e, long result) {
        if (result == 0) return e.invalidArg();
        if (e.moduleFileName == 0) {
            byte[] b = fileUrl(e.moduleFile == null ? "" : e.moduleFile).getBytes(StandardCharsets.UTF_8);
            long m = e.nat.arena.allocate(b.length + 1L).address(); // freed with the env
            Mem.putBytes(m, b, 0, b.length);
            Mem.putByte(m + b.length, (byte) 0);
            e.moduleFileName = m;
        }
        Mem.putLong(result, e.moduleFileName);
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

    public static int napi_fatal_exception(GraalEnv e, long err) {
        e.runtime.loop.host().fatalException(e.arg(err));
        return e.ok();
    }
}
