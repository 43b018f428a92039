package org.napijvm.node;

/**
 * A Java function handed to JavaScript ({@link NodeEnv#toJs} of it is a JS function): JS calls it on the env's thread
 * with its arguments converted to Java as {@link NodeEnv#toJava(org.graalvm.polyglot.Value)} does, and its result is
 * converted back as {@link NodeEnv#toJs}. What it throws becomes a JS {@code Error} with the exception's message (a
 * {@link JsException} rethrows its own JS error; {@link NodeEnv.ExitException} passes through):
 * <pre>{@code
 * env.callExport(app, "onEach", List.of(1, 2), (JsFunction) args -> ((Integer) args[0]) * 2);
 * }</pre>
 */
@FunctionalInterface
public interface JsFunction {
    Object apply(Object... args) throws Exception;
}
