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
            "(caught) => { const L = load; return (src) => { try { return L({ name: 'evalmachine.<anonymous>', script: src }); } catch (e) { return caught(e); } }; }");

    public static int napi_run_script(long env, long script, long result) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (script == 0 || result == 0) return e.invalidArg();
        int s = e.slot(script);
        if (s < 0) return e.invalidArg();
        if (e.tag(s) != ValueType.STRING) return e.fail(Status.STRING_EXPECTED);
        Object r = e.js.call(RUN_SCRIPT, e.value(s));
        if (r == JsBridge.THROWN) {
            // Node: CHECK_MAYBE_EMPTY(..., napi_generic_failure) for both compiling and running; the exception stays pending
            Object thrown = e.js.takeThrown();
            e.js.call(V8Messages.SYNTAX_ERROR, thrown, e.value(s)); // a parse error gets V8's message
            e.setPendingException(thrown);
            return e.fail(Status.GENERIC_FAILURE);
        }
        return e.ret(result, r);
    }

    // ---- promises ----

    private static final JsBridge.Helper NEW_PROMISE = new JsBridge.Helper(
            "(caught) => { const P = Promise; return () => { let res, rej; const p = new P((a, b) => { res = a; rej = b; }); return [p, res, rej]; }; }");

    /** A napi_deferred names an entry here (the resolve and reject functions); Node frees it when it is concluded. */
    private static final class Deferreds {
        long next = 1;
        final Map<Long, Object[]> live = new HashMap<>();
    }

    private static final Map<GraalEnv, Deferreds> DEFERREDS = new WeakHashMap<>();

    private static synchronized Deferreds deferreds(GraalEnv e) {
        return DEFERREDS.computeIfAbsent(e, k -> new Deferreds());
    }

    public static int napi_create_promise(long env, long deferred, long promise) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (deferred == 0 || promise == 0) return e.invalidArg();
        Object triple = e.js.call(NEW_PROMISE);
        Deferreds d = deferreds(e);
        long id = d.next++ * 8; // looks like an aligned pointer to C; never 0
        d.live.put(id, new Object[] {e.js.element(triple, 1), e.js.element(triple, 2)});
        Mem.putLong(deferred, id);
        return e.ret(promise, e.js.element(triple, 0));
    }

    private static int conclude(long env, long deferred, long value, boolean resolve) {
        GraalEnv e = GraalEnv.of(env);
        int p = e.preamble();
        if (p != 0) return p;
        if (value == 0) return e.invalidArg();
        Object v = ObjectApi.arg(e, value);
        if (v == null) return e.lastStatus();
        // Node does not check the deferred (NULL or a concluded one crashes it); here they are napi_invalid_arg
        Object[] fns = deferreds(e).live.remove(deferred);
        if (fns == null) return e.invalidArg();
        Object r = e.js.call(fns[resolve ? 0 : 1], e.js.undefined, new Object[] {v});
        if (r == JsBridge.THROWN) return e.thrown();
        return e.ok();
    }

    public static int napi_resolve_deferred(long env, long deferred, long resolution) {
        return conclude(env, deferred, resolution, true);
    }

    public static int napi_reject_deferred(long env, long deferred, long rejection) {
        return conclude(env, deferred, rejection, false);
    }
}
