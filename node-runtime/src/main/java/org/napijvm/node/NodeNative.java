package org.napijvm.node;

import org.napijvm.loader.NativeLibrary;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        LIB = SymbolLookup.libraryLookup(extract(), Arena.global());
    }

    public static MethodHandle fn(String name, FunctionDescriptor fd, Linker.Option... options) {
        MemorySegment s = LIB.find(name).orElse(null);
        if (s == null) return Posix.uvOrLibc(name, fd, options);
        return L.downcallHandle(s, fd, options);
    }

    private static Path extract() {
        String res = "native/libnapijvm-node.so";
        var url = NodeNative.class.getResource(res);
        if (url == null) throw new IllegalStateException("napi-jvm: " + res + " missing from node-runtime (built for linux-x86_64 only)");
        try {
            if (url.getProtocol().equals("file")) return Path.of(url.toURI());
            Path dir = Files.createTempDirectory("napi-jvm-node");
            Path p = dir.resolve("libnapijvm-node.so");
            try (InputStream in = url.openStream()) {
                Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            }
            p.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return p;
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("napi-jvm: cannot extract " + res, e);
        }
    }
}
