package org.napijvm.node.binding;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.lang.JavaScriptLanguage;
import com.oracle.truffle.js.runtime.JSArguments;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.JSRuntime;
import com.oracle.truffle.js.runtime.JavaScriptRootNode;
import com.oracle.truffle.js.runtime.builtins.JSFunction;
import com.oracle.truffle.js.runtime.builtins.JSFunctionData;
import com.oracle.truffle.js.runtime.objects.Undefined;
import org.napijvm.graal.JavaFunction;

/**
 * A raw binding function as a JS function object of the engine's own kind, as Node's C++ binding functions are V8
 * functions: Function.prototype is its prototype (Node's {@code deprecate()} sets it as a wrapper's prototype, which a
 * foreign executable cannot be), and it has Node's empty name and length 0.
 */
final class BuiltinFunctions {
    private BuiltinFunctions() {}

    private static final class Root extends JavaScriptRootNode {
        private final JavaFunction body;

        Root(JavaScriptLanguage language, JavaFunction body) {
            super(language);
            this.body = body;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object r = body.call(JSArguments.extractUserArguments(frame.getArguments()));
            return r == null ? Undefined.instance : JSRuntime.importValue(r);
        }
    }

    /** In the current realm (called from JS, while a binding object is assembled). */
    static Object of(JavaFunction body) {
        JSRealm realm = JavaScriptLanguage.getCurrentJSRealm();
        Root root = new Root(JavaScriptLanguage.get(null), body);
        JSFunctionData data = JSFunctionData.createCallOnly(realm.getContext(), root.getCallTarget(), 0, TruffleString.fromJavaStringUncached("", TruffleString.Encoding.UTF_16));
        return JSFunction.create(realm, data);
    }
}
