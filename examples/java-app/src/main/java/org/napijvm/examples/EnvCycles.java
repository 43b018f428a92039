package org.napijvm.examples;

import org.graalvm.polyglot.Engine;
import org.napijvm.node.NodeEnv;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Memory across env lifetimes: creates an env that loads {@code @node-rs/crc32}, calls it with a byte[] and closes it,
 * N times (default 1,000) on one shared Engine; before the first and after every 100 cycles (after a full GC) it
 * prints the process's resident set (VmRSS), glibc malloc's bytes in use (mallinfo2: uordblks + hblkhd, all arenas),
 * the JVM's direct ByteBuffers and its heap in use. Usage: EnvCycles [app dir] [cycles] [cycles per report].
 */
public final class EnvCycles {
    public static void main(String[] args) throws Throwable {
        Path appDir = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int cycles = args.length > 1 ? Integer.parseInt(args[1]) : 1_000, every = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        byte[] text = "héllo wörld".getBytes(StandardCharsets.UTF_8);
        CRC32 c = new CRC32();
        c.update(text);
        System.out.println("cycles  VmRSS MiB  malloc in use MiB  direct buffers MiB  heap used MiB  ms/cycle");
        try (Engine engine = NodeEnv.newEngine()) {
            report(0, 0);
            long t0 = System.nanoTime();
            for (int i = 1; i <= cycles; i++) {
                try (NodeEnv env = NodeEnv.builder().engine(engine).cwd(appDir).stdout(new ByteArrayOutputStream()).build()) {
                    long crc = env.callExport(Long.class, "@node-rs/crc32", "crc32", text);
                    if (crc != c.getValue()) throw new AssertionError("crc32 " + crc + " != " + c.getValue());
                }
                if (i % every == 0) {
                    report(i, (System.nanoTime() - t0) / 1e6 / every);
                    t0 = System.nanoTime();
                }
            }
        }
    }

    static void report(int cycle, double msPerCycle) throws Throwable {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), direct = 0;
        for (BufferPoolMXBean b : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class))
            if (b.getName().equals("direct")) direct = b.getMemoryUsed();
        System.out.printf("%6d  %9.1f  %17.1f  %18.1f  %13.1f  %8.0f%n", cycle, vmRssKb() / 1024.0, mallocInUse() / 1048576.0,
                direct / 1048576.0, heap / 1048576.0, msPerCycle);
    }

    static long vmRssKb() throws Exception {
        for (String l : Files.readAllLines(Path.of("/proc/self/status")))
            if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("\\D", ""));
        return -1;
    }

    private static final MemoryLayout MALLINFO2 = MemoryLayout.structLayout(java.util.stream.Stream.of("arena", "ordblks",
            "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")
            .map(n -> ValueLayout.JAVA_LONG.withName(n)).toArray(MemoryLayout[]::new));
    private static final MethodHandle MALLINFO = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("mallinfo2").orElseThrow(), FunctionDescriptor.of(MALLINFO2));

    /** glibc's mallinfo2(): uordblks (bytes in use in the arenas) + hblkhd (bytes in mmapped blocks). */
    static long mallocInUse() throws Throwable {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment m = (MemorySegment) MALLINFO.invokeExact((java.lang.foreign.SegmentAllocator) a);
            return m.getAtIndex(ValueLayout.JAVA_LONG, 7) + m.getAtIndex(ValueLayout.JAVA_LONG, 4);
        }
    }
}
