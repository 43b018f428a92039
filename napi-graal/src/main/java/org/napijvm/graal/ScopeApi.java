package org.napijvm.graal;

import org.napijvm.core.Status;

/** Handle scopes and escapable handle scopes (the scope ids are the opaque handles). */
public final class ScopeApi {
    private ScopeApi() {}

    public static int napi_open_handle_scope(GraalEnv e, long result) {
        if (result == 0) return e.invalidArg();
        Mem.putLong(result, e.scopes.open(false));
        return e.ok();
    }

    public static int napi_close_handle_scope(GraalEnv e, long scope) {
        if (scope == 0) return e.invalidArg();
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
        // as Node: with no scope open, napi_handle_scope_mismatch is returned without setting the last error
        return e.scopes.close(scope) == Status.OK ? e.ok() : Status.HANDLE_SCOPE_MISMATCH;
    }

    public static int napi_escape_handle(GraalEnv e, long scope, long escapee, long result) {
        if (scope == 0 || result == 0) return e.invalidArg();
        int s = e.slot(escapee);
        if (s < 0) return e.invalidArg();
        int r = e.scopes.escape(scope, s);
        if (r < 0) return e.fail(-r);
        return e.retSlot(result, r);
    }
}
