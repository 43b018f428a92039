package org.napijvm.node.binding;

import org.napijvm.node.binding.ZlibStreams.Ctx;
import org.napijvm.node.binding.ZlibStreams.Err;
import org.napijvm.node.binding.ZlibStreams.Lib;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.napijvm.node.binding.ZlibStreams.I;
import static org.napijvm.node.binding.ZlibStreams.J;
import static org.napijvm.node.binding.ZlibStreams.rt;

/**
 * node_zlib.cc's Brotli and Zstd contexts (Node 25.8.1) over libbrotlienc.so.1/libbrotlidec.so.1 and libzstd.so.1:
 * the same calls Node makes (BrotliEncoderCompressStream, BrotliDecoderDecompressStream, ZSTD_compressStream2,
 * ZSTD_decompressStream), the same error messages and codes. Each stream's in/out cursors live in native memory of
 * its own, as the library reads and advances them.
 */
final class BrotliZstd {
    private BrotliZstd() {}

    static final class Enc {
        static final Lib LIB = new Lib("libbrotlienc.so.1", "libbrotli1");
        static final MethodHandle CREATE = LIB.fn("BrotliEncoderCreateInstance", J, J, J, J);
        static final MethodHandle DESTROY = LIB.fn("BrotliEncoderDestroyInstance", null, J);
        static final MethodHandle SET = LIB.fn("BrotliEncoderSetParameter", I, J, I, I);
        static final MethodHandle STREAM = LIB.fn("BrotliEncoderCompressStream", I, J, I, J, J, J, J, J);
        // brotli >= 1.1 (Node 25 bundles 1.2.0); Debian 12 has 1.0.9 without them
        static final MethodHandle PREPARE = LIB.optional("BrotliEncoderPrepareDictionary", J, I, J, J, I, J, J, J);
        static final MethodHandle ATTACH = LIB.optional("BrotliEncoderAttachPreparedDictionary", I, J, J);
        static final MethodHandle DESTROY_DICT = LIB.optional("BrotliEncoderDestroyPreparedDictionary", null, J);
        static final MethodHandle VERSION = LIB.fn("BrotliEncoderVersion", I);
    }

    static final class Dec {
        static final Lib LIB = new Lib("libbrotlidec.so.1", "libbrotli1");
        static final MethodHandle CREATE = LIB.fn("BrotliDecoderCreateInstance", J, J, J, J);
        static final MethodHandle DESTROY = LIB.fn("BrotliDecoderDestroyInstance", null, J);
        static final MethodHandle SET = LIB.fn("BrotliDecoderSetParameter", I, J, I, I);
        static final MethodHandle STREAM = LIB.fn("BrotliDecoderDecompressStream", I, J, J, J, J, J, J);
        static final MethodHandle ERROR_CODE = LIB.fn("BrotliDecoderGetErrorCode", I, J);
        static final MethodHandle ERROR_STRING = LIB.fn("BrotliDecoderErrorString", J, I);
        static final MethodHandle ATTACH = LIB.optional("BrotliDecoderAttachDictionary", I, J, I, J, J);
    }

    private static final int BROTLI_SHARED_DICTIONARY_RAW = 0, BROTLI_MAX_QUALITY = 11, BROTLI_OPERATION_FINISH = 2,
            BROTLI_DECODER_RESULT_ERROR = 0, BROTLI_DECODER_RESULT_SUCCESS = 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT = 2;

    static String brotliVersion() {
        try {
            int v = (int) Enc.VERSION.invokeExact();
            return (v >>> 24) + "." + ((v >>> 12) & 0xfff) + "." + (v & 0xfff);
        } catch (Throwable t) { throw rt(t); }
    }

    /** BrotliContext: cursors at 0 avail_in, 8 next_in, 16 avail_out, 24 next_out (size_t and pointers). */
    abstract static class Brotli extends Ctx {
        final MemorySegment cur = arena.allocate(32, 8);
        long state;
        MemorySegment dictionary;
        /** Parameters set so far, replayed by reset. */
        final List<int[]> params = new ArrayList<>();

