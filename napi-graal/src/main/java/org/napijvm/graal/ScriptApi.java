package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.ValueType;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

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

    /** A napi_deferred names an entry here (the resolve and reject functions); Node frees it when it is concluded. */
    private static final class Deferreds {
        long next = 1;
        final Map<Long, Object[]> live = new HashMap<>();
    }

    private static final Map<GraalEnv, Deferreds> DEFERREDS = new WeakHashMap<>();

    private static synchronized Deferreds deferreds(GraalEnv e) {
        return DEFERREDS.computeIfAbsent(e, k -> new Deferreds());
    }

    public static int napi_create_promise(GraalEnv e, long deferred, long promise) {
        if (deferred == 0 || promise == 0) return e.invalidArg();
        Object triple = e.js.call(NEW_PROMISE);
        Deferreds d = deferreds(e);
        long id = d.next++ * 8; // looks like an aligned pointer to C; never 0
        d.live.put(id, new Object[] {e.js.element(triple, 1), e.js.element(triple, 2)});
        Mem.putLong(deferred, id);
        return e.ret(promise, e.js.element(triple, 0));
    }

    private static int conclude(GraalEnv e, long deferred, long value, boolean resolve) {
        if (value == 0) return e.invalidArg();
        Object v = e.arg(value);
        // Node does not check the deferred (NULL or a concluded one crashes it); here they are napi_invalid_arg
        Object[] fns = deferreds(e).live.remove(deferred);
        if (fns == null) return e.invalidArg();
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
