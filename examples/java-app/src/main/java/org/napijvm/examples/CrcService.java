package org.napijvm.examples;

import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.napijvm.node.EnvThread;
import org.napijvm.node.NodeEnv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * A Java service that uses a published npm addon (napi-rs's {@code @node-rs/crc32}, installed by {@code npm ci} next to
 * this pom) from several threads. A Node environment is single-threaded, as in Node, so the service keeps a pool of
 * {@link EnvThread}s (an env on a thread of its own, running its loop) and hands each request to the next one.
 * Every answer is checked against {@link java.util.zip.CRC32}; the exit code is non-zero on any mismatch.
 */
public final class CrcService implements AutoCloseable {
    private final List<EnvThread> envs = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    // the addon's function, per env: a task runs on its env's thread, so a ThreadLocal holds that env's own Value
    private final ThreadLocal<Value> crc32 = new ThreadLocal<>();

    CrcService(int count, Engine engine, Path appDir) {
        for (int i = 0; i < count; i++) envs.add(EnvThread.start(NodeEnv.builder().engine(engine).cwd(appDir)));
    }

    CompletableFuture<Long> crc32(String text) {
        EnvThread env = envs.get(Math.floorMod(next.getAndIncrement(), envs.size()));
        return env.submit(e -> {
            Value f = crc32.get();
            if (f == null) crc32.set(f = e.require("@node-rs/crc32").getMember("crc32"));
            return f.execute(text).asLong(); // the result leaves the env as a Java long
        });
    }

    @Override
    public void close() {
        for (EnvThread e : envs) e.close();
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
            for (int count : new int[] {1, 2}) {
                try (CrcService service = new CrcService(count, engine, appDir);
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
                            count, threads, threads * perThread, s, threads * perThread / s);
                }
            }
        }
        System.out.println(wrong == 0 ? "all answers match java.util.zip.CRC32" : wrong + " answers differ from java.util.zip.CRC32");
        System.exit(wrong == 0 ? 0 : 1);
    }
}
