package org.napijvm.graal;

import org.napijvm.core.Status;

/** Handle scopes and escapable handle scopes (the scope ids are the opaque handles). */
public final class ScopeApi {
    private ScopeApi() {}

    /** Checked mode: {@code scope} must be open (Node closes the innermost scope for one that is not). */
    private static void checkOpen(GraalEnv e, long scope, String type) {
        if (e.scopes.isOpen(scope)) return;
        throw new CheckedMode.Misuse(type + " 0x" + Long.toHexString(scope)
                + (e.scopes.wasOpened(scope) ? " was closed already" : " is not a handle scope of this napi_env"));
    }

    public static int napi_open_handle_scope(GraalEnv e, long result) {
        if (result == 0) return e.invalidArg();
        Mem.putLong(result, e.scopes.open(false));
        return e.ok();
    }

    public static int napi_close_handle_scope(GraalEnv e, long scope) {
        if (scope == 0) return e.invalidArg();
        if (e.checked) checkOpen(e, scope, "napi_handle_scope");
        // as Node: with no scope open, napi_handle_scope_mismatch is returned without setting the last error
        return e.scopes.close(scope) == Status.OK ? e.ok() : Status.HANDLE_SCOPE_MISMATCH;
    }

    public static int napi_open_escapable_handle_scope(GraalEnv e, long result) {
        if (result == 0) return e.invalidArg();
        Mem.putLong(result, e.scopes.open(true));
        return e.ok();
    }

    public static int napi_close_escapable_handle_scope(GraalEnv e, long scope) {
        if (scope == 0) return e.invalidArg();
        if (e.checked) checkOpen(e, scope, "napi_escapable_handle_scope");
        // as Node: with no scope open, napi_handle_scope_mismatch is returned without setting the last error
        return e.scopes.close(scope) == Status.OK ? e.ok() : Status.HANDLE_SCOPE_MISMATCH;
    }

    public static int napi_escape_handle(GraalEnv e, long scope, long escapee, long result) {
        if (scope == 0 || result == 0) return e.invalidArg();
        int s = e.slot(escapee);
        if (s < 0) return e.invalidArg();
        if (e.checked) checkOpen(e, scope, "napi_escapable_handle_scope");
        int r = e.scopes.escape(scope, s);
        if (r < 0 && e.checked) throw new CheckedMode.Misuse(r == -Status.ESCAPE_CALLED_TWICE
                ? "napi_escapable_handle_scope 0x" + Long.toHexString(scope) + " has escaped a value already (napi_escape_handle called twice)"
                : "0x" + Long.toHexString(scope) + " is not an escapable handle scope");
        if (r < 0) return e.fail(-r);
        return e.retSlot(result, r);
    }
}
