package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.ValueType;

/** Dates. */
public final class DateApi {
    private DateApi() {}

    private static final JsBridge.Helper NEW_DATE = new JsBridge.Helper("(() => { const D = Date; return (t) => new D(t); })()");
    private static final JsBridge.Helper DATE_VALUE = new JsBridge.Helper(
            "(() => { const g = Date.prototype.getTime; return (d) => g.call(d); })()");

    public static int napi_create_date(GraalEnv e, double time, long result) {
        if (result == 0) return e.invalidArg();
        return e.ret(result, e.js.call(NEW_DATE, time));
    }

    public static int napi_is_date(GraalEnv e, long value, long isDate) {
        if (value == 0 || isDate == 0) return e.invalidArg();
        int s = e.argSlot(value);
        Mem.putBool(isDate, e.tag(s) == ValueType.OBJECT && ValueApi.isEngineClass(e.value(s), "JSDateObject"));
        return e.ok();
    }

    public static int napi_get_date_value(GraalEnv e, long value, long result) {
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.argSlot(value);
        if (e.tag(s) != ValueType.OBJECT || !ValueApi.isEngineClass(e.value(s), "JSDateObject")) return e.fail(Status.DATE_EXPECTED);
        Mem.putDouble(result, ((Number) e.js.call(DATE_VALUE, e.value(s))).doubleValue());
        return e.ok();
    }
}
