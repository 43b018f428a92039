package org.napijvm.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Node's cleanup queue (node::Environment's cleanup hooks, run at teardown): env cleanup hooks (a native function and
 * its argument; an equal pair is registered once, as Node refuses the duplicate), the teardown of each module's env,
 * and the asynchronous APIs' own cleanups, in one list run last registered first, each exactly once. An entry may add
 * or remove others while the queue runs.
 */
public final class CleanupQueue {
    /** Calls a native hook {@code fun(arg)}; the engine layer supplies how. */
    public interface HookCaller {
        void call(long fun, long arg);
    }

    private record Hook(long fun, long arg) {}

    private final List<Object> entries = new ArrayList<>();
    private final HookCaller caller;

    public CleanupQueue(HookCaller caller) {
        this.caller = caller;
    }

    /** Registers {@code fun(arg)}; false if that pair is registered already. */
    public boolean addHook(long fun, long arg) {
        Hook h = new Hook(fun, arg);
        if (entries.contains(h)) return false;
        entries.add(h);
        return true;
    }

    /** Forgets the last registration of {@code fun(arg)}, if any. */
    public void removeHook(long fun, long arg) {
        int i = entries.lastIndexOf(new Hook(fun, arg));
        if (i >= 0) entries.remove(i);
    }

    public void add(Runnable r) {
        entries.add(r);
    }

    /** Forgets {@code r} (by identity), if queued. */
    public void remove(Runnable r) {
        for (int i = entries.size() - 1; i >= 0; i--)
            if (entries.get(i) == r) {
                entries.remove(i);
                return;
            }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Runs every entry, last registered first, until the queue is empty. */
    public void run() {
        while (!entries.isEmpty()) {
            Object o = entries.remove(entries.size() - 1);
            if (o instanceof Hook h) caller.call(h.fun, h.arg);
            else ((Runnable) o).run();
        }
    }
}
