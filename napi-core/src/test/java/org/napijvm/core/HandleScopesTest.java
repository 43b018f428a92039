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
        assertEquals(Status.OK, h.close(id));
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
        assertEquals(Status.OK, h.close(id));
        assertEquals(List.of("inner"), s.v);
    }

    @Test
    void closingOutOfOrderSucceedsAsInNode() {
        Stack s = new Stack();
        HandleScopes h = new HandleScopes(s);
        long outer = h.open(false);
        s.v.add("a");
        long inner = h.open(false);
        s.v.add("b");
        assertNotEquals(outer, inner);
        // Node only counts open scopes: the outer one closes first (dropping everything since it opened)...
        assertEquals(Status.OK, h.close(outer));
        assertEquals(List.of(), s.v);
        assertEquals(1, h.depth());
        // ...and the inner one is still counted until closed
        assertEquals(Status.OK, h.close(inner));
        assertEquals(0, h.depth());
        // with none open, closing is the mismatch
        assertEquals(Status.HANDLE_SCOPE_MISMATCH, h.close(outer));
        assertEquals(-Status.INVALID_ARG, h.escape(outer, 0));
    }

    @Test
    void aStaleHandleCountsTheInnermostScopeDown() {
        Stack s = new Stack();
        HandleScopes h = new HandleScopes(s);
        long a = h.open(false);
        assertEquals(Status.OK, h.close(a));
        h.open(false);
        s.v.add("kept");
        assertEquals(Status.OK, h.close(a)); // a is closed already: one scope fewer, no handle dropped
        assertEquals(0, h.depth());
        assertEquals(List.of("kept"), s.v);
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
