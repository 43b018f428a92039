package org.napijvm.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnvLifecycleTest {
    @Test
    void cleanupQueueRunsLastRegisteredFirstExactlyOnce() {
        List<String> ran = new ArrayList<>();
        CleanupQueue q = new CleanupQueue((fun, arg) -> ran.add("hook " + fun + " " + arg));
        assertTrue(q.addHook(1, 10));
        assertFalse(q.addHook(1, 10), "an equal hook is registered once");
        q.add(() -> ran.add("env teardown"));
        Runnable removed = () -> ran.add("removed");
        q.add(removed);
        assertTrue(q.addHook(2, 20));
        assertTrue(q.addHook(3, 30));
        q.remove(removed);
        q.removeHook(3, 30);
        q.add(() -> { ran.add("adds one"); q.add(() -> ran.add("added while running")); });
        q.run();
        q.run();
        assertEquals(List.of("adds one", "added while running", "hook 2 20", "env teardown", "hook 1 10"), ran);
        assertTrue(q.isEmpty());
    }

    @Test
    void pendingExceptionIsTakenOnce() {
        EnvLifecycle env = new EnvLifecycle();
        assertFalse(env.hasPendingException());
        env.setPendingException("boom");
        assertTrue(env.hasPendingException());
        assertEquals("boom", env.takePendingException());
        assertFalse(env.hasPendingException());
        env.teardown();
        assertTrue(env.isTornDown());
    }
}
