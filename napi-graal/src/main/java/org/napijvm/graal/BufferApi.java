package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.StatusException;

/**
 * ArrayBuffers, SharedArrayBuffers, typed arrays and DataViews. Every data pointer handed to an addon is the address
 * of the JS bytes themselves (ArrayBuffers are direct ByteBuffers, see {@link GraalInternals}): writes on either side
 * are seen by the other, and the address is stable while the buffer lives.
 */
public final class BufferApi {
    private BufferApi() {}

    /** napi_typedarray_type -> constructor name and element size (napi_float16_array is 11). */
    static final String[] TYPED_ARRAY_NAMES = {"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
            "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array", "Float16Array"};
    static final int[] ELEMENT_SIZES = {1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8, 2};

    // The intrinsics are taken when a helper is compiled (first use), so user code that later replaces
    // prototype getters does not change what Node-API reports (V8 reads its internal fields).
    static final JsBridge.Helper NEW_BUFFER = new JsBridge.Helper("""
            (() => {
              const AB = ArrayBuffer, SAB = SharedArrayBuffer;
              return (shared, n) => shared ? new SAB(n) : new AB(n);
            })()""");
    static final JsBridge.Helper AB_LENGTH = new JsBridge.Helper("""
            (() => {
              const apply = Reflect.apply, gd = Object.getOwnPropertyDescriptor;
              const ab = gd(ArrayBuffer.prototype, 'byteLength').get, sab = gd(SharedArrayBuffer.prototype, 'byteLength').get;
              const det = gd(ArrayBuffer.prototype, 'detached').get;
              // what: 0 byteLength of an ArrayBuffer, 1 of a SharedArrayBuffer, 2 detached
              return (what, b) => what === 0 ? apply(ab, b, []) : what === 1 ? apply(sab, b, []) : apply(det, b, []);
            })()""");
    static final JsBridge.Helper NEW_VIEW = new JsBridge.Helper("""
            (() => {
              const g = globalThis, ctors = {}, DV = DataView;
              for (const n of ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
                  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Float16Array']) ctors[n] = g[n];
              return (name, b, off, len) => {
                if (name === 'DataView') return new DV(b, off, len);
                const C = ctors[name];
                if (typeof C !== 'function') return undefined;
                return new C(b, off, len);
              };
            })()""");
    /** V8's Detach: a no-op on a detached buffer; false when the buffer cannot be detached. */
    // (arrayBuffer, key): marks it untransferable (NapiRuntime.untransferableKey)
    static final JsBridge.Helper MARK_UNTRANSFERABLE = new JsBridge.Helper("(b, k) => { b[k] = true; }");

    static void markUntransferable(GraalEnv e, Object arrayBuffer) {
        Object key = e.runtime.untransferableKey;
        if (key != null) e.js.call(MARK_UNTRANSFERABLE, arrayBuffer, key);
    }

    static final JsBridge.Helper DETACH = new JsBridge.Helper("""
            (() => {
              const apply = Reflect.apply, transfer = ArrayBuffer.prototype.transfer;
              const det = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached').get;
              return (b) => {
                if (apply(det, b, [])) return true;
                try { apply(transfer, b, [0]); return true; } catch (e) { return false; }
              };
            })()""");
    /** [type index or -1, buffer, byteOffset, length (typed array) or byteLength (DataView)], 0s when detached. */
    static final JsBridge.Helper VIEW_INFO = new JsBridge.Helper("""
            (() => {
              const apply = Reflect.apply, gd = Object.getOwnPropertyDescriptor;
              const TA = Object.getPrototypeOf(Int8Array.prototype), DVp = DataView.prototype;
              const tag = gd(TA, Symbol.toStringTag).get, taBuf = gd(TA, 'buffer').get, taOff = gd(TA, 'byteOffset').get,
                  taLen = gd(TA, 'length').get;
              const dvBuf = gd(DVp, 'buffer').get, dvOff = gd(DVp, 'byteOffset').get, dvLen = gd(DVp, 'byteLength').get;
              const types = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
                  'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'Float16Array'];
              return (v, isTypedArray) => {
                if (isTypedArray)
                  return [types.indexOf(apply(tag, v, [])), apply(taBuf, v, []), apply(taOff, v, []), apply(taLen, v, [])];
                const b = apply(dvBuf, v, []);
                let off = 0, len = 0;
                try { off = apply(dvOff, v, []); len = apply(dvLen, v, []); } catch (e) { /* detached or out of bounds */ }
                return [-1, b, off, len];
              };
            })()""");

