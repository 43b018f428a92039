package org.napijvm.graal;

import org.napijvm.core.Status;
import org.napijvm.core.StatusException;
import org.napijvm.core.ValueType;

/**
 * References, wraps, finalizers, type tags, external memory: the bodies, following
 * Node's js_native_api_v8.cc and node_api.cc. The state lives in {@link Lifetime} (per runtime) and {@link EnvRefs}
 * (per env); wraps and type tags in per-Context WeakMaps keyed by the object (they never keep it alive).
 */
public final class LifetimeApi {
    private LifetimeApi() {}

    /** op 0 wrap handle (or -1), 1 set wrap, 2 delete wrap, 3 has tag, 4 set tag, 5 tag equals. */
    static final JsBridge.Helper PRIVATE = new JsBridge.Helper("""
            (() => {
              const wraps = new WeakMap(), tags = new WeakMap();
              return (op, o, v) => {
                switch (op) {
                  case 0: { const h = wraps.get(o); return h === undefined ? -1 : h; }
                  case 1: wraps.set(o, v); return true;
                  case 2: return wraps.delete(o);
                  case 3: return tags.has(o);
                  case 4: tags.set(o, v); return true;
                  default: return tags.get(o) === v;
                }
              };
            })()""");

    private static Lifetime.Ref ref(GraalEnv e, long handle) {
        Lifetime.Ref r = handle == 0 ? null : e.runtime.lifetime.lookup(handle);
        if (e.checked && handle != 0) checkRef(e, handle, r, "is used after napi_delete_reference deleted it");
        return r;
    }

    /** Checked mode: {@code r} (what {@code handle} names) must be a live napi_ref of {@code e}. */
    private static void checkRef(GraalEnv e, long handle, Lifetime.Ref r, String whenDeleted) {
        String h = "napi_ref 0x" + Long.toHexString(handle);
        if (r == null)
            throw new CheckedMode.Misuse(h + (e.runtime.lifetime.wasDeleted(handle) ? " " + whenDeleted : " is not a napi_ref"));
        if (r.owner != e.refs)
            throw new CheckedMode.Misuse(h + " belongs to another napi_env (of " + r.owner.env.moduleFile + ")");
    }

    /** V8's CanBeHeldWeakly (objects, functions, symbols; externals are objects in V8). */
    private static boolean canBeWeak(byte tag) {
        return tag == ValueType.OBJECT || tag == ValueType.FUNCTION || tag == ValueType.SYMBOL || tag == ValueType.EXTERNAL;
    }

    // ---- references ----

    public static int napi_create_reference(GraalEnv e, long value, int initialRefcount, long result) {
        if (value == 0 || result == 0) return e.invalidArg();
        int s = e.argSlot(value);
        byte t = e.tag(s);
        boolean weakable = canBeWeak(t);
        if (e.moduleApiVersion < 10 && !weakable) return e.invalidArg();
        Lifetime.Ref r = e.refs.create(e.value(s), weakable, initialRefcount, false, 0, 0, 0);
        Mem.putLong(result, r.handle);
        return e.ok();
    }

    public static int napi_delete_reference(GraalEnv e, long ref) {
        if (ref == 0) return e.invalidArg();
        Lifetime.Ref r = e.runtime.lifetime.lookup(ref);
        if (e.checked) checkRef(e, ref, r, "was deleted already (napi_delete_reference called twice)");
        if (r != null) r.owner.delete(r);
        return e.ok();
    }

    public static int napi_reference_ref(GraalEnv e, long ref, long result) {
        if (ref == 0) return e.invalidArg();
        Lifetime.Ref r = ref(e, ref);
        if (r == null) return e.invalidArg();
        int c = r.ref();
        if (result != 0) Mem.putInt(result, c);
        return e.ok();
    }

    public static int napi_reference_unref(GraalEnv e, long ref, long result) {
        if (ref == 0) return e.invalidArg();
        Lifetime.Ref r = ref(e, ref);
        if (r == null) return e.invalidArg();
        if (r.count == 0) return e.fail(Status.GENERIC_FAILURE);
        int c = r.unref();
        if (result != 0) Mem.putInt(result, c);
        return e.ok();
    }

    public static int napi_get_reference_value(GraalEnv e, long ref, long result) {
        if (ref == 0 || result == 0) return e.invalidArg();
        Lifetime.Ref r = ref(e, ref);
        Object v = r == null ? null : r.get();
        if (v == null) {
            Mem.putLong(result, 0);
            return e.ok();
        }
        return e.ret(result, v);
    }

    // ---- wraps and finalizers ----

    /** The Ref wrapping {@code o}, or null. */
    private static Lifetime.Ref wrapOf(GraalEnv e, Object o) {
        Object h = e.js.call(PRIVATE, 0, o, 0);
        if (!(h instanceof Number n) || n.doubleValue() < 0) return null;
        return e.runtime.lifetime.lookup(n.longValue());
    }

