package org.napijvm.graal;

import org.napijvm.core.CleanupQueue;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * Object lifetime for one {@link NapiRuntime} (one Context): the table of napi_refs, the queue through which the JVM's
 * GC reports collected referents, and the finalizers waiting to run.
 *
 * <p>A {@link Ref} holds its value strongly while its count is above 0 and weakly (a Java {@link WeakReference}) at 0;
 * values that cannot be held weakly (primitives, allowed for module API version >= 10) are dropped at 0, as in Node.
 * When the GC clears a weak referent the Ref reads empty at once; its finalizer runs later, on the JS thread, at a safe
 * point ({@link #drain}: between event-loop turns, as Node's SetImmediate does; right after global.gc() for modules of
 * the experimental API version, whose finalizers Node runs from the GC), or at env teardown, exactly once.
 */
public final class Lifetime {
    final NapiRuntime runtime;
    final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private Ref[] table = new Ref[256];
    private int[] gens = new int[256];
    private int[] free = new int[256];
    private int nfree, used;
    /** Set by an explicit gc(): the next drain checks every finalizing reference (the queue fills asynchronously). */
    private boolean gcRequested;
    long externalMemory;

    Lifetime(NapiRuntime runtime) {
        this.runtime = runtime;
    }

    /** A napi_ref: a counted, possibly weak, handle on a JS value, with an optional finalizer. */
    static final class Ref {
        final EnvRefs owner;
        Object strong;
        Weak weak;
        int count;
        final boolean canBeWeak, runtimeOwned;
        long cb, data, hint;
        long handle;
        Ref prev, next;
        boolean linked, pending, freed;

        Ref(EnvRefs owner, boolean canBeWeak, boolean runtimeOwned) {
            this.owner = owner;
            this.canBeWeak = canBeWeak;
            this.runtimeOwned = runtimeOwned;
        }

        /** The value, or null if it was collected or dropped. */
        Object get() {
            if (strong != null) return strong;
            Weak w = weak;
            return w == null ? null : w.get();
        }

        boolean isEmpty() { return get() == null; }

        int ref() {
            Object v = get();
            if (v == null) return 0;
            if (++count == 1) strong = v;
            return count;
        }

        int unref() {
            if (count == 0 || isEmpty()) return 0;
            if (--count == 0) setWeak();
            return count;
        }

        void setWeak() {
            if (!canBeWeak) {
                strong = null;
                weak = null;
            } else {
                strong = null;
            }
        }
    }

    static final class Weak extends WeakReference<Object> {
        final Ref ref;

        Weak(Object referent, ReferenceQueue<Object> q, Ref ref) {
            super(referent, q);
            this.ref = ref;
        }
    }

    // ---- handles ----

    long register(Ref r) {
        int i;
        if (nfree > 0) i = free[--nfree];
        else {
            if (used == table.length) {
                table = java.util.Arrays.copyOf(table, used * 2);
                gens = java.util.Arrays.copyOf(gens, used * 2);
                free = java.util.Arrays.copyOf(free, used * 2);
            }
            i = used++;
        }
        table[i] = r;
        gens[i] = (gens[i] + 1) & 0xFFFFF;
        r.handle = ((long) gens[i] << 32) | (i + 1);   // exact as a JS number (wraps store it in a WeakMap)
        return r.handle;
    }

    /** The live Ref a napi_ref names, or null. */
    Ref lookup(long handle) {
        int i = (int) handle - 1;
        if (i < 0 || i >= used) return null;
        Ref r = table[i];
        return r != null && r.handle == handle ? r : null;
    }

    /** Whether {@code handle} named a Ref that has been freed since (checked mode's message). */
    boolean wasDeleted(long handle) {
        int i = (int) handle - 1;
        int gen = (int) (handle >>> 32);
        return i >= 0 && i < used && gen > 0 && gen <= gens[i] && lookup(handle) == null;
    }

    /** Forgets a Ref: its handle goes stale, its finalizer will not run. */
    void free(Ref r) {
        if (r.freed) return;
        r.freed = true;
        r.owner.unlink(r);
        r.pending = false;
        r.strong = null;
        if (r.weak != null) r.weak.clear();
        r.weak = null;
        r.cb = 0;
        int i = (int) r.handle - 1;
        if (i >= 0 && i < used && table[i] == r) {
            table[i] = null;
            free[nfree++] = i;
        }
    }

    // ---- GC -> finalizers ----

    /** After global.gc(): finalizers of experimental-version modules run now (Node runs them from the GC). */
    public void afterGc() {
        gcRequested = true;
        collect();
        for (GraalEnv e : runtime.envs())
            if (e.moduleApiVersion == NapiRuntime.NAPI_VERSION_EXPERIMENTAL && !e.isTornDown()) e.refs.runPending(true);
    }

    /** Moves Refs whose referent the GC cleared into their env's pending list. */
    private void collect() {
        Reference<?> x;
        while ((x = queue.poll()) != null) enqueueCollected(((Weak) x).ref);
        if (gcRequested) {
            gcRequested = false;
            for (GraalEnv e : runtime.envs()) e.refs.scanCollected();
        }
    }

    void enqueueCollected(Ref r) {
        if (r.freed || r.pending || r.strong != null) return;
        if (r.weak != null && r.weak.get() != null) return;
        r.owner.addPending(r);
    }

    /**
     * A safe point (between event-loop turns, on the Context's thread, inside a JS->host call): runs the finalizers of
     * collected objects and those posted with node_api_post_finalizer. Returns whether any ran.
     */
    public boolean drain() {
        collect();
        boolean ran = false;
        for (GraalEnv e : runtime.envs()) if (!e.isTornDown()) ran |= e.refs.runPending(false);
        return ran;
    }

    /** Whether a drain would run something (finalizers are waiting). */
    public boolean hasPending() {
        collect();
        for (GraalEnv e : runtime.envs()) if (!e.isTornDown() && e.refs.hasPending()) return true;
        return false;
    }

    // ---- teardown ----

    /** Node's cleanup queue: env cleanup hooks, env teardowns, the asynchronous APIs' cleanups (napi-core). */
    final CleanupQueue cleanup = new CleanupQueue(Native::callHook);
    /** Set while the runtime closes: JS can no longer be called (Node's can_call_into_js() is false). */
    boolean closing;

    /** Runs the cleanup queue, last registered first; JS cannot be called from here on. */
    void runCleanup() {
        closing = true;
        cleanup.run();
    }
}