    private static int kind(GraalEnv e, int s) {
        return GraalInternals.kind(e.value(s));
    }

    /** The address of an ArrayBuffer's bytes (napi_generic_failure if GraalJS's internals are unavailable). */
    static long address(Object buffer) {
        try {
            return GraalInternals.address(buffer);
        } catch (GraalInternals.Unavailable u) {
            throw StatusException.of(Status.GENERIC_FAILURE, u.getMessage());
        }
    }

    /** The native bytes of an external buffer: {@code data}, {@code length} bytes, aliased by the buffer {@code b}. */
    static java.nio.ByteBuffer aliasNative(Object b, long data, int length) {
        try {
            return GraalInternals.aliasNative(b, data, length);
        } catch (GraalInternals.Unavailable u) {
            throw StatusException.of(Status.GENERIC_FAILURE, u.getMessage());
        }
    }

    private static long byteLength(GraalEnv e, Object buffer, boolean shared) {
        return ((Number) e.js.call(AB_LENGTH, shared ? 1 : 0, buffer)).longValue();
    }

    /** Common part of the is_* predicates (no preamble: they run while an exception is pending). */
    private static int is(GraalEnv e, long value, long result, int wanted) {
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.argSlot(value);
        Mem.putBool(result, kind(e, s) == wanted);
        return e.ok();
    }

    public static int napi_is_arraybuffer(GraalEnv e, long value, long result) {
        return is(e, value, result, GraalInternals.ARRAYBUFFER);
    }

    public static int node_api_is_sharedarraybuffer(GraalEnv e, long value, long result) {
        return is(e, value, result, GraalInternals.SHAREDARRAYBUFFER);
    }

    public static int napi_is_typedarray(GraalEnv e, long value, long result) {
        return is(e, value, result, GraalInternals.TYPEDARRAY);
    }

    public static int napi_is_dataview(GraalEnv e, long value, long result) {
        return is(e, value, result, GraalInternals.DATAVIEW);
    }

    private static int createBuffer(GraalEnv e, long byteLength, long data, long result, boolean shared) {
        if (result == 0) return e.invalidArg();
        double n = byteLength < 0 ? Math.pow(2, 64) + byteLength : byteLength; // size_t
        Object b = e.js.call(NEW_BUFFER, shared, n);
        if (data != 0) Mem.putLong(data, address(b));
        return e.ret(result, b);
    }

    public static int napi_create_arraybuffer(GraalEnv e, long byteLength, long data, long result) {
        return createBuffer(e, byteLength, data, result, false);
    }

    public static int node_api_create_sharedarraybuffer(GraalEnv e, long byteLength, long data, long result) {
        return createBuffer(e, byteLength, data, result, true);
    }

