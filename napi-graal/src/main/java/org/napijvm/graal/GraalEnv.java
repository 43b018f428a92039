package org.napijvm.graal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.napijvm.core.EnvLifecycle;
import org.napijvm.core.HandleScopes;
import org.napijvm.core.HandleTable;
import org.napijvm.core.Status;
import org.napijvm.core.StatusException;
import org.napijvm.core.ValueType;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One napi_env over a GraalJS context: the value stack whose slots are the napi_values (tags and numbers in native
 * memory for the C fast path, engine objects in {@link #objs} under the same index), handle scopes, the callback
 * frames of the hot call path, and the last-error record. Bodies of Node-API functions find it with {@link #of}.
 */
public final class GraalEnv extends EnvLifecycle implements HandleScopes.ValueStack {
    static final int SLOT_UNDEFINED = 1, SLOT_NULL = 2, SLOT_FALSE = 3, SLOT_TRUE = 4, SLOT_GLOBAL = 5, FIRST_FREE = 6;
    private static final int MAX_SLOTS = 1 << 26;
    private static final int CALLINFO_CHUNK = 64;

    // JVM-wide registry of live envs: the C struct carries the index. A generation per index (bumped when the env is
    // freed) tells the handles of a freed env from those of a later env at the same index.
    private static final int MAX_ENVS = 1 << 12;
    private static GraalEnv[] registry = new GraalEnv[16];
    private static int[] generations = new int[16];

    final NativeEnv nat;
    public final long ptr;
    public final JsBridge js;
    final NapiRuntime runtime;
    final HandleScopes scopes = new HandleScopes(this);
    public final String moduleFile;
    public final int moduleApiVersion;
    private final int id;
    /** Checked mode ({@link CheckedMode}): handles carry this env and their slot's stamp. Read once, at creation. */
    final boolean checked;
    /** Checked mode: the stamp of each slot, given when it was pushed (0 for the fixed slots). */
    private int[] stamps;
    private int nextStamp;
    /** What this env's handles carry (generation and registry index; see {@link HandleTable}). */
    private final int tag;
    Object[] objs;
    private int objHigh;
    private final List<MemorySegment> callinfoChunks = new ArrayList<>();
    private final long callinfo0; // chunk 0, the only one unless calls nest deeper than CALLINFO_CHUNK
    private int callDepth;
    /** References, wraps, finalizers of this env (LifetimeApi). */
    final EnvRefs refs;
    /** {@link #invoke} returns NUMBER_RESULT when the callback returned a number, which is then in numberResult. */
    static final Object NUMBER_RESULT = new Object();
    /** {@link #invoke1}/{@link #invoke2} return these when the callback returned its first/second argument's napi_value. */
    static final Object ARG0_RESULT = new Object(), ARG1_RESULT = new Object();
    double numberResult;
    /** TypedArrayViews.info's answer (type, byte offset, byte length); the env's thread only. */
    final long[] viewScratch = new long[3];

    // ---- the objects this env gave native code handles to (node_api.h), freed with the env ----

    final HandleTable<AsyncWorkApi.Work> works;
    final HandleTable<ThreadsafeFunctionApi.Tsfn> tsfns;
    /** napi_async_context: the async resource (or undefined). */
    final HandleTable<AsyncResource> asyncContexts;
    final HandleTable<AsyncResource> callbackScopes;
    int openCallbackScopes;
    final HandleTable<EnvApi.CleanupHook> cleanupHooks;
    /** napi_deferred: the promise's {resolve, reject} until it is concluded. */
    final HandleTable<Object[]> deferreds;
    /** node_api_get_module_file_name's C string (in the env's arena), made on first use. */
    long moduleFileName;

    GraalEnv(NapiRuntime runtime, String moduleFile, int moduleApiVersion) {
        this.runtime = runtime;
        this.js = runtime.js;
        this.moduleFile = moduleFile;
        this.moduleApiVersion = moduleApiVersion;
        synchronized (GraalEnv.class) {
            int i = 0;
            while (i < registry.length && registry[i] != null) i++;
            if (i == MAX_ENVS) throw new IllegalStateException("napi-jvm: more than " + MAX_ENVS + " live napi_envs");
            if (i == registry.length) {
                registry = Arrays.copyOf(registry, i * 2);
                generations = Arrays.copyOf(generations, i * 2);
            }
            id = i;
            tag = (generations[i] << 12) | i;
            registry[i] = this;
        }
        works = new HandleTable<>("napi_async_work", 1, tag);
        tsfns = new HandleTable<>("napi_threadsafe_function", 2, tag);
        asyncContexts = new HandleTable<>("napi_async_context", 3, tag);
        callbackScopes = new HandleTable<>("napi_callback_scope", 4, tag);
        cleanupHooks = new HandleTable<>("napi_async_cleanup_hook_handle", 5, tag);
        deferreds = new HandleTable<>("napi_deferred", 6, tag);
        nat = new NativeEnv(id, moduleApiVersion, 1024);
        ptr = nat.ptr;
        objs = new Object[nat.capacity];
        checked = runtime.checks;
        if (checked) {
            stamps = new int[nat.capacity];
            nat.setChecks();
        }
        nat.set(SLOT_UNDEFINED, ValueType.UNDEFINED, 0);
        nat.set(SLOT_NULL, ValueType.NULL, 0);
        nat.set(SLOT_FALSE, ValueType.BOOLEAN, 0);
        nat.set(SLOT_TRUE, ValueType.BOOLEAN, 1);
        nat.setTag(SLOT_GLOBAL, ValueType.OBJECT);
        objs[SLOT_GLOBAL] = js.global;
        objHigh = FIRST_FREE;
        nat.setSp(FIRST_FREE);
        refs = new EnvRefs(this);
        callinfoChunks.add(nat.arena.allocate((long) CALLINFO_CHUNK * NativeEnv.CALLINFO_SIZE, 8));
        callinfo0 = callinfoChunks.get(0).address();
    }

    /** The env behind a napi_env pointer, without the thread check (for recording errors). */
    static GraalEnv registered(long envPtr) {
        int id = Mem.getInt(envPtr);
        GraalEnv[] r = registry;
        GraalEnv e = id >= 0 && id < r.length ? r[id] : null;
        if (e == null || e.ptr != envPtr) throw new IllegalArgumentException("not a live napi_env: 0x" + Long.toHexString(envPtr));
        return e;
    }

    /**
     * The env behind a napi_env pointer (C has already rejected NULL), checked to be called on a thread that is running
     * the env's JavaScript: Node-API calls from other threads (except through threadsafe functions) are refused.
     */
    public static GraalEnv of(long envPtr) {
        GraalEnv e = registered(envPtr);
        if (Thread.currentThread() != e.runtime.jsThread) e.runtime.checkJsThread();
        return e;
    }

    int index() { return id; }

    /** The live env at registry index {@code i}, or null. Any thread. */
    static synchronized GraalEnv atIndex(int i) {
        return i >= 0 && i < registry.length ? registry[i] : null;
    }

    // ---- last error and the status a body returns ----

    public int ok() { return nat.clearLastError(); }
    public int fail(int status) { return nat.setLastError(status); }
    public int fail(int status, String message) { return nat.setLastError(status, message); }
    public int invalidArg() { return nat.setLastError(Status.INVALID_ARG); }

    /**
     * NAPI_PREAMBLE (the binder runs it before every body of that class): refused while an exception is pending or
     * while JavaScript cannot run (napi_cannot_run_js for Node-API 10 and later, as Node), else the last error is
     * cleared.
     */
    static GraalEnv enterPreamble(long envPtr) {
        GraalEnv e = of(envPtr);
        if (e.hasPendingException()) throw StatusException.of(Status.PENDING_EXCEPTION);
        if (e.runtime.lifetime.closing) // Node's can_call_into_js() is false while the env is torn down
            throw StatusException.of(e.moduleApiVersion >= 10 ? Status.CANNOT_RUN_JS : Status.PENDING_EXCEPTION);
        e.nat.clearLastError();
        return e;
    }

    /** Pushes {@code v} and stores its handle at {@code resultPtr}; clears the last error. */
    public int ret(long resultPtr, Object v) {
        Mem.putLong(resultPtr, handle(push(v)));
        return nat.clearLastError();
    }

    public int retSlot(long resultPtr, int slot) {
        Mem.putLong(resultPtr, handle(slot));
        return nat.clearLastError();
    }

    // ---- the value stack ----

    /** The napi_value of a live slot: the slot number, or in checked mode the slot with this env and its stamp. */
    public long handle(int slot) {
        return checked ? CheckedMode.handle(id, slot, stamps[slot]) : slot;
    }

    /** Checked mode: gives a slot just pushed (by C or Java) its stamp. */
    void stamp(int slot) {
        stamps[slot] = nextStamp = (nextStamp + 1) & CheckedMode.STAMP_MASK;
    }

    /**
     * The slot a napi_value names, or -1 if it names none (NULL, or a handle from a closed scope). Checked mode: -1
     * for NULL only; a handle of a dropped slot or of another env is a {@link CheckedMode.Misuse}.
     */
    public int slot(long handle) {
        if (checked) return checkedSlot(handle);
        return handle > 0 && handle < nat.sp() ? (int) handle : -1;
    }

    /** The slot a napi_value names; napi_invalid_arg ends the call if it names none. */
    public int argSlot(long handle) {
        if (checked) {
            int s = checkedSlot(handle);
            if (s > 0) return s;
        } else if (handle > 0 && handle < nat.sp()) return (int) handle;
        throw StatusException.of(Status.INVALID_ARG);
    }

    private int checkedSlot(long handle) {
        if (handle == 0) return -1;
        int s = CheckedMode.slotOf(handle);
        if (CheckedMode.envOf(handle) == id && s > 0 && s < nat.sp() && stamps[s] == CheckedMode.stampOf(handle)) return s;
        throw CheckedMode.badValue(this, handle);
    }

    /** The JS value a napi_value names; napi_invalid_arg ends the call if it names none. */
    public Object arg(long handle) {
        return value(argSlot(handle));
    }

    /** The napi_valuetype of a slot; objects stored unclassified get their type now. */
    public byte tag(int slot) {
        byte t = nat.tag(slot);
        return t == NativeEnv.UNCLASSIFIED ? classify(slot) : t;
    }

    /** Called by C (napi_jvm_internals.classify) and {@link #tag}: types an object slot stored as UNCLASSIFIED. */
    byte classify(int slot) {
        byte t = js.typeOf(objs[slot]);
        nat.setTag(slot, t);
        return t;
    }

    public Object value(int s) {
        return switch (nat.tag(s)) {
            case ValueType.UNDEFINED -> js.undefined;
            case ValueType.NULL -> js.nul;
            case ValueType.BOOLEAN -> nat.val(s) != 0;
            case ValueType.NUMBER -> number(nat.val(s));
            default -> objs[s];
        };
    }

    public double number(int s) { return nat.val(s); }

    static Object number(double d) {
        int i = (int) d;
        if (i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0)) return i;
        return d;
    }

    public int push(Object v) {
        int s = nat.sp();
        if (s >= nat.capacity) grow(s + 1);
        put(s, v);
        nat.setSp(s + 1);
        if (checked) stamp(s);
        return s;
    }

    private void put(int s, Object v) {
        if (v instanceof Integer i) nat.set(s, ValueType.NUMBER, i);
        else if (v instanceof Double d) nat.set(s, ValueType.NUMBER, d);
        else if (v instanceof Boolean b) nat.set(s, ValueType.BOOLEAN, b ? 1 : 0);
        else if (v == js.undefined) nat.set(s, ValueType.UNDEFINED, 0);
        else if (v == js.nul) nat.set(s, ValueType.NULL, 0);
        else if (v instanceof Number n && !(v instanceof java.math.BigInteger)) nat.set(s, ValueType.NUMBER, n.doubleValue());
        else {
            // typed on demand: most callbacks never ask the type of `this` or of their object arguments
            nat.setTag(s, NativeEnv.UNCLASSIFIED);
            // a slot keeps the global object across truncate (see there): skipping the store skips G1's barrier
            if (objs[s] != v) objs[s] = v;
            if (s >= objHigh) objHigh = s + 1;
        }
    }

    /** Called by C (napi_jvm_internals.grow) and Java when the stack is full. */
    void grow(int needed) {
        if (needed > MAX_SLOTS) throw new IllegalStateException("napi-jvm: more than " + MAX_SLOTS + " live napi_values (handle scope leak?)");
        int n = Math.max(needed, nat.capacity * 2);
        nat.resize(n);
        objs = Arrays.copyOf(objs, n);
        if (checked) stamps = Arrays.copyOf(stamps, n);
    }

    @Override public int top() { return nat.sp(); }

    @Override public void truncate(int newTop) {
        if (objHigh > newTop) {
            // Dropped slots are cleared so the GC can collect what they held, except the global object (alive anyway):
            // `this` of a plain call is the global object, and its slot is then reused without a new store.
            Object[] o = objs;
            Object g = js.global;
            for (int i = newTop; i < objHigh; i++) if (o[i] != g) o[i] = null;
            objHigh = newTop;
        }
        nat.setSp(newTop);
    }

    @Override public int reserve() { return push(js.undefined); }

    @Override public void copy(int from, int to) {
        nat.set(to, nat.tag(from), nat.val(from));
        objs[to] = objs[from];
        if (to >= objHigh) objHigh = to + 1;
    }

    // ---- the hot call path: JS -> NapiCallback.execute -> here -> C callback ----

    private long callinfo(int depth) {
        if (depth < CALLINFO_CHUNK) return callinfo0 + (long) depth * NativeEnv.CALLINFO_SIZE;
        int chunk = depth / CALLINFO_CHUNK;
        while (callinfoChunks.size() <= chunk)
            callinfoChunks.add(nat.arena.allocate((long) CALLINFO_CHUNK * NativeEnv.CALLINFO_SIZE, 8));
        return callinfoChunks.get(chunk).address() + (long) (depth % CALLINFO_CHUNK) * NativeEnv.CALLINFO_SIZE;
    }

    /**
     * Runs a native callback for a JS call. {@code a} is what the function's JS wrapper passes: this, new.target,
     * argc, then up to 4 arguments, or argc -1 and all the arguments.
     */
    @TruffleBoundary
    Object invoke(long cb, long data, Object[] a) {
        int argc = ((Number) a[2]).intValue();
        if (argc < 0) argc = a.length - 3;
        int base = enter(a[0], a[1], argc);
        for (int i = 0; i < argc; i++) put(base + 2 + i, a[3 + i]);
        return call(cb, data, base, argc, 0);
    }

    // invoke0..2: the common arities with the arguments as separate parameters (see NapiCallback.execute); a number
    // argument comes as (value, null), anything else as (0, value).

    @TruffleBoundary
    Object invoke0(long cb, long data, Object thisArg, Object newTarget) {
        return call(cb, data, enter(thisArg, newTarget, 0), 0, 0);
    }

    @TruffleBoundary
    Object invoke1(long cb, long data, Object thisArg, Object newTarget, double d0, Object o0) {
        int base = enter(thisArg, newTarget, 1);
        arg(base + 2, d0, o0);
        return call(cb, data, base, 1, 1);
    }

    @TruffleBoundary
    Object invoke2(long cb, long data, Object thisArg, Object newTarget, double d0, Object o0, double d1, Object o1) {
        int base = enter(thisArg, newTarget, 2);
        arg(base + 2, d0, o0);
        arg(base + 3, d1, o1);
        return call(cb, data, base, 2, 2);
    }

    private void arg(int s, double d, Object o) {
        if (o == null) nat.set(s, ValueType.NUMBER, d);
        else put(s, o);
    }

    /** Reserves the frame of a call (this, new.target, argc arguments) and fills in this and new.target. */
    private int enter(Object thisArg, Object newTarget, int argc) {
        int base = nat.sp();
        int end = base + 2 + argc;
        if (end > nat.capacity) grow(end);
        if (thisArg == js.global) {
            // `this` of a plain call. Stored without raising objHigh (the global object stays alive anyway, see
            // truncate), so dropping the frame has no slots to clear.
            nat.setTag(base, ValueType.OBJECT);
            if (objs[base] != thisArg) objs[base] = thisArg;
        } else {
            put(base, thisArg);
        }
        if (newTarget == js.undefined) nat.set(base + 1, ValueType.UNDEFINED, 0);
        else put(base + 1, newTarget);
        nat.setSp(end);
        if (checked) for (int i = base; i < end; i++) stamp(i);
        return base;
    }

    /**
     * Calls {@code cb} over the frame at {@code base}, then drops the frame; rethrows a pending exception. If the
     * callback returns the napi_value of one of the first {@code marked} arguments, the result is {@link #ARG0_RESULT}
     * or {@link #ARG1_RESULT} (the caller has the value itself: no slot to decode, no number to box).
     */
    private Object call(long cb, long data, int base, int argc, int marked) {
        long ci = callinfo(callDepth++);
        Mem.putInt(ci + NativeEnv.CI_BASE, base);
        Mem.putInt(ci + NativeEnv.CI_ARGC, argc);
        Mem.putLong(ci + NativeEnv.CI_DATA, data);
        int scopeDepth = scopes.depth();
        Object result;
        try {
            long r = Native.callCallback(cb, ptr, ci);
            if (checked) r = returnedSlot(r, "the napi_callback's return value");
            if (marked >= 1 && r == base + 2) {
                result = ARG0_RESULT;
            } else if (marked >= 2 && r == base + 3) {
                result = ARG1_RESULT;
            } else if (r > 0 && r < nat.sp()) {
                if (nat.tag((int) r) == ValueType.NUMBER) {
                    // boxed by the caller outside this boundary, where the compiler can elide the box
                    numberResult = nat.val((int) r);
                    result = NUMBER_RESULT;
                } else {
                    result = value((int) r);
                }
            } else {
                result = js.undefined;
            }
        } finally {
            callDepth--;
            scopes.unwindTo(scopeDepth);
            truncate(base);
        }
        if (hasPendingException()) js.rethrow(takePendingException());
        return result;
    }

    /** Checked mode: the slot of what a callback (or module init) returned; 0 for NULL; a misuse is reported. */
    long returnedSlot(long r, String what) {
        try {
            return Math.max(checkedSlot(r), 0);
        } catch (CheckedMode.Misuse m) {
            throw CheckedMode.fatal(this, what, m.getMessage());
        }
    }

    /**
     * Runs {@code cb(env, data, hint)} once {@code target} is garbage (at a safe point after the GC collected it) or at
     * teardown, whichever comes first (see {@link Lifetime}).
     */
    void attachFinalizer(Object target, long cb, long data, long hint) {
        refs.create(target, true, 0, true, cb, data, hint);
    }

    /** Set when the cleanup queue reached this env while async cleanup hooks it called had not removed themselves. */
    boolean teardownDeferred;

    /**
     * This env's entry in the cleanup queue. As Node's napi_env, which each napi_async_cleanup_hook_handle keeps
     * referenced until napi_remove_async_cleanup_hook, the teardown (finalizers) waits until the hooks called have
     * removed themselves: the loop finishes it then ({@link EnvApi#finishReleasedEnvs}).
     */
    void teardownWhenReleased() {
        if (EnvApi.hooksWaiting(this)) teardownDeferred = true;
        else teardown();
    }

    /** Node's env teardown (its cleanup hooks ran before, see {@link Lifetime#runCleanup}): finalizers in Node's order. */
    @Override
    public void teardown() {
        if (isTornDown()) return;
        super.teardown();
        refs.teardown();
    }

    // ---- handles of this env's objects ----

    /**
     * The live object {@code handle} names in one of this env's tables; napi_invalid_arg, with a last-error message
     * saying why (another env's, deleted, not a handle of that type), ends the call otherwise.
     */
    <T> T live(HandleTable<T> table, long handle) {
        T v = table.get(handle);
        if (v != null) return v;
        HandleTable.Miss miss = table.miss(handle);
        if (miss == HandleTable.Miss.NULL) throw StatusException.of(Status.INVALID_ARG);
        String h = "0x" + Long.toHexString(handle);
        throw StatusException.of(Status.INVALID_ARG, switch (miss) {
            case OTHER_ENV -> ofTag(HandleTable.envTag(handle)) != null
                    ? table.type + " " + h + " belongs to another napi_env (another addon, or another Context)"
                    : table.type + " " + h + " belongs to a napi_env that was torn down";
            case STALE -> table.type + " " + h + " is stale: it was deleted or has finished";
            default -> h + " is not a " + table.type;
        });
    }

    /** The live env whose handles carry {@code tag}, or null. Any thread. */
    private static synchronized GraalEnv ofTag(int tag) {
        int i = tag & (MAX_ENVS - 1);
        return i < registry.length && registry[i] != null && registry[i].tag == tag ? registry[i] : null;
    }

    /** The env that made {@code handle} (any of its tables), if it is still live; for functions called without an env. */
    static GraalEnv ofHandle(long handle) {
        return handle == 0 ? null : ofTag(HandleTable.envTag(handle));
    }

    /** Frees the native half and everything this env's handles named; called once by the runtime after teardown. */
    void free() {
        for (AsyncWorkApi.Work w : works.clear()) w.free();
        tsfns.clear(); // closed and finalized by the loop (EventLoop.close); their uv handles are libuv's until closed
        asyncContexts.clear();
        callbackScopes.clear();
        cleanupHooks.clear();
        deferreds.clear();
        synchronized (GraalEnv.class) {
            registry[id] = null;
            generations[id] = (generations[id] + 1) & 0xFFF;
        }
        Arrays.fill(objs, null);
        nat.free();
    }
}
