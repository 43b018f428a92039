package org.napijvm.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnvLifecycleTest {
    @Test
    void teardownRunsHooksInReverseThenInstanceDataExactlyOnce() {
        EnvLifecycle env = new EnvLifecycle();
        List<String> ran = new ArrayList<>();
        env.addCleanupHook(() -> ran.add("first"));
        EnvLifecycle.Hook removed = () -> ran.add("removed");
        env.addCleanupHook(removed);
        env.addCleanupHook(() -> ran.add("last"));
        assertTrue(env.removeCleanupHook(removed));
        env.setInstanceData(42, () -> ran.add("instance data"));
        env.teardown();
        env.teardown();
        assertEquals(List.of("last", "first", "instance data"), ran);
        assertTrue(env.isTornDown());
    }

    @Test
    void pendingExceptionIsTakenOnce() {
        EnvLifecycle env = new EnvLifecycle();
        assertFalse(env.hasPendingException());
        env.setPendingException("boom");
        assertTrue(env.hasPendingException());
        assertEquals("boom", env.takePendingException());
        assertFalse(env.hasPendingException());
    }
}
