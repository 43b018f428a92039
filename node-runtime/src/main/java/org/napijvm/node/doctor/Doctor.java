package org.napijvm.node.doctor;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.napijvm.core.NodeVersion;
import org.napijvm.loader.NapiSymbols;
import org.napijvm.node.NodeEnv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code napi-jvm doctor <file.node | package dir>}: whether an addon can run here, and why not. Reads each binary
 * (what it imports, what it looks up by name, what it needs), the package's JavaScript (which built-in modules it
 * requires), predicts a verdict from that alone, then loads the package in a fresh env and reports what happened, so
 * the prediction can be checked against the truth.
 */
public final class Doctor {
    private Doctor() {}

    public enum Verdict {
        RUNS("runs"), GAPS("runs with gaps"), CANNOT("cannot run");
        public final String words;

        Verdict(String words) {
            this.words = words;
        }
    }

    /** One binary's findings: "cannot" reasons make it unloadable, "gaps" may fail when that part is used. */
    public record Binary(Path path, String skipped, String registration, Set<String> napiImports, Set<String> napiLookedUp,
                         Set<String> otherNodeApiNames, int highestVersionUsed, Set<String> uvImports,
                         List<String> cannot, List<String> gaps) {}

    public record Report(Path target, List<Binary> binaries, Map<String, String> builtins, Verdict predicted,
                         List<String> reasons, String loadError, String exportsSeen, Integer declaredVersion) {
        /** What actually happened when the target was required (null when not loaded). */
        public Verdict loaded() {
            if (exportsSeen == null && loadError == null) return null;
            if (loadError != null) return Verdict.CANNOT;
            return predicted == Verdict.CANNOT ? Verdict.GAPS : predicted;
        }
    }

    static final Map<String, NapiSymbols.Symbol> NODE_API = new HashMap<>();
    static final Pattern NOT_FUNCTIONS = Pattern.compile("napi_(ok|invalid_arg|\\w+_expected|generic_failure|pending_exception|cancelled"
            + "|escape_called_twice|handle_scope_mismatch|callback_scope_mismatch|queue_full|closing|date_expected|would_deadlock|no_external_buffers_allowed"
            + "|cannot_run_js|env|value|ref|status|callback|callback_info|deferred|handle_scope|escapable_handle_scope|async_work|async_context"
            + "|threadsafe_function|type_tag|property_descriptor|extended_error_info|finalize|valuetype|typedarray_type|module)");
    static {
        for (NapiSymbols.Symbol s : NapiSymbols.ALL) NODE_API.put(s.name(), s);
    }

