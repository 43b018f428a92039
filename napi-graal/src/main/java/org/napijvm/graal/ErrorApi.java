package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.StatusException;
import org.napijvm.core.ValueType;

/** Throwing, creating and inspecting errors; the pending exception. */
public final class ErrorApi {
    private ErrorApi() {}

    static final int ERROR = 0, TYPE_ERROR = 1, RANGE_ERROR = 2, SYNTAX_ERROR = 3;

    /** kind: ERROR, TYPE_ERROR, RANGE_ERROR or SYNTAX_ERROR; code: a JS string or undefined. */
    static final JsBridge.Helper NEW_ERROR = new JsBridge.Helper("""
            (() => {
              const ctors = [Error, TypeError, RangeError, SyntaxError];
              return (kind, msg, code) => {
                const e = new ctors[kind](msg);
                if (code !== undefined) e.code = code;
                return e;
              };
            })()""");
    static final JsBridge.Helper IS_ERROR = new JsBridge.Helper("""
            (() => {
              const isError = typeof Error.isError === 'function' ? Error.isError : null, toString = Object.prototype.toString;
              return (v) => isError ? isError(v) : toString.call(v) === '[object Error]';
            })()""");

    /** A new error of {@code kind} with {@code message} and, unless null, {@code code} (raw JS values). */
    static Object newError(JsBridge js, int kind, Object message, Object code) {
        return js.call(NEW_ERROR, kind, message, code == null ? js.undefined : code);
    }

    static Object newError(GraalEnv e, int kind, Object message, Object code) {
        return newError(e.js, kind, message, code);
    }

    static Object newError(GraalEnv e, int kind, String message, String code) {
        return newError(e.js, kind, JsBridge.jsString(message), code == null ? null : JsBridge.jsString(code));
    }

    public static int napi_throw(GraalEnv e, long error) {
        e.setPendingException(e.arg(error));
        return e.ok();
    }

    private static int throwNew(GraalEnv e, int kind, long code, long msg) {
        if (msg == 0) return e.invalidArg();
        String c = code == 0 ? null : Mem.utf8(code, Mem.AUTO_LENGTH);
        e.setPendingException(newError(e, kind, Mem.utf8(msg, Mem.AUTO_LENGTH), c));
        return e.ok();
    }

    public static int napi_throw_error(GraalEnv e, long code, long msg) { return throwNew(e, ERROR, code, msg); }
    public static int napi_throw_type_error(GraalEnv e, long code, long msg) { return throwNew(e, TYPE_ERROR, code, msg); }
    public static int napi_throw_range_error(GraalEnv e, long code, long msg) { return throwNew(e, RANGE_ERROR, code, msg); }
    public static int node_api_throw_syntax_error(GraalEnv e, long code, long msg) { return throwNew(e, SYNTAX_ERROR, code, msg); }

    /** A string-valued napi_value (napi_string_expected otherwise). */
    private static Object string(GraalEnv e, long handle) {
        int s = e.argSlot(handle);
        if (e.tag(s) != ValueType.STRING) throw StatusException.of(Status.STRING_EXPECTED);
        return e.value(s);
    }

    private static int createNew(GraalEnv e, int kind, long code, long msg, long result) {
        if (msg == 0 || result == 0) return e.invalidArg();
        Object m = string(e, msg);
        Object c = code == 0 ? null : string(e, code);
        return e.ret(result, newError(e, kind, m, c));
    }

    public static int napi_create_error(GraalEnv e, long code, long msg, long result) { return createNew(e, ERROR, code, msg, result); }
    public static int napi_create_type_error(GraalEnv e, long code, long msg, long result) { return createNew(e, TYPE_ERROR, code, msg, result); }
    public static int napi_create_range_error(GraalEnv e, long code, long msg, long result) { return createNew(e, RANGE_ERROR, code, msg, result); }
    public static int node_api_create_syntax_error(GraalEnv e, long code, long msg, long result) { return createNew(e, SYNTAX_ERROR, code, msg, result); }

    public static int napi_is_error(GraalEnv e, long value, long result) {
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.argSlot(value);
        Mem.putBool(result, e.tag(s) == ValueType.OBJECT && (Boolean) e.js.call(IS_ERROR, e.value(s)));
        return e.ok();
    }

    public static int napi_is_exception_pending(GraalEnv e, long result) {
        if (result == 0) return e.invalidArg();
        Mem.putBool(result, e.hasPendingException());
        return e.ok();
    }

    public static int napi_get_and_clear_last_exception(GraalEnv e, long result) {
        if (result == 0) return e.invalidArg();
        if (!e.hasPendingException()) return e.retSlot(result, GraalEnv.SLOT_UNDEFINED);
        return e.ret(result, e.takePendingException());
    }
}