    public static int napi_create_external_arraybuffer(GraalEnv e, long externalData, long byteLength, long finalizeCb,
                                                       long finalizeHint, long result) {
        // no CHECK_ARG(result): Node builds a Buffer, then fills result as napi_get_typedarray_info's optional
        // arraybuffer out-param, so a NULL result is napi_ok (the buffer is made and its finalizer attached)
        // Node aborts the process (a CHECK in node::Buffer) on NULL data with a length: refuse it instead of
        // letting JS read address 0 (BadInputTest)
        if (externalData == 0 && byteLength != 0) return e.invalidArg();
        if (byteLength < 0 || byteLength > Integer.MAX_VALUE)
            return e.fail(Status.GENERIC_FAILURE, "napi-jvm: an external ArrayBuffer is limited to 2^31-1 bytes");
        Object b = e.js.call(NEW_BUFFER, false, 0);
        markUntransferable(e, b);
        if (externalData == 0) {
            // Node (CreateTrackedArrayBuffer): a buffer over no memory is detached at once, and its finalizer is
            // called asynchronously (V8 would never call it)
            e.js.call(DETACH, b);
            if (finalizeCb != 0) e.refs.post(finalizeCb, externalData, finalizeHint);
            return result == 0 ? e.ok() : e.ret(result, b);
        }
        java.nio.ByteBuffer bytes = aliasNative(b, externalData, (int) byteLength);
        // The finalizer (which frees the memory) belongs to the ByteBuffer, not to this ArrayBuffer object: a JS
        // transfer() of the same length moves the ByteBuffer to a new ArrayBuffer, as V8 moves the backing store
        // whose deleter runs Node's finalizer. Tying it to `b` would free memory the new buffer still uses.
        if (finalizeCb != 0) e.attachFinalizer(bytes, finalizeCb, externalData, finalizeHint);
        return result == 0 ? e.ok() : e.ret(result, b);
    }

    public static int napi_get_arraybuffer_info(GraalEnv e, long arraybuffer, long data, long byteLength) {
        if (arraybuffer == 0) return e.invalidArg();
        int s = e.argSlot(arraybuffer);
        int k = kind(e, s);
        // Node 25 also answers for a SharedArrayBuffer (node_api_create_sharedarraybuffer's data is read this way)
        if (k != GraalInternals.ARRAYBUFFER && k != GraalInternals.SHAREDARRAYBUFFER) return e.invalidArg();
        Object b = e.value(s);
        if (data != 0) Mem.putLong(data, address(b));
        if (byteLength != 0) Mem.putLong(byteLength, byteLength(e, b, k == GraalInternals.SHAREDARRAYBUFFER));
        return e.ok();
    }

    public static int napi_detach_arraybuffer(GraalEnv e, long arraybuffer) {
        if (arraybuffer == 0) return e.invalidArg();
        int s = e.argSlot(arraybuffer);
        if (kind(e, s) != GraalInternals.ARRAYBUFFER) return e.fail(Status.ARRAYBUFFER_EXPECTED);
        if (!(Boolean) e.js.call(DETACH, e.value(s))) return e.fail(Status.DETACHABLE_ARRAYBUFFER_EXPECTED);
        return e.ok();
    }

    public static int napi_is_detached_arraybuffer(GraalEnv e, long value, long result) {
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.argSlot(value);
        Mem.putBool(result, kind(e, s) == GraalInternals.ARRAYBUFFER && (Boolean) e.js.call(AB_LENGTH, 2, e.value(s)));
        return e.ok();
    }

