package org.napijvm.node;

import org.napijvm.graal.EventLoop;
import org.napijvm.graal.JavaFunction;
import org.napijvm.node.binding.TimersBinding;

/** An env's loop calling into JS: Node's RunTimers and CheckImmediate, and tasks from other threads. */
final class LoopCallbacks implements EventLoop.Host {
    private final NodeEnv env;

    LoopCallbacks(NodeEnv env) {
        this.env = env;
    }

    @Override
    public void runTimers() {
        // Node's RunTimers and CheckImmediate return when the env cannot call into JS: the teardown's uv_run (closing
        // handles) must not run a timer or an unref'ed immediate the loop had ended without
        if (env.isClosed()) return;
        env.binding("timers", TimersBinding.class).runTimers();
    }

    @Override
    public void runImmediates() {
        if (env.isClosed()) return;
        env.binding("timers", TimersBinding.class).checkImmediate();
    }

    @Override
    public void invoke(JavaFunction task) {
        env.callbackScope(env.context.asValue(task));
    }

    @Override
    public void makeCallback(JavaFunction task) {
        env.js.getMember("makeCallbackScope").execute(env.context.asValue(task));
    }

    @Override
    public void fatalException(Object error) {
        env.js.invokeMember("triggerUncaughtException", error, false);
    }
}
