package org.napijvm.conformance;

import org.napijvm.node.NodeLib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * docs/bindings.md: for each internal binding Node 25.8.1's library asks for, each key of Node's shape of it, what
 * napi-jvm gives (the recorder's {@code impl} lines, from an env that assembles every binding: {@link #inventory()})
 * and which tests called it (the {@code call} lines a recorded test run left, {@code -Dnapi.recordBindings}; see
 * org.napijvm.node.BindingCalls).
 */
final class BindingsTable {
    private BindingsTable() {}

    /** One key of a binding: kind (function, class, method, accessor, static, or a property's kind) and state. */
    record Entry(String binding, String key, String kind, String state) {
        boolean function() {
            return List.of("function", "class", "method", "accessor", "static").contains(kind);
        }

        boolean implemented() {
            return state.startsWith("java:") || state.startsWith("js:");
        }
    }

    /** What napi-jvm gives for every binding: binding -> key -> entry (Node's order), and the bindings that failed. */
    record Inventory(Map<String, Map<String, Entry>> bindings, Map<String, String> failed) {
        Entry get(String binding, String key) {
            Map<String, Entry> b = bindings.get(binding);
            return b == null ? null : b.get(key);
        }
    }

    /** The names of the bindings Node's library asks for, as the build dumped them (node-facts.json). */
    static List<String> bindingNames() {
        Matcher m = Pattern.compile("\"bindings\":\\[([^\\]]*)\\]").matcher(NodeLib.facts());
        if (!m.find()) throw new IllegalStateException("node-facts.json has no binding list");
        List<String> names = new ArrayList<>();
        for (String q : m.group(1).split(",")) names.add(q.replace("\"", ""));
        return names;
    }

    private static final String INVENTORY_JS = """
            'use strict';
            // assembles every binding named on the command line (recorder on: what napi-jvm gives for each key)
            const { internalBinding } = require('internal/test/binding');
            for (const name of process.argv.slice(2)) {
              try {
                // internal/test/binding refuses internal_only_*; the one the library has is internal/heap_utils's
                if (name === 'internal_only_v8') require('internal/heap_utils');
                else internalBinding(name);
              } catch (e) {
                console.log(`${name}\\t${e.message}`);
              }
            }
            """;

    /** Runs an env (in this JVM) that assembles every binding with the recorder on, and reads what it recorded. */
    static Inventory inventory() {
        try {
            Path dir = Files.createTempDirectory("napi-bindings");
            Path script = dir.resolve("inventory.js");
            Files.writeString(script, INVENTORY_JS);
            Path rec = dir.resolve("rec");
            List<String> args = new ArrayList<>(List.of("--expose-internals", "--no-warnings", script.toString()));
            args.addAll(bindingNames());
            Oracles.Result r = InProcess.run(script, dir, Map.of("NAPI_JVM_RECORD_BINDINGS", rec.toString(),
                    "NAPI_JVM_BINDINGS_LABEL", "inventory"), b -> b.args(args));
            if (r.exit() != 0) throw new IllegalStateException(r.describe("inventory"));
            Map<String, String> failed = new TreeMap<>();
            for (String l : r.out().lines().toList()) failed.put(l.substring(0, l.indexOf('\t')), l.substring(l.indexOf('\t') + 1));
            Map<String, Map<String, Entry>> bindings = new TreeMap<>();
            for (String[] f : lines(rec)) {
                if (f[0].equals("impl")) bindings.computeIfAbsent(f[1], k -> new LinkedHashMap<>()).put(f[2], new Entry(f[1], f[2], f[3], f[4]));
            }
            deleteTree(dir);
            return new Inventory(bindings, failed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The functions an env's start-up calls (an empty CommonJS main script): binding + "\t" + key. */
    static TreeSet<String> startUpCalls() {
        try {
            Path dir = Files.createTempDirectory("napi-bindings");
            Path script = dir.resolve("empty.js");
            Files.writeString(script, "'use strict';\n");
            Path rec = dir.resolve("rec");
            Oracles.Result r = InProcess.run(script, dir, Map.of("NAPI_JVM_RECORD_BINDINGS", rec.toString(), "NAPI_JVM_BINDINGS_LABEL", "start-up"));
            if (r.exit() != 0) throw new IllegalStateException(r.describe("start-up"));
            TreeSet<String> calls = new TreeSet<>();
            for (String[] f : lines(rec)) if (f[0].equals("call")) calls.add(f[2] + "\t" + f[3]);
            deleteTree(dir);
            return calls;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code call} lines of a recorded run (every calls-*.tsv of {@code dir}): binding + "\t" + key -> labels. */
    static Map<String, TreeSet<String>> recordedCalls(Path dir) {
        Map<String, TreeSet<String>> calls = new TreeMap<>();
        for (String[] f : lines(dir)) {
            if (f[0].equals("call")) calls.computeIfAbsent(f[2] + "\t" + f[3], k -> new TreeSet<>(LABEL_ORDER)).add(f[1]);
        }
        return calls;
    }

    /** Test classes first, then node-scripts, then anything else (a launcher's main script). */
    static final Comparator<String> LABEL_ORDER = Comparator.<String>comparingInt(l -> l.endsWith("Test") ? 0 : l.startsWith("node-scripts/") ? 1 : 2)
            .thenComparing(Comparator.naturalOrder());

    private static List<String[]> lines(Path dir) {
        List<String[]> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList()) {
                for (String l : Files.readAllLines(f)) if (!l.isEmpty()) out.add(l.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    // ---- docs/bindings.md ----

    static String implementedCell(Entry e) {
        String s = e.state();
        if (s.equals("stub")) return "**no**";
        if (s.equals("absent")) return "**absent**";
        StringBuilder b = new StringBuilder();
        for (String part : s.split("\\+")) {
            if (!b.isEmpty()) b.append(" over ");
            b.append(part.startsWith("java:") ? part.substring(5) : "JS (`" + part.substring(3) + "`)");
        }
        return b.toString();
    }

    /** The table; {@code exercised}: binding + "\t" + key -> its "exercised by" cell (none: not called). */
    static String render(Inventory inv, Map<String, String> exercised) {
        int nBindings = 0, nFn = 0, nJava = 0, nJs = 0, nJsOverJava = 0, nStub = 0, nAbsent = 0, nEx = 0, nExImpl = 0, nProps = 0;
        StringBuilder summary = new StringBuilder(), sections = new StringBuilder();
        for (String name : bindingNames()) {
            nBindings++;
            Map<String, Entry> keys = inv.bindings().getOrDefault(name, Map.of());
            String missing = inv.failed().get(name);
            int fn = 0, impl = 0, stub = 0, absent = 0, ex = 0;
            StringBuilder rows = new StringBuilder();
            List<String> props = new ArrayList<>();
            TreeSet<String> halves = new TreeSet<>();
            for (Entry e : keys.values()) {
                if (!e.function()) {
                    // top-level properties; an object's values are counted, not listed (os.errno.E2BIG, ...)
                    if (e.key().contains(".")) continue;
                    nProps++;
                    String cell = "`" + e.key() + "`";
                    if (e.kind().equals("object") || e.kind().equals("array")) {
                        long values = keys.values().stream().filter(x -> x.key().startsWith(e.key() + ".") && !x.function()
                                && !x.kind().equals("object") && !x.kind().equals("array")).count();
                        if (values > 0) cell += " (" + values + " values)";
                    }
                    props.add(cell + (e.state().equals("absent") ? " (**absent**)" : ""));
                    continue;
                }
                fn++;
                if (e.implemented()) {
                    impl++;
                    for (String part : e.state().split("\\+")) halves.add(part.startsWith("java:") ? part.substring(5) : "`" + part.substring(3) + "`");
                    if (e.state().startsWith("java:")) nJava++;
                    else nJs++;
                    if (e.state().contains("+java:")) nJsOverJava++;
                }
                if (e.state().equals("stub")) stub++;
                if (e.state().equals("absent")) absent++;
                String cell = exercised.getOrDefault(name + "\t" + e.key(), "");
                if (!cell.isEmpty()) {
                    ex++;
                    if (e.implemented()) nExImpl++;
                }
                rows.append("| `").append(e.key()).append("` | ").append(e.kind()).append(" | ").append(implementedCell(e))
                        .append(" | ").append(cell.isEmpty() ? "—" : cell).append(" |\n");
            }
            nFn += fn;
            nStub += stub;
            nAbsent += absent;
            nEx += ex;
            summary.append("| [`").append(name).append("`](#").append(name).append(") | ")
                    .append(missing != null ? "— | — | — | — | — | " + missing + " |\n"
                            : fn + " | " + impl + " | " + stub + " | " + absent + " | " + ex + " | "
                            + (halves.isEmpty() ? (fn == 0 ? "Node's shape" : "none: stubs") : String.join(", ", halves)) + " |\n");
            sections.append("\n## ").append(name).append("\n\n");
            if (missing != null) {
                sections.append("Not assembled: ").append(missing).append("\n");
                continue;
            }
            if (!props.isEmpty()) sections.append("Properties (").append(props.size()).append("): ").append(String.join(", ", props)).append(".\n\n");
            if (fn == 0) {
                sections.append("No functions.\n");
                continue;
            }
            sections.append("| function | kind | implemented | exercised by |\n|---|---|---|---|\n").append(rows);
        }
        return "# Node's internal bindings in napi-jvm\n\n"
                + "Generated by `BindingsTableTest` from the code and a recorded test run. Do not edit by hand: run\n"
                + "`./run-tests --update-coverage` (the default run checks every column but \"exercised by\" against the code).\n\n"
                + "Every internal binding Node 25.8.1's library asks for (each `internalBinding('name')` in its sources) with, for each\n"
                + "function of Node's shape of it (dumped from node at build time: functions, classes, their prototype methods,\n"
                + "accessors and statics), what napi-jvm's binding object holds: a Java class of\n"
                + "`node-runtime/src/main/java/org/napijvm/node/binding`, the binding's JS half (`binding/NAME.js` in\n"
                + "`node-runtime/src/main/resources/org/napijvm/node`; \"over\" a Java class when that class declares the function too),\n"
                + "**no** (a stub that throws `ERR_NAPI_JVM_NOT_IMPLEMENTED` naming it) or **absent** (node has it, napi-jvm's\n"
                + "object does not: a caller gets a TypeError). \"exercised by\": the test classes and `conformance-tests/node-scripts`\n"
                + "whose napi-jvm envs called it, recorded with `-Dnapi.recordBindings` (`BindingCalls`; also the napi-jvm processes\n"
                + "they start); \"start-up\": every env's start-up calls it (an empty CommonJS script). Properties (constants, state\n"
                + "arrays) come from Node's shape; reading them is not recorded.\n\n"
                + "Totals: **" + nBindings + "** bindings (" + inv.failed().size() + " not in node 25.8.1's build either), **" + nFn
                + "** functions, implemented **" + (nJava + nJs) + "** (" + nJava + " Java, " + nJs + " JS, " + nJsOverJava + " of them over Java), **" + nStub + "** stubs, **"
                + nAbsent + "** absent; called by a test: **" + nEx + "** (" + nExImpl + " of them implemented); " + nProps + " properties.\n\n"
                + "| binding | functions | implemented | stubs | absent | exercised | napi-jvm's halves |\n|---|---|---|---|---|---|---|\n"
                + summary + sections;
    }

    /** The "exercised by" cells of a committed table: binding + "\t" + key -> cell (not "—"). */
    static Map<String, String> committedExercised(String doc) {
        Map<String, String> cells = new TreeMap<>();
        String binding = null;
        for (String l : doc.lines().toList()) {
            if (l.startsWith("## ")) binding = l.substring(3).trim();
            else if (binding != null && l.startsWith("| `")) {
                String[] c = l.split(" \\| ");
                String key = c[0].substring(3, c[0].length() - 1), cell = c[c.length - 1].replaceAll(" \\|$", "");
                if (!cell.equals("—")) cells.put(binding + "\t" + key, cell);
            }
        }
        return cells;
    }

    /** The "exercised by" cells from a recorded run: "start-up" when the start-up calls it, else its labels. */
    static Map<String, String> exercisedCells(Map<String, TreeSet<String>> recorded, TreeSet<String> startUp) {
        Map<String, String> cells = new TreeMap<>();
        for (var e : recorded.entrySet()) {
            cells.put(e.getKey(), startUp.contains(e.getKey()) ? "start-up" : String.join(", ", e.getValue()));
        }
        for (String s : startUp) cells.put(s, "start-up");
        return cells;
    }
}
