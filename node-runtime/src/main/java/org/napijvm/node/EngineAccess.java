package org.napijvm.node;

import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.lang.JavaScriptLanguage;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.PromiseHook;
import com.oracle.truffle.js.runtime.PromiseRejectionTracker;
import com.oracle.truffle.js.runtime.Symbol;
import com.oracle.truffle.js.runtime.builtins.JSFunction;
import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import com.oracle.truffle.js.runtime.objects.Undefined;

/**
 * The place where node-runtime reaches into GraalJS internals, for what V8 gives Node and no public API gives us
 * (private symbols, microtask checkpoints, promise and proxy internals, module records). Pinned to GraalJS
 * {@value #PINNED_GRAALJS_VERSION} (root pom.xml {@code graal.version}), like napi-graal's GraalInternals; GraalJS is
 * on the class path, so its classes are plain dependencies here. Every method must be called on the env's thread while
 * it runs JS (inside a host call).
 */
public final class EngineAccess {
    private EngineAccess() {}

    public static final String PINNED_GRAALJS_VERSION = "25.0.3";

    /** A V8-style private symbol: a property key that Reflect.ownKeys never lists and proxies never see. */
    static Object privateSymbol(String description) {
        return Symbol.createPrivate(TruffleString.fromJavaStringUncached(description, TruffleString.Encoding.UTF_16));
    }

    private static JSRealm realm() {
        return JavaScriptLanguage.getCurrentJSRealm();
    }

    /**
     * Lets Atomics.wait block this env's thread, as V8 lets node's main thread and workers (GraalJS's main agent
     * refuses it: "Unsupported operation").
     */
    static void allowAtomicsWait() {
        realm().getAgent().setCanBlock(true);
    }

    /** A microtask checkpoint: every promise job queued, and those they queue (V8's PerformMicrotaskCheckpoint). */
    public static void runMicrotasks() {
        realm().getAgent().processAllPromises(true);
    }

    /** V8's EnqueueMicrotask: {@code fn} (a raw JS function) runs at the next checkpoint. */
    public static void enqueueMicrotask(Object fn) {
        if (!(fn instanceof JSFunctionObject f)) throw new IllegalArgumentException("enqueueMicrotask: not a function");
        realm().getAgent().enqueuePromiseJob(f);
    }

    /** Node's promise rejection events (kPromiseRejectWithNoHandler 0, kPromiseHandlerAddedAfterReject 1,
     *  kPromiseRejectAfterResolved 2, kPromiseResolveAfterResolved 3) to {@code callback(type, promise, reason)}. */
    public static void setPromiseRejectCallback(Object callback) {
        if (!(callback instanceof JSFunctionObject cb)) throw new IllegalArgumentException("not a function");
        JSRealm realm = realm();
        realm.getContext().setPromiseRejectionTracker(realm.getAgent(), new PromiseRejectionTracker() {
            private void call(int type, JSDynamicObject promise, Object value) {
                JSFunction.call(cb, Undefined.instance, new Object[] {type, promise, value});
            }

            @Override public void promiseRejected(JSDynamicObject promise, Object value) { call(0, promise, value); }
            @Override public void promiseRejectionHandled(JSDynamicObject promise) { call(1, promise, Undefined.instance); }
            @Override public void promiseRejectedAfterResolved(JSDynamicObject promise, Object value) { call(2, promise, value); }
            @Override public void promiseResolvedAfterResolved(JSDynamicObject promise, Object value) { call(3, promise, value); }
        });
    }

    /**
     * V8's Context::SetPromiseHooks: {@code init(promise, parent)}, {@code before(promise)}, {@code after(promise)},
     * {@code resolve(promise)} (raw JS functions, each may be undefined) on the engine's promise hook; all undefined
     * removes it. What a hook throws propagates into the promise operation, as in V8.
     */
    public static void setPromiseHooks(Object init, Object before, Object after, Object resolve) {
        JSFunctionObject[] fns = new JSFunctionObject[4];
        Object[] given = {init, before, after, resolve}; // V8's order; GraalJS's types: INIT 0, RESOLVE 1, BEFORE 2, AFTER 3
        int[] type = {PromiseHook.TYPE_INIT, PromiseHook.TYPE_BEFORE, PromiseHook.TYPE_AFTER, PromiseHook.TYPE_RESOLVE};
        boolean any = false;
        for (int i = 0; i < 4; i++) {
            if (given[i] instanceof JSFunctionObject f) {
                fns[type[i]] = f;
                any = true;
            }
        }
        JSRealm realm = realm();
        if (!any) {
            realm.getContext().setPromiseHook(null);
            return;
        }
        realm.getContext().setPromiseHook((t, promise, parent) -> {
            JSFunctionObject f = t >= 0 && t < 4 ? fns[t] : null;
            if (f == null) return;
            Object[] args = t == PromiseHook.TYPE_INIT ? new Object[] {promise, parent} : new Object[] {promise};
            JSFunction.call(f, Undefined.instance, args);
        });
    }
}
