package org.napijvm.node.binding;

import com.oracle.truffle.js.lang.JavaScriptLanguage;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.JSRuntime;
import com.oracle.truffle.js.runtime.builtins.JSArray;
import com.oracle.truffle.js.runtime.builtins.JSCollectionIteratorObject;
import com.oracle.truffle.js.runtime.builtins.JSMapIteratorObject;
import com.oracle.truffle.js.runtime.builtins.JSPromiseObject;
import com.oracle.truffle.js.runtime.builtins.JSProxyObject;
import com.oracle.truffle.js.runtime.builtins.JSWeakMapObject;
import com.oracle.truffle.js.runtime.builtins.JSWeakSetObject;
import com.oracle.truffle.js.runtime.objects.JSObject;
import com.oracle.truffle.js.runtime.objects.Undefined;
import com.oracle.truffle.js.runtime.util.JSHashMap;
import com.oracle.truffle.api.strings.TruffleString;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.External;
import org.napijvm.graal.JavaFunction;
import org.napijvm.node.NodeEnv;
import org.napijvm.node.Posix;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * internalBinding('util') (node_util.cc): what util.inspect and friends need from the engine — promise state,
 * proxy target and handler, the entries a Map/Set iterator or a WeakMap/WeakSet holds — read from GraalJS's own
 * objects; the brand checks are TypesBinding's; the rest is in binding/util.js.
 */
public final class UtilBinding extends Binding {
    public UtilBinding(NodeEnv env) {
        super(env);
    }

    private static Object array(List<Object> elements) {
        JSRealm realm = JavaScriptLanguage.getCurrentJSRealm();
        return JSArray.createConstantObjectArray(realm.getContext(), realm, elements.toArray());
    }

    private static Object previewEntries(Object o, boolean isIterator) {
        List<Object> out = new ArrayList<>();
        if (o instanceof JSCollectionIteratorObject it) {
            int kind = it.getIterationKind();
            // V8's PreviewEntries: a Set's entries() iterator gives [key, key] pairs too
            boolean keyValue = kind == JSRuntime.ITERATION_KIND_KEY_PLUS_VALUE;
            boolean isMap = it instanceof JSMapIteratorObject;
            JSHashMap.Cursor c = it.getNextIndex() == null ? null : it.getNextIndex().copy();
            while (c != null && c.advance()) {
                if (keyValue) {
                    out.add(c.getKey());
                    out.add(isMap ? c.getValue() : c.getKey());
                } else {
                    out.add(kind == JSRuntime.ITERATION_KIND_VALUE && it instanceof JSMapIteratorObject ? c.getValue() : c.getKey());
                }
            }
            Object entries = array(out);
            return isIterator ? array(List.of(entries, keyValue)) : entries;
        }
        if (o instanceof JSWeakMapObject wm) {
            for (Map.Entry<Object, Object> e : wm.getWeakHashMap().entrySet()) {
                out.add(e.getKey());
                out.add(e.getValue());
            }
            Object entries = array(out);
            return isIterator ? array(List.of(entries, true)) : entries;
        }
        if (o instanceof JSWeakSetObject ws) {
            out.addAll(ws.getWeakHashMap().keySet());
            Object entries = array(out);
            return isIterator ? array(List.of(entries, false)) : entries;
        }
        return Undefined.instance;
    }

    /** V8's GetConstructorName: the name of the nearest constructor on the prototype chain, else the class name. */
    private static Object constructorName(Object o) {
        if (!(o instanceof JSObject obj)) return TruffleString.fromJavaStringUncached("Object", TruffleString.Encoding.UTF_16);
        Object proto = obj;
        while (proto instanceof JSObject p && !(p instanceof JSProxyObject)) {
            Object ctor = JSRuntime.getDataProperty(p, JSObject.CONSTRUCTOR);
            if (ctor instanceof JSObject c) {
                Object name = JSRuntime.getDataProperty(c, TruffleString.fromJavaStringUncached("name", TruffleString.Encoding.UTF_16));
                if (name instanceof TruffleString s && !s.isEmpty()) return s;
            }
            proto = JSObject.getPrototype(p);
        }
        return JSObject.getClassName(obj);
    }

    @Override
    protected Map<String, JavaFunction> rawFunctions() {
        Map<String, JavaFunction> f = new HashMap<>(TypesBinding.functions(List.of("isArrayBuffer", "isArrayBufferView",
                "isAsyncFunction", "isDataView", "isDate", "isExternal", "isMap", "isMapIterator", "isNativeError",
                "isPromise", "isRegExp", "isSet", "isSetIterator", "isTypedArray", "isAnyArrayBuffer")));
        f.put("isUint8Array", new JavaFunction(a -> a.length > 0 && a[0] instanceof com.oracle.truffle.js.runtime.builtins.JSTypedArrayObject t
                && t.getArrayType().getFactory() == com.oracle.truffle.js.runtime.array.TypedArrayFactory.Uint8Array));
        f.put("getPromiseDetails", new JavaFunction(a -> {
            if (!(a[0] instanceof JSPromiseObject p)) return Undefined.instance;
            int state = p.getPromiseState(); // GraalJS: 0 pending, 1 fulfilled, 2 rejected (as V8's kPending...)
            return state == 0 ? array(List.of(0)) : array(List.of(state, p.getPromiseResult()));
        }));
        f.put("getProxyDetails", new JavaFunction(a -> {
            if (!(a[0] instanceof JSProxyObject p)) return Undefined.instance;
            boolean showProxy = a.length < 2 || !(a[1] instanceof Boolean b) || b;
            Object handler = p.getProxyHandler();
            return showProxy ? array(List.of(p.getProxyTarget(), handler == null ? com.oracle.truffle.js.runtime.objects.Null.instance : handler))
                    : p.getProxyTarget();
        }));
        f.put("previewEntries", new JavaFunction(a -> previewEntries(a[0], a.length > 1 && a[1] instanceof Boolean b && b)));
        f.put("getConstructorName", new JavaFunction(a -> constructorName(a[0])));
        f.put("getExternalValue", new JavaFunction(a -> External.of(a[0]) instanceof External x
                ? com.oracle.truffle.js.runtime.BigInt.valueOf(x.data()) : com.oracle.truffle.js.runtime.BigInt.valueOf(0)));
        return f;
    }

    /** uv_guess_handle as Node's index into ['TCP', 'TTY', 'UDP', 'FILE', 'PIPE', 'UNKNOWN']. */
    @HostAccess.Export
    public int guessHandleType(Value... a) {
        int fd = a[0].asInt();
        // stdio of an env embedded with Java streams: the FILE route (SyncWriteStream over fs), which reaches them
        if (fd >= 0 && fd <= 2 && env.javaStdio()) return 3;
        String t = Posix.guessHandleType(fd);
        return java.util.List.of("TCP", "TTY", "UDP", "FILE", "PIPE", "UNKNOWN").indexOf(t);
    }

    /** Dotenv::ParseContent: the pairs, key then value, in Node's (sorted) order; binding/util.js makes the object. */
    @HostAccess.Export
    public String[] parseEnvPairs(Value... a) {
        var entries = new org.napijvm.node.Dotenv().parseContent(a[0].asString()).entries();
        String[] out = new String[entries.size() * 2];
        int i = 0;
        for (var e : entries.entrySet()) {
            out[i++] = e.getKey();
            out[i++] = e.getValue();
        }
        return out;
    }

    @HostAccess.Export
    public Object sleep(Value... a) {
        try {
            Thread.sleep((long) a[0].asDouble());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
