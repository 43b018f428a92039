package org.napijvm.graal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/** Raw access to native memory by address: Node-API passes pointers, and the bodies take them as {@code long}. */
public final class Mem {
    private Mem() {}

    /** All of the address space; every access is by absolute address. */
    public static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

    public static long getLong(long addr) { return ALL.get(ValueLayout.JAVA_LONG_UNALIGNED, addr); }
    public static int getInt(long addr) { return ALL.get(ValueLayout.JAVA_INT_UNALIGNED, addr); }
    public static byte getByte(long addr) { return ALL.get(ValueLayout.JAVA_BYTE, addr); }
    public static char getChar(long addr) { return ALL.get(ValueLayout.JAVA_CHAR_UNALIGNED, addr); }
    public static double getDouble(long addr) { return ALL.get(ValueLayout.JAVA_DOUBLE_UNALIGNED, addr); }
    public static void putLong(long addr, long v) { ALL.set(ValueLayout.JAVA_LONG_UNALIGNED, addr, v); }
    public static void putInt(long addr, int v) { ALL.set(ValueLayout.JAVA_INT_UNALIGNED, addr, v); }
    public static void putByte(long addr, byte v) { ALL.set(ValueLayout.JAVA_BYTE, addr, v); }
    public static void putChar(long addr, char v) { ALL.set(ValueLayout.JAVA_CHAR_UNALIGNED, addr, v); }
    public static void putDouble(long addr, double v) { ALL.set(ValueLayout.JAVA_DOUBLE_UNALIGNED, addr, v); }
    public static void putBool(long addr, boolean v) { ALL.set(ValueLayout.JAVA_BYTE, addr, (byte) (v ? 1 : 0)); }

    /** NAPI_AUTO_LENGTH: (size_t)-1. */
    public static final long AUTO_LENGTH = -1L;

    public static byte[] bytes(long addr, long len) {
        byte[] b = new byte[Math.toIntExact(len)];
        MemorySegment.copy(ALL, ValueLayout.JAVA_BYTE, addr, b, 0, b.length);
        return b;
    }

    public static void putBytes(long addr, byte[] b, int off, int len) {
        MemorySegment.copy(b, off, ALL, ValueLayout.JAVA_BYTE, addr, len);
    }

    public static long strlen(long addr) {
        long n = 0;
        while (getByte(addr + n) != 0) n++;
        return n;
    }

    /** A UTF-8 C string (len may be NAPI_AUTO_LENGTH). */
    public static String utf8(long addr, long len) {
        if (len == AUTO_LENGTH) len = strlen(addr);
        return new String(bytes(addr, len), StandardCharsets.UTF_8);
    }
}
