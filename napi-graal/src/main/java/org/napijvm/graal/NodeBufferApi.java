package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.StatusException;

/**
 * node_api.h's Buffer functions. A Buffer is what the launcher environment's {@code Buffer} makes: npm's
 * {@code buffer} package (feross/buffer), a Uint8Array whose prototype is {@code Buffer.prototype}; the environment
 * registers where it comes from with {@link #register}. Data pointers are the JS bytes themselves (see
 * {@link GraalInternals}), as for ArrayBuffers in {@link BufferApi}.
 */
public final class NodeBufferApi {
    private NodeBufferApi() {}

    /** Node's kMaxLength (v8::TypedArray::kMaxByteLength on 64-bit): 2^53 - 1. */
    static final long MAX_LENGTH = (1L << 53) - 1;

    /**
     * Per-context state and the Buffer factory. op 0: register {@code a}, a function returning the Buffer constructor
     * (called once, on first use); 1: a zero-filled Buffer of {@code a} bytes; 2: a Buffer over ArrayBuffer {@code a}
     * from byte {@code b}, {@code c} bytes. Answers null when no Buffer was registered.
     */
    static final JsBridge.Helper BUFFERS = new JsBridge.Helper("""
            (() => {
              const U8 = Uint8Array, setProto = Object.setPrototypeOf, apply = Reflect.apply;
              const detached = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached').get;
              let load = null, proto = null;
              const prototype = () => {
                if (proto === null && load !== null) proto = load().prototype;
                return proto;
              };
              return (op, a, b, c) => {
                if (op === 0) { load = a; proto = null; return true; }
                const p = prototype();
                if (p === null) return null;
                // V8 makes an empty view of a detached buffer; JS cannot, so that one gets a fresh empty buffer
                return setProto(op === 1 ? new U8(a) : apply(detached, a, []) ? new U8(0) : new U8(a, b, c), p);
              };
            })()""");

    /**
     * Tells Node-API how to get the Buffer constructor of {@code runtime}'s context: {@code loadBuffer} is a JS function
     * returning it (called on the first napi_create_buffer*). Without it the Buffer functions fail with
     * napi_generic_failure.
     */
    public static void register(NapiRuntime runtime, Object loadBuffer) {
        runtime.js.call(BUFFERS, 0, loadBuffer);
    }

    private static final String NO_BUFFER = "napi-jvm: no Buffer implementation is registered in this context "
            + "(NodeEnv registers Node's own Buffer: internalBinding('buffer').setBufferPrototype)";

    /** Node's error (an exception pending) with napi_generic_failure. */
    private static StatusException throwError(GraalEnv e, int kind, String code, String message) {
        e.setPendingException(ErrorApi.newError(e, kind, message, code));
        return StatusException.of(Status.GENERIC_FAILURE);
    }

    /** The Buffer made by BUFFERS (napi_generic_failure if no Buffer implementation is registered). */
    private static Object registered(Object b, GraalEnv e) {
        if (b == e.js.nul) throw StatusException.of(Status.GENERIC_FAILURE, NO_BUFFER);
        return b;
    }

