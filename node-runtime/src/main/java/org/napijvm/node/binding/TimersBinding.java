package org.napijvm.node.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.node.NodeEnv;

/**
 * internalBinding('timers') (node's timers.cc + env.cc RunTimers/CheckImmediate): one libuv timer armed for the
 * earliest JS timer (lib/internal/timers.js keeps the lists), and the check phase that runs setImmediate callbacks.
 */
public final class TimersBinding extends Binding {
    private Value processImmediate, processTimers, immediateInfo;
    /** uv_now when the env started: getLibuvNow() counts from it, as Node's timer_base. */
    private final double timerBase;
    /** Whether the timer keeps the loop alive (Node unrefs it at start; JS refs it while ref'ed timers exist). */
    private boolean timerRefed;

    public TimersBinding(NodeEnv env) {
        super(env);
        timerBase = env.loop().now();
    }

    @Override
    @HostAccess.Export
    public void attached(Value binding) {
        immediateInfo = binding.getMember("immediateInfo");
    }

    @HostAccess.Export
    public Object setupTimers(Value... a) {
        processImmediate = a[0];
        processTimers = a[1];
        return null;
    }

    @HostAccess.Export
    public double getLibuvNow(Value... a) {
        return Math.floor(env.loop().now() - timerBase);
    }

    @HostAccess.Export
    public Object scheduleTimer(Value... a) {
        env.loop().scheduleTimer(Math.max(1, a[0].asDouble()), timerRefed);
        return null;
    }

    @HostAccess.Export
    public Object toggleTimerRef(Value... a) {
        timerRefed = a[0].asBoolean();
        env.loop().refTimer(timerRefed);
        return null;
    }

    @HostAccess.Export
    public Object toggleImmediateRef(Value... a) {
        env.loop().setRefedImmediates(a[0].asBoolean() ? 1 : 0);
        return null;
    }

    /** Node's RunTimers: processTimers(now); its result re-arms the timer (negative: unref'ed), 0 stops it. */
    public void runTimers() {
        if (processTimers == null) return;
        Value ret = env.runTimers(processTimers, getLibuvNow());
        double expiry = ret != null && ret.isNumber() ? ret.asDouble() : 0;
        if (expiry != 0) {
            double duration = Math.abs(expiry) - getLibuvNow();
            timerRefed = expiry > 0;
            env.loop().scheduleTimer(duration > 0 ? duration : 1, timerRefed);
        } else {
            timerRefed = false;
            env.loop().refTimer(false);
        }
    }

    /**
     * Node's CheckImmediate: processImmediate() when immediates are queued, again while some are outstanding (one
     * threw: the rest run after the uncaught exception); unref'ed when none keeps the loop.
     */
    public void checkImmediate() {
        if (processImmediate == null || immediateInfo.getArrayElement(0).asInt() == 0) return; // kCount
        env.checkImmediate(processImmediate, immediateInfo);
        if (immediateInfo.getArrayElement(1).asInt() == 0) env.loop().setRefedImmediates(0); // kRefCount
    }
}