    public static int main(List<String> args, PrintStream out, PrintStream err) {
        boolean load = true;
        List<Path> targets = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--no-load")) load = false;
            else if (a.equals("-h") || a.equals("--help")) {
                out.println("Usage: napi-jvm doctor [--no-load] <file.node | package dir>...\n"
                        + "Says whether a Node-API addon can run on napi-jvm: the Node-API and libuv symbols its binaries import\n"
                        + "or look up by name, V8/NAN symbols (unsupported), libraries and symbols that do not resolve, the\n"
                        + "built-in modules its JavaScript requires, a predicted verdict, and what loading it in a fresh env did.");
                return 0;
            } else targets.add(Path.of(a));
        }
        if (targets.isEmpty()) {
            err.println("napi-jvm doctor: give a .node file or a package directory (napi-jvm doctor --help)");
            return 9;
        }
        int worst = 0;
        for (Path t : targets) {
            if (!Files.exists(t)) {
                err.println("napi-jvm doctor: " + t + ": no such file or directory");
                worst = Math.max(worst, 2);
                continue;
            }
            Report r = examine(t, load);
            print(r, out);
            Verdict v = r.loaded() != null ? r.loaded() : r.predicted;
            worst = Math.max(worst, v == Verdict.CANNOT ? 2 : v == Verdict.GAPS ? 1 : 0);
        }
        return worst;
    }

    public static Report examine(Path target, boolean load) {
        return examine(target, load, null);
    }

    /** As {@link #examine(Path, boolean)}, with the fresh env on {@code engine} (null: its own). */
    public static Report examine(Path target, boolean load, org.graalvm.polyglot.Engine engine) {
        target = target.toAbsolutePath().normalize();
        boolean dir = Files.isDirectory(target);
        List<Binary> binaries = new ArrayList<>();
        for (Path p : dir ? PackageFiles.binaries(target) : List.of(target)) binaries.add(binary(p));
        List<String> reasons = new ArrayList<>();
        Verdict predicted = Verdict.RUNS;
        List<Binary> usable = binaries.stream().filter(b -> b.skipped == null).toList();
        if (dir && binaries.isEmpty()) reasons.add("no .node binary in the package or its optional dependencies");
        if (!binaries.isEmpty() && usable.isEmpty()) {
            predicted = Verdict.CANNOT;
            reasons.add("no binary for this platform (" + binaries.size() + " for others)");
        }
        for (Binary b : usable) {
            if (!b.cannot.isEmpty()) predicted = Verdict.CANNOT;
            for (String c : b.cannot) reasons.add(b.path.getFileName() + ": " + c);
        }
        for (Binary b : usable) {
            if (!b.gaps.isEmpty() && predicted == Verdict.RUNS) predicted = Verdict.GAPS;
            for (String g : b.gaps) reasons.add(b.path.getFileName() + ": " + g);
        }
        Map<String, String> builtins = new LinkedHashMap<>();
        String loadError = null, exportsSeen = null;
        Integer declared = null;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        Path cwd = dir ? target : target.getParent();
        NodeEnv.Builder builder = NodeEnv.builder().cwd(cwd).stdout(sink).stderr(sink);
        if (engine != null) builder.engine(engine);
        try (NodeEnv env = builder.build()) {
            Set<String> names = new TreeSet<>();
            Value list = env.require("module").getMember("builtinModules");
            for (long i = 0; i < list.getArraySize(); i++) names.add(list.getArrayElement(i).asString());
            for (String used : dir ? PackageFiles.requiredBuiltins(target, names) : Set.<String>of()) {
                String outcome = "provided";
                try {
                    env.require("node:" + used);
                } catch (PolyglotException | NodeEnv.ExitException e) {
                    outcome = "fails: " + firstLine(e.getMessage());
                    if (predicted == Verdict.RUNS) predicted = Verdict.GAPS;
                    reasons.add("requires '" + used + "', which napi-jvm cannot load (" + firstLine(e.getMessage()) + ")");
                }
                builtins.put(used, outcome);
            }
            if (load) {
                try {
                    Value exports = env.require(target.toString());
                    List<String> keys = new ArrayList<>();
                    if (exports.hasMembers()) { // own names, enumerable or not (napi_define_properties' default is not)
                        Value own = env.context().getBindings("js").getMember("Object").invokeMember("getOwnPropertyNames", exports);
                        for (long i = 0; i < own.getArraySize(); i++) keys.add(own.getArrayElement(i).asString());
                    }
                    if (exports.canExecute()) keys.add(0, "(a function)");
                    exportsSeen = keys.size() <= 8 ? String.join(", ", keys) : String.join(", ", keys.subList(0, 8)) + ", ... (" + keys.size() + ")";
                    for (Binary b : usable) if (declared == null) declared = declaredVersion(b.path);
                } catch (PolyglotException | NodeEnv.ExitException e) {
                    loadError = firstLine(e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            loadError = "napi-jvm could not create an env: " + firstLine(e.getMessage());
        }
        return new Report(target, binaries, builtins, predicted, reasons, loadError, exportsSeen, declared);
    }

    static Binary binary(Path p) {
        ElfFile f;
        try {
            f = ElfFile.read(p);
        } catch (IOException e) {
            return skipped(p, "cannot be read: " + e.getMessage());
        }
        if (f.notLoadable != null) return skipped(p, f.notLoadable);
        String other = otherPlatform(p);
        if (other == null) other = otherLibc(f);
        if (other != null) return skipped(p, "built for " + other);
        List<String> cannot = new ArrayList<>(), gaps = new ArrayList<>();
        Set<String> imports = f.imports(), napi = new TreeSet<>(), uv = new TreeSet<>(), cxx = new TreeSet<>(), unresolved = new TreeSet<>();
        try (Arena arena = Arena.ofConfined()) {
            List<SymbolLookup> libs = new ArrayList<>();
            libs.add(Linker.nativeLinker().defaultLookup());
            Optional<SymbolLookup> libuv = library("libuv.so.1", arena);
            libuv.ifPresent(libs::add);
            for (String need : f.needed) {
                Optional<SymbolLookup> l = library(need, arena);
                if (l.isEmpty()) l = library(p.resolveSibling(need).toString(), arena);
                if (l.isPresent()) libs.add(l.get());
                else cannot.add("needs " + need + ", which is not found on this machine");
            }
            for (String s : imports) {
                if (NODE_API.containsKey(s)) napi.add(s);
                else if (s.startsWith("_ZN2v8") || s.startsWith("_ZNK2v8") || s.startsWith("_ZN4node") || s.startsWith("_ZN3Nan")) {
                    if (!f.weakImport(s)) cxx.add(s);
                } else if (s.startsWith("uv_")) {
                    uv.add(s);
                    if (libuv.isEmpty() || libuv.get().find(s).isEmpty()) gaps.add("calls " + s + ", which this machine's libuv lacks");
                } else if (!f.weakImport(s) && libs.stream().noneMatch(l -> l.find(s).isPresent())) unresolved.add(s);
            }
        }
        if (!cxx.isEmpty()) cannot.add("a V8/NAN addon: it needs " + cxx.size() + " C++ symbols of node (" + first(cxx, 3)
                + "); napi-jvm runs Node-API addons only");
        if (!unresolved.isEmpty()) gaps.add(unresolved.size() + " symbols resolve nowhere (" + first(unresolved, 5)
                + bundledBy(unresolved) + "); calling them would fail");
        Set<String> unknown = new TreeSet<>();
        Set<String> lookedUp = f.nodeApiNamesInData(NODE_API.keySet(), unknown);
        lookedUp.removeAll(napi);
        unknown.removeIf(f::exports);
        // not functions: the status and type names napi-rs and others print in messages
        unknown.removeIf(n -> !n.matches("(napi|node_api)_[a-z0-9_]*[a-z]") || NOT_FUNCTIONS.matcher(n).matches() || n.matches("napi_(rs|sys|derive)(_.*)?"));
        String registration = f.exports("napi_register_module_v1")
                ? "napi_register_module_v1" + (f.exports("node_api_module_get_api_version_v1") ? " + node_api_module_get_api_version_v1" : "")
                : imports.contains("napi_module_register") ? "napi_module_register (static constructor)" : null;
        if (registration == null) cannot.add("no Node-API entry point (neither napi_register_module_v1 nor napi_module_register)");
        int highest = 0;
        for (String s : napi) highest = Math.max(highest, version(s));
        for (String s : lookedUp) highest = Math.max(highest, version(s));
        return new Binary(p, null, registration, napi, lookedUp, unknown, highest, uv, cannot, gaps);
    }

    // prebuildify / node-gyp-build folder names: prebuilds/<platform>-<arch>[/<name>.<libc>.node]
    private static final Pattern OTHER_PLATFORM = Pattern.compile("(?:^|[-_./])(android|darwin|win32|freebsd|openbsd|sunos|aix|musl)(?:$|[-_./])");

    static String otherPlatform(Path p) {
        for (Path seg : p) {
            Matcher m = OTHER_PLATFORM.matcher(seg.toString());
            if (m.find()) return m.group(1).equals("musl") ? "musl libc (this is glibc)" : m.group(1);
        }
        return null;
    }

    /**
     * A prebuild for musl whose name does not say so the way prebuildify does (farmhash's and sharp's
     * build/NAME-linuxmusl-x64.node): its ELF needs musl's libc, which a glibc process does not load.
     */
    static String otherLibc(ElfFile f) {
        boolean glibc = Linker.nativeLinker().defaultLookup().find("gnu_get_libc_version").isPresent();
        return glibc && f.needed.stream().anyMatch(n -> n.startsWith("libc.musl-")) ? "musl libc (this is glibc)" : null;
    }

    private static Binary skipped(Path p, String why) {
        return new Binary(p, why, null, Set.of(), Set.of(), Set.of(), 0, Set.of(), List.of(), List.of());
    }

    private static int version(String symbol) {
        String since = NODE_API.get(symbol).since();
        return since.equals("experimental") ? NodeVersion.NAPI_VERSION : Integer.parseInt(since);
    }

    private static Optional<SymbolLookup> library(String name, Arena arena) {
        try {
            return Optional.of(SymbolLookup.libraryLookup(name, arena));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // node exports its bundled libraries' symbols to addons; a plain JVM process has none of them
    private static String bundledBy(Set<String> names) {
        Set<String> from = new TreeSet<>();
        for (String n : names) {
            if (n.matches("(EVP|SSL|CRYPTO|BIO|X509|OPENSSL|ERR|PEM|RSA|EC|BN|HMAC|RAND)_.*")) from.add("OpenSSL");
            else if (n.matches("(deflate|inflate|crc32|adler32|compress|uncompress|gz)[A-Za-z0-9_]*")) from.add("zlib");
            else if (n.startsWith("nghttp2_")) from.add("nghttp2");
            else if (n.startsWith("ares_")) from.add("c-ares");
        }
        return from.isEmpty() ? "" : "; node would provide them from its bundled " + String.join(", ", from);
    }

    /** The Node-API version a module declares, from the library the load put in the process. */
    private static Integer declaredVersion(Path p) {
        try {
            Optional<MemorySegment> fn = SymbolLookup.libraryLookup(p, Arena.global()).find("node_api_module_get_api_version_v1");
            if (fn.isEmpty()) return null;
            return (int) Linker.nativeLinker().downcallHandle(fn.get(), FunctionDescriptor.of(ValueLayout.JAVA_INT)).invokeExact();
        } catch (Throwable t) {
            return null;
        }
    }

    static String first(Set<String> s, int n) {
        List<String> l = new ArrayList<>(s);
        return l.size() <= n ? String.join(", ", l) : String.join(", ", l.subList(0, n)) + ", ...";
    }

    static String firstLine(String s) {
        if (s == null) return "(no message)";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static void print(Report r, PrintStream out) {
        out.println("napi-jvm doctor: " + r.target);
        for (Binary b : r.binaries) {
            Path shown = r.target.getParent() != null && b.path.startsWith(r.target.getParent()) ? r.target.getParent().relativize(b.path) : b.path;
            if (b.skipped != null) {
                out.println("  binary " + shown + ": skipped, " + b.skipped);
                continue;
            }
            out.println("  binary " + shown);
            out.println("    entry point: " + (b.registration != null ? b.registration : "none"));
            out.println("    Node-API: " + b.napiImports.size() + " imported" + (b.napiLookedUp.isEmpty() ? "" : ", " + b.napiLookedUp.size() + " more named in its data (looked up with dlsym)")
                    + (b.highestVersionUsed > 0 ? "; uses functions up to Node-API " + b.highestVersionUsed + " (napi-jvm: " + NodeVersion.NAPI_VERSION + ")" : "")
                    + "; all are functions napi-jvm has");
            if (!b.otherNodeApiNames.isEmpty())
                out.println("    other Node-API-like names in its data, not functions of Node " + NodeVersion.VERSION + ": " + first(b.otherNodeApiNames, 6));
            if (!b.uvImports.isEmpty()) out.println("    libuv: " + b.uvImports.size() + " imported (" + first(b.uvImports, 4) + ")");
            for (String c : b.cannot) out.println("    cannot run: " + c);
            for (String g : b.gaps) out.println("    gap: " + g);
        }
        if (!r.builtins.isEmpty()) {
            out.println("  built-in modules its JavaScript requires:");
            r.builtins.forEach((k, v) -> out.println("    " + k + ": " + v));
        }
        out.println("  predicted: " + r.predicted.words + (r.reasons.isEmpty() ? "" : ": " + String.join("; ", r.reasons)));
        if (r.loadError != null) out.println("  loaded in a fresh env: failed: " + r.loadError);
        else if (r.exportsSeen != null)
            out.println("  loaded in a fresh env: ok (exports: " + r.exportsSeen + ")" + (r.declaredVersion != null ? "; declares Node-API " + r.declaredVersion : ""));
        Verdict v = r.loaded() != null ? r.loaded() : r.predicted;
        out.println("verdict: " + v.words + (r.loaded() != null && r.loaded() != r.predicted ? " (the static checks predicted: " + r.predicted.words + ")" : ""));
    }

    /** The files of a package: its binaries (own and its optional platform packages') and its JavaScript. */
    static final class PackageFiles {
        private PackageFiles() {}

        static List<Path> binaries(Path pkg) {
            List<Path> found = new ArrayList<>();
            collect(pkg, List.of(".node"), found, 4000);
            for (String dep : optionalDependencies(pkg)) {
                Path d = resolvePackage(pkg, dep);
                if (d != null) collect(d, List.of(".node"), found, 400);
            }
            return found;
        }

        static Set<String> requiredBuiltins(Path pkg, Set<String> builtins) {
            List<Path> js = new ArrayList<>();
            collect(pkg, List.of(".js", ".cjs", ".mjs"), js, 1200);
            Pattern spec = Pattern.compile("(?:require\\s*\\(\\s*|import\\s*\\(\\s*|\\bfrom\\s*|^\\s*import\\s+)['\"]([^'\"]+)['\"]", Pattern.MULTILINE);
            Set<String> used = new TreeSet<>();
            for (Path p : js) {
                String src;
                try {
                    if (Files.size(p) > 4 << 20) continue;
                    src = Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    continue;
                }
                Matcher m = spec.matcher(src);
                while (m.find()) {
                    String s = m.group(1).startsWith("node:") ? m.group(1).substring(5) : m.group(1);
                    if (builtins.contains(s)) used.add(s);
                }
            }
            return used;
        }

        private static void collect(Path dir, List<String> suffixes, List<Path> into, int limit) {
            try (Stream<Path> s = Files.walk(dir, 8)) {
                s.filter(p -> suffixes.stream().anyMatch(p.getFileName().toString()::endsWith) && Files.isRegularFile(p))
                        .filter(p -> !dir.relativize(p).toString().contains("node_modules"))
                        .limit(limit).sorted().forEach(into::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable folder holds nothing we can load
            }
        }

        private static List<String> optionalDependencies(Path pkg) {
            List<String> deps = new ArrayList<>();
            try {
                String json = Files.readString(pkg.resolve("package.json"));
                Matcher block = Pattern.compile("\"optionalDependencies\"\\s*:\\s*\\{([^}]*)\\}").matcher(json);
                if (block.find()) {
                    Matcher name = Pattern.compile("\"([^\"]+)\"\\s*:").matcher(block.group(1));
                    while (name.find()) deps.add(name.group(1));
                }
            } catch (IOException e) {
                // no package.json: no optional dependencies
            }
            return deps;
        }

        // Node's lookup: node_modules of the package, then of each folder above it
        private static Path resolvePackage(Path from, String name) {
            for (Path d = from; d != null; d = d.getParent()) {
                Path c = d.resolve("node_modules").resolve(name);
                if (Files.isDirectory(c)) return c;
            }
            return null;
        }
    }
}
