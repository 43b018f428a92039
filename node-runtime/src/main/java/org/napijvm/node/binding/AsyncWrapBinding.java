package org.napijvm.node.binding;

import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import org.napijvm.graal.JavaFunction;
import org.napijvm.node.EngineAccess;
import org.napijvm.node.NodeEnv;

import java.util.Map;

/**
 * internalBinding('async_wrap') (async_wrap.cc, env.cc AsyncHooks), Java half: V8's promise hooks, Node's unref'ed
 * native immediates (the destroy hooks' DestroyAsyncIdsCallback), and the hand-over of the JS half's Node-API hooks to
 * napi-graal (its async contexts, async work and threadsafe functions then get async ids and hooks). The async id
 * fields and stack are JS (binding/async_wrap.js).
 */
public final class AsyncWrapBinding extends Binding {
    private static final InteropLibrary I = InteropLibrary.getUncached();

    public AsyncWrapBinding(NodeEnv env) {
        super(env);
    }

    @Override
    protected Map<String, JavaFunction> rawFunctions() {
        return Map.of(
                "setPromiseHooks", new JavaFunction(a -> {
                    EngineAccess.setPromiseHooks(arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3));
                    return env.undefined();
                }),
                "setImmediateNative", new JavaFunction(a -> {
                    Object fn = a[0];
                    env.loop().setImmediateNative(() -> {
                        try {
                            I.execute(fn);
                        } catch (InteropException e) {
                            throw new IllegalStateException("setImmediateNative: not callable", e);
                        }
                    });
                    return env.undefined();
                }),
                "setNapiHooks", new JavaFunction(a -> {
                    env.napi().asyncHooks = a[0];
                    return env.undefined();
                }));
    }

    private static Object arg(Object[] a, int i) {
        return i < a.length ? a[i] : null;
    }
}
