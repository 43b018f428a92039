package org.napijvm.node.binding;

import com.oracle.truffle.js.lang.JavaScriptLanguage;
import com.oracle.truffle.js.runtime.JSAgentWaiterList;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.builtins.JSArrayBufferObject;
import com.oracle.truffle.js.runtime.builtins.JSSharedArrayBuffer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.EventLoop;
import org.napijvm.graal.JavaFunction;
import org.napijvm.node.NodeEnv;
import org.napijvm.node.UvFs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The Java half of internalBinding('messaging') (node_messaging.cc): the two ends of a MessageChannel as
 * {@link Port}s whose queues any thread may fill, so that a channel links envs on different threads (a Worker and
 * its parent). A message is the V8 wire format bytes binding/messaging.js serialized (serdes.js) and what its
 * transfer list moved: ArrayBuffer contents and Ports. Each end lives in one env at a time: there a uv_async_t (the
 * loop's {@link EventLoop.Wakeup}) delivers its messages as Node's MessagePort::OnMessage does; in transit (inside a
 * message) it has none and keeps what arrives until the receiving env attaches it.
 */
public final class MessagingBinding extends Binding {
    public MessagingBinding(NodeEnv env) {
        super(env);
    }

    /** A new entangled pair (MessageChannel's port1 and port2), attached to no env yet. */
    @HostAccess.Export
    public Port newChannel() {
        Port a = new Port(), b = new Port();
        a.sibling = b;
        b.sibling = a;
        return a;
    }

    /** Attaches {@code port} to this env ({@link Port#attach}). */
    @HostAccess.Export
    public void attach(Port port, Value jsPort, Value deliver, Value onClose) {
        port.attach(env, jsPort, deliver, onClose);
    }

    /** A new message; its transfers are added with addBytes/addShared/addPort, then its bytes with setData. */
    @HostAccess.Export
    public Message newMessage() {
        return new Message(null);
    }

    /** What crosses between envs: no polyglot Value, only bytes and Ports. */
    public static final class Message {
        byte[] data;
        final List<Object> transfers = new ArrayList<>();
        final boolean close;

        Message(byte[] data) {
            this(data, false);
        }

        private Message(byte[] data, boolean close) {
            this.data = data;
            this.close = close;
        }

        /** The bytes as a latin1 string (one char a byte): the cheapest way into a JS Buffer of another Context. */
        @HostAccess.Export
        public String data() {
            return new String(data, StandardCharsets.ISO_8859_1);
        }

        @HostAccess.Export
        public void setData(Value bytes) {
            data = UvFs.bytesOf(bytes);
        }

        @HostAccess.Export
        public void addBytes(Value arrayBuffer) {
            transfers.add(UvFs.bytesOf(arrayBuffer));
        }

        /** A SharedArrayBuffer's memory ({@code sharedMemoryOf(sab)}): the receiver's SharedArrayBuffer shares it. */
        @HostAccess.Export
        public void addShared(Value sharedMemory) {
            transfers.add(sharedMemory.asHostObject());
        }

        /** 0: ArrayBuffer contents, 1: a Port, 2: a SharedArrayBuffer's memory. */
        @HostAccess.Export
        public int transferKind(int i) {
            Object o = transfers.get(i);
            return o instanceof Port ? 1 : o instanceof SharedMemory ? 2 : 0;
        }

        @HostAccess.Export
        public void addPort(Port p) {
            transfers.add(p);
        }

        @HostAccess.Export
        public int transferCount() {
            return transfers.size();
        }

        /** Transfer {@code i}: a Port, or an ArrayBuffer's contents as a latin1 string. */
        @HostAccess.Export
        public Object transfer(int i) {
            Object o = transfers.get(i);
            return o instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : o;
        }
    }

    /**
     * What a SharedArrayBuffer is made of in GraalJS, which Contexts of one Engine can share as V8 isolates share a
     * BackingStore: the direct memory, its (growable) length, and the waiter list Atomics.wait/notify use, so that a
     * notify in one thread wakes a wait in another.
     */
    public record SharedMemory(ByteBuffer memory, AtomicInteger byteLength, int maxByteLength, JSAgentWaiterList waiters) {}

    @Override
    protected Map<String, JavaFunction> rawFunctions() {
        return Map.of(
                "sharedMemoryOf", new JavaFunction(a -> {
                    if (!(a[0] instanceof JSArrayBufferObject.Shared sab)) throw new IllegalArgumentException("not a SharedArrayBuffer");
                    SharedMemory m = new SharedMemory(JSArrayBufferObject.getDirectByteBuffer(sab), sab.getByteLengthObject(),
                            sab.getMaxByteLength(), JSArrayBufferObject.getWaiterList(sab));
                    return realm().getEnv().asGuestValue(m);
                }),
                "sharedArrayBufferOf", new JavaFunction(a -> {
                    JSRealm realm = realm();
                    if (!(realm.getEnv().isHostObject(a[0]) && realm.getEnv().asHostObject(a[0]) instanceof SharedMemory m))
                        throw new IllegalArgumentException("not a SharedArrayBuffer's memory");
                    JSArrayBufferObject sab = JSSharedArrayBuffer.createSharedArrayBuffer(realm.getContext(), realm, m.memory(),
                            m.byteLength(), m.maxByteLength());
                    JSArrayBufferObject.setWaiterList(sab, m.waiters());
                    return sab;
                }));
    }

    private static JSRealm realm() {
        return JavaScriptLanguage.getCurrentJSRealm();
    }

    private static final Message CLOSE = new Message(new byte[0], true);

    /**
     * One end of a channel (Node's MessagePortData plus, while attached, its MessagePort): the queue of messages sent
     * to it by its sibling, and the env that receives them.
     */
    public static final class Port {
        private final ConcurrentLinkedQueue<Message> queue = new ConcurrentLinkedQueue<>();
        /** The other end; null once disentangled (either side closed). Guarded by this. */
        private Port sibling;
        private NodeEnv env;
        private EventLoop.Wakeup wakeup;
        private Value jsPort, deliver, onClose;
        private boolean receiving, refed, closed;

        /** The other end of the channel (MessageChannel's port2 for port1), or null. */
        @HostAccess.Export
        public synchronized Port peer() {
            return sibling;
        }

        /** Sends {@code m} to the sibling; false when there is none (closed): the message is dropped, as in node. */
        @HostAccess.Export
        public boolean post(Message m) {
            Port s;
            synchronized (this) {
                s = sibling;
            }
            if (s == null) return false;
            s.enqueue(m);
            return true;
        }

        private void enqueue(Message m) {
            queue.add(m);
            synchronized (this) {
                if (wakeup != null) wakeup.send();
            }
        }

        /**
         * Attaches this end to the calling env (its thread): {@code deliver(jsPort)} is called as a Node callback for
         * each message while receiving; {@code onClose()} once the port has closed. Ref'ed, as a new HandleWrap.
         */
        void attach(NodeEnv env, Value jsPort, Value deliver, Value onClose) {
            synchronized (this) {
                if (wakeup != null || closed) throw new IllegalStateException("napi-jvm: MessagePort attached twice");
                this.env = env;
                this.jsPort = jsPort;
                this.deliver = deliver;
                this.onClose = onClose;
                wakeup = env.loop().wakeup(this::onWake);
                refed = true;
                wakeup.ref(true);
                if (!queue.isEmpty()) wakeup.send();
            }
        }

        /** Whether the port is attached to an env (not closed, not transferred away). */
        @HostAccess.Export
        public synchronized boolean attached() {
            return wakeup != null;
        }

        @HostAccess.Export
        public Message take() {
            Message m = queue.peek();
            if (m == null || m.close) return null;
            return queue.poll();
        }

        @HostAccess.Export
        public void start() {
            receiving = true;
            kick();
        }

        @HostAccess.Export
        public void stop() {
            receiving = false;
        }

        @HostAccess.Export
        public void ref(boolean on) {
            synchronized (this) {
                if (wakeup == null) return;
                refed = on;
                wakeup.ref(on);
            }
        }

        /** HandleWrap::HasRef: undefined (null) once closed. */
        @HostAccess.Export
        public synchronized Object hasRef() {
            return wakeup == null ? null : refed;
        }

        /** Delivers what is queued now, synchronously (drainMessagePort), even when not started. */
        @HostAccess.Export
        public void drain() {
            deliverQueued(true);
        }

        private void kick() {
            synchronized (this) {
                if (wakeup != null && !queue.isEmpty()) wakeup.send();
            }
        }

        // MessagePort::OnMessage: as many messages as were queued (at least 1000), each as its own Node callback
        private void onWake() {
            deliverQueued(false);
        }

        private void deliverQueued(boolean drain) {
            int limit = Math.max(queue.size(), 1000);
            for (int i = 0; i < limit; i++) {
                Message m = queue.peek();
                if (m == null || closed) return;
                if (m.close) {
                    queue.poll();
                    close();
                    return;
                }
                if (!receiving && !drain) return;
                env.callbackScope(deliver, jsPort);
            }
            if (!drain) kick();
        }

        /**
         * Closes this end: its handle (the 'close' event follows through {@code onClose}) and the channel: the
         * sibling closes after the messages already sent to it. Also for a port transferred away (detach).
         */
        @HostAccess.Export
        public void close() {
            Port s;
            Value cb;
            synchronized (this) {
                if (closed) return;
                closed = true;
                s = sibling;
                sibling = null;
                if (wakeup != null) wakeup.close();
                wakeup = null;
                cb = onClose;
                jsPort = deliver = onClose = null;
                env = null;
            }
            if (s != null) {
                synchronized (s) {
                    s.sibling = null;
                }
                s.enqueue(CLOSE);
            }
            if (cb != null) cb.executeVoid();
        }

        /** The port leaves its env inside a message: its handle closes, the channel stays (moved to the receiver). */
        @HostAccess.Export
        public Port detach() {
            synchronized (this) {
                if (wakeup != null) wakeup.close();
                wakeup = null;
                jsPort = deliver = onClose = null;
                env = null;
                receiving = false;
                refed = false;
            }
            return this;
        }

        @HostAccess.Export
        public synchronized boolean isClosed() {
            return closed;
        }
    }
}