    /** size_t arithmetic as Node does it, without wrapping: a + b * m (m small), or Long.MAX_VALUE if it overflows. */
    private static long end(long offset, long count, int m) {
        if (offset < 0 || count < 0) return Long.MAX_VALUE;
        try {
            return Math.addExact(offset, Math.multiplyExact(count, (long) m));
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }

    private static int throwRange(GraalEnv e, String code, String message, int status) {
        e.setPendingException(ErrorApi.newError(e, ErrorApi.RANGE_ERROR, message, code));
        return e.fail(status);
    }

    public static int napi_create_typedarray(GraalEnv e, int type, long length, long arraybuffer, long byteOffset, long result) {
        if (arraybuffer == 0 || result == 0) return e.invalidArg();
        int s = e.slot(arraybuffer);
        if (s < 0 || kind(e, s) != GraalInternals.ARRAYBUFFER) return e.invalidArg();
        if (type < 0 || type >= TYPED_ARRAY_NAMES.length) return e.invalidArg();
        String name = TYPED_ARRAY_NAMES[type];
        int size = ELEMENT_SIZES[type];
        Object b = e.value(s);
        if (size > 1 && Long.remainderUnsigned(byteOffset, size) != 0)
            return throwRange(e, "ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT",
                    "start offset of " + name + " should be a multiple of " + size, Status.GENERIC_FAILURE);
        if (end(byteOffset, length, size) > byteLength(e, b, false))
            return throwRange(e, "ERR_NAPI_INVALID_TYPEDARRAY_LENGTH", "Invalid typed array length", Status.GENERIC_FAILURE);
        Object v = e.js.call(NEW_VIEW, JsBridge.jsString(name), b, (double) byteOffset, (double) length);
        if (v == e.js.undefined) return e.fail(Status.GENERIC_FAILURE, "napi-jvm: this engine has no " + name);
        return e.ret(result, v);
    }

    public static int napi_create_dataview(GraalEnv e, long byteLength, long arraybuffer, long byteOffset, long result) {
        if (arraybuffer == 0 || result == 0) return e.invalidArg();
        int s = e.slot(arraybuffer);
        int k = s < 0 ? GraalInternals.NONE : kind(e, s);
        // Node 25 takes a SharedArrayBuffer here too (napi_create_typedarray does not)
        if (k != GraalInternals.ARRAYBUFFER && k != GraalInternals.SHAREDARRAYBUFFER) return e.invalidArg();
        Object b = e.value(s);
        if (end(byteOffset, byteLength, 1) > byteLength(e, b, k == GraalInternals.SHAREDARRAYBUFFER))
            return throwRange(e, "ERR_NAPI_INVALID_DATAVIEW_ARGS",
                    "byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in",
                    Status.PENDING_EXCEPTION);
        Object v = e.js.call(NEW_VIEW, JsBridge.jsString("DataView"), b, (double) byteOffset, (double) byteLength);
        return e.ret(result, v);
    }

    /** Shared by the two view info functions: type, length, data, arraybuffer, byte_offset (any may be 0). */
    private static int viewInfo(GraalEnv e, Object view, boolean typed, long type, long length, long data, long arraybuffer,
                                long byteOffset) {
        long[] fast = e.viewScratch;
        Object buffer = typed ? TypedArrayViews.info(view, fast) : null;
        int t;
        long off, len;
        if (buffer != null) {
            t = (int) fast[0];
            off = fast[1];
            len = fast[2] / ELEMENT_SIZES[t];
        } else {
            Object info = e.js.call(VIEW_INFO, view, typed);
            t = ((Number) e.js.element(info, 0)).intValue();
            buffer = e.js.element(info, 1);
            off = ((Number) e.js.element(info, 2)).longValue();
            len = ((Number) e.js.element(info, 3)).longValue();
        }
        if (type != 0) Mem.putInt(type, t);
        if (length != 0) Mem.putLong(length, len);
        if (data != 0) {
            long a = address(buffer);
            Mem.putLong(data, a == 0 ? 0 : a + off);
        }
        if (arraybuffer != 0) Mem.putLong(arraybuffer, e.handle(e.push(buffer)));
        if (byteOffset != 0) Mem.putLong(byteOffset, off);
        return e.ok();
    }

    public static int napi_get_typedarray_info(GraalEnv e, long typedarray, long type, long length, long data,
                                               long arraybuffer, long byteOffset) {
        if (typedarray == 0) return e.invalidArg();
        int s = e.slot(typedarray);
        if (s < 0 || kind(e, s) != GraalInternals.TYPEDARRAY) return e.invalidArg();
        return viewInfo(e, e.value(s), true, type, length, data, arraybuffer, byteOffset);
    }

    public static int napi_get_dataview_info(GraalEnv e, long dataview, long byteLength, long data, long arraybuffer,
                                             long byteOffset) {
        if (dataview == 0) return e.invalidArg();
        int s = e.slot(dataview);
        if (s < 0 || kind(e, s) != GraalInternals.DATAVIEW) return e.invalidArg();
        return viewInfo(e, e.value(s), false, 0, byteLength, data, arraybuffer, byteOffset);
    }
}
