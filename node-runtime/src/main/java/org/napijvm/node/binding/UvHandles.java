package org.napijvm.node.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.External;
import org.napijvm.graal.GraalInternals;
import org.napijvm.graal.JavaFunction;
import org.napijvm.node.NodeEnv;
import org.napijvm.node.NodeNative;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The Java half of internalBinding('stream_wrap') and of every libuv handle binding Node builds on it (tty_wrap,
 * pipe_wrap, tcp_wrap, signal_wrap, process_wrap; their JS halves reach this through {@code kit.uv}): the handles of
 * one env, each an {@code nj_handle} of node-runtime's C (uvwrap.c) on the env's loop. libuv completions come back as
 * one upcall, {@link #onEvent}, and go to the JS half's dispatcher as a JS callback (Node's MakeCallback). Handles
 * still open at env teardown are closed ({@link #closeAll}).
 */
public final class UvHandles extends Binding {
    static final int EV_READ = 1, EV_WRITE = 2, EV_SHUTDOWN = 3, EV_CONNECT = 4, EV_CONNECTION = 5, EV_EXIT = 6,
            EV_SIGNAL = 7, EV_CLOSE = 8;

    private static final FunctionDescriptor EVENT = FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG);
    static final MethodHandle NEW = NodeNative.fn("nj_new", FunctionDescriptor.of(JAVA_LONG, JAVA_LONG));
    static final MethodHandle WRITE = NodeNative.fn("nj_write", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_LONG, JAVA_LONG));
    static final MethodHandle UV_RUN = NodeNative.fn("uv_run", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT));
    static final MethodHandle SET_CALLBACK = NodeNative.fn("nj_set_callback", FunctionDescriptor.ofVoid(ADDRESS));
    /** One upcall stub for all envs (libuv callbacks run on the thread of the loop they belong to). */
    private static final Map<Long, UvHandles> BY_ID = new java.util.concurrent.ConcurrentHashMap<>();
    private static long nextId = 1;

    static {
        try {
            MethodHandle h = MethodHandles.lookup().findStatic(UvHandles.class, "onEventStatic", EVENT.toMethodType());
            MemorySegment stub = java.lang.foreign.Linker.nativeLinker().upcallStub(h, EVENT, Arena.global());
            SET_CALLBACK.invokeExact(stub);
        } catch (Throwable t) {
            throw new ExceptionInInitializerError(t);
        }
    }

    /** Live handles: id -> [the JS wrap, its nj_handle*]. */
    private final Map<Long, Object[]> handles = new LinkedHashMap<>();
    private final Map<Long, Value> reqs = new HashMap<>();
    private Value dispatcher;
    private boolean tornDown;

    public UvHandles(NodeEnv env) {
        super(env);
    }

    private static synchronized long newId() {
        return nextId++;
    }

    private static void onEventStatic(long id, int kind, long a, long b, long c) {
        UvHandles u = BY_ID.get(id);
        if (u != null) u.onEvent(id, kind, a, b, c);
    }

    private void onEvent(long id, int kind, long a, long b, long c) {
        Value target;
        if (kind == EV_WRITE || kind == EV_SHUTDOWN || kind == EV_CONNECT) {
            target = reqs.remove(id);
            BY_ID.remove(id);
        } else if (kind == EV_CLOSE) {
            Object[] h = handles.remove(id);
            BY_ID.remove(id);
            target = h == null ? null : (Value) h[0];
        } else {
            Object[] h = handles.get(id);
            target = h == null ? null : (Value) h[0];
        }
        if (target == null || tornDown || dispatcher == null) return;
        Value fn = dispatcher;
        env.loop().dispatch(args -> {
            fn.execute(kind, target, a, b, c);
            return env.undefined();
        });
    }

    /** The JS half's (kind, target, a, b, c) -> Node's callback for an event. */
    @HostAccess.Export
    public void setDispatcher(Value... a) {
        dispatcher = a[0];
    }

    /** A new handle of {@code type} (uvwrap.c's T_*; arg: a TTY's fd, a pipe's ipc) for JS wrap {@code a[2]}: its
     * nj_handle* (as a number), or a negative errno. */
    @HostAccess.Export
    public double open(Value... a) {
        int type = a[0].asInt(), arg = a[1].asInt();
        long id = newId();
        long h = (long) call(NEW, id);
        if (h == 0) return -12; // ENOMEM
        int r = (int) call("nj_init", env.loop().loop, h, type, arg);
        if (r < 0) {
            call("nj_close", h, 0);
            return r;
        }
        handles.put(id, new Object[] {a[2], h});
        BY_ID.put(id, this);
        return h;
    }

    /** A process handle: allocated now, initialised by spawn (closed as uninitialised if spawn is never called). */
    @HostAccess.Export
    public double openProcess(Value... a) {
        long id = newId();
        long h = (long) call(NEW, id);
        if (h == 0) return -12;
        handles.put(id, new Object[] {a[0], h, Boolean.FALSE});
        BY_ID.put(id, this);
        return h;
    }

    @HostAccess.Export
    public void close(Value... a) {
        long h = a[0].asLong();
        for (Map.Entry<Long, Object[]> e : handles.entrySet()) {
            Object[] v = e.getValue();
            if ((long) v[1] == h) {
                if (v.length > 2 && v[2] == Boolean.FALSE) { // a process never spawned: no close callback
                    handles.remove(e.getKey());
                    BY_ID.remove(e.getKey());
                    call("nj_close", h, 0);
                } else {
                    call("nj_close", h, 1);
                }
                return;
            }
        }
    }

    /** A request (WriteWrap, ShutdownWrap, ConnectWrap) whose completion will come as an event: its id. */
    private long req(Value req) {
        long id = newId();
        reqs.put(id, req);
        BY_ID.put(id, this);
        return id;
    }

    private void dropReq(long id) {
        reqs.remove(id);
        BY_ID.remove(id);
    }

    /** Writes {@code len} bytes at native {@code addr}: a negative errno, 0 (all written now) or 1 (completes later). */
    @HostAccess.Export
    public int write(Value... a) {
        long h = a[0].asLong();
        long id = req(a[1]);
        int r;
        try {
            r = (int) WRITE.invokeExact(h, id, a[2].asLong(), a[3].asLong());
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (r != 1) dropReq(id);
        return r;
    }

    /** Calls of the request-taking kind: nj_shutdown(h, req), nj_tcp_connect(h, req, ip, port, v6), nj_pipe_connect. */
    @HostAccess.Export
    public int shutdown(Value... a) {
        long id = req(a[1]);
        int r = (int) call("nj_shutdown", a[0].asLong(), id);
        if (r < 0) dropReq(id);
        return r;
    }

    @HostAccess.Export
    public int tcpConnect(Value... a) {
        long id = req(a[1]);
        try (Arena ar = Arena.ofConfined()) {
            int r = (int) call("nj_tcp_connect", a[0].asLong(), id, ar.allocateFrom(a[2].asString()), a[3].asInt(), a[4].asInt());
            if (r < 0) dropReq(id);
            return r;
        }
    }

    @HostAccess.Export
    public int pipeConnect(Value... a) {
        long id = req(a[1]);
        try (Arena ar = Arena.ofConfined()) {
            return (int) call("nj_pipe_connect", a[0].asLong(), id, ar.allocateFrom(a[2].asString()));
        }
    }

    /** A call of uvwrap.c with the handle and int arguments: nj_read_start, nj_ref, nj_listen, nj_tty_mode, ... */
    @HostAccess.Export
    public double op(Value... a) {
        String name = a[0].asString();
        Object[] args = new Object[a.length - 1];
        args[0] = a[1].asLong();
        for (int i = 2; i < a.length; i++) args[i - 1] = a[i].asInt();
        Object r = call(name, args);
        return r instanceof Long l ? l : r instanceof Integer i ? i : 0;
    }

    /** A call with the handle and one string (nj_pipe_bind) or a string, port, v6 and flags (nj_tcp_bind). */
    @HostAccess.Export
    public int opString(Value... a) {
        try (Arena ar = Arena.ofConfined()) {
            Object[] args = new Object[a.length - 1];
            args[0] = a[1].asLong();
            args[1] = ar.allocateFrom(a[2].asString());
            for (int i = 3; i < a.length; i++) args[i - 1] = a[i].asInt();
            return (int) call(a[0].asString(), args);
        }
    }

    /** [err, address, port, family 4|6] of a TCP handle's own (peer false) or peer address. */
    @HostAccess.Export
    public Object[] tcpName(Value... a) {
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment out = ar.allocate(72);
            int r = (int) call("nj_tcp_name", a[0].asLong(), a[1].asBoolean() ? 1 : 0, out);
            if (r < 0) return new Object[] {r};
            return new Object[] {0, out.getString(0), out.get(JAVA_INT, 64), out.get(JAVA_INT, 68)};
        }
    }

    /** [err, width, height] of a TTY. */
    @HostAccess.Export
    public int[] ttyWinsize(Value... a) {
        try (Arena ar = Arena.ofConfined()) {
            MemorySegment out = ar.allocate(8);
            int r = (int) call("nj_tty_winsize", a[0].asLong(), out);
            return new int[] {r, out.get(JAVA_INT, 0), out.get(JAVA_INT, 4)};
        }
    }

    /** uv_guess_handle's type for an fd (uv.h's uv_handle_type numbers). */
    @HostAccess.Export
    public int guessHandle(Value... a) {
        return (int) call("uv_guess_handle", a[0].asInt());
    }

    /**
     * uv_spawn of process handle a[0]: file, args[], env[] (or null), cwd (or null), flags, uid, gid, stdio kinds[],
     * stdio args[] (a pipe's or stream's nj_handle*, or an fd). 0 or a negative errno; the pid by {@code op("nj_pid")}.
     */
    @HostAccess.Export
    public int spawn(Value... a) {
        long h = a[0].asLong();
        for (Object[] v : handles.values()) if ((long) v[1] == h && v.length > 2) v[2] = Boolean.TRUE;
        try (Arena ar = Arena.ofConfined()) {
            int n = (int) a[8].getArraySize();
            MemorySegment kinds = ar.allocate(JAVA_INT, Math.max(1, n));
            MemorySegment args = ar.allocate(JAVA_LONG, Math.max(1, n));
            for (int i = 0; i < n; i++) {
                kinds.setAtIndex(JAVA_INT, i, a[8].getArrayElement(i).asInt());
                args.setAtIndex(JAVA_LONG, i, a[9].getArrayElement(i).asLong());
            }
            return (int) call("nj_spawn", env.loop().loop, h, ar.allocateFrom(a[1].asString()), strings(ar, a[2]),
                    strings(ar, a[3]), a[4].isNull() ? MemorySegment.NULL : ar.allocateFrom(a[4].asString()),
                    a[5].asInt(), a[6].asInt(), a[7].asInt(), n, kinds, args);
        }
    }

    /** uv_accept of server a[0] into client a[1]: 0 or a negative errno. */
    @HostAccess.Export
    public int accept(Value... a) {
        return (int) call("nj_accept", a[0].asLong(), a[1].asLong());
    }

    /**
     * spawn_sync's child, run to completion on a private loop (spawnsync.c): file, args[], env[], cwd, flags, uid, gid,
     * stdio kinds[], pipe flags[], fds[], input addresses[], input lengths[], timeout ms, maxBuffer, killSignal.
     * Returns [error, pid, exit status (-1: never started), term signal, then (output address, length) per stdio].
     */
    @HostAccess.Export
    public double[] spawnSync(Value... a) {
        try (Arena ar = Arena.ofConfined()) {
            int n = (int) a[7].getArraySize();
            MemorySegment kinds = ar.allocate(JAVA_INT, Math.max(1, n));
            MemorySegment pipeFlags = ar.allocate(JAVA_INT, Math.max(1, n));
            MemorySegment fds = ar.allocate(JAVA_LONG, Math.max(1, n));
            MemorySegment inputs = ar.allocate(ADDRESS, Math.max(1, n));
            MemorySegment inputLens = ar.allocate(JAVA_LONG, Math.max(1, n));
            for (int i = 0; i < n; i++) {
                kinds.setAtIndex(JAVA_INT, i, a[7].getArrayElement(i).asInt());
                pipeFlags.setAtIndex(JAVA_INT, i, a[8].getArrayElement(i).asInt());
                fds.setAtIndex(JAVA_LONG, i, a[9].getArrayElement(i).asLong());
                inputs.setAtIndex(ADDRESS, i, MemorySegment.ofAddress(a[10].getArrayElement(i).asLong()));
                inputLens.setAtIndex(JAVA_LONG, i, a[11].getArrayElement(i).asLong());
            }
            MemorySegment out = ar.allocate(JAVA_LONG, 4 + 2L * n);
            call("nj_spawn_sync", ar.allocateFrom(a[0].asString()), strings(ar, a[1]), strings(ar, a[2]),
                    a[3].isNull() ? MemorySegment.NULL : ar.allocateFrom(a[3].asString()), a[4].asInt(), a[5].asInt(),
                    a[6].asInt(), n, kinds, pipeFlags, fds, inputs, inputLens, a[12].asDouble(), a[13].asDouble(),
                    a[14].asInt(), out);
            double[] r = new double[4 + 2 * n];
            for (int i = 0; i < r.length; i++) r[i] = out.getAtIndex(JAVA_LONG, i);
            return r;
        }
    }

    /**
     * cares_wrap's getaddrinfo, INTERIM: the JVM's resolver, on the JS thread: [0, addresses...] (family 4 or 6 only
     * those), or [UV_EAI_NONAME].
     */
    @HostAccess.Export
    public Object[] lookup(Value... a) {
        int family = a[1].asInt();
        try {
            java.util.List<Object> out = new java.util.ArrayList<>(java.util.List.of(0));
            for (java.net.InetAddress i : java.net.InetAddress.getAllByName(a[0].asString())) {
                boolean v6 = i instanceof java.net.Inet6Address;
                if (family == 4 && v6 || family == 6 && !v6) continue;
                String h = i.getHostAddress();
                int pct = h.indexOf('%');
                out.add(v6 ? compressV6(pct < 0 ? h : h.substring(0, pct)) : h);
            }
            return out.size() > 1 ? out.toArray() : new Object[] {-3008};
        } catch (java.net.UnknownHostException e) {
            return new Object[] {-3008}; // UV_EAI_NONAME: ENOTFOUND in dns.js
        }
    }

    /** Java prints 0:0:0:0:0:0:0:1; inet_ntop (Node) prints ::1. */
    private static String compressV6(String h) {
        String s = ":" + h.replaceAll("(^|:)0+([0-9a-f])", "$1$2") + ":";
        String best = null;
        for (java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(0:)+").matcher(s); m.find(); ) {
            if (best == null || m.group().length() > best.length()) best = m.group();
        }
        if (best != null && best.length() > 3) s = s.replaceFirst(java.util.regex.Pattern.quote(best), "::");
        s = s.replaceAll("^:(?!:)", "").replaceAll("(?<!:):$", "");
        return s;
    }

    /** A NULL-terminated char*[] of a JS array of strings (NULL for null/undefined). */
    static MemorySegment strings(Arena ar, Value arr) {
        if (arr.isNull() || !arr.hasArrayElements()) return MemorySegment.NULL;
        int n = (int) arr.getArraySize();
        MemorySegment p = ar.allocate(ADDRESS, n + 1L);
        for (int i = 0; i < n; i++) p.setAtIndex(ADDRESS, i, ar.allocateFrom(arr.getArrayElement(i).asString()));
        p.setAtIndex(ADDRESS, n, MemorySegment.NULL);
        return p;
    }

    @Override
    protected Map<String, JavaFunction> rawFunctions() {
        return Map.of(
                // the native address of an ArrayBuffer's bytes (direct: stable while it lives)
                "addressOf", new JavaFunction(a -> (double) GraalInternals.address(a[0])),
                // copies n bytes from native memory into an ArrayBuffer at offset
                "copyIn", new JavaFunction(a -> {
                    long dst = GraalInternals.address(a[0]) + ((Number) a[1]).longValue();
                    long src = ((Number) a[2]).longValue(), n = ((Number) a[3]).longValue();
                    if (n > 0) MemorySegment.copy(MemorySegment.ofAddress(src).reinterpret(n), 0,
                            MemorySegment.ofAddress(dst).reinterpret(n), 0, n);
                    return env.undefined();
                }),
                // makes a fresh null-prototype object a V8 External of data (StreamBase's _externalStream)
                "markExternal", new JavaFunction(a -> {
                    External.register(a[0], ((Number) a[1]).longValue());
                    return a[0];
                }));
    }

    @HostAccess.Export
    public void free(Value... a) {
        call("nj_free", a[0].asLong());
    }

    /** Env teardown: every handle still open is closed (uv_close), without calling back into JS. */
    public void closeAll() {
        if (tornDown) return;
        tornDown = true;
        // exiting from inside a callback: the process ends, libuv must not be re-entered (as EventLoop.close)
        if (env.loop().isRunning()) return;
        for (Object[] v : java.util.List.copyOf(handles.values())) {
            call("nj_close", (long) v[1], v.length > 2 && v[2] == Boolean.FALSE ? 0 : 1);
        }
        try {
            int r = (int) UV_RUN.invokeExact(env.loop().loop, 2); // UV_RUN_NOWAIT: the close callbacks
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        handles.clear();
        reqs.clear();
        BY_ID.values().removeIf(u -> u == this);
    }

    private static final Map<String, MethodHandle> FNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** uvwrap.c's functions by name; the descriptor from the argument types (long, int, MemorySegment; int result). */
    static Object call(String name, Object... args) {
        MethodHandle h = FNS.computeIfAbsent(name + args.length, k -> NodeNative.fn(name, descriptor(name, args)));
        try {
            return h.invokeWithArguments(args);
        } catch (Throwable t) {
            throw new IllegalStateException("napi-jvm: " + name + ": " + t, t);
        }
    }

    private static Object call(MethodHandle h, long id) {
        try {
            return (long) h.invokeExact(id);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static FunctionDescriptor descriptor(String name, Object[] args) {
        java.lang.foreign.MemoryLayout[] l = new java.lang.foreign.MemoryLayout[args.length];
        for (int i = 0; i < args.length; i++) {
            l[i] = args[i] instanceof Long ? JAVA_LONG : args[i] instanceof Integer ? JAVA_INT
                    : args[i] instanceof Double ? java.lang.foreign.ValueLayout.JAVA_DOUBLE : ADDRESS;
        }
        return switch (name) {
            case "nj_close", "nj_ref", "nj_free", "nj_spawn_sync" -> FunctionDescriptor.ofVoid(l);
            case "nj_write_queue_size" -> FunctionDescriptor.of(JAVA_LONG, l);
            default -> FunctionDescriptor.of(JAVA_INT, l);
        };
    }
}
