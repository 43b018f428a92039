package org.napijvm.graal;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Guards {@link GraalInternals}: if a GraalJS upgrade moves or changes the internals it uses, this fails loudly
 * (instead of addons silently getting wrong pointers). When it fails, re-check every item in GraalInternals' javadoc
 * against the new GraalJS and update {@link GraalInternals#PINNED_GRAALJS_VERSION}.
 */
class GraalInternalsTest {
    private Context ctx;
    private final Object[] box = new Object[1];
    private final JavaFunction sink = new JavaFunction(a -> box[0] = a[0]);

    @BeforeEach
    void open() {
        ctx = Context.newBuilder("js").allowExperimentalOptions(true).option("js.direct-byte-buffer", "true")
                .option("engine.WarnInterpreterOnly", "false").build();
        ctx.enter();
    }

    @AfterEach
    void close() {
        ctx.leave();
        ctx.close();
    }

    /** The raw JS object (what Node-API bodies see) of the expression's value. */
    private Object raw(String expr) {
        ctx.eval("js", "(sink) => sink(" + expr + ")").execute(sink);
        return box[0];
    }

    @Test
    void pinnedVersionMatchesTheEngine() throws Exception {
        assertEquals(GraalInternals.PINNED_GRAALJS_VERSION, graalJsVersion(),
                "GraalJS version changed: re-verify GraalInternals against it, then update PINNED_GRAALJS_VERSION");
    }

    /** Implementation-Version of the jar holding GraalJS's runtime classes (js-language-VERSION.jar). */
    private static String graalJsVersion() throws Exception {
        Class<?> c = Class.forName(GraalInternals.ARRAY_BUFFER);
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(
                java.nio.file.Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile())) {
            java.util.jar.Manifest m = jar.getManifest();
            String v = m.getMainAttributes().getValue("Implementation-Version");
            if (v == null && m.getAttributes("js-language") != null) v = m.getAttributes("js-language").getValue("Implementation-Version");
            if (v == null) v = m.getMainAttributes().getValue("Name") + "?";
            return v;
        }
    }

    @Test
    void internalsAreReachable() {
        assertNull(GraalInternals.unavailableReason());
    }

    @Test
    void kinds() {
        assertEquals(GraalInternals.ARRAYBUFFER, GraalInternals.kind(raw("new ArrayBuffer(4)")));
        assertEquals(GraalInternals.ARRAYBUFFER, GraalInternals.kind(raw("new ArrayBuffer(4, {maxByteLength: 8})")));
        assertEquals(GraalInternals.ARRAYBUFFER, GraalInternals.kind(raw("new (class extends ArrayBuffer {})(4)")));
        assertEquals(GraalInternals.SHAREDARRAYBUFFER, GraalInternals.kind(raw("new SharedArrayBuffer(4)")));
        assertEquals(GraalInternals.TYPEDARRAY, GraalInternals.kind(raw("new Float64Array(4)")));
        assertEquals(GraalInternals.TYPEDARRAY, GraalInternals.kind(raw("new BigInt64Array(4)")));
        assertEquals(GraalInternals.DATAVIEW, GraalInternals.kind(raw("new DataView(new ArrayBuffer(4))")));
        assertEquals(GraalInternals.NONE, GraalInternals.kind(raw("new Proxy(new ArrayBuffer(4), {})")));
        assertEquals(GraalInternals.NONE, GraalInternals.kind(raw("({[Symbol.toStringTag]: 'ArrayBuffer'})")));
        assertEquals(GraalInternals.NONE, GraalInternals.kind(raw("[]")));
        assertEquals(GraalInternals.NONE, GraalInternals.kind(raw("1")));
    }

    @Test
    void addressAliasesTheJsBytesAndIsStable() {
        Object ab = raw("globalThis.ab = new ArrayBuffer(16)");
        long a = GraalInternals.address(ab);
        assertNotEquals(0, a);
        Mem.putByte(a + 3, (byte) 42);
        assertEquals(42, ctx.eval("js", "new Uint8Array(ab)[3]").asInt());
        ctx.eval("js", "new Uint8Array(ab)[5] = 7; for (let i = 0; i < 100; i++) new ArrayBuffer(4096)");
        System.gc();
        assertEquals(7, Mem.getByte(a + 5));
        assertEquals(a, GraalInternals.address(ab));
        ctx.eval("js", "ab.transfer()");
        assertEquals(0, GraalInternals.address(ab), "a detached ArrayBuffer has no bytes");
        // JS-made buffers of every origin are direct
        for (String e : new String[] {"new Uint8Array(4).buffer", "new Uint8Array([1, 2]).buffer.slice(1)",
                "new ArrayBuffer(4, {maxByteLength: 16})", "new SharedArrayBuffer(4)"})
            assertNotEquals(0, GraalInternals.address(raw(e)), e);
    }

    @Test
    void aliasNativeMakesAnArrayBufferOverNativeMemory() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment m = arena.allocate(8);
            m.set(ValueLayout.JAVA_BYTE, 1, (byte) 9);
            Object ab = raw("globalThis.ext = new ArrayBuffer(0)");
            java.nio.ByteBuffer bytes = GraalInternals.aliasNative(ab, m.address(), 8);
            assertEquals(8, ctx.eval("js", "ext.byteLength").asInt());
            assertEquals(9, ctx.eval("js", "new Uint8Array(ext)[1]").asInt());
            ctx.eval("js", "new Int16Array(ext)[2] = -1");
            assertEquals(-1, m.get(ValueLayout.JAVA_BYTE, 4));
            assertEquals(m.address(), GraalInternals.address(ab));
            // transfer() of the same length moves this very ByteBuffer (BufferApi ties the finalizer to it)
            Object moved = raw("globalThis.ext2 = ext.transfer()");
            assertSame(bytes, GraalInternals.directBuffer(moved));
            assertEquals(0, GraalInternals.address(ab));
            ctx.eval("js", "globalThis.ext = ext2; ext.transfer(0)");
            assertEquals(0, ctx.eval("js", "ext.byteLength").asInt());
            assertTrue(ctx.eval("js", "ext.detached").asBoolean());
        }
    }

    @Test
    void heapArrayBuffersFailWithAClearMessage() {
        try (Context heap = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            heap.enter();
            try {
                heap.eval("js", "(sink) => sink(new ArrayBuffer(4))").execute(sink);
                GraalInternals.Unavailable u = assertThrows(GraalInternals.Unavailable.class, () -> GraalInternals.address(box[0]));
                assertTrue(u.getMessage().contains("js.direct-byte-buffer"), u.getMessage());
            } finally {
                heap.leave();
            }
        }
    }
}
