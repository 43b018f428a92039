package org.napijvm.graal;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The C/Java layout check fails, naming the fact, on any difference (the real check runs at every startup). */
class LayoutTest {
    @Test
    void everyDifferenceIsNamed() {
        Map<String, Long> java = Layout.expected();
        assertTrue(java.size() > 100, "facts: " + java.size());
        Layout.check(new LinkedHashMap<>(java), java); // the same facts pass

        Map<String, Long> c = new LinkedHashMap<>(java);
        c.put("napi_property_descriptor.data", 48L);
        c.remove("NAPI_JVM_SLOT_GLOBAL");
        c.put("napi_new_fact", 1L);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Layout.check(c, java));
        String m = e.getMessage();
        assertTrue(m.contains("napi_property_descriptor.data: C 48, Java 56"), m);
        assertTrue(m.contains("NAPI_JVM_SLOT_GLOBAL: Java 5, not reported by C"), m);
        assertTrue(m.contains("napi_new_fact: C 1, unknown to Java"), m);
        assertEquals(4, m.split("\n").length, m);
    }
}
