package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.ValueType;


/** napi_run_script and promises (napi_create_promise, napi_resolve_deferred, napi_reject_deferred). */
public final class ScriptApi {
    private ScriptApi() {}

    // GraalJS's load() evaluates source as a classic script in the global scope (top-level let/const/class go to the
    // global lexical environment, as with V8's Script::Compile + Run) and returns its completion value.
    private static final JsBridge.Helper RUN_SCRIPT = new JsBridge.Helper(
            "(() => { const L = load; return (src) => L({ name: 'evalmachine.<anonymous>', script: src }); })()");

    public static int napi_run_script(GraalEnv e, long script, long result) {
        if (script == 0 || result == 0) return e.invalidArg();
        int s = e.argSlot(script);
        if (e.tag(s) != ValueType.STRING) return e.fail(Status.STRING_EXPECTED);
        Object r = e.js.tryCall(RUN_SCRIPT, e.value(s));
        if (r == JsBridge.THROWN) {
            // Node: CHECK_MAYBE_EMPTY(..., napi_generic_failure) for both compiling and running; the exception stays pending
            e.setPendingException(e.js.takeThrown());
            return e.fail(Status.GENERIC_FAILURE);
        }
        return e.ret(result, r);
    }

    // ---- promises ----

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
        e.live(e.deferreds, deferred);
        Object[] fns = e.deferreds.remove(deferred);
        FunctionApi.call(e, fns[resolve ? 0 : 1], e.js.undefined, new Object[] {v});
        return e.ok();
    }

    public static int napi_resolve_deferred(GraalEnv e, long deferred, long resolution) {
        return conclude(e, deferred, resolution, true);
    }

    public static int napi_reject_deferred(GraalEnv e, long deferred, long rejection) {
        return conclude(e, deferred, rejection, false);
    }
}
