package org.napijvm.node.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.JavaFunction;
import org.napijvm.node.EngineAccess;
import org.napijvm.node.NodeEnv;

import java.util.Map;

/**
 * internalBinding('task_queue') (node_task_queue.cc): the microtask queue (GraalJS's promise job queue, drained on
 * demand as V8's MicrotasksPolicy::kExplicit), the tick callback lib/internal/process/task_queues.js registers, and
 * promise rejection events from the engine's rejection tracker.
 */
public final class TaskQueueBinding extends Binding {
    private Value tickCallback;

    public TaskQueueBinding(NodeEnv env) {
        super(env);
    }

    @Override
    protected Map<String, JavaFunction> rawFunctions() {
        return Map.of(
                "enqueueMicrotask", new JavaFunction(a -> {
                    EngineAccess.enqueueMicrotask(a[0]);
                    return env.undefined();
                }),
                "setPromiseRejectCallback", new JavaFunction(a -> {
                    EngineAccess.setPromiseRejectCallback(a[0]);
                    return env.undefined();
                }));
    }

    @HostAccess.Export
    public Object setTickCallback(Value... a) {
        tickCallback = a[0];
        return null;
    }

    @HostAccess.Export
    public Object runMicrotasks(Value... a) {
        EngineAccess.runMicrotasks();
        return null;
    }

    /** processTicksAndRejections, once task_queues.js has registered it. */
    public Value tickCallback() {
        return tickCallback;
    }
}