    /** A new zero-filled Buffer of n bytes. */
    private static Object newBuffer(GraalEnv e, long n) {
        if (n < 0 || n > MAX_LENGTH) // size_t above 2^63 is negative here
            throw throwError(e, ErrorApi.ERROR, "ERR_BUFFER_TOO_LARGE", "Cannot create a Buffer larger than 0x1fffffffffffff bytes");
        Object b = e.js.tryCall(BUFFERS, 1, (double) n);
        if (b == JsBridge.THROWN) {
            // what the engine threw (its typed array length limit is far below 2^53) is not what Node says
            e.js.takeThrown();
            throw throwError(e, ErrorApi.RANGE_ERROR, "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
        }
        return registered(b, e);
    }

    /** The address of a Buffer's first byte (a fresh Buffer: offset 0). */
    private static long dataOf(GraalEnv e, Object buffer) {
        Object info = e.js.call(BufferApi.VIEW_INFO, buffer, true);
        long a = BufferApi.address(e.js.element(info, 1));
        return a == 0 ? 0 : a + ((Number) e.js.element(info, 2)).longValue();
    }

    public static int napi_create_buffer(GraalEnv e, long length, long data, long result) {
        if (result == 0) return e.invalidArg();
        Object b = newBuffer(e, length);
        if (data != 0) Mem.putLong(data, dataOf(e, b));
        return e.ret(result, b);
    }

    public static int napi_create_buffer_copy(GraalEnv e, long length, long data, long resultData, long result) {
        if (result == 0) return e.invalidArg();
        if (data == 0 && length != 0) return e.invalidArg(); // Node reads through the NULL pointer and crashes
        Object b = newBuffer(e, length);
        long a = dataOf(e, b);
        if (length > 0) java.lang.foreign.MemorySegment.copy(Mem.ALL, data, Mem.ALL, a, length);
        if (resultData != 0) Mem.putLong(resultData, a);
        return e.ret(result, b);
    }

    public static int napi_create_external_buffer(GraalEnv e, long length, long data, long finalizeCb, long finalizeHint,
                                                  long result) {
        if (result == 0) return e.invalidArg();
        if (length < 0 || length > Integer.MAX_VALUE)
            return e.fail(Status.GENERIC_FAILURE, "napi-jvm: an external Buffer is limited to 2^31-1 bytes");
        // Node aborts the process (a CHECK in node::Buffer) on NULL data with a length: refuse it instead of letting JS
        // read address 0 (BadInputTest)
        if (data == 0 && length != 0) return e.invalidArg();
        Object ab = e.js.call(BufferApi.NEW_BUFFER, false, 0);
        BufferApi.markUntransferable(e, ab);
        if (data == 0) { // as napi_create_external_arraybuffer: over no memory, detached, its finalizer posted
            Object b = registered(e.js.call(BUFFERS, 2, ab, 0, 0.0), e);
            e.js.call(BufferApi.DETACH, ab);
            if (finalizeCb != 0) e.refs.post(finalizeCb, data, finalizeHint);
            return e.ret(result, b);
        }
        java.nio.ByteBuffer bytes = BufferApi.aliasNative(ab, data, (int) length);
        Object b = registered(e.js.call(BUFFERS, 2, ab, 0, (double) length), e);
        // as for external ArrayBuffers: the finalizer belongs to the memory block (which a transfer() moves)
        if (finalizeCb != 0) e.attachFinalizer(bytes, finalizeCb, data, finalizeHint);
        return e.ret(result, b);
    }

    /** Node's Buffer::HasInstance: any ArrayBufferView (typed array or DataView), not only Buffers. */
    private static boolean isView(GraalEnv e, int s) {
        int k = GraalInternals.kind(e.value(s));
        return k == GraalInternals.TYPEDARRAY || k == GraalInternals.DATAVIEW;
    }

    public static int napi_is_buffer(GraalEnv e, long value, long result) {
        if (value == 0 || result == 0) return e.invalidArg();
        Mem.putBool(result, isView(e, e.argSlot(value)));
        return e.ok();
    }

    public static int napi_get_buffer_info(GraalEnv e, long value, long data, long length) {
        if (value == 0) return e.invalidArg();
        int s = e.slot(value);
        if (s < 0 || !isView(e, s)) return e.invalidArg();
        Object v = e.value(s);
        boolean typed = GraalInternals.kind(v) == GraalInternals.TYPEDARRAY;
        long[] fast = e.viewScratch;
        Object buffer = typed ? TypedArrayViews.info(v, fast) : null;
        long off, len;
        if (buffer != null) {
            off = fast[1];
            len = fast[2];
        } else {
            Object info = e.js.call(BufferApi.VIEW_INFO, v, typed);
            int type = ((Number) e.js.element(info, 0)).intValue();
            buffer = e.js.element(info, 1);
            off = ((Number) e.js.element(info, 2)).longValue();
            len = ((Number) e.js.element(info, 3)).longValue();
            if (typed) len *= type >= 0 ? BufferApi.ELEMENT_SIZES[type] : 1; // byte length
        }
        if (data != 0) {
            long a = BufferApi.address(buffer);
            Mem.putLong(data, a == 0 ? 0 : a + off);
        }
        if (length != 0) Mem.putLong(length, len);
        return e.ok();
    }

    public static int node_api_create_buffer_from_arraybuffer(GraalEnv e, long arraybuffer, long byteOffset, long byteLength,
                                                              long result) {
        if (arraybuffer == 0 || result == 0) return e.invalidArg();
        int s = e.slot(arraybuffer);
        // Node returns napi_invalid_arg here without recording it as the last error
        if (s < 0 || GraalInternals.kind(e.value(s)) != GraalInternals.ARRAYBUFFER) return Status.INVALID_ARG;
        Object ab = e.value(s);
        long size = ((Number) e.js.call(BufferApi.AB_LENGTH, 0, ab)).longValue();
        // Node adds in size_t and V8 aborts the process when the sum wrapped; here a wrapped sum is out of range too
        boolean inRange = byteOffset >= 0 && byteLength >= 0 && byteOffset + byteLength >= 0 && byteOffset + byteLength <= size;
        if (!inRange) {
            // napi_throw_range_error's status: napi_ok, with the RangeError pending and no result
            e.setPendingException(ErrorApi.newError(e, ErrorApi.RANGE_ERROR, "The byte offset + length is out of range", "ERR_OUT_OF_RANGE"));
            return e.ok();
        }
        Object b = registered(e.js.call(BUFFERS, 2, ab, (double) byteOffset, (double) byteLength), e);
        // Node returns napi_ok without clearing the last error (the preamble cleared it)
        Mem.putLong(result, e.handle(e.push(b)));
        return Status.OK;
    }
}
