package org.napijvm.node.binding;

import org.napijvm.graal.JavaFunction;
import org.napijvm.graal.NodeBufferApi;
import org.napijvm.node.NodeEnv;

import java.util.Map;

/** internalBinding('buffer') (node_buffer.cc): the byte work is binding/buffer.js; this tells Node-API the Buffer. */
public final class BufferBinding extends Binding {
    public BufferBinding(NodeEnv env) {
        super(env);
    }

    @Override
    protected Map<String, JavaFunction> rawFunctions() {
        return Map.of("registerBuffer", new JavaFunction(a -> {
            NodeBufferApi.register(env.napi(), a[0]);
            return env.undefined();
        }));
    }
}
