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
    // the addon's exports, per env: a task runs on its env's thread, so a ThreadLocal holds that env's own Value
    private final ThreadLocal<Value> crc32 = new ThreadLocal<>();

    CrcService(int count, Engine engine, Path appDir) {
        for (int i = 0; i < count; i++) envs.add(EnvThread.start(NodeEnv.builder().engine(engine).cwd(appDir)));
    }

    CompletableFuture<Long> crc32(byte[] bytes) {
        EnvThread env = envs.get(Math.floorMod(next.getAndIncrement(), envs.size()));
        return env.submit(e -> {
            Value module = crc32.get();
            if (module == null) crc32.set(module = e.require("@node-rs/crc32"));
            return e.callExport(Long.class, module, "crc32", bytes); // byte[] in as a Buffer, the number out as a Long
        });
    }

    /** The same through {@link EnvThread#callExport}: require and conversions on the env's thread, in one call. */
    static CompletableFuture<Long> crc32Once(EnvThread env, String text) {
        return env.callExport(Long.class, "@node-rs/crc32", "crc32", text);
    }

    @Override
    public void close() {
        for (EnvThread e : envs) e.close();
    }

    static long expected(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }

    /**
     * Usage: CrcService [app dir] [requests per thread] — 4 request threads x 2,000 requests against pools of 1, 2 and
     * 4 envs (each pool warmed up with 2,000 requests first), then one call through EnvThread.callExport.
     */
    public static void main(String[] args) throws Exception {
        Path appDir = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int threads = 4, perThread = args.length > 1 ? Integer.parseInt(args[1]) : 2_000, wrong = 0;
        try (Engine engine = NodeEnv.newEngine()) {
            for (int count : new int[] {1, 2, 4}) {
                try (CrcService service = new CrcService(count, engine, appDir);
                     ExecutorService requests = Executors.newFixedThreadPool(threads)) {
                    for (int i = 0; i < 2_000; i++) {
                        byte[] warm = ("warm-up " + i).getBytes(StandardCharsets.UTF_8);
                        if (service.crc32(warm).get() != expected(warm)) wrong++;
                    }
                    long t0 = System.nanoTime();
                    List<Future<Integer>> done = new ArrayList<>();
                    for (int r = 0; r < threads; r++) {
                        int id = r;
                        done.add(requests.submit(() -> {
                            int bad = 0;
                            for (int i = 0; i < perThread; i++) {
                                byte[] text = ("request " + id + "/" + i + " héllo").getBytes(StandardCharsets.UTF_8);
                                if (service.crc32(text).get() != expected(text)) bad++;
                            }
                            return bad;
                        }));
                    }
                    for (Future<Integer> f : done) wrong += f.get();
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf("%d env(s), %d request threads: %d requests in %.2f s (%.0f/s)%n",
                            count, threads, threads * perThread, s, threads * perThread / s);
                }
            }
            try (EnvThread env = EnvThread.start(NodeEnv.builder().engine(engine).cwd(appDir))) {
                byte[] once = "héllo".getBytes(StandardCharsets.UTF_8);
                if (crc32Once(env, "héllo").get() != expected(once)) wrong++;
            }
        }
        System.out.println(wrong == 0 ? "all answers match java.util.zip.CRC32" : wrong + " answers differ from java.util.zip.CRC32");
        System.exit(wrong == 0 ? 0 : 1);
    }
}
