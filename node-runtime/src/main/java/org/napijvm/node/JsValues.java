package org.napijvm.node;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.Proxy;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.napijvm.graal.EventLoop;
import org.napijvm.graal.GraalInternals;
import org.napijvm.graal.JavaFunction;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;

/**
 * One env's conversions between Java values and JS values (the rules are on {@link NodeEnv#toJs} and
 * {@link NodeEnv#toJava(Value)}). Everything runs on the env's thread with its Context entered.
 */
final class JsValues {
    // what KIND answers
    private static final int NULLISH = 0, BOOLEAN = 1, NUMBER = 2, BIGINT = 3, STRING = 4, BYTES = 5, ARRAY_BUFFER = 6,
            ARRAY = 7, PROMISE = 8, ERROR = 9, FUNCTION = 10, PLAIN = 11, OTHER = 12;

    private static final String HELPERS = """
            (function (Buffer) {
              'use strict';
              const isArray = Array.isArray, getProto = Object.getPrototypeOf, OP = Object.prototype, isView = ArrayBuffer.isView;
              const isError = typeof Error.isError === 'function' ? Error.isError : (v) => v instanceof Error;
              const AB = ArrayBuffer, SAB = globalThis.SharedArrayBuffer, P = Promise, E = Error;
              return {
                kind(v) {
                  switch (typeof v) {
                    case 'undefined': return 0;
                    case 'boolean': return 1;
                    case 'number': return 2;
                    case 'bigint': return 3;
                    case 'string': return 4;
                    case 'function': return 10;
                    case 'symbol': return 12;
                  }
                  if (v === null) return 0;
                  if (isView(v)) return 5;
                  if (v instanceof AB || (SAB && v instanceof SAB)) return 6;
                  if (isArray(v)) return 7;
                  if (v instanceof P) return 8;
                  if (isError(v)) return 9;
                  const p = getProto(v);
                  return p === null || p === OP ? 11 : 12;
                },
                viewBuffer: (v) => v.buffer,
                emptyArrayBuffer: () => new AB(0),
                bufferOver: (ab) => Buffer.from(ab, 0, ab.byteLength),
                allocSlow: (n) => Buffer.allocUnsafeSlow(n),
                keys: (o) => Object.keys(o),
                newArray: () => [],
                newObject: () => ({}),
                bigint: (s) => BigInt(s),
                deferred() { let ok, no; const p = new P((a, b) => { ok = a; no = b; }); return [p, ok, no]; },
                then: (p, ok, no) => { p.then(ok, no); },
                error(message, code) { const e = new E(message); if (code != null) e.code = code; return e; },
                errorInfo: (e) => isError(e) ? [String(e.message), e.name == null ? null : String(e.name),
                    e.code == null ? null : String(e.code), e.stack == null ? null : String(e.stack)] : [String(e), null, null, null],
              };
            })""";

    /** One Source for every env (the envs of an Engine share its compiled code); internal: out of JS stacks. */
    private static final org.graalvm.polyglot.Source HELPERS_SOURCE = org.graalvm.polyglot.Source.newBuilder("js", HELPERS,
            "napi-jvm:java-values").internal(true).buildLiteral();

    private final NodeEnv env;
    private final Value kind, viewBuffer, emptyArrayBuffer, bufferOver, allocSlow, keys, newArray, newObject, bigint,
            deferred, then, error, errorInfo;
    /** Gives Java the raw ArrayBuffer behind a Value: its direct ByteBuffer lands in {@link #lastBytes}. */
    private final Value rawBytes, rawAlias;
    private ByteBuffer lastBytes, aliasing;
    /** Futures given to JS as Promises that settled on another thread: settled on the loop's thread. */
    private final ConcurrentLinkedQueue<Runnable> settled = new ConcurrentLinkedQueue<>();
    private EventLoop.Wakeup wakeup;
    private int pendingFutures;

