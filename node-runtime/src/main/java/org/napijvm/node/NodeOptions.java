package org.napijvm.node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Node's command line, parsed the way node_options-inl.h's OptionsParser does it, from Node's own option table
 * (node-options.tsv, dumped from the release at build time): {@code --name=value} and {@code --name value},
 * {@code --no-name} for booleans, {@code _} as {@code -}, aliases ({@code -e}, {@code -pe}, {@code -r}, ...), options
 * that take values, string lists, and {@code NODE_OPTIONS} (only options allowed there). Options the table marks as
 * V8's, and the V8 flags Node's tests use, are accepted and mapped where GraalJS has an equivalent.
 */
public final class NodeOptions {
    /** Node's option types (node_options.h OptionType). */
    static final int NO_OP = 0, V8_OPTION = 1, BOOLEAN = 2, INTEGER = 3, UINTEGER = 4, STRING = 5, HOST_PORT = 6, STRING_LIST = 7;

    record OptionInfo(String name, int type, boolean allowedInEnv, boolean defaultIsTrue) {}

    private static final Map<String, OptionInfo> TABLE = new HashMap<>();
    private static final Map<String, List<String>> ALIASES = new HashMap<>();

    /**
     * V8 flags (not in Node's table) that node passes to V8 and that Node's tests put on their "// Flags:" lines;
     * napi-jvm accepts them (GraalJS has no equivalent for most: they change nothing observable there).
     */
    static final Set<String> V8_FLAGS = Set.of("--gc-interval", "--concurrent-array-buffer-sweeping",
            "--allow-natives-syntax", "--stack-size", "--expose-externalize-string", "--opt", "--turbofan",
            "--always-turbofan", "--always-opt", "--trace-gc", "--harmony", "--lazy", "--expose-gc-as",
            "--max-semi-space-size", "--huge-max-old-generation-size", "--allow-natives-for-differential-fuzzing",
            "--single-threaded-gc", "--single-threaded", "--concurrent-marking", "--parallel-scavenge",
            "--random-seed", "--stress-compaction", "--expose-cputracemark-as", "--trace-deopt", "--no-opt",
            "--interrupt-budget", "--max-lazy", "--harmony-import-attributes", "--js-float16array",
            "--js-explicit-resource-management", "--js-source-phase-imports", "--experimental-wasm-modules",
            "--wasm-staging", "--experimental-wasm-memory64", "--expose-wasm", "--enable-sharedarraybuffer-per-context",
            "--verify-heap", "--predictable", "--abort-on-contradictory-flags", "--stack-trace-on-illegal",
            "--no-freeze-flags-after-init", "--freeze-flags-after-init", "--debug-code", "--trace-opt",
            "--max-inlined-bytecode-size", "--minor-ms", "--scavenger-max-new-space-capacity-mb", "--gc-global");

    static {
        String tsv = NodeLib.resource("node-options.tsv");
        if (tsv == null) throw new IllegalStateException("napi-jvm: node-options.tsv is missing from the jar");
        for (String line : tsv.split("\n")) {
            String[] f = line.split("\t");
            if (f[0].equals("option")) {
                TABLE.put(f[1], new OptionInfo(f[1], Integer.parseInt(f[2]), f[3].equals("0"), f[4].equals("true")));
            } else if (f[0].equals("alias")) {
                ALIASES.put(f[1], List.of(f).subList(2, f.length));
            }
        }
    }

    /** A command line Node refuses: print {@code <argv0>: <message>} and exit 9, as node does. */
    public static final class BadOption extends Exception {
        public BadOption(String message) {
            super(message);
        }
    }

    /** Option values that differ from Node's defaults (name -> Boolean, Long, String, List, or host:port String). */
    final Map<String, Object> values = new LinkedHashMap<>();
    /** The V8 flags given (passed to no engine: mapped where GraalJS has an equivalent). */
    final List<String> v8Flags = new ArrayList<>();
    /** A worker thread's env: its threadId (it runs internal/main/worker_thread); 0 on the main thread. */
    public int workerThreadId;

