package org.napijvm.core;

/** napi_status values (js_native_api_types.h). Bodies return these ints straight to C. */
public final class Status {
    private Status() {}

    public static final int OK = 0;
    public static final int INVALID_ARG = 1;
    public static final int OBJECT_EXPECTED = 2;
    public static final int STRING_EXPECTED = 3;
    public static final int NAME_EXPECTED = 4;
    public static final int FUNCTION_EXPECTED = 5;
    public static final int NUMBER_EXPECTED = 6;
    public static final int BOOLEAN_EXPECTED = 7;
    public static final int ARRAY_EXPECTED = 8;
    public static final int GENERIC_FAILURE = 9;
    public static final int PENDING_EXCEPTION = 10;
    public static final int CANCELLED = 11;
    public static final int ESCAPE_CALLED_TWICE = 12;
    public static final int HANDLE_SCOPE_MISMATCH = 13;
    public static final int CALLBACK_SCOPE_MISMATCH = 14;
    public static final int QUEUE_FULL = 15;
    public static final int CLOSING = 16;
    public static final int BIGINT_EXPECTED = 17;
    public static final int DATE_EXPECTED = 18;
    public static final int ARRAYBUFFER_EXPECTED = 19;
    public static final int DETACHABLE_ARRAYBUFFER_EXPECTED = 20;
    public static final int WOULD_DEADLOCK = 21;
    public static final int NO_EXTERNAL_BUFFERS_ALLOWED = 22;
    public static final int CANNOT_RUN_JS = 23;

    /** Node's message for each status: the table napi_get_last_error_info reports (Java writes it into the C library). */
    public static final String[] MESSAGES = {
        null, "Invalid argument", "An object was expected", "A string was expected",
        "A string or symbol was expected", "A function was expected", "A number was expected",
        "A boolean was expected", "An array was expected", "Unknown failure", "An exception is pending",
        "The async work item was cancelled", "napi_escape_handle already called on scope",
        "Invalid handle scope usage", "Invalid callback scope usage", "Thread-safe function queue is full",
        "Thread-safe function handle is closing", "A bigint was expected", "A date was expected",
        "An arraybuffer was expected", "A detachable arraybuffer was expected", "Main thread would deadlock",
        "External buffers are not allowed", "Cannot run JavaScript",
    };
}