        @Override
        void setBuffers(long in, int inLen, long out, int outLen) {
            cur.set(JAVA_LONG, 0, Integer.toUnsignedLong(inLen));
            cur.set(JAVA_LONG, 8, in);
            cur.set(JAVA_LONG, 16, Integer.toUnsignedLong(outLen));
            cur.set(JAVA_LONG, 24, out);
        }

        @Override
        int availIn() {
            return (int) cur.get(JAVA_LONG, 0);
        }

        @Override
        int availOut() {
            return (int) cur.get(JAVA_LONG, 16);
        }

        abstract Err init(long dictAddr, long dictLen);

        abstract boolean set(int key, int value);

        Err setParams(int key, int value) {
            if (!set(key, value)) return new Err("Setting parameter failed", "ERR_BROTLI_PARAM_SET_FAILED", -1);
            params.removeIf(p -> p[0] == key);
            params.add(new int[] {key, value});
            return null;
        }

        @Override
        synchronized Err reset() {
            List<int[]> replay = List.copyOf(params);
            MemorySegment d = dictionary;
            Err e = init(d == null ? 0 : d.address(), d == null ? 0 : d.byteSize());
            if (e != null) return e;
            for (int[] p : replay) {
                e = setParams(p[0], p[1]);
                if (e != null) return e;
            }
            return null;
        }

        static Err noDictionaries() {
            return new Err("napi-jvm: brotli dictionaries need libbrotli >= 1.1; this system has " + brotliVersion(),
                    "ERR_ZLIB_DICTIONARY_LOAD_FAILED", -1);
        }
    }

    static final class BrotliEnc extends Brotli {
        boolean lastResult = true;
        long prepared;

        @Override
        synchronized Err init(long dictAddr, long dictLen) {
            free();
            params.clear();
            MemorySegment dict = ZlibStreams.copy(arena, dictAddr, dictLen);
            try {
                state = (long) Enc.CREATE.invokeExact(0L, 0L, 0L);
                if (state == 0) return new Err("Could not initialize Brotli instance", "ERR_ZLIB_INITIALIZATION_FAILED", -1);
                dictionary = dict;
                if (dict != null) {
                    if (Enc.PREPARE == null || Enc.ATTACH == null) return noDictionaries();
                    prepared = (long) Enc.PREPARE.invokeExact(BROTLI_SHARED_DICTIONARY_RAW, dict.byteSize(), dict.address(), BROTLI_MAX_QUALITY, 0L, 0L, 0L);
                    if (prepared == 0) return new Err("Failed to prepare brotli dictionary", "ERR_ZLIB_DICTIONARY_LOAD_FAILED", -1);
                    if ((int) Enc.ATTACH.invokeExact(state, prepared) == 0)
                        return new Err("Failed to attach brotli dictionary", "ERR_ZLIB_DICTIONARY_LOAD_FAILED", -1);
                }
            } catch (Throwable t) { throw rt(t); }
            return null;
        }

        @Override
        synchronized boolean set(int key, int value) {
            try {
                return (int) Enc.SET.invokeExact(state, key, value) != 0;
            } catch (Throwable t) { throw rt(t); }
        }

        @Override
        synchronized void work() {
            long c = cur.address();
            try {
                lastResult = (int) Enc.STREAM.invokeExact(state, flush, c, c + 8, c + 16, c + 24, 0L) != 0;
            } catch (Throwable t) { throw rt(t); }
        }

        @Override
        synchronized Err error() {
            return lastResult ? null : new Err("Compression failed", "ERR_BROTLI_COMPRESSION_FAILED", -1);
        }

        @Override
        synchronized void free() {
            try {
                if (state != 0) Enc.DESTROY.invokeExact(state);
                if (prepared != 0) Enc.DESTROY_DICT.invokeExact(prepared);
            } catch (Throwable t) { throw rt(t); }
            state = 0;
            prepared = 0;
        }
    }