    /** process.execArgv: every option before the script. */
    public final List<String> execArgv = new ArrayList<>();
    /** process.argv: the executable, then the script (if any) and its arguments. */
    public final List<String> argv = new ArrayList<>();
    /** napi-jvm's own option: checked mode (org.napijvm.graal.CheckedMode) for the addons of this env. */
    public static final String NAPI_CHECKS = "--napi-checks";
    public boolean napiChecks;
    /** An embedder's allowlist of built-in modules user code may load (NodeEnv.Builder#builtins); null: all. */
    public List<String> builtins;
    /** Whether stdin is a terminal (the REPL is chosen then, as node does; eval_stdin otherwise). */
    public boolean stdinIsTty;
    public final String execPath;

    private NodeOptions(String execPath) {
        this.execPath = execPath;
    }

    /** Parses {@code args} (what follows the executable) after {@code nodeOptionsEnv} (NODE_OPTIONS, may be null). */
    public static NodeOptions parse(String execPath, List<String> args, String nodeOptionsEnv) throws BadOption {
        NodeOptions o = new NodeOptions(execPath);
        o.argv.add(execPath);
        if (nodeOptionsEnv != null && !nodeOptionsEnv.isBlank()) {
            List<String> envArgs = splitNodeOptions(nodeOptionsEnv);
            List<String> rest = o.parseInto(envArgs, true, new ArrayList<>());
            if (!rest.isEmpty()) throw new BadOption(rest.get(0) + " is not allowed in NODE_OPTIONS");
        }
        List<String> rest = o.parseInto(args, false, o.execArgv);
        o.argv.addAll(rest);
        o.check();
        return o;
    }

