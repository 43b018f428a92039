package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.ValueType;

/** napi_run_script. */
public final class ScriptApi {
    private ScriptApi() {}

    // The env registers its runner (op 0): run(source, at) is V8's Script::Compile + Run (a classic script in the
    // global scope: top-level let/const/class go to the global lexical environment) and returns the completion value.
    // When the source does not parse it puts the offending token's offset into at[0] and throws the SyntaxError;
    // op 2 takes that offset (-1: the last script parsed, so what it threw is its own).
    private static final JsBridge.Helper RUN_SCRIPT = new JsBridge.Helper("""
            (() => {
              let run = null, parseErrorAt = -1;
              return (op, a) => {
                if (op === 0) { run = a; return true; }
                if (op === 2) { const p = parseErrorAt; parseErrorAt = -1; return p; }
                if (run === null) throw new Error('napi-jvm: napi_run_script has no script runner (the env registers it)');
                const at = [];
                try { return run(a, at); } catch (e) { parseErrorAt = at.length ? at[0] : -1; throw e; }
              };
            })()""");

    /** The env's script runner: a JS function (source, at) -> completion value; see RUN_SCRIPT. */
    public static void registerRunner(NapiRuntime runtime, Object run) {
        runtime.js.call(RUN_SCRIPT, 0, run);
    }

    public static int napi_run_script(GraalEnv e, long script, long result) {
        if (script == 0 || result == 0) return e.invalidArg();
        int s = e.argSlot(script);
        if (e.tag(s) != ValueType.STRING) return e.fail(Status.STRING_EXPECTED);
        Object r = e.js.tryCall(RUN_SCRIPT, 1, e.value(s));
        if (r == JsBridge.THROWN) {
            // Node: CHECK_MAYBE_EMPTY(..., napi_generic_failure) for both compiling and running; the exception stays pending
            Object thrown = e.js.takeThrown();
            Object at = e.js.call(RUN_SCRIPT, 2, 0);
            e.js.call(V8Messages.SYNTAX_ERROR, thrown, e.value(s), at); // a parse error gets V8's message
            e.setPendingException(thrown);
            return e.fail(Status.GENERIC_FAILURE);
        }
        return e.ret(result, r);
    }
}