    JsValues(NodeEnv env, Value buffer) {
        this.env = env;
        Value h = env.context.eval(HELPERS_SOURCE).execute(buffer);
        kind = h.getMember("kind");
        viewBuffer = h.getMember("viewBuffer");
        emptyArrayBuffer = h.getMember("emptyArrayBuffer");
        bufferOver = h.getMember("bufferOver");
        allocSlow = h.getMember("allocSlow");
        keys = h.getMember("keys");
        newArray = h.getMember("newArray");
        newObject = h.getMember("newObject");
        bigint = h.getMember("bigint");
        deferred = h.getMember("deferred");
        then = h.getMember("then");
        error = h.getMember("error");
        errorInfo = h.getMember("errorInfo");
        rawBytes = env.context.asValue(new JavaFunction(a -> {
            lastBytes = GraalInternals.byteBuffer(a[0]);
            return env.undefined();
        }));
        rawAlias = env.context.asValue(new JavaFunction(a -> {
            GraalInternals.aliasBuffer(a[0], aliasing);
            return env.undefined();
        }));
    }

    // ---- Java -> JS ----

    Value toJs(Object o) {
        if (o == null) return env.context.asValue(null);
        if (o instanceof Value v) return v;
        if (o instanceof String || o instanceof Boolean || o instanceof Integer || o instanceof Double) return env.context.asValue(o);
        if (o instanceof Long l) return env.context.asValue(l.doubleValue()); // a JS number, as napi_create_int64
        if (o instanceof Short || o instanceof Byte || o instanceof Float) return env.context.asValue(((Number) o).doubleValue());
        if (o instanceof Character c) return env.context.asValue(c.toString());
        if (o instanceof BigInteger b) return bigint.execute(b.toString());
        if (o instanceof byte[] b) return copyToBuffer(ByteBuffer.wrap(b));
        if (o instanceof ByteBuffer b) return b.isDirect() && !b.isReadOnly() ? aliasToBuffer(b) : copyToBuffer(b.duplicate());
        if (o instanceof List<?> l) {
            Value a = newArray.execute();
            int i = 0;
            for (Object e : l) a.setArrayElement(i++, toJs(e));
            return a;
        }
        if (o instanceof Object[] arr) return toJs(java.util.Arrays.asList(arr));
        if (o instanceof Map<?, ?> m) {
            Value obj = newObject.execute();
            for (Map.Entry<?, ?> e : m.entrySet()) obj.putMember(String.valueOf(e.getKey()), toJs(e.getValue()));
            return obj;
        }
        if (o instanceof CompletionStage<?> f) return promiseOf(f.toCompletableFuture());
        if (o instanceof JsFunction f) return function(f);
        if (o instanceof Proxy) return env.context.asValue(o);
        throw new IllegalArgumentException("napi-jvm: no JS value for a " + o.getClass().getName()
                + " (String, numbers, Boolean, BigInteger, byte[], ByteBuffer, List, Map, CompletableFuture, JsFunction or a Value)");
    }

    /** A Buffer over the bytes of a direct, writable ByteBuffer between its position and limit: no copy. */
    private Value aliasToBuffer(ByteBuffer b) {
        Value ab = emptyArrayBuffer.execute();
        aliasing = b.slice();
        try {
            rawAlias.execute(ab);
        } finally {
            aliasing = null;
        }
        return bufferOver.execute(ab);
    }

    private Value copyToBuffer(ByteBuffer from) {
        Value buf = allocSlow.execute(from.remaining());
        bytesOf(buf).put(from);
        return buf;
    }

    private Value promiseOf(CompletableFuture<?> f) {
        Value d = deferred.execute();
        Value promise = d.getArrayElement(0), resolve = d.getArrayElement(1), reject = d.getArrayElement(2);
        if (f.isDone()) {
            settle(f, resolve, reject);
            return promise;
        }
        if (wakeup == null) wakeup = env.loop().wakeup(this::settlePending);
        if (pendingFutures++ == 0) wakeup.ref(true); // a pending Java future keeps the loop alive, as pending I/O
        f.whenComplete((v, x) -> {
            settled.add(() -> settle(f, resolve, reject));
            wakeup.send();
        });
        return promise;
    }

