package org.napijvm.node.doctor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a shared library says about its links, read from its bytes without loading it: the dynamic symbols it
 * imports and exports (.dynsym), the libraries it needs (DT_NEEDED), and the symbol-like names in its data, which
 * is how an addon that looks Node-API up with dlsym (napi-rs v3, libloading) shows what it will ask for.
 */
public final class ElfFile {
    /** A .dynsym entry: undefined (imported) or defined (exported); weak imports may be absent at run time. */
    public record Symbol(String name, boolean defined, boolean weak) {}

    public final Path path;
    /** null when the file is an ELF64 little-endian shared object; otherwise why it is not one we can load. */
    public final String notLoadable;
    public final int machine;
    public final List<Symbol> symbols = new ArrayList<>();
    public final List<String> needed = new ArrayList<>();
    private final byte[] bytes;

    static final int EM_X86_64 = 62, EM_AARCH64 = 183;
    static final int SHT_DYNSYM = 11, SHT_DYNAMIC = 6, DT_NEEDED = 1, STB_WEAK = 2;

    private ElfFile(Path path, byte[] bytes, String notLoadable, int machine) {
        this.path = path;
        this.bytes = bytes;
        this.notLoadable = notLoadable;
        this.machine = machine;
    }

    public static ElfFile read(Path path) throws IOException {
        byte[] b = Files.readAllBytes(path);
        if (b.length < 64 || b[0] != 0x7f || b[1] != 'E' || b[2] != 'L' || b[3] != 'F') {
            String kind = b.length >= 4 && (b[0] & 0xff) == 0xcf && (b[1] & 0xff) == 0xfa ? "a Mach-O binary (macOS)"
                    : b.length >= 2 && b[0] == 'M' && b[1] == 'Z' ? "a PE binary (Windows)" : "not an ELF file";
            return new ElfFile(path, b, kind, 0);
        }
        if (b[4] != 2 || b[5] != 1) return new ElfFile(path, b, "not a 64-bit little-endian ELF file", 0);
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int machine = buf.getShort(18) & 0xffff;
        String arch = System.getProperty("os.arch");
        int want = arch.equals("aarch64") ? EM_AARCH64 : EM_X86_64;
        ElfFile f = new ElfFile(path, b, machine == want ? null : "built for another CPU (ELF machine " + machine + ", this JVM runs on " + arch + ")", machine);
        try {
            f.parse(buf);
        } catch (IndexOutOfBoundsException e) {
            return new ElfFile(path, b, "a truncated or damaged ELF file", machine);
        }
        return f;
    }

    private void parse(ByteBuffer buf) {
        long shoff = buf.getLong(0x28);
        int shentsize = buf.getShort(0x3a) & 0xffff, shnum = buf.getShort(0x3c) & 0xffff;
        for (int i = 0; i < shnum; i++) {
            int sh = (int) (shoff + (long) i * shentsize);
            int type = buf.getInt(sh + 4);
            if (type != SHT_DYNSYM && type != SHT_DYNAMIC) continue;
            int offset = (int) buf.getLong(sh + 0x18), size = (int) buf.getLong(sh + 0x20), link = buf.getInt(sh + 0x28);
            int strtab = (int) buf.getLong((int) (shoff + (long) link * shentsize) + 0x18);
            if (type == SHT_DYNSYM) {
                for (int at = offset + 24; at + 24 <= offset + size; at += 24) { // entry 0 is the null symbol
                    String name = cString(strtab + buf.getInt(at));
                    if (name.isEmpty()) continue;
                    int info = buf.get(at + 4) & 0xff, shndx = buf.getShort(at + 6) & 0xffff;
                    symbols.add(new Symbol(name, shndx != 0, (info >> 4) == STB_WEAK));
                }
            } else {
                for (int at = offset; at + 16 <= offset + size; at += 16) {
                    long tag = buf.getLong(at);
                    if (tag == 0) break;
                    if (tag == DT_NEEDED) needed.add(cString(strtab + (int) buf.getLong(at + 8)));
                }
            }
        }
    }

    private String cString(int at) {
        int end = at;
        while (bytes[end] != 0) end++;
        return new String(bytes, at, end - at, StandardCharsets.ISO_8859_1);
    }

    public Set<String> imports() {
        Set<String> s = new TreeSet<>();
        for (Symbol y : symbols) if (!y.defined) s.add(y.name);
        return s;
    }

    public boolean exports(String name) {
        for (Symbol y : symbols) if (y.defined && y.name.equals(name)) return true;
        return false;
    }

    public boolean weakImport(String name) {
        for (Symbol y : symbols) if (!y.defined && y.weak && y.name.equals(name)) return true;
        return false;
    }

    /**
     * The Node-API names in the file's data: identifier runs cut at each "napi_" / "node_api_". An addon that
     * looks its functions up with dlsym (napi-rs v3) has them only as strings, and Rust's literals are packed with
     * no NUL between them, so a piece is matched to the longest known name it starts with. {@code unknown} gets the
     * standalone identifiers with those prefixes that are not known names (functions this table lacks, or the
     * addon's own exports such as napi_register_module_v1).
     */
    public Set<String> nodeApiNamesInData(Set<String> known, Set<String> unknown) {
        Set<String> found = new TreeSet<>();
        int max = 0;
        for (String k : known) max = Math.max(max, k.length());
        int i = 0;
        while (i < bytes.length) {
            if (!identChar(bytes[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end < bytes.length && identChar(bytes[end])) end++;
            String token = new String(bytes, i, end - i, StandardCharsets.ISO_8859_1);
            i = end;
            if (!token.contains("napi_") && !token.contains("node_api_")) continue;
            List<Integer> cuts = new ArrayList<>();
            for (int at = 0; at < token.length(); at++)
                if (token.startsWith("napi_", at) || token.startsWith("node_api_", at)) cuts.add(at);
            for (int c = 0; c < cuts.size(); c++) {
                String piece = token.substring(cuts.get(c), c + 1 < cuts.size() ? cuts.get(c + 1) : token.length());
                String best = null;
                for (int len = Math.min(max, piece.length()); len > 0 && best == null; len--)
                    if (known.contains(piece.substring(0, len))) best = piece.substring(0, len);
                if (best != null) found.add(best);
                else if (cuts.get(c) == 0 && c + 1 == cuts.size() && piece.matches("[a-z0-9_]+")) unknown.add(piece);
            }
        }
        return found;
    }

    private static boolean identChar(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
