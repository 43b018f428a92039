package org.napijvm.graal;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ONE place where napi-jvm reaches into GraalJS internals (no public API gives them). Pinned to GraalJS
 * {@value #PINNED_GRAALJS_VERSION} (root pom.xml {@code graal.version}); {@code GraalInternalsTest} fails loudly when
 * an upgrade breaks any of it. What is used:
 * <ul>
 *   <li>the class names of the raw JS objects, to tell ArrayBuffers, SharedArrayBuffers, typed arrays and DataViews
 *       apart exactly (V8's IsArrayBuffer etc.: a Proxy or a spoofed Symbol.toStringTag is none of them);</li>
 *   <li>{@code JSArrayBufferObject.getDirectByteBuffer(Object)}: the direct ByteBuffer behind an ArrayBuffer, whose
 *       address is the native pointer Node-API hands out. ArrayBuffers are direct only with the context option
 *       {@code js.direct-byte-buffer=true} (NodeEnv.contextBuilder() sets it);</li>
 *   <li>{@code JSArrayBufferObject$DirectBase.setByteBuffer} and {@code JSArrayBufferObject.setByteLength}: to make a
 *       fresh, empty ArrayBuffer alias native memory the addon owns (napi_create_external_arraybuffer). A JS
 *       {@code new ArrayBuffer(hostByteBuffer)} would be an "interop" ArrayBuffer, which GraalJS cannot detach.</li>
 * </ul>
 * On the class path the methods are public in an unnamed module and need no JVM flags. When GraalJS is on the module
 * path, its package is not exported: the JVM needs
 * {@code --add-exports org.graalvm.js/com.oracle.truffle.js.runtime.builtins=ALL-UNNAMED}; without it the bodies that
 * need a data pointer fail with napi_generic_failure and {@link #unavailableReason()} as the message (no crash).
 */
public final class GraalInternals {
    private GraalInternals() {}

    /** The GraalJS version these internals were written against and tested with. */
    public static final String PINNED_GRAALJS_VERSION = "25.0.3";

    static final String PKG = "com.oracle.truffle.js.runtime.builtins.";
    static final String ARRAY_BUFFER = PKG + "JSArrayBufferObject";
    static final String SHARED_ARRAY_BUFFER = PKG + "JSArrayBufferObject$Shared";
    static final String DIRECT_BASE = PKG + "JSArrayBufferObject$DirectBase";
    static final String TYPED_ARRAY = PKG + "JSTypedArrayObject";
    static final String DATA_VIEW = PKG + "JSDataViewObject";

    /** What {@link #kind} answers. */
    public static final int NONE = 0, ARRAYBUFFER = 1, SHAREDARRAYBUFFER = 2, TYPEDARRAY = 3, DATAVIEW = 4;

    private static final MethodHandle GET_DIRECT, SET_BYTE_BUFFER, SET_BYTE_LENGTH;
    private static final Class<?> DIRECT_BASE_CLASS;
    private static final String UNAVAILABLE;

    static {
        MethodHandle get = null, setBuf = null, setLen = null;
        Class<?> directBase = null;
        String reason = null;
        try {
            ClassLoader cl = GraalInternals.class.getClassLoader();
            Class<?> ab = Class.forName(ARRAY_BUFFER, false, cl);
            directBase = Class.forName(DIRECT_BASE, false, cl);
            MethodHandles.Lookup l = MethodHandles.publicLookup();
            get = l.findStatic(ab, "getDirectByteBuffer", MethodType.methodType(ByteBuffer.class, Object.class))
                    .asType(MethodType.methodType(ByteBuffer.class, Object.class));
            setBuf = l.findVirtual(directBase, "setByteBuffer", MethodType.methodType(void.class, ByteBuffer.class))
                    .asType(MethodType.methodType(void.class, Object.class, ByteBuffer.class));
            setLen = l.findVirtual(ab, "setByteLength", MethodType.methodType(void.class, int.class))
                    .asType(MethodType.methodType(void.class, Object.class, int.class));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            reason = "napi-jvm: the GraalJS internals for ArrayBuffer data pointers are not reachable (written for GraalJS "
                    + PINNED_GRAALJS_VERSION + "; if GraalJS is on the module path, add --add-exports "
                    + "org.graalvm.js/com.oracle.truffle.js.runtime.builtins=ALL-UNNAMED): " + e;
        }
        GET_DIRECT = get;
        SET_BYTE_BUFFER = setBuf;
        SET_BYTE_LENGTH = setLen;
        DIRECT_BASE_CLASS = directBase;
        UNAVAILABLE = reason;
    }

    /** Null when everything needed was found, else why not. */
    public static String unavailableReason() {
        return UNAVAILABLE;
    }

    private static final ConcurrentHashMap<Class<?>, Integer> KINDS = new ConcurrentHashMap<>();

    /** Which binary-data object a raw JS value is: {@link #NONE}, {@link #ARRAYBUFFER}, ... */
    public static int kind(Object v) {
        if (v == null) return NONE;
        Class<?> c = v.getClass();
        Integer k = KINDS.get(c);
        if (k == null) {
            k = classify(c);
            KINDS.put(c, k);
        }
        return k;
    }

    private static int classify(Class<?> c) {
        for (Class<?> s = c; s != null; s = s.getSuperclass()) {
            String n = s.getName();
            if (n.equals(SHARED_ARRAY_BUFFER)) return SHAREDARRAYBUFFER;
            if (n.equals(ARRAY_BUFFER)) return ARRAYBUFFER;
            if (n.equals(TYPED_ARRAY)) return TYPEDARRAY;
            if (n.equals(DATA_VIEW)) return DATAVIEW;
        }
        return NONE;
    }

    /** Thrown when a data pointer cannot be had; the message says why and how to fix it. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String m) {
            super(m);
        }
    }

    /**
     * The native address of the bytes of an ArrayBuffer or SharedArrayBuffer (raw JS object), stable while it lives;
     * 0 if it is detached.
     */
    public static long address(Object arrayBuffer) {
        ByteBuffer b = directBuffer(arrayBuffer);
        return b == null ? 0 : MemorySegment.ofBuffer(b).address();
    }

    /** The direct ByteBuffer holding an ArrayBuffer's bytes (null if detached). */
    static ByteBuffer directBuffer(Object arrayBuffer) {
        if (UNAVAILABLE != null) throw new Unavailable(UNAVAILABLE);
        if (!DIRECT_BASE_CLASS.isInstance(arrayBuffer)) {
            throw new Unavailable("napi-jvm: this ArrayBuffer is not backed by native memory (" + arrayBuffer.getClass().getName()
                    + "); build the Context with NodeEnv.contextBuilder(), which sets js.direct-byte-buffer=true");
        }
        try {
            return (ByteBuffer) GET_DIRECT.invokeExact(arrayBuffer);
        } catch (Throwable t) {
            throw new Unavailable("napi-jvm: GraalJS getDirectByteBuffer failed: " + t);
        }
    }

    /**
     * Makes {@code fresh}, a just-created empty JS ArrayBuffer that no view has seen yet, hold the {@code length}
     * bytes at native address {@code data} (no copy). Returns the ByteBuffer now holding those bytes: JS
     * {@code transfer()} of the same length moves this very ByteBuffer to the new ArrayBuffer (as V8 moves the
     * backing store), so the memory's lifetime follows the ByteBuffer, not the first ArrayBuffer object.
     */
    public static ByteBuffer aliasNative(Object fresh, long data, int length) {
        if (UNAVAILABLE != null) throw new Unavailable(UNAVAILABLE);
        if (!DIRECT_BASE_CLASS.isInstance(fresh))
            throw new Unavailable("napi-jvm: cannot alias native memory: the context does not use direct ArrayBuffers "
                    + "(js.direct-byte-buffer=true, set by NodeEnv.contextBuilder())");
        ByteBuffer bb = MemorySegment.ofAddress(data).reinterpret(length).asByteBuffer();
        aliasBuffer(fresh, bb);
        return bb;
    }

    /**
     * Makes {@code fresh} (as for {@link #aliasNative}) hold the bytes of {@code direct}, a direct ByteBuffer whose
     * position is 0 and capacity its length (a slice), without copying: JS writes reach the ByteBuffer and the
     * ArrayBuffer keeps it (and so its memory) reachable. The Java embedding's ByteBuffer → Buffer path.
     */
    public static void aliasBuffer(Object fresh, ByteBuffer direct) {
        if (UNAVAILABLE != null) throw new Unavailable(UNAVAILABLE);
        if (!direct.isDirect() || direct.position() != 0 || direct.limit() != direct.capacity())
            throw new IllegalArgumentException("aliasBuffer: not a direct ByteBuffer slice");
        if (!DIRECT_BASE_CLASS.isInstance(fresh))
            throw new Unavailable("napi-jvm: cannot alias native memory: the context does not use direct ArrayBuffers "
                    + "(js.direct-byte-buffer=true, set by NodeEnv.contextBuilder())");
        try {
            SET_BYTE_BUFFER.invokeExact(fresh, direct);
            SET_BYTE_LENGTH.invokeExact(fresh, direct.capacity());
        } catch (Throwable t) {
            throw new Unavailable("napi-jvm: GraalJS ArrayBuffer internals failed: " + t);
        }
    }

    /** The direct ByteBuffer holding a (raw JS) ArrayBuffer's bytes, null if it is detached; for Java views of them. */
    public static ByteBuffer byteBuffer(Object arrayBuffer) {
        return directBuffer(arrayBuffer);
    }
}
