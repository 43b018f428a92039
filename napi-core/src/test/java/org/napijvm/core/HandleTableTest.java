package org.napijvm.core;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandleTableTest {
    @Test
    void liveHandlesNameTheirObject() {
        HandleTable<String> t = new HandleTable<>("napi_async_work", 1, 7);
        long a = t.add("a"), b = t.add("b");
        assertTrue(a != 0 && b != 0 && a != b);
        assertEquals(0, a & 7, "looks like an aligned pointer");
        assertTrue(a > 0);
        assertSame("a", t.get(a));
        assertSame("b", t.get(b));
        assertEquals(7, HandleTable.envTag(a));
        assertEquals(2, t.size());
    }

    @Test
    void removedHandlesAreStaleEvenWhenTheirSlotIsReused() {
        HandleTable<String> t = new HandleTable<>("napi_deferred", 6, 1);
        long a = t.add("a");
        assertSame("a", t.remove(a));
        assertNull(t.get(a));
        assertNull(t.remove(a));
        assertEquals(HandleTable.Miss.STALE, t.miss(a));
        long b = t.add("b"); // reuses the slot with the next generation
        assertTrue(b != a);
        assertNull(t.get(a));
        assertSame("b", t.get(b));
    }

    @Test
    void handlesOfAnotherEnvOrKindAreRejected() {
        HandleTable<String> mine = new HandleTable<>("napi_async_work", 1, 1), other = new HandleTable<>("napi_async_work", 1, 2),
                tsfns = new HandleTable<>("napi_threadsafe_function", 2, 1);
        long x = other.add("theirs"), y = tsfns.add("tsfn");
        mine.add("mine");
        assertNull(mine.get(x));
        assertEquals(HandleTable.Miss.OTHER_ENV, mine.miss(x));
        assertNull(mine.get(y));
        assertEquals(HandleTable.Miss.WRONG_KIND, mine.miss(y));
        assertEquals(HandleTable.Miss.NULL, mine.miss(0));
        assertEquals(HandleTable.Miss.FOREIGN, mine.miss(0x7f0012345671L));
    }

    @Test
    void clearMakesEveryHandleStale() {
        HandleTable<Integer> t = new HandleTable<>("napi_async_context", 3, 0);
        Set<Long> hs = new HashSet<>();
        for (int i = 0; i < 100; i++) hs.add(t.add(i));
        assertEquals(100, hs.size());
        List<Integer> all = t.clear();
        assertEquals(100, all.size());
        assertEquals(0, t.size());
        for (long h : hs) assertNull(t.get(h));
    }
}
