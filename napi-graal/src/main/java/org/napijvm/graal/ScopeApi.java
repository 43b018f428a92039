package org.napijvm.graal;

import org.napijvm.core.Status;

/** Handle scopes and escapable handle scopes (the scope ids are the opaque handles). */
public final class ScopeApi {
    private ScopeApi() {}

    /**
     * Checked mode: {@code scope} must be open. Closing one with none open is Node's defined
     * napi_handle_scope_mismatch; with others open Node deletes the closed scope again.
     */
    private static void checkOpen(GraalEnv e, long scope, String type, boolean closing) {
        if (e.scopes.isOpen(scope) || closing && e.scopes.depth() == 0) return;
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
        if (e.checked) checkOpen(e, scope, "napi_handle_scope", true);
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
        if (e.checked) checkOpen(e, scope, "napi_escapable_handle_scope", true);
        // as Node: with no scope open, napi_handle_scope_mismatch is returned without setting the last error
        return e.scopes.close(scope) == Status.OK ? e.ok() : Status.HANDLE_SCOPE_MISMATCH;
    }

    public static int napi_escape_handle(GraalEnv e, long scope, long escapee, long result) {
        if (scope == 0 || result == 0) return e.invalidArg();
        int s = e.slot(escapee);
        if (s < 0) return e.invalidArg();
        if (e.checked) checkOpen(e, scope, "napi_escapable_handle_scope", false);
        int r = e.scopes.escape(scope, s);
        // escaping twice is Node's defined napi_escape_called_twice, also in checked mode
        if (r == -Status.INVALID_ARG && e.checked)
            throw new CheckedMode.Misuse("napi_handle_scope 0x" + Long.toHexString(scope) + " is not an escapable handle scope");
        if (r < 0) return e.fail(-r);
        return e.retSlot(result, r);
    }
}
