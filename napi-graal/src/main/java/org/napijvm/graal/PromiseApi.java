package org.napijvm.graal;

import org.napijvm.core.ValueType;

/**
 * Promises: napi_create_promise gives a napi_deferred (one of the env's handles, naming the resolve and reject
 * functions) that napi_resolve_deferred / napi_reject_deferred conclude and free, as in Node; napi_is_promise.
 */
public final class PromiseApi {
    private PromiseApi() {}

    private static final JsBridge.Helper NEW_PROMISE = new JsBridge.Helper(
            "(() => { const P = Promise; return () => { let res, rej; const p = new P((a, b) => { res = a; rej = b; }); return [p, res, rej]; }; })()");

    public static int napi_create_promise(GraalEnv e, long deferred, long promise) {
        if (deferred == 0 || promise == 0) return e.invalidArg();
        Object triple = e.js.call(NEW_PROMISE);
        // a napi_deferred is one of the env's handles, naming {resolve, reject}; concluding it frees it, as in Node
        Mem.putLong(deferred, e.deferreds.add(new Object[] {e.js.element(triple, 1), e.js.element(triple, 2)}));
        return e.ret(promise, e.js.element(triple, 0));
    }

    private static int conclude(GraalEnv e, long deferred, long value, boolean resolve) {
        if (value == 0) return e.invalidArg();
        Object v = e.arg(value);
        // Node does not check the deferred (NULL or a concluded one crashes it); here they are napi_invalid_arg
        Object[] fns = e.live(e.deferreds, deferred);
        e.deferreds.remove(deferred);
        FunctionApi.call(e, fns[resolve ? 0 : 1], e.js.undefined, new Object[] {v});
        return e.ok();
    }

    public static int napi_resolve_deferred(GraalEnv e, long deferred, long resolution) {
        return conclude(e, deferred, resolution, true);
    }

    public static int napi_reject_deferred(GraalEnv e, long deferred, long rejection) {
        return conclude(e, deferred, rejection, false);
    }

    public static int napi_is_promise(GraalEnv e, long value, long isPromise) {
        if (value == 0 || isPromise == 0) return e.invalidArg();
        int s = e.argSlot(value);
        Mem.putBool(isPromise, e.tag(s) == ValueType.OBJECT && ValueApi.isEngineClass(e.value(s), "JSPromiseObject"));
        return e.ok();
    }
}
