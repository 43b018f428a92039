package org.napijvm.core;

/**
 * The one failure path of a Node-API body: a check deep inside a body (or a helper it calls) ends the call with
 * {@code throw StatusException.of(Status.X)}, and the binder turns it into the returned status and the env's last
 * error, as Node's RETURN_STATUS_IF_FALSE does. Plain statuses are preallocated and stackless: throwing one costs no
 * allocation and no stack walk.
 */
public final class StatusException extends RuntimeException {
    public final int status;

    private static final StatusException[] PLAIN = new StatusException[Status.MESSAGES.length];
    static {
        for (int i = 1; i < PLAIN.length; i++) PLAIN[i] = new StatusException(i, null);
    }

    private StatusException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** A failure with Node's message for {@code status} (the preallocated instance). */
    public static StatusException of(int status) {
        return PLAIN[status];
    }

    /** A failure whose last-error message is {@code message} instead of Node's table (napi-jvm's own explanation). */
    public static StatusException of(int status, String message) {
        return new StatusException(status, message);
    }

    /** The message napi_get_last_error_info should report instead of Node's, or null. */
    public String ownMessage() {
        return getMessage();
    }
}
