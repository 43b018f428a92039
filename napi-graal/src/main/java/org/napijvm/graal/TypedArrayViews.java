package org.napijvm.graal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A typed array's buffer, type, byte offset and byte length read from GraalJS's own objects, for the info functions
 * that addons call on every Buffer argument (napi_get_buffer_info, napi_get_typedarray_info): asking JS costs a
 * call into the engine and four interop reads. Only for a view over an attached, fixed-length ArrayBuffer, where
 * these fields are what the JS getters answer; anything else (detached, resizable, a GraalJS whose internals differ)
 * gets null and the caller asks JS.
 */
final class TypedArrayViews {
    private TypedArrayViews() {}

    private static final MethodHandle BUFFER, BYTE_OFFSET, BYTE_LENGTH, ARRAY_TYPE, FACTORY, DETACHED, FIXED;
    private static final Class<?> TYPED_ARRAY;

    static {
        MethodHandle buffer = null, offset = null, length = null, arrayType = null, factory = null, detached = null, fixed = null;
        Class<?> ta = null;
        try {
            ClassLoader cl = TypedArrayViews.class.getClassLoader();
            ta = Class.forName(GraalInternals.TYPED_ARRAY, false, cl);
            Class<?> ab = Class.forName(GraalInternals.ARRAY_BUFFER, false, cl);
            Class<?> typedArray = Class.forName("com.oracle.truffle.js.runtime.array.TypedArray", false, cl);
            Class<?> typedArrayFactory = Class.forName("com.oracle.truffle.js.runtime.array.TypedArrayFactory", false, cl);
            MethodHandles.Lookup l = MethodHandles.publicLookup();
            MethodType toObject = MethodType.methodType(Object.class, Object.class), toInt = MethodType.methodType(int.class, Object.class);
            buffer = l.findVirtual(ta, "getArrayBuffer", MethodType.methodType(ab)).asType(toObject);
            offset = l.findVirtual(ta, "getByteOffset", MethodType.methodType(int.class)).asType(toInt);
            length = l.findVirtual(ta, "getByteLength", MethodType.methodType(int.class)).asType(toInt);
            arrayType = l.findVirtual(ta, "getArrayType", MethodType.methodType(typedArray)).asType(toObject);
            factory = l.findVirtual(typedArray, "getFactory", MethodType.methodType(typedArrayFactory)).asType(toObject);
            detached = l.findVirtual(ab, "isDetached", MethodType.methodType(boolean.class)).asType(MethodType.methodType(boolean.class, Object.class));
            fixed = l.findVirtual(ab, "isFixedLength", MethodType.methodType(boolean.class)).asType(MethodType.methodType(boolean.class, Object.class));
            // the factories' order is napi_typedarray_type's (int8 ... biguint64, float16): checked, not assumed
            Object[] all = typedArrayFactory.getEnumConstants();
            String[] names = {"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
                    "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array", "Float16Array"};
            if (all.length != names.length) throw new IllegalStateException("typed array kinds: " + all.length);
            for (int i = 0; i < names.length; i++)
                if (!((Enum<?>) all[i]).name().equals(names[i])) throw new IllegalStateException("typed array kind " + i + ": " + all[i]);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            ta = null; // not this GraalJS: every view is asked through JS
        }
        TYPED_ARRAY = ta;
        BUFFER = buffer;
        BYTE_OFFSET = offset;
        BYTE_LENGTH = length;
        ARRAY_TYPE = arrayType;
        FACTORY = factory;
        DETACHED = detached;
        FIXED = fixed;
    }

    /**
     * The ArrayBuffer of typed array {@code v}, with {type, byte offset, byte length} in {@code out}; null when the
     * buffer is detached or resizable (or the internals are not there), and then {@code out} is untouched.
     */
    static Object info(Object v, long[] out) {
        if (TYPED_ARRAY == null || !TYPED_ARRAY.isInstance(v)) return null;
        try {
            Object b = (Object) BUFFER.invokeExact(v);
            if (b == null || (boolean) DETACHED.invokeExact(b) || !(boolean) FIXED.invokeExact(b)) return null;
            Object arrayType = (Object) ARRAY_TYPE.invokeExact(v);
            Object factory = (Object) FACTORY.invokeExact(arrayType);
            out[0] = ((Enum<?>) factory).ordinal();
            out[1] = (int) BYTE_OFFSET.invokeExact(v);
            out[2] = (int) BYTE_LENGTH.invokeExact(v);
            return b;
        } catch (Throwable t) {
            return null;
        }
    }
}
