package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.ValueType;

/** Throwing, creating and inspecting errors; the pending exception. */
public final class ErrorApi {
    private ErrorApi() {}

    static final int ERROR = 0, TYPE_ERROR = 1, RANGE_ERROR = 2, SYNTAX_ERROR = 3;

    public static int napi_throw(long env, long error) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        Object v = ObjectApi.arg(e, error);
        if (v == null) return e.lastStatus();
        e.setPendingException(v);
        return e.ok();
    }

    private static int throwNew(long env, int kind, long code, long msg) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (msg == 0) return e.invalidArg();
        Object c = code == 0 ? null : JsBridge.jsString(Mem.utf8(code, Mem.AUTO_LENGTH));
        e.setPendingException(e.js.newError(kind, JsBridge.jsString(Mem.utf8(msg, Mem.AUTO_LENGTH)), c));
        return e.ok();
    }

    public static int napi_throw_error(long env, long code, long msg) { return throwNew(env, ERROR, code, msg); }
    public static int napi_throw_type_error(long env, long code, long msg) { return throwNew(env, TYPE_ERROR, code, msg); }
    public static int napi_throw_range_error(long env, long code, long msg) { return throwNew(env, RANGE_ERROR, code, msg); }
    public static int node_api_throw_syntax_error(long env, long code, long msg) { return throwNew(env, SYNTAX_ERROR, code, msg); }

    private static int createNew(long env, int kind, long code, long msg, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (msg == 0 || result == 0) return e.invalidArg();
        int ms = e.slot(msg);
        if (ms < 0) return e.invalidArg();
        if (e.tag(ms) != ValueType.STRING) return e.fail(Status.STRING_EXPECTED);
        Object c = null;
        if (code != 0) {
            int cs = e.slot(code);
            if (cs < 0) return e.invalidArg();
            if (e.tag(cs) != ValueType.STRING) return e.fail(Status.STRING_EXPECTED);
            c = e.value(cs);
        }
        return e.ret(result, e.js.newError(kind, e.value(ms), c));
    }

    public static int napi_create_error(long env, long code, long msg, long result) { return createNew(env, ERROR, code, msg, result); }
    public static int napi_create_type_error(long env, long code, long msg, long result) { return createNew(env, TYPE_ERROR, code, msg, result); }
    public static int napi_create_range_error(long env, long code, long msg, long result) { return createNew(env, RANGE_ERROR, code, msg, result); }
    public static int node_api_create_syntax_error(long env, long code, long msg, long result) { return createNew(env, SYNTAX_ERROR, code, msg, result); }

    public static int napi_is_error(long env, long value, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.slot(value);
        if (s < 0) return e.invalidArg();
        byte t = e.tag(s);
        Mem.putBool(result, (t == ValueType.OBJECT) && e.js.isError(e.value(s)));
        return e.ok();
    }

    public static int napi_is_exception_pending(long env, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (result == 0) return e.invalidArg();
        Mem.putBool(result, e.hasPendingException());
        return e.ok();
    }

    public static int napi_get_and_clear_last_exception(long env, long result) {
        GraalEnv e = GraalEnv.of(env);
        if (result == 0) return e.invalidArg();
        if (!e.hasPendingException()) return e.retSlot(result, GraalEnv.SLOT_UNDEFINED);
        return e.ret(result, e.takePendingException());
    }
}
