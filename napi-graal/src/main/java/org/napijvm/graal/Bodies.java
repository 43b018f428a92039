package org.napijvm.graal;

import java.util.List;

/**
 * The classes holding Node-API function bodies: public static methods named exactly as the C symbol, taking the C
 * parameters as long (pointers, size_t, 64-bit ints), int (32-bit ints, enums), double or boolean, returning the
 * napi_status. native-loader binds each exported symbol to the body of the same name; a symbol with no body stays
 * exported and fails with napi_generic_failure naming itself.
 */
public final class Bodies {
    private Bodies() {}

    public static final List<Class<?>> AREAS = List.of(
            EnvApi.class, ScopeApi.class, StringApi.class, ObjectApi.class, FunctionApi.class, ErrorApi.class,
            ArrayApi.class, ValueApi.class, BufferApi.class, NodeBufferApi.class, ClassApi.class, LifetimeApi.class,
            ScriptApi.class, AsyncApi.class);
}
