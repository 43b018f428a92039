package org.napijvm.node.binding;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * node_zlib.cc's compression contexts over the system libraries through FFM: {@link ZlibCtx} (libz.so.1: deflate,
 * inflate, gzip, raw, unzip), {@link BrotliEnc}/{@link BrotliDec} (libbrotlienc.so.1, libbrotlidec.so.1) and
 * {@link ZstdC}/{@link ZstdD} (libzstd.so.1). Each follows Node 25.8.1's context of the same name: buffers set per
 * write, {@code work()} is DoThreadPoolWork (runs on libuv's threadpool for async writes, so it touches only native
 * memory and this object), {@code error()} is GetErrorInfo. A library is loaded when first used, so a machine
 * without brotli still runs zlib; a missing one fails with the package to install.
 */
final class ZlibStreams {
    private ZlibStreams() {}

    private static final Linker L = Linker.nativeLinker();

    /** CompressionError: message, code (Node's), err (the library's number). */
    record Err(String message, String code, int errno) {}

    // ---- the libraries ----

    static final class Lib {
        final String name;
        final SymbolLookup lookup;

        Lib(String name, String pkg) {
            this.name = name;
            SymbolLookup l;
            try {
                l = SymbolLookup.libraryLookup(name, Arena.global());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("napi-jvm: zlib needs " + name + " (Debian: apt-get install " + pkg + ")");
            }
            this.lookup = l;
        }

        MethodHandle fn(String sym, MemoryLayout ret, MemoryLayout... args) {
            MemorySegment s = lookup.find(sym).orElseThrow(() -> new IllegalStateException("napi-jvm: " + name + " has no " + sym));
            return L.downcallHandle(s, ret == null ? FunctionDescriptor.ofVoid(args) : FunctionDescriptor.of(ret, args));
        }

        MethodHandle optional(String sym, MemoryLayout ret, MemoryLayout... args) {
            return lookup.find(sym).isPresent() ? fn(sym, ret, args) : null;
        }
    }

    static final MemoryLayout J = JAVA_LONG, I = JAVA_INT;

