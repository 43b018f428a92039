package org.napijvm.graal;

/**
 * The async_hooks identity of a Node-API async resource (an async context, async work, a threadsafe function), as
 * Node's node::AsyncResource / v8impl::AsyncContext: an async id and trigger id from the host's async_hooks, the init
 * hook when made, before/after around each callback (Node's InternalCallbackScope, with the async id stack and
 * executionAsyncResource), the destroy hook (queued, as Node's EmitDestroy) when deleted. The host is a JS object the
 * embedding installs in {@link NapiRuntime#asyncHooks} (node-runtime: binding/async_wrap.js); without one every id is
 * 0 and no hook runs.
 */
final class AsyncResource {
    // the host object's functions: init(resource, name) -> context; enter(context); exit(context, failed);
    // destroy(context); unmanaged(resource) -> context with ids {0, 0} (napi_make_callback with a NULL context);
    // makeCallback(context, recv, f, args) -> f's result (Node's InternalMakeCallback: the scope, async_hooks' trampoline)
    private static final JsBridge.Helper INIT = new JsBridge.Helper("(h, resource, name) => h.init(resource, name)");
    private static final JsBridge.Helper ENTER = new JsBridge.Helper("(h, c) => h.enter(c)");
    private static final JsBridge.Helper EXIT = new JsBridge.Helper("(h, c, failed) => h.exit(c, failed)");
    private static final JsBridge.Helper DESTROY = new JsBridge.Helper("(h, c) => h.destroy(c)");
    private static final JsBridge.Helper MAKE_CALLBACK = new JsBridge.Helper("(h, c, recv, f, args) => h.makeCallback(c, recv, f, args)");
    private static final JsBridge.Helper UNMANAGED = new JsBridge.Helper("(h, resource) => h.unmanaged(resource)");
    static final JsBridge.Helper NEW_OBJECT = new JsBridge.Helper("() => ({})");

    private final Object hooks;
    /** The host's context object (ids and resource), or null without a host. */
    private final Object context;
    private boolean destroyed;

    private AsyncResource(Object hooks, Object context) {
        this.hooks = hooks;
        this.context = context;
    }

    /** Node's EmitAsyncInit for {@code resource} (undefined: a new object, as Node's v8::Object::New) named {@code name}. */
    static AsyncResource init(GraalEnv e, Object resource, Object name) {
        Object h = e.runtime.asyncHooks;
        if (h == null) return new AsyncResource(null, null);
        if (resource == e.js.undefined) resource = e.js.call(NEW_OBJECT);
        return new AsyncResource(h, e.js.call(INIT, h, resource, name));
    }

    /** The default async context of napi_make_callback(NULL): ids {0, 0}, the receiver as resource. */
    static AsyncResource unmanaged(GraalEnv e, Object resource) {
        Object h = e.runtime.asyncHooks;
        return h == null ? new AsyncResource(null, null) : new AsyncResource(h, e.js.call(UNMANAGED, h, resource));
    }

    /** Opening a callback scope: the ids pushed, the before hook. */
    void enter(GraalEnv e) {
        if (context != null) e.js.call(ENTER, hooks, context);
    }

    /** Closing it: the after hook (not when the callback threw), the ids popped. */
    void exit(GraalEnv e, boolean failed) {
        if (context != null) e.js.call(EXIT, hooks, context, failed);
    }

    /** Node's EmitDestroy: the destroy hook runs later, from the loop (once). */
    void destroy(GraalEnv e) {
        if (destroyed || context == null) return;
        destroyed = true;
        if (!e.runtime.lifetime.closing) e.js.tryCall(DESTROY, hooks, context);
    }

    /** Node's InternalMakeCallback without the ticks: {@code f.apply(recv, args)} in this resource's scope. */
    Object makeCallback(GraalEnv e, Object recv, Object f, Object[] args) {
        if (context == null) return FunctionApi.call(e, f, recv, args);
        return e.js.call(MAKE_CALLBACK, hooks, context, recv, f, new ArgList(args));
    }

    /** Runs {@code r} inside this resource's callback scope (enter, r, exit; exit marks a JS exception as failure). */
    void run(GraalEnv e, Runnable r) {
        if (context == null || e.runtime.lifetime.closing) {
            r.run();
            return;
        }
        enter(e);
        boolean failed = true;
        try {
            r.run();
            failed = false;
        } finally {
            exit(e, failed);
        }
    }
}