    static final class BrotliDec extends Brotli {
        int lastResult = BROTLI_DECODER_RESULT_SUCCESS, error;
        String errorString;

        @Override
        synchronized Err init(long dictAddr, long dictLen) {
            free();
            params.clear();
            MemorySegment dict = ZlibStreams.copy(arena, dictAddr, dictLen);
            try {
                state = (long) Dec.CREATE.invokeExact(0L, 0L, 0L);
                if (state == 0) return new Err("Could not initialize Brotli instance", "ERR_ZLIB_INITIALIZATION_FAILED", -1);
                dictionary = dict;
                if (dict != null) {
                    if (Dec.ATTACH == null) return noDictionaries();
                    if ((int) Dec.ATTACH.invokeExact(state, BROTLI_SHARED_DICTIONARY_RAW, dict.byteSize(), dict.address()) == 0)
                        return new Err("Failed to attach brotli dictionary", "ERR_ZLIB_DICTIONARY_LOAD_FAILED", -1);
                }
            } catch (Throwable t) { throw rt(t); }
            return null;
        }

        @Override
        synchronized boolean set(int key, int value) {
            try {
                return (int) Dec.SET.invokeExact(state, key, value) != 0;
            } catch (Throwable t) { throw rt(t); }
        }

        @Override
        synchronized void work() {
            long c = cur.address();
            try {
                lastResult = (int) Dec.STREAM.invokeExact(state, c, c + 8, c + 16, c + 24, 0L);
                if (lastResult == BROTLI_DECODER_RESULT_ERROR) {
                    error = (int) Dec.ERROR_CODE.invokeExact(state);
                    errorString = "ERR_" + ZlibStreams.cString((long) Dec.ERROR_STRING.invokeExact(error));
                }
            } catch (Throwable t) { throw rt(t); }
        }

        @Override
        synchronized Err error() {
            if (error != 0) return new Err("Decompression failed", errorString, error);
            // as zlib: brotli has no code of its own for a truncated stream
            if (flush == BROTLI_OPERATION_FINISH && lastResult == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
                return new Err("unexpected end of file", "Z_BUF_ERROR", ZlibStreams.Z_BUF_ERROR);
            return null;
        }

        @Override
        synchronized void free() {
            try {
                if (state != 0) Dec.DESTROY.invokeExact(state);
            } catch (Throwable t) { throw rt(t); }
            state = 0;
        }
    }

    // ---- zstd ----

    static final class Zstd {
        static final Lib LIB = new Lib("libzstd.so.1", "libzstd1");
        static final MethodHandle CREATE_C = LIB.fn("ZSTD_createCCtx", J);
        static final MethodHandle FREE_C = LIB.fn("ZSTD_freeCCtx", J, J);
        static final MethodHandle SET_C = LIB.fn("ZSTD_CCtx_setParameter", J, J, I, I);
        static final MethodHandle PLEDGE = LIB.fn("ZSTD_CCtx_setPledgedSrcSize", J, J, J);
        static final MethodHandle DICT_C = LIB.fn("ZSTD_CCtx_loadDictionary", J, J, J, J);
        static final MethodHandle COMPRESS = LIB.fn("ZSTD_compressStream2", J, J, J, J, I);
        static final MethodHandle CREATE_D = LIB.fn("ZSTD_createDCtx", J);
        static final MethodHandle FREE_D = LIB.fn("ZSTD_freeDCtx", J, J);
        static final MethodHandle SET_D = LIB.fn("ZSTD_DCtx_setParameter", J, J, I, I);
        static final MethodHandle DICT_D = LIB.fn("ZSTD_DCtx_loadDictionary", J, J, J, J);
        static final MethodHandle DECOMPRESS = LIB.fn("ZSTD_decompressStream", J, J, J, J);
        static final MethodHandle IS_ERROR = LIB.fn("ZSTD_isError", I, J);
        static final MethodHandle ERROR_CODE = LIB.fn("ZSTD_getErrorCode", I, J);
        static final MethodHandle ERROR_STRING = LIB.fn("ZSTD_getErrorString", J, I);
    }

