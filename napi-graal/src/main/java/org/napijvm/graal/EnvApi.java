package org.napijvm.graal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Env-level functions: versions. (Last-error info and the fixed values are answered in C, fastpath.c.) */
public final class EnvApi {
    private EnvApi() {}

    public static final int NODE_MAJOR = 25, NODE_MINOR = 8, NODE_PATCH = 1;

    // napi_node_version {uint32 major, minor, patch; const char* release}, shared by every env, never freed
    private static final MemorySegment NODE_VERSION;

    static {
        Arena a = Arena.global();
        NODE_VERSION = a.allocate(24, 8);
        NODE_VERSION.set(ValueLayout.JAVA_INT, 0, NODE_MAJOR);
        NODE_VERSION.set(ValueLayout.JAVA_INT, 4, NODE_MINOR);
        NODE_VERSION.set(ValueLayout.JAVA_INT, 8, NODE_PATCH);
        NODE_VERSION.set(ValueLayout.ADDRESS, 16, a.allocateFrom("node"));
    }

    public static int napi_get_version(GraalEnv e, long result) {
        if (result == 0) return e.invalidArg();
        Mem.putInt(result, NapiRuntime.NAPI_VERSION);
        return e.ok();
    }

    public static int napi_get_node_version(GraalEnv e, long result) {
        if (result == 0) return e.invalidArg();
        Mem.putLong(result, NODE_VERSION.address());
        return e.ok();
    }
}
