package org.napijvm.core;

/**
 * The scope discipline of napi_value handles over a value stack: a scope remembers the stack height at its opening
 * and closing it drops every handle created since. Escapable scopes reserve one slot in the parent before opening,
 * into which napi_escape_handle copies (once). Native callbacks open an implicit scope (a frame); scopes a callback
 * leaves open are dropped with its frame. Engine-neutral: the stack itself is behind {@link ValueStack}.
 */
public final class HandleScopes {
    /** What the scope logic needs of the value stack. */
    public interface ValueStack {
        int top();

        /** Drops slots [newTop, top()). */
        void truncate(int newTop);

        /** Reserves one slot holding undefined and returns it. */
        int reserve();

        /** Copies the value in slot {@code from} into slot {@code to}. */
        void copy(int from, int to);
    }

    private final ValueStack stack;
    // parallel arrays: scope i (0-based) has id ids[i], opened at height base[i], escape slot esc[i] (-1 if plain)
    private long[] ids = new long[16];
    private int[] base = new int[16];
    private int[] esc = new int[16];
    private boolean[] escaped = new boolean[16];
    private int depth;
    private long nextId = 1;

    public HandleScopes(ValueStack stack) {
        this.stack = stack;
    }

    public int depth() {
        return depth;
    }

    /** Opens a scope and returns its handle (never 0). */
    public long open(boolean escapable) {
        int reserved = escapable ? stack.reserve() : -1;
        if (depth == ids.length) grow();
        long id = nextId++;
        ids[depth] = id;
        base[depth] = stack.top();
        esc[depth] = reserved;
        escaped[depth] = false;
        depth++;
        return id;
    }

    /**
     * Closes scope {@code id} as Node does: Node only counts open scopes, so closing is
     * Status.HANDLE_SCOPE_MISMATCH only when none is open; otherwise it succeeds, in any order (V8 then restores the
     * handle state saved when that scope opened: handles created since are dropped, also those of scopes opened
     * inside it, which stay counted as open until they are closed). A handle that names no open scope closes (counts
     * down) the innermost one without dropping handles.
     */
    public int close(long id) {
        if (depth == 0) return Status.HANDLE_SCOPE_MISMATCH;
        int i = indexOf(id);
        if (i < 0) {
            i = depth - 1;
        } else if (base[i] < stack.top()) {
            stack.truncate(base[i]);
        }
        int n = depth - i - 1;
        System.arraycopy(ids, i + 1, ids, i, n);
        System.arraycopy(base, i + 1, base, i, n);
        System.arraycopy(esc, i + 1, esc, i, n);
        System.arraycopy(escaped, i + 1, escaped, i, n);
        depth--;
        return Status.OK;
    }

    /** Escapes {@code slot} out of escapable scope {@code id}; returns the parent slot, or -status on failure. */
    public int escape(long id, int slot) {
        int i = indexOf(id);
        if (i < 0 || esc[i] < 0) return -Status.INVALID_ARG;
        if (escaped[i]) return -Status.ESCAPE_CALLED_TWICE;
        escaped[i] = true;
        stack.copy(slot, esc[i]);
        return esc[i];
    }

    /** Drops the scopes opened above {@code savedDepth} (a callback returned with scopes still open). */
    public void unwindTo(int savedDepth) {
        if (depth > savedDepth) depth = savedDepth;
    }

    /** Whether scope {@code id} is open. */
    public boolean isOpen(long id) {
        return indexOf(id) >= 0;
    }

    /** Whether {@code id} is a scope this stack opened (open or closed since). */
    public boolean wasOpened(long id) {
        return id > 0 && id < nextId;
    }

    private int indexOf(long id) {
        for (int i = depth - 1; i >= 0; i--) if (ids[i] == id) return i;
        return -1;
    }

    private void grow() {
        int n = ids.length * 2;
        ids = java.util.Arrays.copyOf(ids, n);
        base = java.util.Arrays.copyOf(base, n);
        esc = java.util.Arrays.copyOf(esc, n);
        escaped = java.util.Arrays.copyOf(escaped, n);
    }
}