    public static int napi_wrap(GraalEnv e, long jsObject, long nativeObject, long finalizeCb, long finalizeHint, long result) {
        if (jsObject == 0) return e.invalidArg();
        int s = e.argSlot(jsObject);
        byte t = e.tag(s);
        if (t != ValueType.OBJECT && t != ValueType.FUNCTION) return e.invalidArg();
        Object o = e.value(s);
        if (wrapOf(e, o) != null) return e.invalidArg();
        Lifetime.Ref r;
        if (result != 0) {
            if (finalizeCb == 0) return e.invalidArg();
            r = e.refs.create(o, true, 0, false, finalizeCb, nativeObject, finalizeHint);
            Mem.putLong(result, r.handle);
        } else {
            r = e.refs.create(o, true, 0, true, finalizeCb, nativeObject, finalizeCb == 0 ? 0 : finalizeHint);
        }
        e.js.call(PRIVATE, 1, o, (double) r.handle);
        return e.ok();
    }

    private static int unwrap(GraalEnv e, long jsObject, long result, boolean remove) {
        if (jsObject == 0) return e.invalidArg();
        if (!remove && result == 0) return e.invalidArg();
        int s = e.argSlot(jsObject);
        byte t = e.tag(s);
        if (t != ValueType.OBJECT && t != ValueType.FUNCTION) return e.invalidArg();
        Object o = e.value(s);
        Lifetime.Ref r = wrapOf(e, o);
        if (r == null) return e.invalidArg();
        if (result != 0) Mem.putLong(result, r.data);
        if (remove) {
            e.js.call(PRIVATE, 2, o, 0);
            if (r.runtimeOwned) r.owner.delete(r);
            else r.owner.resetFinalizer(r);
        }
        return e.ok();
    }

    public static int napi_unwrap(GraalEnv e, long jsObject, long result) {
        return unwrap(e, jsObject, result, false);
    }

    public static int napi_remove_wrap(GraalEnv e, long jsObject, long result) {
        return unwrap(e, jsObject, result, true);
    }

    public static int napi_add_finalizer(GraalEnv e, long jsObject, long finalizeData, long finalizeCb, long finalizeHint, long result) {
        if (jsObject == 0 || finalizeCb == 0) return e.invalidArg();
        int s = e.argSlot(jsObject);
        byte t = e.tag(s);
        if (t != ValueType.OBJECT && t != ValueType.FUNCTION && t != ValueType.EXTERNAL) return e.invalidArg();
        Lifetime.Ref r = e.refs.create(e.value(s), true, 0, result == 0, finalizeCb, finalizeData, finalizeHint);
        if (result != 0) Mem.putLong(result, r.handle);
        return e.ok();
    }

    public static int node_api_post_finalizer(GraalEnv e, long finalizeCb, long finalizeData, long finalizeHint) {
        // Node 25 does not check finalize_cb: a NULL one is queued and does nothing
        e.refs.post(finalizeCb, finalizeData, finalizeHint);
        return e.ok();
    }

    // ---- type tags ----

    // napi_type_tag {uint64 lower, upper}
    static final int TT_SIZE = 16, TT_LOWER = 0, TT_UPPER = 8;

    // the 128-bit tag as an 8-unit JS string, compared with ===: cheap to make per call (a BigInt took ~2.5 us)
    private static Object tagValue(GraalEnv e, long typeTag) {
        long lo = Mem.getLong(typeTag + TT_LOWER), hi = Mem.getLong(typeTag + TT_UPPER);
        char[] c = new char[8];
        for (int i = 0; i < 4; i++) {
            c[i] = (char) (lo >>> (16 * i));
            c[4 + i] = (char) (hi >>> (16 * i));
        }
        return JsBridge.jsString(new String(c));
    }

    /** CHECK_TO_OBJECT_WITH_PREAMBLE: ToObject; what it throws is pending and the status napi_pending_exception. */
    private static Object toObjectWithPreamble(GraalEnv e, long value) {
        try {
            return ObjectApi.toObject(e, value);
        } catch (StatusException failed) {
            if (e.hasPendingException()) throw StatusException.of(Status.PENDING_EXCEPTION);
            throw failed;
        }
    }

    public static int napi_type_tag_object(GraalEnv e, long value, long typeTag) {
        Object o = toObjectWithPreamble(e, value);
        if (typeTag == 0) return e.invalidArg();
        if ((Boolean) e.js.call(PRIVATE, 3, o, 0)) return e.invalidArg();
        e.js.call(PRIVATE, 4, o, tagValue(e, typeTag));
        return e.ok();
    }

    public static int napi_check_object_type_tag(GraalEnv e, long value, long typeTag, long result) {
        Object o = toObjectWithPreamble(e, value);
        if (typeTag == 0 || result == 0) return e.invalidArg();
        Mem.putBool(result, (Boolean) e.js.call(PRIVATE, 5, o, tagValue(e, typeTag)));
        return e.ok();
    }

    // ---- external memory ----

    public static int napi_adjust_external_memory(GraalEnv e, long changeInBytes, long adjustedValue) {
        if (adjustedValue == 0) return e.invalidArg();
        Lifetime lt = e.runtime.lifetime;
        lt.externalMemory = Math.max(0, lt.externalMemory + changeInBytes);
        Mem.putLong(adjustedValue, lt.externalMemory);
        return e.ok();
    }
}
