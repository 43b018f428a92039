package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.StatusException;
import org.napijvm.core.ValueType;

/**
 * Async contexts, callback scopes and napi_make_callback (src/node_api.cc). An async context is an {@link AsyncResource}
 * (init hook when made, before/after around its callbacks, destroy when destroyed); closing the outermost callback
 * scope runs nextTicks and microtasks, as Node's InternalCallbackScope does.
 */
public final class AsyncContextApi {
    private AsyncContextApi() {}

    // V8's ToObject / ToString (CHECK_TO_OBJECT / CHECK_TO_STRING); what they throw is not left pending (Node 25)
    static final JsBridge.Helper TO_OBJECT = new JsBridge.Helper(
            "(() => { const O = Object; return (v) => { if (v === null || v === undefined) throw new TypeError('Cannot convert undefined or null to object'); return O(v); }; })()");
    static final JsBridge.Helper TO_STRING = new JsBridge.Helper("(v) => `${v}`");

    /** CHECK_TO_OBJECT: the object (napi_object_expected if ToObject throws). */
    private static Object toObject(GraalEnv e, int s) {
        return toObject(e, s, false);
    }

    /**
     * CHECK_TO_OBJECT; {@code keep}: inside NAPI_PREAMBLE's TryCatch (napi_make_callback) the TypeError stays pending,
     * elsewhere Node 25 swallows it (Node 20 threw it after the call).
     */
    private static Object toObject(GraalEnv e, int s, boolean keep) {
        if (e.tag(s) == ValueType.OBJECT || e.tag(s) == ValueType.FUNCTION || e.tag(s) == ValueType.EXTERNAL) return e.value(s);
        Object r = e.js.tryCall(TO_OBJECT, e.value(s));
        if (r == JsBridge.THROWN) {
            Object thrown = e.js.takeThrown();
            if (keep) e.setPendingException(thrown);
            throw StatusException.of(Status.OBJECT_EXPECTED);
        }
        return r;
    }

    /** CHECK_TO_STRING: the string (napi_string_expected if ToString throws; what it threw is dropped). */
    private static Object toJsString(GraalEnv e, int s) {
        if (e.tag(s) == ValueType.STRING) return e.value(s);
        Object r = e.js.tryCall(TO_STRING, e.value(s));
        if (r == JsBridge.THROWN) {
            e.js.takeThrown();
            throw StatusException.of(Status.STRING_EXPECTED);
        }
        return r;
    }

    /**
     * The async resource (optional; ToObject) and resource name (ToString) checks shared by async work, threadsafe
     * functions and async contexts, then Node's EmitAsyncInit for them.
     */
    static AsyncResource checkResource(GraalEnv e, long asyncResource, long asyncResourceName) {
        Object resource = asyncResource != 0 ? toObject(e, e.argSlot(asyncResource)) : e.js.undefined;
        Object name = toJsString(e, e.argSlot(asyncResourceName));
        return AsyncResource.init(e, resource, name);
    }

    public static int napi_async_init(GraalEnv e, long asyncResource, long asyncResourceName, long result) {
        if (asyncResourceName == 0 || result == 0) return e.invalidArg();
        Mem.putLong(result, e.asyncContexts.add(checkResource(e, asyncResource, asyncResourceName)));
        return e.ok();
    }

    public static int napi_async_destroy(GraalEnv e, long asyncContext) {
        if (asyncContext == 0) return e.invalidArg();
        AsyncResource r = e.live(e.asyncContexts, asyncContext);
        e.asyncContexts.remove(asyncContext);
        r.destroy(e);
        return e.ok();
    }

    public static int napi_make_callback(GraalEnv e, long asyncContext, long recv, long func, long argc, long argv, long result) {
        if (recv == 0) return e.invalidArg();
        if (argc > 0 && argv == 0) return e.invalidArg();
        Object receiver = toObject(e, e.argSlot(recv), true);
        Object f = FunctionApi.function(e, func);
        Object[] args = FunctionApi.args(e, argc, argv);
        // NULL: the default context {0, 0} with the receiver as resource, as Node's node::MakeCallback
        AsyncResource context = asyncContext != 0 ? e.live(e.asyncContexts, asyncContext)
                : AsyncResource.unmanaged(e, receiver);
        // Node's InternalCallbackScope: the outermost one (no JS below) closes with nextTicks, then microtasks
        Object r = e.openCallbackScopes == 0 && !e.runtime.loop.jsOnStack()
                ? e.runtime.loop.makeCallback(() -> context.makeCallback(e, receiver, f, args))
                : context.makeCallback(e, receiver, f, args);
        if (result != 0) return e.ret(result, r);
        return e.ok();
    }

    public static int napi_open_callback_scope(GraalEnv e, long resourceObject, long asyncContext, long result) {
        if (result == 0) return e.invalidArg();
        if (asyncContext == 0) return e.invalidArg(); // Node dereferences it
        AsyncResource context = e.live(e.asyncContexts, asyncContext);
        long scope = e.callbackScopes.add(context);
        e.openCallbackScopes++;
        context.enter(e);
        Mem.putLong(result, scope);
        return e.ok();
    }

    public static int napi_close_callback_scope(GraalEnv e, long scope) {
        if (scope == 0) return e.invalidArg();
        if (e.openCallbackScopes == 0) return e.fail(Status.CALLBACK_SCOPE_MISMATCH);
        AsyncResource context = e.live(e.callbackScopes, scope);
        e.callbackScopes.remove(scope);
        context.exit(e, false);
        if (--e.openCallbackScopes == 0) e.runtime.loop.checkpoint();
        return e.ok();
    }
}
