package org.napijvm.node;

import org.napijvm.loader.NativeLibrary;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/**
 * node-runtime's own native library ({@code src/main/c/*.c}, built into the jar as libnapijvm-node.so): loaded once,
 * after native-loader has loaded libuv globally (its libuv symbols resolve against that). {@link #fn} finds a function
 * in it, or in the global libraries (libuv, libc).
 */
public final class NodeNative {
    private NodeNative() {}

    private static final Linker L = Linker.nativeLinker();
    private static final SymbolLookup LIB;

    static {
        NativeLibrary.get(); // libuv first, RTLD_GLOBAL
        java.nio.file.Path so = NativeLibrary.extract(NodeNative.class, "native/libnapijvm-node.so", "node-runtime");
        try {
            LIB = SymbolLookup.libraryLookup(so, Arena.global());
        } finally {
            NativeLibrary.deleteCopy(so);
        }
    }

    public static MethodHandle fn(String name, FunctionDescriptor fd, Linker.Option... options) {
        MemorySegment s = LIB.find(name).orElse(null);
        if (s == null) return Posix.uvOrLibc(name, fd, options);
        return L.downcallHandle(s, fd, options);
    }

}
