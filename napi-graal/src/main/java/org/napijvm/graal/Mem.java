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

    public static void putChars(long addr, char[] c, int len) {
        MemorySegment.copy(c, 0, ALL, ValueLayout.JAVA_CHAR_UNALIGNED, addr, len);
    }

    public static long strlen(long addr) {
        long n = 0;
        while (getByte(addr + n) != 0) n++;
        return n;
    }

    /** A UTF-8 C string (len may be NAPI_AUTO_LENGTH), decoded as V8 does. */
    public static String utf8(long addr, long len) {
        if (len == AUTO_LENGTH) len = strlen(addr);
        return decodeUtf8(bytes(addr, len));
    }

    /**
     * UTF-8 decoding as V8's String::NewFromUtf8 (the WHATWG decoder): each maximal invalid subpart becomes one
     * U+FFFD, so surrogates (ED A0 80) and overlongs (C0 80) give one U+FFFD per byte. Java's decoder differs.
     */
    public static String decodeUtf8(byte[] b) {
        int i = 0;
        while (i < b.length && b[i] >= 0) i++;
        if (i == b.length) return new String(b, StandardCharsets.ISO_8859_1); // ASCII
        StringBuilder sb = new StringBuilder(b.length);
        sb.append(new String(b, 0, i, StandardCharsets.ISO_8859_1));
        int cp = 0, needed = 0, seen = 0, lower = 0x80, upper = 0xBF;
        for (; i < b.length; i++) {
            int x = b[i] & 0xFF;
            if (needed == 0) {
                if (x <= 0x7F) sb.append((char) x);
                else if (x >= 0xC2 && x <= 0xDF) { needed = 1; cp = x & 0x1F; }
                else if (x >= 0xE0 && x <= 0xEF) {
                    if (x == 0xE0) lower = 0xA0;
                    if (x == 0xED) upper = 0x9F;
                    needed = 2;
                    cp = x & 0xF;
                } else if (x >= 0xF0 && x <= 0xF4) {
                    if (x == 0xF0) lower = 0x90;
                    if (x == 0xF4) upper = 0x8F;
                    needed = 3;
                    cp = x & 0x7;
                } else sb.append('\uFFFD');
                continue;
            }
            if (x < lower || x > upper) {
                cp = needed = seen = 0;
                lower = 0x80;
                upper = 0xBF;
                sb.append('\uFFFD');
                i--; // the byte starts afresh
                continue;
            }
            lower = 0x80;
            upper = 0xBF;
            cp = (cp << 6) | (x & 0x3F);
            if (++seen == needed) {
                sb.appendCodePoint(cp);
                cp = needed = seen = 0;
            }
        }
        if (needed != 0) sb.append('\uFFFD');
        return sb.toString();
    }
}
