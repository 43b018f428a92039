package org.napijvm.node.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.JavaFunction;
import org.napijvm.node.NodeEnv;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Java half of one of Node's internal bindings ({@code internalBinding('name')}), named after it: a subclass
 * declares each binding function Node's library calls as {@code @HostAccess.Export public Object name(Value... args)}
 * (Node's C++ binding takes its arguments the same way: untyped, checked by the JS caller). bootstrap.js assembles
 * the binding object Node's library sees from Node's own shape of it (node-facts.json): constants as Node has them,
 * each function from this class when it declares one, else a stub that throws an Error naming the binding and the
 * function. A binding may also have a JS half, {@code binding/name.js}, for what is better written in JS.
 */
public abstract class Binding {
    protected final NodeEnv env;

    protected Binding(NodeEnv env) {
        this.env = env;
    }

    /** The names of the binding functions this class implements (its public {@code @HostAccess.Export} methods). */
    @HostAccess.Export
    public final List<String> functionNames() {
        List<String> names = new ArrayList<>();
        for (Method m : getClass().getMethods()) {
            if (m.isAnnotationPresent(HostAccess.Export.class) && !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass() != Binding.class && !m.getName().equals("rawFunction") && !m.getName().equals("attached") && !names.contains(m.getName()))
                names.add(m.getName());
        }
        if (raw == null) raw = rawFunctions();
        names.addAll(raw.keySet());
        return names;
    }

    /**
     * Binding functions that need the raw engine values (functions, promises, symbols GraalJS passes to a Truffle
     * object as they are, not as polyglot Values): name -> function. Listed by {@link #functionNames} too.
     */
    protected Map<String, JavaFunction> rawFunctions() {
        return Map.of();
    }

    private Map<String, JavaFunction> raw;

    /** The raw function {@code name} (bootstrap.js puts it into the binding object). */
    @HostAccess.Export
    public final Object rawFunction(String name) {
        if (raw == null) raw = rawFunctions();
        JavaFunction f = raw.get(name);
        return f == null ? null : BuiltinFunctions.of(f);
    }

    /** The JS binding object, once bootstrap.js has assembled it (for bindings that keep JS state there). */
    @HostAccess.Export
    public void attached(Value binding) {}

    // ---- argument helpers: Node's JS callers validate first, so a wrong type here is napi-jvm's bug ----

    protected static String str(Value[] a, int i) {
        return a[i].asString();
    }

    protected static int int32(Value[] a, int i) {
        return a[i].isNumber() ? (int) a[i].asDouble() : 0;
    }

    protected static long int64(Value[] a, int i) {
        Value v = a[i];
        if (v.isNumber()) return v.fitsInLong() ? v.asLong() : (long) v.asDouble();
        return 0;
    }

    protected static boolean bool(Value[] a, int i) {
        return i < a.length && a[i].isBoolean() && a[i].asBoolean();
    }

    protected static boolean given(Value[] a, int i) {
        return i < a.length && !a[i].isNull();
    }
}
