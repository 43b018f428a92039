package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.ValueType;

/** napi_run_script. */
public final class ScriptApi {
    private ScriptApi() {}

    // GraalJS's load() evaluates source as a classic script in the global scope (top-level let/const/class go to the
    // global lexical environment, as with V8's Script::Compile + Run) and returns its completion value. Node has no
    // global load(): the env takes it off the global and registers it here (op 0); op 1 runs a script.
    private static final JsBridge.Helper RUN_SCRIPT = new JsBridge.Helper("""
            (() => {
              let run = null;
              return (op, a) => {
                if (op === 0) { run = a; return true; }
                if (run === null) { const L = load; run = (src) => L({ name: 'evalmachine.<anonymous>', script: src }); }
                return run(a);
              };
            })()""");

    /** The env's script runner: a JS function (source) -> completion value, running it as a classic global script. */
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
            e.js.call(V8Messages.SYNTAX_ERROR, thrown, e.value(s)); // a parse error gets V8's message
            e.setPendingException(thrown);
            return e.fail(Status.GENERIC_FAILURE);
        }
        return e.ret(result, r);
    }
}
