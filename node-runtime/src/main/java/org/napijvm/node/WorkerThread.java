package org.napijvm.node;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.EventLoop;
import org.napijvm.node.binding.MessagingBinding;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A worker thread (node_worker.cc's Worker), its parent's handle on it: a new env (its own Context on the parent's
 * Engine, its own loop and Node-API instance data) on a thread of its own, running internal/main/worker_thread.js.
 * Parent and child talk through one channel (Node's kPort: the LOAD_SCRIPT message, stdio, errors, 'online'); the
 * public ports travel over it. When the child's loop ends (or process.exit, or {@link #stopThread}) its env is
 * torn down on its thread (addon cleanup hooks and finalizers) and the parent's {@code onexit} runs on the parent's
 * loop. Resource limits are accepted and reported back, not enforced (one JVM heap for every env).
 */
public final class WorkerThread {
    private static final AtomicInteger NEXT_ID = new AtomicInteger(1);

    private final NodeEnv parent;
    private final int threadId = NEXT_ID.getAndIncrement();
    private final String name;
    private final NodeOptions options;
    private final ProcessEnvVars envVars;
    private final double[] resourceLimits;
    private final MessagingBinding.Port parentPort, childPort;
    private Thread thread;
    private EventLoop.Wakeup exitWakeup;
    private Value onExit;
    private boolean refed = true;
    private volatile boolean terminating;
    /** The child's Context while it runs (for terminate's interrupt), and the wakeup that stops its loop. */
    private volatile Context childContext;
    private volatile EventLoop.Wakeup childWakeup;
    /** The child is past its JS (tearing down): terminate must not interrupt it any more. */
    private volatile boolean childDone;
    private volatile int exitCode;
    private final long startNanos = System.nanoTime();
    private volatile long loopStart = -1;

    WorkerThread(NodeEnv parent, NodeOptions options, ProcessEnvVars envVars, String name, double[] resourceLimits) {
        this.parent = parent;
        this.options = options;
        this.envVars = envVars;
        this.name = name;
        this.resourceLimits = resourceLimits;
        MessagingBinding m = parent.binding("messaging", MessagingBinding.class);
        parentPort = m.newChannel();
        childPort = parentPort.peer();
        options.workerThreadId = threadId;
    }

    /**
     * Worker::New: the child's command line is {@code execArgv} (null: the parent's), its environment a copy of
     * {@code env} (null: the parent's, shared as SHARE_ENV).
     */
    public static WorkerThread create(NodeEnv parent, List<String> execArgv, List<String> env, String name, double[] limits)
            throws NodeOptions.BadOption {
        List<String> args = new java.util.ArrayList<>(execArgv != null ? execArgv : parent.options.execArgv);
        NodeOptions o = NodeOptions.parse(parent.options.argv.get(0), args, null);
        ProcessEnvVars vars = parent.envVars;
        if (env != null) {
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i + 1 < env.size(); i += 2) m.put(env.get(i), env.get(i + 1));
            vars = new ProcessEnvVars(m);
        }
        return new WorkerThread(parent, o, vars, name, limits);
    }

    @HostAccess.Export
    public int threadId() {
        return threadId;
    }

    @HostAccess.Export
    public String name() {
        return name;
    }

    /** The parent's end of kPort (the Worker's messagePort). */
    @HostAccess.Export
    public MessagingBinding.Port parentPort() {
        return parentPort;
    }

    /** The child's end of kPort (getEnvMessagePort() in the worker). */
    @HostAccess.Export
    public MessagingBinding.Port childPort() {
        return childPort;
    }

    @HostAccess.Export
    public double[] resourceLimits() {
        return resourceLimits.clone();
    }

    /** Worker::StartThread: {@code onExit(code)} is called on the parent's loop once the child has ended. */
    @HostAccess.Export
    public void startThread(Value onExit) {
        if (thread != null) return;
        this.onExit = onExit;
        exitWakeup = parent.loop().wakeup(this::exited);
        exitWakeup.ref(refed);
        thread = new Thread(this::run, "napi-jvm-worker-" + threadId);
        thread.setDaemon(true);
        thread.start();
    }

    /** Worker::StopThread (terminate()): the child's JS stops where it is, its env is torn down, exit code 1. */
    @HostAccess.Export
    public void stopThread() {
        if (terminating || thread == null) return;
        terminating = true;
        Thread t = new Thread(() -> {
            while (thread.isAlive() && !childDone) {
                EventLoop.Wakeup w = childWakeup;
                if (w != null) w.send();
                Context c = childContext;
                if (c != null && !childDone) {
                    try {
                        c.interrupt(Duration.ofMillis(200));
                    } catch (TimeoutException | RuntimeException ignored) {
                        // still running native code, or closing: try again
                    }
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "napi-jvm-worker-terminate-" + threadId);
        t.setDaemon(true);
        t.start();
    }

    @HostAccess.Export
    public void ref(boolean on) {
        refed = on;
        if (exitWakeup != null) exitWakeup.ref(on);
    }

    @HostAccess.Export
    public boolean hasRef() {
        return refed && exitWakeup != null;
    }

    /** Milliseconds since the worker's creation when its loop started, or -1 before. */
    @HostAccess.Export
    public double loopStartTime() {
        return loopStart < 0 ? -1 : (loopStart - startNanos) / 1e6;
    }

    /** The child env's stop on terminate: thrown from its loop's wakeup, it unwinds the loop. */
    private static final class Terminated extends RuntimeException {
        Terminated() {
            super("worker terminated", null, false, false);
        }
    }

    private Context.Builder contextBuilder(Context.Builder cb) {
        cb.out(parent.stdio.out).err(parent.stdio.err);
        options.applyTo(cb);
        return cb;
    }

    private void run() {
        int code = 1;
        NodeEnv child = null;
        try {
            Context ctx;
            try {
                ctx = contextBuilder(NodeContexts.contextBuilder(parent.context.getEngine())).build();
            } catch (IllegalArgumentException bound) {
                // an embedder's env on an implicit Engine (one Context only): the worker gets an Engine of its own
                ctx = contextBuilder(NodeContexts.contextBuilder()).build();
            }
            childContext = ctx;
            child = new NodeEnv(ctx, options, parent.stdio.out, parent.stdio.err, null, envVars, parent.ownCwd(),
                    parent.stdio.java, true, (env, c) -> { }, this);
            ctx.enter();
            try {
                childWakeup = child.loop().wakeup(() -> {
                    if (terminating) throw new Terminated();
                });
                if (terminating) throw new Terminated();
                child.start();
                loopStart = System.nanoTime();
                child.runMain();
                child.spinEventLoop();
                code = child.emitExit();
            } finally {
                childDone = true;
                ctx.leave();
            }
        } catch (RuntimeException e) {
            NodeEnv.ExitException x = NodeEnv.exitOf(e);
            if (terminating) code = 1;
            else if (x != null) code = x.code;
            else {
                code = 1;
                if (!(e instanceof PolyglotException p && (p.isInterrupted() || p.isCancelled())))
                    parent.stdio.err.println("napi-jvm: worker " + threadId + ": " + (e instanceof PolyglotException p ? NodeEnv.describe(p) : e));
            }
        } finally {
            childDone = true;
            if (child != null) {
                try {
                    child.close(); // addons' cleanup hooks and finalizers, on the child's thread
                } catch (RuntimeException e) {
                    parent.stdio.err.println("napi-jvm: worker " + threadId + " teardown: " + e);
                }
            }
            childContext = null;
            exitCode = code;
            exitWakeup.send();
        }
    }

    // on the parent's loop: Worker::OnThreadStopped, then the JS onexit(code)
    private void exited() {
        if (onExit == null) return;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Value cb = onExit;
        onExit = null;
        exitWakeup.close();
        exitWakeup = null;
        parent.callbackScope(cb, exitCode);
    }
}