    static final long ZSTD_CONTENTSIZE_UNKNOWN = -1L;
    // zstd_errors.h's ZSTD_ErrorCode -> its name (Node's ZstdStrerror)
    private static final Map<Integer, String> ZSTD_CODES = Map.ofEntries(Map.entry(0, "no_error"),
            Map.entry(1, "GENERIC"), Map.entry(10, "prefix_unknown"), Map.entry(12, "version_unsupported"),
            Map.entry(14, "frameParameter_unsupported"), Map.entry(16, "frameParameter_windowTooLarge"),
            Map.entry(20, "corruption_detected"), Map.entry(22, "checksum_wrong"), Map.entry(24, "literals_headerWrong"),
            Map.entry(30, "dictionary_corrupted"), Map.entry(32, "dictionary_wrong"),
            Map.entry(34, "dictionaryCreation_failed"), Map.entry(40, "parameter_unsupported"),
            Map.entry(41, "parameter_combination_unsupported"), Map.entry(42, "parameter_outOfBound"),
            Map.entry(44, "tableLog_tooLarge"), Map.entry(46, "maxSymbolValue_tooLarge"),
            Map.entry(48, "maxSymbolValue_tooSmall"), Map.entry(50, "stabilityCondition_notRespected"),
            Map.entry(60, "stage_wrong"), Map.entry(62, "init_missing"), Map.entry(64, "memory_allocation"),
            Map.entry(66, "workSpace_tooSmall"), Map.entry(70, "dstSize_tooSmall"), Map.entry(72, "srcSize_wrong"),
            Map.entry(74, "dstBuffer_null"), Map.entry(80, "noForwardProgress_destFull"),
            Map.entry(82, "noForwardProgress_inputEmpty"));

    /** ZstdContext: ZSTD_inBuffer at 0 (src, size, pos), ZSTD_outBuffer at 24 (dst, size, pos). */
    abstract static class ZstdCtx extends Ctx {
        final MemorySegment buf = arena.allocate(48, 8);
        long cctx;
        int error;
        String errorString, errorCode;

        @Override
        void setBuffers(long in, int inLen, long out, int outLen) {
            buf.set(JAVA_LONG, 0, in);
            buf.set(JAVA_LONG, 8, Integer.toUnsignedLong(inLen));
            buf.set(JAVA_LONG, 16, 0);
            buf.set(JAVA_LONG, 24, out);
            buf.set(JAVA_LONG, 32, Integer.toUnsignedLong(outLen));
            buf.set(JAVA_LONG, 40, 0);
        }

        @Override
        int availIn() {
            return (int) (buf.get(JAVA_LONG, 8) - buf.get(JAVA_LONG, 16));
        }

        @Override
        int availOut() {
            return (int) (buf.get(JAVA_LONG, 32) - buf.get(JAVA_LONG, 40));
        }

        /** The result of a zstd call: true when it is an error (recorded as Node does). */
        boolean failed(long r) {
            try {
                if ((int) Zstd.IS_ERROR.invokeExact(r) == 0) return false;
                error = (int) Zstd.ERROR_CODE.invokeExact(r);
                errorCode = "ZSTD_error_" + ZSTD_CODES.getOrDefault(error, "GENERIC");
                errorString = ZlibStreams.cString((long) Zstd.ERROR_STRING.invokeExact(error));
                return true;
            } catch (Throwable t) { throw rt(t); }
        }

        abstract Err init(long pledged, long dictAddr, long dictLen);

        abstract Err setParameter(int key, int value);

        @Override
        synchronized Err error() {
            return error != 0 ? new Err(errorString, errorCode, error) : null;
        }