    /** Parses options from the front of {@code args}; returns what follows them (script and its arguments). */
    private List<String> parseInto(List<String> input, boolean fromEnv, List<String> consumed) throws BadOption {
        List<String> args = new ArrayList<>(input);
        int pos = 0;
        int injected = 0; // args an alias put in front of pos: not the user's, so not in execArgv (-p is '-p', not '--eval')
        while (pos < args.size()) {
            String arg = args.get(pos);
            if (arg.length() <= 1 || arg.charAt(0) != '-') break;
            pos++;
            if (injected > 0) injected--;
            else consumed.add(arg);
            if (arg.equals("--")) {
                if (fromEnv) throw new BadOption("-- is not allowed in NODE_OPTIONS");
                consumed.remove(consumed.size() - 1);
                break;
            }
            int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String original = eq < 0 ? name : name + "=";
            StringBuilder nb = new StringBuilder(name);
            for (int i = 2; i < nb.length(); i++) if (nb.charAt(i) == '_') nb.setCharAt(i, '-');
            name = nb.toString();
            boolean negation = false;
            if (name.startsWith("--no-")) {
                negation = true;
                name = "--" + name.substring(5);
            }
            // aliases: name, name= (with a value), "name <arg>" (an argument follows)
            for (int guard = 0; guard < 8; guard++) {
                List<String> exp = ALIASES.get(name);
                if (exp == null && eq >= 0) exp = ALIASES.get(name + "=");
                if (exp == null && pos < args.size() && !args.get(pos).isEmpty() && args.get(pos).charAt(0) != '-')
                    exp = ALIASES.get(name + " <arg>");
                if (exp == null) break;
                String prev = name;
                name = exp.get(0);
                if (exp.size() > 1) {
                    args.addAll(pos, exp.subList(1, exp.size()));
                    injected += exp.size() - 1;
                }
                if (name.equals(prev)) break;
            }
            if (name.equals(NAPI_CHECKS)) { // napi-jvm's own (allowed in NODE_OPTIONS too)
                napiChecks = !negation;
                continue;
            }
            OptionInfo info = TABLE.get(name);
            if (info == null) {
                if (V8_FLAGS.contains(name)) {
                    if (fromEnv) throw new BadOption(original + " is not allowed in NODE_OPTIONS");
                    v8Flags.add(arg);
                    continue;
                }
                throw new BadOption((fromEnv ? "" : "bad option: ") + arg + (fromEnv ? " is not allowed in NODE_OPTIONS" : ""));
            }
            if (fromEnv && !info.allowedInEnv) throw new BadOption(original + " is not allowed in NODE_OPTIONS");
            if (negation && info.type != BOOLEAN && info.type != V8_OPTION)
                throw new BadOption(arg + " is an invalid negation because it is not a boolean option");
            String value = null;
            if (info.type != BOOLEAN && info.type != NO_OP && info.type != V8_OPTION) {
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                    if (value.isEmpty()) throw new BadOption(original + " requires an argument");
                } else {
                    if (pos >= args.size()) throw new BadOption(original + " requires an argument");
                    value = args.get(pos++);
                    if (injected > 0) injected--;
                    else consumed.add(value);
                    if (!value.isEmpty() && value.charAt(0) == '-') throw new BadOption(original + " requires an argument");
                    if (value.startsWith("\\-")) value = value.substring(1);
                }
            }
            switch (info.type) {
                case BOOLEAN -> values.put(name, !negation);
                case INTEGER, UINTEGER -> values.put(name, parseLong(value));
                case STRING -> values.put(name, value);
                case HOST_PORT -> values.put(name, value);
                case STRING_LIST -> {
                    @SuppressWarnings("unchecked")
                    List<String> l = (List<String>) values.computeIfAbsent(name, k -> new ArrayList<String>());
                    l.add(value);
                }
                case V8_OPTION -> v8Flags.add(arg);
                default -> { }
            }
        }
        return args.subList(pos, args.size());
    }

    private static long parseLong(String v) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return 0; // std::atoll
        }
    }

    /** A few of node's CheckOptions rules. */
    private void check() throws BadOption {
        // node_options.cc: the permission model without --allow-addons turns addons off (getOptionValue('--addons'),
        // so the "node-addons" export condition goes too)
        if (bool("--permission") && !bool("--allow-addons")) values.put("--addons", false);
        if (bool("--check") && has("--eval")) throw new BadOption("either --check or --eval can be used, not both");
        if (bool("--test") && has("--eval")) throw new BadOption("either --test or --eval can be used, not both");
    }

    /** NODE_OPTIONS split as node does: on spaces, with double quotes grouping and backslash escapes inside them. */
    static List<String> splitNodeOptions(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted && c == '\\' && i + 1 < s.length()) {
                cur.append(s.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                if (cur == null) cur = new StringBuilder();
            } else if (c == ' ' && !quoted) {
                if (cur != null) out.add(cur.toString());
                cur = null;
            } else {
                if (cur == null) cur = new StringBuilder();
                cur.append(c);
            }
        }
        if (cur != null) out.add(cur.toString());
        return out;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * V8's {@code --jitless} (last of --jitless/--no-jitless wins): GraalJS then runs interpreted (Truffle's
     * engine.Compilation=false). A short script starts in about half the time (the Graal compiler, itself Java code
     * still being compiled by HotSpot, no longer competes for the CPU); a long run is many times slower.
     */
    public boolean jitless() {
        boolean on = false;
        for (String f : v8Flags) {
            if (f.equals("--jitless")) on = true;
            else if (f.equals("--no-jitless")) on = false;
        }
        return on;
    }

    public boolean bool(String name) {
        Object v = values.get(name);
        return v instanceof Boolean b ? b : TABLE.containsKey(name) && TABLE.get(name).defaultIsTrue;
    }

    public String string(String name) {
        Object v = values.get(name);
        return v instanceof String s ? s : "";
    }

    /** A string list option's values in order ({@code --allow-fs-read=a --allow-fs-read=b}), or none. */
    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object v = values.get(name);
        return v instanceof List<?> l ? (List<String>) l : List.of();
    }

    public boolean hasV8Flag(String flag) {
        for (String f : v8Flags) if (f.equals(flag) || f.replace('_', '-').equals(flag)) return true;
        return false;
    }

    /** The GraalJS options that follow from this command line (--stack-trace-limit, --allow-natives-syntax). */
    public void applyTo(org.graalvm.polyglot.Context.Builder cb) {
        if (has("--stack-trace-limit")) cb.option("js.stack-trace-limit", String.valueOf(values.get("--stack-trace-limit")));
        // V8's %Name(...) syntax: GraalJS then parses it as a reference to the global "%Name" (bootstrap.js)
        if (hasV8Flag("--allow-natives-syntax")) cb.option("js.v8-intrinsics", "true");
    }

    /** The script given, or null (none, or "-": stdin). */
    public String script() {
        return argv.size() > 1 && !argv.get(1).equals("-") ? argv.get(1) : null;
    }

    /** Node's StartExecution: the internal/main/* script for these options. */
    public String mainScriptId() {
        if (workerThreadId != 0) return "internal/main/worker_thread";
        if (bool("--help")) return "internal/main/print_help";
        if (has("--eval") && !bool("--interactive")) return "internal/main/eval_string";
        if (bool("--check") && script() != null) return "internal/main/check_syntax";
        if (bool("--test")) return "internal/main/test_runner";
        if (bool("--watch") || !string("--watch-path").isEmpty()) return "internal/main/watch_mode";
        if (script() != null) return "internal/main/run_main_module";
        if (bool("--interactive") || stdinIsTty) return "internal/main/repl";
        return "internal/main/eval_stdin";
    }

    /** The parsed values as JSON, for the options binding (bootstrap overlays them on Node's defaults). */
    String valuesJson() {
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (!first) b.append(',');
            first = false;
            b.append(json(e.getKey())).append(':');
            Object v = e.getValue();
            if (v instanceof List<?> l) {
                b.append('[');
                for (int i = 0; i < l.size(); i++) b.append(i > 0 ? "," : "").append(json((String) l.get(i)));
                b.append(']');
            } else if (v instanceof String s) {
                if (TABLE.get(e.getKey()).type == HOST_PORT) b.append(hostPortJson(s));
                else b.append(json(s));
            } else {
                b.append(v);
            }
        }
        return b.append('}').toString();
    }

    private static String hostPortJson(String v) {
        String host = "127.0.0.1", port = v;
        int colon = v.lastIndexOf(':');
        if (colon >= 0) {
            host = v.substring(0, colon);
            port = v.substring(colon + 1);
        }
        long p;
        try {
            p = Long.parseLong(port);
        } catch (NumberFormatException e) {
            host = v;
            p = 9229;
        }
        return "{\"host\":" + json(host) + ",\"port\":" + p + "}";
    }

    /** What bootstrap.js needs before any binding is read. */
    String processInfoJson() {
        StringBuilder b = new StringBuilder("{\"argv\":").append(jsonList(argv));
        b.append(",\"execArgv\":").append(jsonList(execArgv));
        b.append(",\"execPath\":").append(json(execPath));
        b.append(",\"napiJvmVersion\":\"0.1.0\",\"isMainThread\":").append(workerThreadId == 0)
                .append(",\"ownsProcessState\":").append(workerThreadId == 0);
        b.append(",\"noBrowserGlobals\":false");
        b.append(",\"exposeGc\":").append(hasV8Flag("--expose-gc") || hasV8Flag("--expose_gc"));
        b.append(",\"nativesSyntax\":").append(hasV8Flag("--allow-natives-syntax"));
        b.append(",\"options\":").append(valuesJson());
        b.append(",\"builtins\":").append(builtins == null ? "null" : jsonList(builtins));
        return b.append('}').toString();
    }

    static String jsonList(List<String> l) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < l.size(); i++) b.append(i > 0 ? "," : "").append(json(l.get(i)));
        return b.append(']').toString();
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || (c >= 0xd800 && c <= 0xdfff)) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
