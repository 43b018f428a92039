package org.napijvm.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine-neutral state of one napi_env: the pending exception, instance data and cleanup hooks, and teardown in
 * Node's order (cleanup hooks in reverse order of registration, then the instance-data finalizer). Every hook runs
 * exactly once.
 */
public class EnvLifecycle {
    /** A native finalizer call (finalize_cb(env, data, hint)); the engine layer supplies how to call it. */
    public interface Hook {
        void run();
    }

    private Object pendingException;
    private boolean hasPendingException;
    private final List<Hook> cleanupHooks = new ArrayList<>();
    private Hook instanceDataFinalizer;
    private long instanceData;
    private boolean tornDown;

    public final boolean hasPendingException() {
        return hasPendingException;
    }

    public final void setPendingException(Object exception) {
        pendingException = exception;
        hasPendingException = true;
    }

    /** Takes the pending exception (null if none: check {@link #hasPendingException()} first). */
    public final Object takePendingException() {
        Object e = pendingException;
        pendingException = null;
        hasPendingException = false;
        return e;
    }

    public final long instanceData() {
        return instanceData;
    }

    public final void setInstanceData(long data, Hook finalizer) {
        instanceData = data;
        instanceDataFinalizer = finalizer;
    }

    public final void addCleanupHook(Hook hook) {
        cleanupHooks.add(hook);
    }

    public final boolean removeCleanupHook(Hook hook) {
        return cleanupHooks.remove(hook);
    }

    public final boolean isTornDown() {
        return tornDown;
    }

    /** Runs cleanup hooks (last registered first), then the instance-data finalizer; idempotent. */
    public void teardown() {
        if (tornDown) return;
        tornDown = true;
        while (!cleanupHooks.isEmpty()) cleanupHooks.remove(cleanupHooks.size() - 1).run();
        Hook f = instanceDataFinalizer;
        instanceDataFinalizer = null;
        if (f != null) f.run();
    }
}