    private void settlePending() {
        for (Runnable r; (r = settled.poll()) != null; ) {
            if (--pendingFutures == 0) wakeup.ref(false);
            Runnable run = r;
            env.call(e -> {
                run.run();
                return null;
            });
        }
    }

    private void settle(CompletableFuture<?> f, Value resolve, Value reject) {
        try {
            resolve.execute(toJs(f.get()));
        } catch (ExecutionException | CompletionException x) {
            reject.execute(jsError(x.getCause() != null ? x.getCause() : x));
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            reject.execute(jsError(x));
        } catch (RuntimeException x) { // cancelled, or the value has no JS form
            reject.execute(jsError(x));
        }
    }

    /** A Java exception as a JS value to throw: a JsException's own error, else an Error with its message. */
    Value jsError(Throwable t) {
        if (t instanceof JsException j && j.error() != null) return j.error();
        String m = t.getMessage() != null ? t.getMessage() : t.getClass().getName();
        return error.execute(m, t instanceof JsException j ? j.code() : null);
    }

    private Value function(JsFunction f) {
        ProxyExecutable call = args -> {
            try {
                Object[] a = new Object[args.length];
                for (int i = 0; i < args.length; i++) a[i] = toJava(args[i]);
                return toJs(f.apply(a));
            } catch (NodeEnv.ExitException x) {
                throw x;
            } catch (PolyglotException p) {
                throw p; // JS it called threw: on through JS as that JS exception
            } catch (Exception x) {
                throw jsError(x).throwException();
            }
        };
        return env.context.asValue(call);
    }

    // ---- JS -> Java ----

    Object toJava(Value v) {
        if (v == null || v.isNull()) return null;
        if (v.isString()) return v.asString();
        if (v.isBoolean()) return v.asBoolean();
        switch (kind.execute(v).asInt()) {
            case NUMBER:
                return v.fitsInInt() ? (Object) v.asInt() : v.fitsInLong() ? (Object) v.asLong() : (Object) v.asDouble();
            case BIGINT:
                return v.asBigInteger();
            case BYTES, ARRAY_BUFFER:
                return view(v);
            case ARRAY: {
                long n = v.getArraySize();
                List<Object> l = new ArrayList<>((int) n);
                for (long i = 0; i < n; i++) l.add(toJava(v.getArrayElement(i)));
                return l;
            }
            case PLAIN: {
                Value k = keys.execute(v);
                Map<String, Object> m = new LinkedHashMap<>();
                for (long i = 0, n = k.getArraySize(); i < n; i++) {
                    String key = k.getArrayElement(i).asString();
                    m.put(key, toJava(v.getMember(key)));
                }
                return m;
            }
            case PROMISE:
                return futureOf(v, this::toJava);
            case ERROR:
                return exception(v, null);
            default:
                return v.isInstant() ? v.asInstant() : v; // functions, class instances, Maps...: the Value itself
        }
    }

    @SuppressWarnings("unchecked")
    <T> T toJava(Value v, Class<T> type) {
        Class<?> t = boxed(type);
        if (t == Object.class) return (T) toJava(v);
        if (t == Value.class) return (T) v;
        if (v == null || v.isNull()) {
            if (type.isPrimitive()) throw new ClassCastException("napi-jvm: JS " + (v == null ? "undefined" : v) + " is not a " + type);
            return null;
        }
        if (t == byte[].class) {
            ByteBuffer b = bytesView(v, type);
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return (T) out;
        }
        if (t == ByteBuffer.class) return (T) bytesView(v, type);
        if (t == String.class) {
            if (!v.isString()) throw new ClassCastException("napi-jvm: JS " + v + " is not a string");
            return (T) v.asString();
        }
        Object any = toJava(v);
        if (t.isInstance(any)) return (T) any;
        if (Number.class.isAssignableFrom(t) || t == Boolean.class) return (T) v.as(t); // lossless numeric conversions
        throw new ClassCastException("napi-jvm: JS " + v + " has no " + type.getName() + " form"
                + (any != null ? " (it is a " + any.getClass().getSimpleName() + ")" : ""));
    }