    static RuntimeException rt(Throwable t) {
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    static String cString(long p) {
        if (p == 0) return null;
        MemorySegment s = MemorySegment.ofAddress(p).reinterpret(Long.MAX_VALUE);
        long n = 0;
        while (s.get(JAVA_BYTE, n) != 0) n++;
        return new String(s.asSlice(0, n).toArray(JAVA_BYTE), StandardCharsets.ISO_8859_1);
    }

    /** A native copy of a dictionary (Node copies it into the context), or null when empty. */
    static MemorySegment copy(Arena a, long addr, long len) {
        if (len <= 0) return null;
        MemorySegment d = a.allocate(len);
        MemorySegment.copy(MemorySegment.ofAddress(addr).reinterpret(len), 0, d, 0, len);
        return d;
    }

    // node_zlib_mode
    static final int NONE = 0, DEFLATE = 1, INFLATE = 2, GZIP = 3, GUNZIP = 4, DEFLATERAW = 5, INFLATERAW = 6, UNZIP = 7,
            BROTLI_DECODE = 8, BROTLI_ENCODE = 9, ZSTD_COMPRESS = 10, ZSTD_DECOMPRESS = 11;

    /** One compression stream's native state (a CompressionStream's ctx_). */
    abstract static class Ctx {
        /** Shared: async writes run work() on a threadpool thread. */
        final Arena arena = Arena.ofShared();
        int flush;
        boolean closed;

        abstract void setBuffers(long in, int inLen, long out, int outLen);

        /** [availIn, availOut] after a write. */
        abstract int availIn();

        abstract int availOut();

        abstract void work();

        abstract Err error();

        abstract Err reset();

        void params(int a, int b, Err[] out) {}

        abstract void free();

        final void close() {
            if (closed) return;
            closed = true;
            free();
            arena.close();
        }
    }

    // ---- zlib ----

    static final class Z {
        static final Lib LIB = new Lib("libz.so.1", "zlib1g");
        static final MethodHandle DEFLATE_INIT2 = LIB.fn("deflateInit2_", I, J, I, I, I, I, I, J, I);
        static final MethodHandle INFLATE_INIT2 = LIB.fn("inflateInit2_", I, J, I, J, I);
        static final MethodHandle DEFLATE = LIB.fn("deflate", I, J, I);
        static final MethodHandle INFLATE = LIB.fn("inflate", I, J, I);
        static final MethodHandle DEFLATE_END = LIB.fn("deflateEnd", I, J);
        static final MethodHandle INFLATE_END = LIB.fn("inflateEnd", I, J);
        static final MethodHandle DEFLATE_RESET = LIB.fn("deflateReset", I, J);
        static final MethodHandle INFLATE_RESET = LIB.fn("inflateReset", I, J);
        static final MethodHandle DEFLATE_PARAMS = LIB.fn("deflateParams", I, J, I, I);
        static final MethodHandle DEFLATE_SET_DICT = LIB.fn("deflateSetDictionary", I, J, J, I);
        static final MethodHandle INFLATE_SET_DICT = LIB.fn("inflateSetDictionary", I, J, J, I);
        static final MethodHandle CRC32 = LIB.fn("crc32", J, J, J, I);
        static final MethodHandle VERSION = LIB.fn("zlibVersion", J);
        static final long VERSION_PTR;
        static final int STREAM_SIZE = 112; // sizeof(z_stream) on LP64

        static {
            try {
                VERSION_PTR = (long) VERSION.invokeExact();
            } catch (Throwable t) {
                throw new ExceptionInInitializerError(t);
            }
        }
    }

    static final int Z_NO_FLUSH = 0, Z_FINISH = 4, Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_DATA_ERROR = -3,
            Z_BUF_ERROR = -5;
    private static final Map<Integer, String> Z_CODES = Map.of(0, "Z_OK", 1, "Z_STREAM_END", 2, "Z_NEED_DICT",
            -1, "Z_ERRNO", -2, "Z_STREAM_ERROR", -3, "Z_DATA_ERROR", -4, "Z_MEM_ERROR", -5, "Z_BUF_ERROR",
            -6, "Z_VERSION_ERROR");

    static long crc32(long value, long addr, int len) {
        try {
            return (long) Z.CRC32.invokeExact(value, addr, len) & 0xffffffffL;
        } catch (Throwable t) { throw rt(t); }
    }

    /** ZlibContext: z_stream at 0 next_in, 8 avail_in, 24 next_out, 32 avail_out, 48 msg. */
    static final class ZlibCtx extends Ctx {
        final MemorySegment strm = arena.allocate(Z.STREAM_SIZE, 8);
        int mode, err, level, windowBits, memLevel, strategy, gzipIdBytesRead;
        boolean initDone;
        MemorySegment dictionary;

        ZlibCtx(int mode) {
            this.mode = mode;
        }

        void init(int level, int windowBits, int memLevel, int strategy, long dictAddr, long dictLen) {
            this.level = level;
            this.windowBits = windowBits;
            this.memLevel = memLevel;
            this.strategy = strategy;
            flush = Z_NO_FLUSH;
            err = Z_OK;
            if (mode == GZIP || mode == GUNZIP) this.windowBits += 16;
            if (mode == UNZIP) this.windowBits += 32;
            if (mode == DEFLATERAW || mode == INFLATERAW) this.windowBits *= -1;
            dictionary = copy(arena, dictAddr, dictLen);
        }

        private long p() {
            return strm.address();
        }

        /** InitZlib: the z_stream is set up lazily (first write, params or reset); true on that first call. */
        synchronized boolean initZlib() {
            if (initDone) return false;
            strm.set(JAVA_LONG, 48, 0);
            try {
                switch (mode) {
                    case DEFLATE, GZIP, DEFLATERAW -> err = (int) Z.DEFLATE_INIT2.invokeExact(p(), level, 8, windowBits, memLevel, strategy, Z.VERSION_PTR, Z.STREAM_SIZE);
                    default -> err = (int) Z.INFLATE_INIT2.invokeExact(p(), windowBits, Z.VERSION_PTR, Z.STREAM_SIZE);
                }
            } catch (Throwable t) { throw rt(t); }
            if (err != Z_OK) {
                dictionary = null;
                mode = NONE;
                return true;
            }
            setDictionary();
            initDone = true;
            return true;
        }

        Err setDictionary() {
            if (dictionary == null) return null;
            err = Z_OK;
            try {
                switch (mode) {
                    case DEFLATE, DEFLATERAW -> err = (int) Z.DEFLATE_SET_DICT.invokeExact(p(), dictionary.address(), (int) dictionary.byteSize());
                    case INFLATERAW -> err = (int) Z.INFLATE_SET_DICT.invokeExact(p(), dictionary.address(), (int) dictionary.byteSize());
                    default -> { }
                }
            } catch (Throwable t) { throw rt(t); }
            return err != Z_OK ? errorFor("Failed to set dictionary") : null;
        }

        @Override
        void setBuffers(long in, int inLen, long out, int outLen) {
            strm.set(JAVA_LONG, 0, in);
            strm.set(JAVA_INT, 8, inLen);
            strm.set(JAVA_LONG, 24, out);
            strm.set(JAVA_INT, 32, outLen);
        }

        @Override
        int availIn() {
            return strm.get(JAVA_INT, 8);
        }

        @Override
        int availOut() {
            return strm.get(JAVA_INT, 32);
        }

        private byte nextIn(int i) {
            return MemorySegment.ofAddress(strm.get(JAVA_LONG, 0)).reinterpret(i + 1).get(JAVA_BYTE, i);
        }

        @Override
        synchronized void work() {
            boolean first = initZlib();
            if (first && err != Z_OK) return;
            try {
                switch (mode) {
                    case DEFLATE, GZIP, DEFLATERAW -> err = (int) Z.DEFLATE.invokeExact(p(), flush);
                    case UNZIP, INFLATE, GUNZIP, INFLATERAW -> {
                        if (mode == UNZIP) detectGzip();
                        err = (int) Z.INFLATE.invokeExact(p(), flush);
                        // a stream made with a dictionary (INFLATERAW has it set already)
                        if (mode != INFLATERAW && err == Z_NEED_DICT && dictionary != null) {
                            err = (int) Z.INFLATE_SET_DICT.invokeExact(p(), dictionary.address(), (int) dictionary.byteSize());
                            if (err == Z_OK) err = (int) Z.INFLATE.invokeExact(p(), flush);
                            else if (err == Z_DATA_ERROR) err = Z_NEED_DICT; // tell a bad dictionary from bad input
                        }
                        // more gzip members after this one (trailing zero bytes are padding)
                        while (availIn() > 0 && mode == GUNZIP && err == Z_STREAM_END && nextIn(0) != 0) {
                            reset();
                            err = (int) Z.INFLATE.invokeExact(p(), flush);
                        }
                    }
                    default -> throw new IllegalStateException("napi-jvm: zlib write in mode " + mode);
                }
            } catch (Throwable t) { throw rt(t); }
        }

        /** UNZIP: gzip if the first two bytes are gzip's magic, else zlib (inflate). */
        private void detectGzip() {
            int avail = availIn();
            if (avail == 0) return;
            int i = 0;
            if (gzipIdBytesRead == 0) {
                if ((nextIn(0) & 0xff) != 0x1f) {
                    mode = INFLATE;
                    return;
                }
                gzipIdBytesRead = 1;
                i = 1;
                if (avail == 1) return;
            }
            if (gzipIdBytesRead == 1) {
                if ((nextIn(i) & 0xff) == 0x8b) {
                    gzipIdBytesRead = 2;
                    mode = GUNZIP;
                } else {
                    mode = INFLATE;
                }
            }
        }

        Err errorFor(String message) {
            String msg = cString(strm.get(JAVA_LONG, 48));
            return new Err(msg != null ? msg : message, Z_CODES.getOrDefault(err, "Z_UNKNOWN_ERROR"), err);
        }

        @Override
        synchronized Err error() {
            switch (err) {
                case Z_OK, Z_BUF_ERROR:
                    if (availOut() != 0 && flush == Z_FINISH) return errorFor("unexpected end of file");
                    return null;
                case Z_STREAM_END:
                    return null;
                case Z_NEED_DICT:
                    return errorFor(dictionary == null ? "Missing dictionary" : "Bad dictionary");
                default:
                    return errorFor("Zlib error");
            }
        }

        @Override
        synchronized Err reset() {
            boolean first = initZlib();
            if (first && err != Z_OK) return errorFor("Failed to init stream before reset");
            err = Z_OK;
            try {
                switch (mode) {
                    case DEFLATE, DEFLATERAW, GZIP -> err = (int) Z.DEFLATE_RESET.invokeExact(p());
                    case INFLATE, INFLATERAW, GUNZIP -> err = (int) Z.INFLATE_RESET.invokeExact(p());
                    default -> { }
                }
            } catch (Throwable t) { throw rt(t); }
            if (err != Z_OK) return errorFor("Failed to reset stream");
            return setDictionary();
        }

        @Override
        synchronized void params(int level, int strategy, Err[] out) {
            boolean first = initZlib();
            if (first && err != Z_OK) {
                out[0] = errorFor("Failed to init stream before set parameters");
                return;
            }
            err = Z_OK;
            try {
                if (mode == DEFLATE || mode == DEFLATERAW) err = (int) Z.DEFLATE_PARAMS.invokeExact(p(), level, strategy);
            } catch (Throwable t) { throw rt(t); }
            if (err != Z_OK && err != Z_BUF_ERROR) out[0] = errorFor("Failed to set parameters");
        }

        @Override
        synchronized void free() {
            if (!initDone) {
                mode = NONE;
                return;
            }
            try {
                if (mode == DEFLATE || mode == GZIP || mode == DEFLATERAW) {
                    int r = (int) Z.DEFLATE_END.invokeExact(p());
                } else if (mode != NONE) {
                    int r = (int) Z.INFLATE_END.invokeExact(p());
                }
            } catch (Throwable t) { throw rt(t); }
            mode = NONE;
        }
    }
}