        static boolean isError(long r) {
            try {
                return (int) Zstd.IS_ERROR.invokeExact(r) != 0;
            } catch (Throwable t) { throw rt(t); }
        }
    }

    static final class ZstdC extends ZstdCtx {
        long pledged = ZSTD_CONTENTSIZE_UNKNOWN;

        @Override
        synchronized Err init(long pledged, long dictAddr, long dictLen) {
            this.pledged = pledged;
            free();
            try {
                cctx = (long) Zstd.CREATE_C.invokeExact();
                if (cctx == 0) return new Err("Could not initialize zstd instance", "ERR_ZLIB_INITIALIZATION_FAILED", -1);
                if (dictLen > 0 && isError((long) Zstd.DICT_C.invokeExact(cctx, dictAddr, dictLen)))
                    return new Err("Failed to load zstd dictionary", "ERR_ZLIB_DICTIONARY_LOAD_FAILED", -1);
                if (isError((long) Zstd.PLEDGE.invokeExact(cctx, pledged)))
                    return new Err("Could not set pledged src size", "ERR_ZLIB_INITIALIZATION_FAILED", -1);
            } catch (Throwable t) { throw rt(t); }
            return null;
        }

        @Override
        synchronized Err setParameter(int key, int value) {
            try {
                if (isError((long) Zstd.SET_C.invokeExact(cctx, key, value)))
                    return new Err("Setting parameter failed", "ERR_ZSTD_PARAM_SET_FAILED", -1);
            } catch (Throwable t) { throw rt(t); }
            return null;
        }

        @Override
        synchronized void work() {
            try {
                failed((long) Zstd.COMPRESS.invokeExact(cctx, buf.address() + 24, buf.address(), flush));
            } catch (Throwable t) { throw rt(t); }
        }

        /** Node 25.8.1's ResetStream: a fresh context with the pledged size only (no dictionary, no parameters). */
        @Override
        synchronized Err reset() {
            return init(pledged, 0, 0);
        }

        @Override
        synchronized void free() {
            try {
                if (cctx != 0) {
                    long r = (long) Zstd.FREE_C.invokeExact(cctx);
                }
            } catch (Throwable t) { throw rt(t); }
            cctx = 0;
        }
    }

    static final class ZstdD extends ZstdCtx {
        @Override
        synchronized Err init(long pledged, long dictAddr, long dictLen) {
            free();
            try {
                cctx = (long) Zstd.CREATE_D.invokeExact();
                if (cctx == 0) return new Err("Could not initialize zstd instance", "ERR_ZLIB_INITIALIZATION_FAILED", -1);
                if (dictLen > 0 && isError((long) Zstd.DICT_D.invokeExact(cctx, dictAddr, dictLen)))
                    return new Err("Failed to load zstd dictionary", "ERR_ZLIB_DICTIONARY_LOAD_FAILED", -1);
            } catch (Throwable t) { throw rt(t); }
            return null;
        }

        @Override
        synchronized Err setParameter(int key, int value) {
            try {
                if (isError((long) Zstd.SET_D.invokeExact(cctx, key, value)))
                    return new Err("Setting parameter failed", "ERR_ZSTD_PARAM_SET_FAILED", -1);
            } catch (Throwable t) { throw rt(t); }
            return null;
        }

        @Override
        synchronized void work() {
            try {
                failed((long) Zstd.DECOMPRESS.invokeExact(cctx, buf.address() + 24, buf.address()));
            } catch (Throwable t) { throw rt(t); }
        }

        @Override
        synchronized Err reset() {
            return init(ZSTD_CONTENTSIZE_UNKNOWN, 0, 0);
        }

        @Override
        synchronized void free() {
            try {
                if (cctx != 0) {
                    long r = (long) Zstd.FREE_D.invokeExact(cctx);
                }
            } catch (Throwable t) { throw rt(t); }
            cctx = 0;
        }
    }
}
