package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.ValueType;

/** ArrayBuffers. Data pointers aliasing JS memory are not built yet: those bodies are marked partial. */
public final class BufferApi {
    private BufferApi() {}

    private static boolean isArrayBuffer(GraalEnv e, int s) {
        return e.tag(s) == ValueType.OBJECT && e.js.isArrayBuffer(e.value(s));
    }

    public static int napi_is_arraybuffer(long env, long value, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.slot(value);
        if (s < 0) return e.invalidArg();
        Mem.putBool(result, isArrayBuffer(e, s));
        return e.ok();
    }

    @Partial("type checks only: a pointer to the bytes of an ArrayBuffer is not available yet")
    public static int napi_get_arraybuffer_info(long env, long arraybuffer, long data, long byteLength) {
        GraalEnv e = GraalEnv.of(env);
        if (arraybuffer == 0) return e.invalidArg();
        int s = e.slot(arraybuffer);
        if (s < 0 || !isArrayBuffer(e, s)) return e.invalidArg();
        return e.fail(Status.GENERIC_FAILURE, "napi_get_arraybuffer_info: ArrayBuffer data pointers are not implemented by napi-jvm yet");
    }

    public static int napi_detach_arraybuffer(long env, long arraybuffer) {
        GraalEnv e = GraalEnv.of(env);
        if (arraybuffer == 0) return e.invalidArg();
        int s = e.slot(arraybuffer);
        if (s < 0) return e.invalidArg();
        if (!isArrayBuffer(e, s)) return e.fail(Status.ARRAYBUFFER_EXPECTED);
        Object r = e.js.detach(e.value(s));
        if (r == JsBridge.THROWN) {
            e.js.takeThrown();
            return e.fail(Status.DETACHABLE_ARRAYBUFFER_EXPECTED);
        }
        return e.ok();
    }
}
