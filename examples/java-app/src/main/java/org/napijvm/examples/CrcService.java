package org.napijvm.examples;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.napijvm.node.NodeEnv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;

/**
 * A Java service that uses a published npm addon (napi-rs's {@code @node-rs/crc32}, installed by {@code npm ci} next to
 * this pom) from several threads. A Node environment is single-threaded, as in Node, so the service keeps a pool of
 * envs, each owned by one thread that loaded the addon itself; request threads hand work to whichever env is free.
 * Every answer is checked against {@link java.util.zip.CRC32}; the exit code is non-zero on any mismatch.
 */
public final class CrcService implements AutoCloseable {
    private record Job(String text, CompletableFuture<Long> result) {}

    private final BlockingQueue<Job> jobs = new ArrayBlockingQueue<>(1024);
    private final List<Thread> owners = new ArrayList<>();

    CrcService(int envs, Engine engine, Path appDir) throws InterruptedException {
        CompletableFuture<?>[] ready = new CompletableFuture<?>[envs];
        for (int i = 0; i < envs; i++) {
            CompletableFuture<Void> up = new CompletableFuture<>();
            ready[i] = up;
            Thread t = new Thread(() -> serve(engine, appDir, up), "node-env-" + i);
            t.start();
            owners.add(t);
        }
        CompletableFuture.allOf(ready).join();
    }

    // the owner thread: creates its env, requires the addon once, then answers jobs until interrupted
    private void serve(Engine engine, Path appDir, CompletableFuture<Void> ready) {
        try (NodeEnv env = NodeEnv.builder().engine(engine).cwd(appDir).build()) {
            Value crc32 = env.require("@node-rs/crc32").getMember("crc32");
            ready.complete(null);
            while (true) {
                Job job = jobs.take();
                try {
                    job.result.complete(crc32.execute(job.text).asLong());
                } catch (RuntimeException e) {
                    job.result.completeExceptionally(e);
                }
            }
        } catch (InterruptedException e) {
            // closing: the env is closed by try-with-resources on its own thread
        } catch (RuntimeException e) {
            ready.completeExceptionally(e);
        }
    }

    CompletableFuture<Long> crc32(String text) throws InterruptedException {
        CompletableFuture<Long> f = new CompletableFuture<>();
        jobs.put(new Job(text, f));
        return f;
    }

    @Override
    public void close() throws InterruptedException {
        for (Thread t : owners) t.interrupt();
        for (Thread t : owners) t.join();
    }

    static long expected(String text) {
        CRC32 c = new CRC32();
        c.update(text.getBytes(StandardCharsets.UTF_8));
        return c.getValue();
    }

    /** Usage: CrcService [app dir] — 4 request threads x 2,000 requests against pools of 1 and 2 envs. */
    public static void main(String[] args) throws Exception {
        Path appDir = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int threads = 4, perThread = 2_000, wrong = 0;
        try (Engine engine = NodeEnv.newEngine()) {
            for (int envs : new int[] {1, 2}) {
                try (CrcService service = new CrcService(envs, engine, appDir);
                     ExecutorService requests = Executors.newFixedThreadPool(threads)) {
                    long t0 = System.nanoTime();
                    List<Future<Integer>> done = new ArrayList<>();
                    for (int r = 0; r < threads; r++) {
                        int id = r;
                        done.add(requests.submit(() -> {
                            int bad = 0;
                            for (int i = 0; i < perThread; i++) {
                                String text = "request " + id + "/" + i + " héllo";
                                if (service.crc32(text).get() != expected(text)) bad++;
                            }
                            return bad;
                        }));
                    }
                    for (Future<Integer> f : done) wrong += f.get();
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("%d env(s), %d request threads: %d requests in %.2f s (%.0f/s, first requests include warm-up)%n",
                            envs, threads, threads * perThread, s, threads * perThread / s);
                }
            }
        }
        System.out.println(wrong == 0 ? "all answers match java.util.zip.CRC32" : wrong + " answers differ from java.util.zip.CRC32");
        System.exit(wrong == 0 ? 0 : 1);
    }
}
