package org.napijvm.node.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.GraalInternals;
import org.napijvm.graal.JavaFunction;
import org.napijvm.node.NodeEnv;
import org.napijvm.node.NodeNative;
import org.napijvm.node.UvFs;
import org.napijvm.node.binding.ZlibStreams.Ctx;
import org.napijvm.node.binding.ZlibStreams.Err;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The Java half of internalBinding('zlib') (node_zlib.cc's CompressionStream): streams by id, each a
 * {@link ZlibStreams} context. {@code write(id, async, flush, in, inLen, out, outLen)}: a synchronous write runs the
 * context here and writes [availOutAfter, availInAfter] into the stream's write-state array (Node's
 * {@code _writeState}); an asynchronous one runs it off the JS thread (Node's ThreadPoolWork; here a small Java pool, see
 * {@link #queue}) and completes on the loop through the JS half's dispatcher, in a callback scope. Errors come back
 * as [message, errno, code] for the JS half to hand to {@code handle.onerror}. The JS half (binding/zlib.js) holds the
 * classes Node's lib/zlib.js instantiates.
 */
public final class ZlibBinding extends Binding {
    public ZlibBinding(NodeEnv env) {
        super(env);
    }

    @Override
    protected Map<String, JavaFunction> rawFunctions() {
        return Map.of("addressOf", new JavaFunction(a -> (double) GraalInternals.address(a[0])));
    }

    /** A stream: its context, where its write state lives, whether a write is in flight, a close waiting for it. */
    private static final class Stream {
        final int id;
        final Ctx ctx;
        long writeState;
        boolean writeInProgress, pendingClose;

        Stream(int id, Ctx ctx) {
            this.id = id;
            this.ctx = ctx;
        }
    }

    private final Map<Integer, Stream> streams = new HashMap<>();
    private int nextId = 1;
    private Value dispatcher;

    private Stream stream(Value[] a) {
        Stream s = streams.get(int32(a, 0));
        if (s == null) throw new IllegalStateException("napi-jvm: zlib stream " + int32(a, 0) + " is closed");
        return s;
    }

    private static long addr(Value[] a, int i) {
        return int64(a, i);
    }

    private static Object[] jsErr(Err e) {
        return e == null ? null : new Object[] {e.message(), e.errno(), e.code()};
    }

    /** (fn(id, error | null)): the JS half's completion of asynchronous writes. */
    @HostAccess.Export
    public Object setDispatcher(Value... a) {
        dispatcher = a[0];
        return null;
    }

    /** (mode): a new stream of node_zlib_mode {@code mode}; its id. */
    @HostAccess.Export
    public Object create(Value... a) {
        int mode = int32(a, 0);
        Ctx ctx = switch (mode) {
            case ZlibStreams.DEFLATE, ZlibStreams.INFLATE, ZlibStreams.GZIP, ZlibStreams.GUNZIP, ZlibStreams.DEFLATERAW,
                 ZlibStreams.INFLATERAW, ZlibStreams.UNZIP -> new ZlibStreams.ZlibCtx(mode);
            case ZlibStreams.BROTLI_ENCODE -> new BrotliZstd.BrotliEnc();
            case ZlibStreams.BROTLI_DECODE -> new BrotliZstd.BrotliDec();
            case ZlibStreams.ZSTD_COMPRESS -> new BrotliZstd.ZstdC();
            case ZlibStreams.ZSTD_DECOMPRESS -> new BrotliZstd.ZstdD();
            default -> throw new IllegalArgumentException("napi-jvm: zlib mode " + mode);
        };
        int id = nextId++;
        streams.put(id, new Stream(id, ctx));
        return id;
    }

    /** (id, writeState, windowBits, level, memLevel, strategy, dictAddr, dictLen). */
    @HostAccess.Export
    public Object initZlib(Value... a) {
        Stream s = stream(a);
        s.writeState = addr(a, 1);
        ((ZlibStreams.ZlibCtx) s.ctx).init(int32(a, 3), int32(a, 2), int32(a, 4), int32(a, 5), addr(a, 6), addr(a, 7));
        return null;
    }

    /** Parameters from the lib's Uint32Array, -1 (0xffffffff) meaning unset: each set in turn, the first error. */
    private static Err setAll(long addr, int n, java.util.function.BiFunction<Integer, Integer, Err> set) {
        MemorySegment p = MemorySegment.ofAddress(addr).reinterpret(4L * n);
        for (int i = 0; i < n; i++) {
            int v = p.get(JAVA_INT, 4L * i);
            if (v == -1) continue;
            Err e = set.apply(i, v);
            if (e != null) return e;
        }
        return null;
    }

    /** (id, writeState, paramsAddr, nParams, dictAddr, dictLen) -> null or an error (init then throws). */
    @HostAccess.Export
    public Object initBrotli(Value... a) {
        Stream s = stream(a);
        s.writeState = addr(a, 1);
        BrotliZstd.Brotli b = (BrotliZstd.Brotli) s.ctx;
        Err e = b.init(addr(a, 4), addr(a, 5));
        if (e == null) e = setAll(addr(a, 2), int32(a, 3), b::setParams);
        return jsErr(e);
    }

    /** (id, writeState, paramsAddr, nParams, pledgedSrcSize (-1: unknown), dictAddr, dictLen) -> null or an error. */
    @HostAccess.Export
    public Object initZstd(Value... a) {
        Stream s = stream(a);
        s.writeState = addr(a, 1);
        BrotliZstd.ZstdCtx z = (BrotliZstd.ZstdCtx) s.ctx;
        Err e = z.init(int64(a, 4), addr(a, 5), addr(a, 6));
        if (e == null) e = setAll(addr(a, 2), int32(a, 3), z::setParameter);
        return jsErr(e);
    }

    /** (id, async, flush, inAddr, inLen, outAddr, outLen): sync -> null or an error; async -> null. */
    @HostAccess.Export
    public Object write(Value... a) {
        Stream s = stream(a);
        if (s.writeInProgress) throw new IllegalStateException("napi-jvm: zlib write already in progress");
        if (s.pendingClose) throw new IllegalStateException("napi-jvm: zlib close is pending");
        boolean async = bool(a, 1);
        s.ctx.setBuffers(addr(a, 3), int32(a, 4), addr(a, 5), int32(a, 6));
        s.ctx.flush = int32(a, 2);
        if (!async) {
            s.ctx.work();
            Err e = s.ctx.error();
            if (e == null) updateWriteResult(s);
            return jsErr(e);
        }
        s.writeInProgress = true;
        queue(s);
        return null;
    }

    private static void updateWriteResult(Stream s) {
        MemorySegment w = MemorySegment.ofAddress(s.writeState).reinterpret(8);
        w.set(JAVA_INT, 0, s.ctx.availOut());
        w.set(JAVA_INT, 4, s.ctx.availIn());
    }

    /** AfterThreadPoolWork, on the loop thread. */
    void afterWork(Stream s, int status) {
        s.writeInProgress = false;
        if (status != 0 || env.isClosed()) {
            closeNow(s);
            return;
        }
        Err e = s.ctx.error();
        if (e == null) updateWriteResult(s);
        Object[] err = jsErr(e);
        env.loop().fromLoop(() -> env.callbackScope(dispatcher, s.id, err));
        // Node's Close(): the callback may have started the next write, which the close then waits for
        if (s.pendingClose && !s.writeInProgress) closeNow(s);
    }

    /** (id, level, strategy) -> null or an error. */
    @HostAccess.Export
    public Object params(Value... a) {
        Err[] out = new Err[1];
        stream(a).ctx.params(int32(a, 1), int32(a, 2), out);
        return jsErr(out[0]);
    }

    /** (id) -> null, an error, or the string "busy" (a write is in progress). */
    @HostAccess.Export
    public Object reset(Value... a) {
        Stream s = stream(a);
        if (s.writeInProgress) return "busy";
        return jsErr(s.ctx.reset());
    }

    /** (id): frees the context now, or after the write in flight. */
    @HostAccess.Export
    public Object close(Value... a) {
        Stream s = streams.get(int32(a, 0));
        if (s == null) return null;
        if (s.writeInProgress) s.pendingClose = true;
        else closeNow(s);
        return null;
    }

    private void closeNow(Stream s) {
        s.pendingClose = false;
        streams.remove(s.id);
        s.ctx.close();
    }

    /** (value, addr, len): zlib's crc32. */
    @HostAccess.Export
    public Object crc32(Value... a) {
        return (double) ZlibStreams.crc32(int64(a, 0), addr(a, 1), int32(a, 2));
    }

    // ---- asynchronous writes ----
    // The work runs on Java threads, not on libuv's threadpool: a JVM upcall would attach libuv's threads to the VM,
    // and at exit libuv joins them while the VM, exiting, blocks their detach (a deadlock). Completions come back to
    // the loop through one uv_async_t per env, ref'ed while writes are in flight (as uv_queue_work keeps the loop).

    private static final ExecutorService POOL = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "napi-jvm zlib");
        t.setDaemon(true);
        return t;
    });
    private static final MethodHandle ASYNC_INIT = NodeNative.fn("uv_async_init",
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    private static final MethodHandle ASYNC_SEND = NodeNative.fn("uv_async_send", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
    private static final MethodHandle HANDLE_SIZE = NodeNative.fn("uv_handle_size", FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
    private static final MethodHandle REF = NodeNative.fn("uv_ref", FunctionDescriptor.ofVoid(JAVA_LONG));
    private static final MethodHandle UNREF = NodeNative.fn("uv_unref", FunctionDescriptor.ofVoid(JAVA_LONG));
    private static final MethodHandle CLOSE = NodeNative.fn("uv_close", FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG));
    private static final long ON_ASYNC;
    private static final Map<Long, ZlibBinding> BY_HANDLE = new ConcurrentHashMap<>();

    static {
        try {
            MethodHandle h = MethodHandles.lookup().findStatic(ZlibBinding.class, "onAsync", MethodType.methodType(void.class, long.class));
            ON_ASYNC = Linker.nativeLinker().upcallStub(h, FunctionDescriptor.ofVoid(JAVA_LONG), Arena.global()).address();
        } catch (Throwable t) {
            throw new ExceptionInInitializerError(t);
        }
    }

    private record Done(Stream stream, Throwable failure) {}

    private final ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
    private long async; // uv_async_t*, made on the first asynchronous write
    private int pending; // writes in flight (loop thread only)

    private void queue(Stream s) {
        try {
            if (async == 0) {
                async = UvFs.calloc((long) HANDLE_SIZE.invokeExact(1)); // UV_ASYNC
                int r = (int) ASYNC_INIT.invokeExact(env.loop().loop, async, ON_ASYNC);
                if (r != 0) throw new IllegalStateException("napi-jvm: uv_async_init failed: " + r);
                BY_HANDLE.put(async, this);
                UNREF.invokeExact(async);
            }
            if (pending++ == 0) REF.invokeExact(async);
        } catch (Throwable t) { throw ZlibStreams.rt(t); }
        long h = async;
        POOL.execute(() -> {
            Throwable failure = null;
            try {
                s.ctx.work();
            } catch (Throwable t) {
                failure = t;
            }
            done.add(new Done(s, failure));
            try {
                int r = (int) ASYNC_SEND.invokeExact(h);
            } catch (Throwable t) { /* the loop is gone */ }
        });
    }

    /** The uv_async_t's callback, on the loop thread: AfterThreadPoolWork for each finished write. */
    static void onAsync(long handle) {
        ZlibBinding b = BY_HANDLE.get(handle);
        if (b != null) b.drain();
    }

    private void drain() {
        for (Done d; (d = done.poll()) != null; ) {
            try {
                if (--pending == 0) UNREF.invokeExact(async);
            } catch (Throwable t) { throw ZlibStreams.rt(t); }
            if (d.failure != null) {
                Throwable f = d.failure;
                d.stream.writeInProgress = false;
                env.loop().fromLoop(() -> { throw ZlibStreams.rt(f); });
                continue;
            }
            afterWork(d.stream, 0);
        }
    }

    /** Env teardown: the async handle closes with the loop's other handles; idle contexts are freed. */
    public void closeAll() {
        for (Stream s : java.util.List.copyOf(streams.values())) if (!s.writeInProgress) closeNow(s);
        if (async != 0) {
            BY_HANDLE.remove(async);
            try {
                CLOSE.invokeExact(async, 0L);
            } catch (Throwable t) { throw ZlibStreams.rt(t); }
            async = 0; // its memory stays: libuv may still hold it until the loop closes
        }
    }
}
