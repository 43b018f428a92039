package org.napijvm.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class HandleScopesTest {
    /** A value stack of strings. */
    static final class Stack implements HandleScopes.ValueStack {
        final List<String> v = new ArrayList<>();
        public int top() { return v.size(); }
        public void truncate(int n) { while (v.size() > n) v.remove(v.size() - 1); }
        public int reserve() { v.add("undefined"); return v.size() - 1; }
        public void copy(int from, int to) { v.set(to, v.get(from)); }
    }

    @Test
    void closingDropsHandlesCreatedInside() {
        Stack s = new Stack();
        HandleScopes h = new HandleScopes(s);
        s.v.add("outer");
        long id = h.open(false);
        s.v.add("a");
        s.v.add("b");
        assertEquals(Status.OK, h.close(id, false));
        assertEquals(List.of("outer"), s.v);
        assertEquals(0, h.depth());
    }

    @Test
    void escapeCopiesIntoTheParentOnce() {
        Stack s = new Stack();
        HandleScopes h = new HandleScopes(s);
        long id = h.open(true);
        s.v.add("inner");
        int parentSlot = h.escape(id, 1);
        assertEquals(0, parentSlot);
        assertEquals(-Status.ESCAPE_CALLED_TWICE, h.escape(id, 1));
        assertEquals(Status.OK, h.close(id, true));
        assertEquals(List.of("inner"), s.v);
    }

    @Test
    void mismatchedCloseIsRefused() {
        Stack s = new Stack();
        HandleScopes h = new HandleScopes(s);
        long outer = h.open(false), inner = h.open(false);
        assertNotEquals(outer, inner);
        assertEquals(Status.HANDLE_SCOPE_MISMATCH, h.close(outer, false));
        assertEquals(Status.HANDLE_SCOPE_MISMATCH, h.close(inner, true)); // plain scope closed as escapable
        assertEquals(Status.OK, h.close(inner, false));
        assertEquals(Status.OK, h.close(outer, false));
        assertEquals(Status.HANDLE_SCOPE_MISMATCH, h.close(outer, false)); // already closed
        assertEquals(-Status.INVALID_ARG, h.escape(outer, 0));
    }

    @Test
    void unwindDropsScopesLeftOpenByACallback() {
        Stack s = new Stack();
        HandleScopes h = new HandleScopes(s);
        int saved = h.depth();
        for (int i = 0; i < 100; i++) h.open(i % 2 == 0);
        h.unwindTo(saved);
        assertEquals(saved, h.depth());
    }
}
