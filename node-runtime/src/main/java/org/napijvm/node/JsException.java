package org.napijvm.node;

import org.graalvm.polyglot.Value;

/**
 * A JavaScript exception as Java sees it from {@link NodeEnv#callExport}, {@link EnvThread#callExport} or a rejected
 * Promise's future: {@link #getMessage()} is the JS error's {@code message}, {@link #code()} its {@code code} (Node's
 * {@code 'ERR_INVALID_ARG_TYPE'}, an addon's {@code napi_throw_error} code), {@link #name()} its {@code name}
 * ({@code TypeError}), {@link #jsStack()} its {@code stack} as JS prints it. A thrown non-Error ({@code throw 'x'}) has
 * its string form as message and no name, code or stack. The strings are read when the exception is made, so it can
 * leave the env's thread; {@link #error()} is the JS value itself, usable only on the env's thread while the env is
 * open. Thrown back into JS from a Java callback ({@link JsFunction}), it rethrows that same JS value.
 */
public final class JsException extends RuntimeException {
    private final String name, code, jsStack;
    private final transient Value error;

    JsException(String message, String name, String code, String jsStack, Value error, Throwable cause) {
        super(message, cause);
        this.name = name;
        this.code = code;
        this.jsStack = jsStack;
        this.error = error;
    }

    /** The JS error's {@code code} property as a string (Node's error codes), or null when it has none. */
    public String code() {
        return code;
    }

    /** The JS error's {@code name} ({@code Error}, {@code TypeError}, ...), or null for a thrown non-Error. */
    public String name() {
        return name;
    }

    /** The JS error's {@code stack}: its first line and the JS frames ({@code "    at f (/app/x.js:3:9)"}), or null. */
    public String jsStack() {
        return jsStack;
    }

    /** What JS threw, on the env's thread while the env is open (a polyglot Value belongs to its Context). */
    public Value error() {
        return error;
    }

    /** As Node prints an error's first line: {@code TypeError [ERR_X]: message}. */
    @Override
    public String toString() {
        String n = name != null ? name : "JsException";
        return code != null ? n + " [" + code + "]: " + getMessage() : n + ": " + getMessage();
    }
}
