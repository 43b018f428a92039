package org.napijvm.node;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.napijvm.graal.EventLoop;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * A Node env owned by a thread of its own, which runs its event loop; any other thread hands it work. This is the
 * embedder's answer to "an addon used from a web server's request threads": a Node environment is single-threaded
 * (its Context, its addons' napi_env), so calls are marshalled onto the env's thread, between or inside turns of its
 * loop (woken by a uv_async_t), never concurrently with its JavaScript. Return Java values from tasks: a polyglot
 * Value belongs to the env's thread.
 * <pre>{@code
 * try (EnvThread node = EnvThread.start(NodeEnv.builder().cwd(appDir))) {
 *     long crc = node.submit(env -> env.require("@node-rs/crc32").getMember("crc32").execute("text").asLong()).join();
 *     long same = node.callExport(Long.class, "@node-rs/crc32", "crc32", "text".getBytes()).join(); // Java values
 * }
 * }</pre>
 */
public final class EnvThread implements Executor, AutoCloseable {
    private record Job(Runnable run, CompletableFuture<?> result) {}

    private final ArrayDeque<Job> tasks = new ArrayDeque<>();
    private final Thread thread;
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private NodeEnv env;
    private EventLoop.Wakeup wakeup;
    private boolean closing;
    /** Why the env stopped on its own (process.exit, an uncaught exception): later tasks are refused with it. */
    private volatile RuntimeException ended;

    private EnvThread(NodeEnv.Builder builder, String name) {
        thread = new Thread(() -> own(builder), name);
        thread.setDaemon(true);
    }

    /** Creates the env on a new thread (named "napi-jvm-env") and returns once its bootstrap has run. */
    public static EnvThread start(NodeEnv.Builder builder) {
        EnvThread t = new EnvThread(builder, "napi-jvm-env");
        t.thread.start();
        t.started.join(); // the builder's exception (a bad option, ...) is rethrown here, wrapped
        return t;
    }

    /**
     * Runs {@code task} on the env's thread as a Node callback; the future has its result or what it threw: a JS
     * error as a {@link JsException} (message, code, name, JS stack), process.exit() as {@link NodeEnv.ExitException}.
     */
    public <T> CompletableFuture<T> submit(Function<NodeEnv, T> task) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Runnable r = () -> {
            try {
                f.complete(env.call(e -> {
                    try {
                        return task.apply(e);
                    } catch (PolyglotException p) {
                        throw e.values().translate(p); // while the error's Value is still usable
                    }
                }));
            } catch (NodeEnv.ExitException x) {
                f.completeExceptionally(x);
                throw x;
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        };
        synchronized (tasks) {
            RuntimeException why = ended;
            if (closing || why != null) {
                f.completeExceptionally(new RejectedExecutionException(why != null ? "the env has ended: " + why.getMessage() : "the env is closing", why));
                return f;
            }
            tasks.add(new Job(r, f));
            tasks.notifyAll();
        }
        EventLoop.Wakeup w = wakeup;
        if (w != null) w.send();
        return f;
    }

    /**
     * {@code task} returns a JS Promise (or any value: already settled); the future completes when it settles, with
     * {@code convert} applied to the fulfilled value on the env's thread, or with the rejection as a
     * {@link JsException} (the JS error's message, code, name and stack; a rejection with a non-Error: its string
     * form as message). The loop keeps turning meanwhile.
     */
    public <T> CompletableFuture<T> submitAsync(Function<NodeEnv, Value> task, Function<Value, T> convert) {
        CompletableFuture<T> f = new CompletableFuture<>();
        submit(env -> {
            Value p = env.context().getBindings("js").getMember("Promise").invokeMember("resolve", task.apply(env));
            p.invokeMember("then", (ProxyExecutable) a -> {
                try {
                    f.complete(convert.apply(a.length > 0 ? a[0] : null));
                } catch (RuntimeException e) {
                    f.completeExceptionally(env.values().translate(e));
                }
                return null;
            }, (ProxyExecutable) a -> {
                f.completeExceptionally(env.values().exception(a.length > 0 ? a[0] : env.context().asValue(null), null));
                return null;
            });
            return null;
        }).whenComplete((v, e) -> { if (e != null) f.completeExceptionally(e); });
        return f;
    }

    /**
     * Calls export {@code name} of {@code require(moduleId)} on the env's thread with Java arguments
     * ({@link NodeEnv#toJs}); the future completes with the result as Java ({@link NodeEnv#toJava(Value)}) or, when
     * the export returns a Promise, with its settled value; a JS exception or rejection completes it with a
     * {@link JsException}. The arguments are converted on the env's thread: do not change them until it completes.
     * <pre>{@code
     * long crc = node.callExport(Long.class, "@node-rs/crc32", "crc32", bytes).join();
     * }</pre>
     */
    public CompletableFuture<Object> callExport(String moduleId, String name, Object... args) {
        return callExport(Object.class, moduleId, name, args);
    }

    /** {@link #callExport(String, String, Object...)} with the (settled) result as {@code type} ({@link NodeEnv#toJava(Value, Class)}). */
    public <T> CompletableFuture<T> callExport(Class<T> type, String moduleId, String name, Object... args) {
        CompletableFuture<T> f = new CompletableFuture<>();
        submit(env -> {
            Value r = env.callExport(Value.class, moduleId, name, args);
            if (env.values().isPromise(r)) {
                env.values().futureOf(r, v -> env.values().toJava(v, type)).whenComplete((v, x) -> {
                    if (x != null) f.completeExceptionally(x);
                    else f.complete(v);
                });
            } else {
                f.complete(env.values().toJava(r, type));
            }
            return null;
        }).whenComplete((v, x) -> { if (x != null) f.completeExceptionally(x); });
        return f;
    }

    /** {@link Executor}: {@code command} runs on the env's thread (with the env's Context entered). */
    @Override
    public void execute(Runnable command) {
        submit(env -> {
            command.run();
            return null;
        });
    }

    /** Whether the caller is the env's own thread (where Values of the env may be used). */
    public boolean onEnvThread() {
        return Thread.currentThread() == thread;
    }

    // the owner: bootstrap, then tasks and loop turns until closed
    private void own(NodeEnv.Builder builder) {
        try {
            env = builder.build();
            wakeup = env.loop().wakeup(this::drain);
        } catch (RuntimeException e) {
            started.completeExceptionally(e);
            return;
        }
        started.complete(null);
        try {
            while (true) {
                drain();
                synchronized (tasks) {
                    if (closing && tasks.isEmpty()) break;
                }
                if (env.loop().alive()) {
                    env.loop().run(); // tasks that arrive meanwhile run from the wakeup's callback
                    continue;
                }
                synchronized (tasks) {
                    while (tasks.isEmpty() && !closing) tasks.wait();
                    if (closing && tasks.isEmpty()) break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            NodeEnv.ExitException x = NodeEnv.exitOf(e);
            ended = x != null ? new IllegalStateException("process.exit(" + x.code + ")", x) : e;
        } finally {
            synchronized (tasks) {
                closing = true;
                RuntimeException why = ended != null ? ended : new IllegalStateException("the env is closing");
                for (Job j : tasks) j.result.completeExceptionally(new RejectedExecutionException("the env has ended: " + why.getMessage(), why));
                tasks.clear();
            }
            wakeup.close();
            env.close();
        }
    }

    // from the owner's turn or the wakeup's callback inside the loop; closing stops the loop after the queue
    private void drain() {
        while (true) {
            Job j;
            synchronized (tasks) {
                j = tasks.poll();
                if (j == null) {
                    if (closing && env.loop().isRunning()) env.loop().stop();
                    return;
                }
            }
            j.run.run();
        }
    }

    /** Runs the tasks already submitted, then closes the env on its thread (cleanup hooks, finalizers) and waits. */
    @Override
    public void close() {
        synchronized (tasks) {
            if (closing && !thread.isAlive()) return;
            closing = true;
            tasks.notifyAll();
        }
        EventLoop.Wakeup w = wakeup;
        if (w != null) w.send();
        if (Thread.currentThread() == thread) throw new IllegalStateException("EnvThread.close() from its own thread");
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
