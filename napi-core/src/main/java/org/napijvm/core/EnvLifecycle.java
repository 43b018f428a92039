package org.napijvm.core;

/**
 * The engine-neutral state of one napi_env: its pending exception, and whether it was torn down (once). Its cleanup
 * hooks are in the runtime's {@link CleanupQueue}, its references and instance data with the engine's references.
 */
public class EnvLifecycle {
    private Object pendingException;
    private boolean hasPendingException;
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

    public final boolean isTornDown() {
        return tornDown;
    }

    /** Marks the env torn down; idempotent. Subclasses release what the env holds after calling this. */
    public void teardown() {
        tornDown = true;
    }
}
