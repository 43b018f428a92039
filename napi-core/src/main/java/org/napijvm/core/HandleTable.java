package org.napijvm.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The opaque handles one env gives native code for one kind of object (napi_async_work, napi_threadsafe_function,
 * napi_deferred, ...). A handle is not an address: it encodes the env, the kind, a slot and the slot's generation, so
 * that a handle of another env, of another kind, or of an object already freed is told apart from a live one without
 * reading memory. Slots are reused oldest-freed first, so a stale handle is recognised until its slot has been
 * reused 4096 times. Thread-safe (threadsafe functions are called from any thread).
 *
 * <p>Layout (low 3 bits 0, like an aligned pointer; never 0): bits 3..22 slot, 23..34 slot generation, 35..38 kind,
 * 39..62 the env's tag ({@link #MAX_ENV_TAG}).
 */
public final class HandleTable<T> {
    private static final int SLOT_BITS = 20, GEN_BITS = 12, KIND_BITS = 4;
    private static final int SLOT_SHIFT = 3, GEN_SHIFT = SLOT_SHIFT + SLOT_BITS, KIND_SHIFT = GEN_SHIFT + GEN_BITS,
            ENV_SHIFT = KIND_SHIFT + KIND_BITS;
    private static final int MAX_SLOTS = 1 << SLOT_BITS, GEN_MASK = (1 << GEN_BITS) - 1, KIND_MASK = (1 << KIND_BITS) - 1;
    /** Env tags are 24 bits. */
    public static final int MAX_ENV_TAG = (1 << 24) - 1;

    /** Why a handle names no live object of a table. */
    public enum Miss {
        /** NULL. */
        NULL,
        /** Not made by any table (a pointer, garbage). */
        FOREIGN,
        /** A handle of another kind of object. */
        WRONG_KIND,
        /** A handle of another env. */
        OTHER_ENV,
        /** This env's, but the object was deleted or finished (its slot is free or reused). */
        STALE
    }

    /** The C type name, for messages (e.g. "napi_async_work"). */
    public final String type;
    private final int kind, envTag;
    private Object[] values = new Object[8];
    private int[] gens = new int[8];
    private int used, live;
    private final ArrayDeque<Integer> free = new ArrayDeque<>();

    /** {@code kind}: 1..15, distinct per type; {@code envTag}: 0..{@link #MAX_ENV_TAG}, distinct per live env. */
    public HandleTable(String type, int kind, int envTag) {
        if (kind < 1 || kind > KIND_MASK) throw new IllegalArgumentException("kind " + kind);
        if (envTag < 0 || envTag > MAX_ENV_TAG) throw new IllegalArgumentException("env tag " + envTag);
        this.type = type;
        this.kind = kind;
        this.envTag = envTag;
    }

    /** The env tag a handle carries (meaningless for a handle no table made). */
    public static int envTag(long handle) {
        return (int) (handle >>> ENV_SHIFT) & MAX_ENV_TAG;
    }

    /** Stores {@code value} (not null) and returns its new handle. */
    public synchronized long add(T value) {
        if (value == null) throw new NullPointerException("value");
        int slot;
        if (!free.isEmpty()) {
            slot = free.poll();
        } else {
            if (used == MAX_SLOTS) throw new IllegalStateException("napi-jvm: more than " + MAX_SLOTS + " live " + type + " handles in one env");
            if (used == values.length) {
                values = Arrays.copyOf(values, used * 2);
                gens = Arrays.copyOf(gens, used * 2);
            }
            slot = used++;
        }
        values[slot] = value;
        live++;
        return handle(slot);
    }

    private long handle(int slot) {
        return ((long) envTag << ENV_SHIFT) | ((long) kind << KIND_SHIFT) | ((long) gens[slot] << GEN_SHIFT) | ((long) slot << SLOT_SHIFT);
    }

    private int slotOf(long handle) {
        if (handle == 0 || (handle & 7) != 0 || handle < 0) return -1;
        if ((int) ((handle >>> KIND_SHIFT) & KIND_MASK) != kind || envTag(handle) != envTag) return -1;
        int slot = (int) (handle >>> SLOT_SHIFT) & (MAX_SLOTS - 1);
        if (slot >= used || values[slot] == null || gens[slot] != ((handle >>> GEN_SHIFT) & GEN_MASK)) return -1;
        return slot;
    }

    /** The live object {@code handle} names, or null (then {@link #miss} says why). */
    @SuppressWarnings("unchecked")
    public synchronized T get(long handle) {
        int slot = slotOf(handle);
        return slot < 0 ? null : (T) values[slot];
    }

    /** Removes and returns the live object {@code handle} names (its handle goes stale), or null. */
    @SuppressWarnings("unchecked")
    public synchronized T remove(long handle) {
        int slot = slotOf(handle);
        if (slot < 0) return null;
        T v = (T) values[slot];
        values[slot] = null;
        gens[slot] = (gens[slot] + 1) & GEN_MASK;
        free.add(slot);
        live--;
        return v;
    }

    /** Why {@code handle} names no live object here (call only when {@link #get} answered null). */
    public Miss miss(long handle) {
        if (handle == 0) return Miss.NULL;
        if ((handle & 7) != 0 || handle < 0) return Miss.FOREIGN;
        if ((int) ((handle >>> KIND_SHIFT) & KIND_MASK) != kind) return Miss.WRONG_KIND;
        if (envTag(handle) != envTag) return Miss.OTHER_ENV;
        return Miss.STALE;
    }

    public synchronized int size() {
        return live;
    }

    /** The live objects, oldest slot first. */
    @SuppressWarnings("unchecked")
    public synchronized List<T> values() {
        List<T> out = new ArrayList<>(live);
        for (int i = 0; i < used; i++) if (values[i] != null) out.add((T) values[i]);
        return out;
    }

    /** Removes every object (all handles go stale) and returns them, oldest slot first. */
    public synchronized List<T> clear() {
        List<T> out = values();
        for (int i = 0; i < used; i++) {
            if (values[i] != null) {
                values[i] = null;
                gens[i] = (gens[i] + 1) & GEN_MASK;
                free.add(i);
            }
        }
        live = 0;
        return out;
    }
}