    private ByteBuffer bytesView(Value v, Class<?> type) {
        int k = kind.execute(v).asInt();
        if (k != BYTES && k != ARRAY_BUFFER) throw new ClassCastException("napi-jvm: JS " + v + " is not a Buffer, typed array or ArrayBuffer for " + type.getSimpleName());
        return view(v);
    }

    /** The bytes of a Buffer, typed array, DataView or ArrayBuffer as a ByteBuffer over the same memory. */
    private ByteBuffer view(Value v) {
        ByteBuffer b = bytesOf(v);
        return (b != null ? b : ByteBuffer.allocate(0)).order(ByteOrder.nativeOrder()); // detached: no bytes
    }

    /** The direct ByteBuffer of an ArrayBuffer, or of a Buffer's whole ArrayBuffer. */
    private ByteBuffer bytesOf(Value arrayBufferOrView) {
        Value ab = kind.execute(arrayBufferOrView).asInt() == BYTES ? viewBuffer.execute(arrayBufferOrView) : arrayBufferOrView;
        rawBytes.execute(ab);
        ByteBuffer b = lastBytes;
        lastBytes = null;
        if (b == null) return null;
        if (ab != arrayBufferOrView) { // a view: only its range
            int off = arrayBufferOrView.getMember("byteOffset").asInt(), len = arrayBufferOrView.getMember("byteLength").asInt();
            return b.duplicate().position(off).limit(off + len).slice();
        }
        return b.duplicate();
    }

    boolean isPromise(Value v) {
        return v != null && !v.isNull() && !v.isString() && !v.isBoolean() && kind.execute(v).asInt() == PROMISE;
    }

    /** A future settled (on the env's thread) with a JS Promise's outcome: {@code convert} of its value, or the rejection. */
    <T> CompletableFuture<T> futureOf(Value promise, java.util.function.Function<Value, T> convert) {
        CompletableFuture<T> f = new CompletableFuture<>();
        ProxyExecutable ok = a -> {
            try {
                f.complete(convert.apply(a.length > 0 ? a[0] : null));
            } catch (RuntimeException x) {
                f.completeExceptionally(x);
            }
            return null;
        };
        ProxyExecutable no = a -> {
            f.completeExceptionally(exception(a.length > 0 ? a[0] : env.context.asValue(null), null));
            return null;
        };
        then.execute(promise, ok, no);
        return f;
    }

    /** What JS threw (or rejected with) as a {@link JsException}: message, name, code and stack read now. */
    JsException exception(Value thrown, Throwable cause) {
        Value info = errorInfo.execute(thrown);
        return new JsException(str(info.getArrayElement(0)), str(info.getArrayElement(1)), str(info.getArrayElement(2)),
                str(info.getArrayElement(3)), thrown, cause);
    }

    /** A PolyglotException from calling into JS, as Java should see it: ExitException, a JsException, or the host exception. */
    RuntimeException translate(RuntimeException e) {
        NodeEnv.ExitException exit = NodeEnv.exitOf(e);
        if (exit != null) return exit;
        if (e instanceof PolyglotException p) {
            if (p.isHostException() && p.asHostException() instanceof RuntimeException r) return r;
            if (p.isGuestException() && !p.isInternalError()) {
                Value g = p.getGuestObject();
                return exception(g != null ? g : env.context.asValue(p.getMessage()), p);
            }
        }
        return e;
    }

    private static String str(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Class<?> boxed(Class<?> c) {
        if (!c.isPrimitive()) return c;
        if (c == int.class) return Integer.class;
        if (c == long.class) return Long.class;
        if (c == double.class) return Double.class;
        if (c == boolean.class) return Boolean.class;
        if (c == float.class) return Float.class;
        if (c == short.class) return Short.class;
        if (c == byte.class) return Byte.class;
        if (c == char.class) return Character.class;
        return c;
    }
}
