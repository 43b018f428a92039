package org.napijvm.node.binding;

import com.oracle.truffle.js.runtime.builtins.JSArgumentsObject;
import com.oracle.truffle.js.runtime.builtins.JSArrayBufferObject;
import com.oracle.truffle.js.runtime.builtins.JSAsyncGeneratorObject;
import com.oracle.truffle.js.runtime.builtins.JSBigIntObject;
import com.oracle.truffle.js.runtime.builtins.JSBooleanObject;
import com.oracle.truffle.js.runtime.builtins.JSDataViewObject;
import com.oracle.truffle.js.runtime.builtins.JSDateObject;
import com.oracle.truffle.js.runtime.builtins.JSErrorObject;
import com.oracle.truffle.js.runtime.builtins.JSFunction;
import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import com.oracle.truffle.js.runtime.builtins.JSGeneratorObject;
import com.oracle.truffle.js.runtime.builtins.JSMapIteratorObject;
import com.oracle.truffle.js.runtime.builtins.JSMapObject;
import com.oracle.truffle.js.runtime.builtins.JSModuleNamespaceObject;
import com.oracle.truffle.js.runtime.builtins.JSNumberObject;
import com.oracle.truffle.js.runtime.builtins.JSPromiseObject;
import com.oracle.truffle.js.runtime.builtins.JSProxyObject;
import com.oracle.truffle.js.runtime.builtins.JSRegExpObject;
import com.oracle.truffle.js.runtime.builtins.JSSetIteratorObject;
import com.oracle.truffle.js.runtime.builtins.JSSetObject;
import com.oracle.truffle.js.runtime.builtins.JSStringObject;
import com.oracle.truffle.js.runtime.builtins.JSSymbolObject;
import com.oracle.truffle.js.runtime.builtins.JSTypedArrayObject;
import com.oracle.truffle.js.runtime.builtins.JSWeakMapObject;
import com.oracle.truffle.js.runtime.builtins.JSWeakSetObject;
import org.napijvm.graal.External;
import org.napijvm.graal.JavaFunction;
import org.napijvm.node.NodeEnv;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * internalBinding('types') (node_types.cc): V8's brand checks, answered exactly from the engine's own object
 * classes (no JS test can tell a Proxy, an arguments object or a module namespace apart). util's binding reuses them.
 */
public final class TypesBinding extends Binding {
    public TypesBinding(NodeEnv env) {
        super(env);
    }

    static boolean isFunctionKind(Object o, boolean generator, boolean async) {
        if (!(o instanceof JSFunctionObject f)) return false;
        var d = JSFunction.getFunctionData(f);
        return (generator && d.isGenerator()) || (async && d.isAsync());
    }

    /** Every check by name (V8's Value::IsXxx), each taking the raw value. */
    static final Map<String, Predicate<Object>> CHECKS = new HashMap<>();

    static {
        CHECKS.put("isExternal", o -> External.of(o) != null);
        CHECKS.put("isDate", o -> o instanceof JSDateObject);
        CHECKS.put("isArgumentsObject", o -> o instanceof JSArgumentsObject);
        CHECKS.put("isBigIntObject", o -> o instanceof JSBigIntObject);
        CHECKS.put("isBooleanObject", o -> o instanceof JSBooleanObject);
        CHECKS.put("isNumberObject", o -> o instanceof JSNumberObject);
        CHECKS.put("isStringObject", o -> o instanceof JSStringObject);
        CHECKS.put("isSymbolObject", o -> o instanceof JSSymbolObject);
        CHECKS.put("isBoxedPrimitive", o -> o instanceof JSBigIntObject || o instanceof JSBooleanObject
                || o instanceof JSNumberObject || o instanceof JSStringObject || o instanceof JSSymbolObject);
        CHECKS.put("isNativeError", o -> o instanceof JSErrorObject);
        CHECKS.put("isRegExp", o -> o instanceof JSRegExpObject);
        CHECKS.put("isAsyncFunction", o -> isFunctionKind(o, false, true));
        CHECKS.put("isGeneratorFunction", o -> isFunctionKind(o, true, false));
        CHECKS.put("isGeneratorObject", o -> o instanceof JSGeneratorObject || o instanceof JSAsyncGeneratorObject);
        CHECKS.put("isPromise", o -> o instanceof JSPromiseObject);
        CHECKS.put("isMap", o -> o instanceof JSMapObject);
        CHECKS.put("isSet", o -> o instanceof JSSetObject);
        CHECKS.put("isMapIterator", o -> o instanceof JSMapIteratorObject);
        CHECKS.put("isSetIterator", o -> o instanceof JSSetIteratorObject);
        CHECKS.put("isWeakMap", o -> o instanceof JSWeakMapObject);
        CHECKS.put("isWeakSet", o -> o instanceof JSWeakSetObject);
        CHECKS.put("isArrayBuffer", o -> o instanceof JSArrayBufferObject && !(o instanceof JSArrayBufferObject.Shared));
        CHECKS.put("isSharedArrayBuffer", o -> o instanceof JSArrayBufferObject.Shared);
        CHECKS.put("isAnyArrayBuffer", o -> o instanceof JSArrayBufferObject);
        CHECKS.put("isDataView", o -> o instanceof JSDataViewObject);
        CHECKS.put("isArrayBufferView", o -> o instanceof JSDataViewObject || o instanceof JSTypedArrayObject);
        CHECKS.put("isTypedArray", o -> o instanceof JSTypedArrayObject);
        CHECKS.put("isModuleNamespaceObject", o -> o instanceof JSModuleNamespaceObject);
        CHECKS.put("isProxy", o -> o instanceof JSProxyObject);
    }

    static Map<String, JavaFunction> functions(Iterable<String> names) {
        Map<String, JavaFunction> out = new HashMap<>();
        for (String n : names) {
            Predicate<Object> p = CHECKS.get(n);
            if (p != null) out.put(n, new JavaFunction(a -> a.length > 0 && p.test(a[0])));
        }
        return out;
    }

    @Override
    protected Map<String, JavaFunction> rawFunctions() {
        return functions(CHECKS.keySet());
    }
}
