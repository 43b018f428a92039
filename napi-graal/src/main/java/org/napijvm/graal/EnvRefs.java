package org.napijvm.graal;

import java.util.ArrayDeque;

/**
 * One env's references, in Node's two lists (those with a finalizer, then the others; newest first, as Node's
 * RefTracker lists) so that teardown finalizes them in Node's order, and its finalizers waiting for a safe point.
 */
final class EnvRefs {
    final GraalEnv env;
    final Lifetime lt;
    // list heads (sentinels); Node links new trackers right after the head
    private final Lifetime.Ref finalizing, plain;
    /** Finalizers waiting for a safe point: Refs whose value was collected, and posted finalizers. */
    private final ArrayDeque<Lifetime.Ref> pending = new ArrayDeque<>();
    /** The instance data (napi_set_instance_data), a runtime-owned Ref without a value. */
    Lifetime.Ref instanceData;

    EnvRefs(GraalEnv env) {
        this.env = env;
        this.lt = env.runtime.lifetime;
        finalizing = new Lifetime.Ref(this, false, false);
        plain = new Lifetime.Ref(this, false, false);
        finalizing.next = finalizing.prev = finalizing;
        plain.next = plain.prev = plain;
    }

    /**
     * Node's Reference::New: a Ref to {@code value} with {@code count}, tracked in the env's lists. {@code value} null
     * makes a value-less tracker (instance data, posted finalizers).
     */
    Lifetime.Ref create(Object value, boolean canBeWeak, int count, boolean runtimeOwned, long cb, long data, long hint) {
        Lifetime.Ref r = new Lifetime.Ref(this, canBeWeak, runtimeOwned);
        r.count = count;
        r.cb = cb;
        r.data = data;
        r.hint = hint;
        if (value != null) {
            if (canBeWeak) r.weak = new Lifetime.Weak(value, lt.queue, r);
            if (count > 0 || !canBeWeak) r.strong = value;
            if (count == 0) r.setWeak();
        }
        lt.register(r);
        link(r, cb != 0 ? finalizing : plain);
        return r;
    }

    private static void link(Lifetime.Ref r, Lifetime.Ref head) {
        r.prev = head;
        r.next = head.next;
        head.next.prev = r;
        head.next = r;
        r.linked = true;
    }

    void unlink(Lifetime.Ref r) {
        if (!r.linked) return;
        r.prev.next = r.next;
        r.next.prev = r.prev;
        r.prev = r.next = null;
        r.linked = false;
    }

    /** Forgets the finalizer of a Ref (napi_remove_wrap of a wrap with a result reference). */
    void resetFinalizer(Lifetime.Ref r) {
        r.cb = 0;
        if (r.linked) {
            unlink(r);
            link(r, plain);
        }
        if (r.pending) {
            r.pending = false;
            pending.remove(r);
        }
    }

    void delete(Lifetime.Ref r) {
        if (r.pending) pending.remove(r);
        lt.free(r);
    }

    void addPending(Lifetime.Ref r) {
        r.pending = true;
        pending.add(r);
    }

    /** node_api_post_finalizer: a value-less tracker (finalized at teardown if no safe point comes first). */
    void post(long cb, long data, long hint) {
        addPending(create(null, false, 0, true, cb, data, hint));
    }

    boolean hasPending() { return !pending.isEmpty(); }

    /** After an explicit GC: every finalizing Ref whose referent is gone becomes pending (the queue may lag). */
    void scanCollected() {
        for (Lifetime.Ref r = finalizing.next; r != finalizing; ) {
            Lifetime.Ref n = r.next;
            if (r.weak != null) lt.enqueueCollected(r);
            r = n;
        }
    }

    /**
     * Runs what is pending; {@code inGc}: as Node's finalizers called from the GC (experimental modules). Posted
     * finalizers (value-less) never run from the GC: Node queues them for SetImmediate, so they wait for a safe point
     * even when a GC finalizer posts them now.
     */
    boolean runPending(boolean inGc) {
        boolean ran = false;
        ArrayDeque<Lifetime.Ref> posted = null;
        Lifetime.Ref r;
        while ((r = pending.poll()) != null) {
            if (inGc && r.weak == null) {
                if (posted == null) posted = new ArrayDeque<>();
                posted.add(r);
                continue;
            }
            ran = true;
            r.pending = false;
            finalize(r, inGc, true);
        }
        if (posted != null) pending.addAll(posted);
        return ran;
    }

    /** Node's Reference::Finalize: the value is dropped, the finalizer runs once, a runtime-owned Ref is freed. */
    void finalize(Lifetime.Ref r, boolean inGc, boolean rethrow) {
        r.strong = null;
        if (r.weak != null) r.weak.clear();
        unlink(r);
        long cb = r.cb, data = r.data, hint = r.hint;
        r.cb = 0;
        if (r.runtimeOwned) lt.free(r);
        if (cb != 0) call(cb, data, hint, inGc, rethrow);
    }

    /** Calls finalize_cb(env, data, hint) as Node's CallFinalizer: in its own handle scope; an exception it leaves is thrown. */
    private void call(long cb, long data, long hint, boolean inGc, boolean rethrow) {
        int base = env.top();
        int depth = env.scopes.depth();
        boolean saved = env.nat.inGcFinalizer();
        env.nat.setInGcFinalizer(inGc);
        try {
            Native.callFinalizer(cb, env.ptr, data, hint);
        } finally {
            env.nat.setInGcFinalizer(saved);
            env.scopes.unwindTo(depth);
            env.truncate(base);
        }
        if (env.hasPendingException()) {
            Object ex = env.takePendingException();
            if (rethrow) env.js.rethrow(ex);
        }
    }

    /** Env teardown (Node's napi_env__::DeleteMe): finalizing Refs newest first, then the others. */
    void teardown() {
        for (Lifetime.Ref r : pending) r.pending = false;
        pending.clear();
        while (finalizing.next != finalizing) finalize(finalizing.next, false, false);
        while (plain.next != plain) {
            Lifetime.Ref r = plain.next;
            unlink(r);
            r.strong = null;
            if (r.weak != null) r.weak.clear();
            if (r.runtimeOwned) lt.free(r);
        }
    }
}
