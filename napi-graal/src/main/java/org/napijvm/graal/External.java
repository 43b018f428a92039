package org.napijvm.graal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The native side of a napi_external. The JS value is an ordinary JS object made the way V8 makes externals (null
 * prototype, not extensible, no properties: {@link JsBridge#newExternal}), so that JS treats it as node does (===,
 * WeakMap keys, type tags); this record, found with {@link #of}, holds its data pointer.
 */
public record External(long data) {
    /** Every live external of every context, keyed weakly by its JS object (a JS object belongs to one context). */
    private static final Map<Object, External> ALL = Collections.synchronizedMap(new WeakHashMap<>());
    private static volatile boolean any;

    /**
     * Makes {@code jsObject} an external with {@code data} behind it. napi_create_external goes through
     * {@link JsBridge#newExternal}; a binding that hands out V8 Externals of its own (StreamBase's
     * {@code _externalStream}) passes an object made as that one is: {@code Object.preventExtensions(Object.create(null))}.
     */
    public static void register(Object jsObject, long data) {
        ALL.put(jsObject, new External(data));
        any = true;
    }

    /** The external behind a raw JS value (V8's IsExternal), or null. */
    public static External of(Object v) {
        return any ? ALL.get(v) : null;
    }
}
