package org.napijvm.node.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.JavaFunction;
import org.napijvm.graal.ScriptApi;
import org.napijvm.node.NodeEnv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * internalBinding('contextify') (node_contextify.cc): compiling user code — CommonJS modules as functions of
 * (exports, require, module, __filename, __dirname), scripts for vm and -e — and telling ES module syntax apart.
 * Node compiles a function body directly; GraalJS compiles source text, so the wrapper is put on the module's first
 * line (line numbers stay exact). The classes and the rest are binding/contextify.js.
 */
public final class ContextifyBinding extends Binding {
    static final String CJS_PARAMS = "exports, require, module, __filename, __dirname";
    private static final Pattern SOURCE_MAP_URL = Pattern.compile("//[#@] ?sourceMappingURL=([^\\s'\"]*)\\s*$", Pattern.MULTILINE);
    private static final Pattern SOURCE_URL = Pattern.compile("//[#@] ?sourceURL=([^\\s'\"]*)\\s*$", Pattern.MULTILINE);

    public ContextifyBinding(NodeEnv env) {
        super(env);
    }

    /** A hashbang line is a comment (V8 accepts it at the start of a function body too). */
    static String stripHashbang(String code) {
        return code.startsWith("#!") ? "//" + code.substring(2) : code;
    }

    static String lastMatch(Pattern p, String code) {
        Matcher m = p.matcher(code);
        String last = null;
        while (m.find()) last = m.group(1);
        return last;
    }

    private boolean parsesAsModule(String code, String filename) {
        try {
            env.context().parse(Source.newBuilder("js", code, filename).mimeType("application/javascript+module").buildLiteral());
            return true;
        } catch (PolyglotException e) {
            return false;
        }
    }

    /**
     * [function, canParseAsESM, sourceMapURL, sourceURL]: the module wrapper compiled, or, when it does not compile
     * and {@code detect} is set and the code is an ES module, no function and canParseAsESM.
     */
    @HostAccess.Export
    public Object[] compileCjs(String content, String filename, boolean detect) {
        String code = stripHashbang(content);
        Source src = Source.newBuilder("js", "(function (" + CJS_PARAMS + ") {" + code + "\n})", filename).buildLiteral();
        Value fn;
        try {
            fn = env.context().eval(src);
        } catch (PolyglotException e) {
            if (e.isSyntaxError() && detect && parsesAsModule(code, filename))
                return new Object[] {null, true, lastMatch(SOURCE_MAP_URL, code), lastMatch(SOURCE_URL, code)};
            throw e;
        }
        return new Object[] {fn, false, lastMatch(SOURCE_MAP_URL, code), lastMatch(SOURCE_URL, code)};
    }

    /** A script compiled (not run) as vm.Script does: its syntax errors now, shifted by the line/column offsets. */
    @HostAccess.Export
    public Value parseScript(String code, String filename, int lineOffset, int columnOffset) {
        String text = "\n".repeat(Math.max(0, lineOffset)) + " ".repeat(Math.max(0, columnOffset)) + stripHashbang(code);
        return env.context().parse(Source.newBuilder("js", text, filename).buildLiteral());
    }

    /** A function of {@code params} over {@code body} (vm.compileFunction), named as Node names it. */
    @HostAccess.Export
    public Value compileFunction(String body, String filename, String params, int lineOffset, int columnOffset) {
        String text = "\n".repeat(Math.max(0, lineOffset)) + "(function (" + params + ") {" + " ".repeat(Math.max(0, columnOffset))
                + stripHashbang(body) + "\n})";
        return env.context().eval(Source.newBuilder("js", text, filename).buildLiteral());
    }

    /** Whether code that does not compile as CommonJS is an ES module (node's ShouldRetryAsESM, by trying). */
    @HostAccess.Export
    public boolean containsModuleSyntax(String code, String filename) {
        String c = stripHashbang(code);
        try {
            env.context().parse(Source.newBuilder("js", "(function (" + CJS_PARAMS + ") {" + c + "\n})", filename).buildLiteral());
            return false;
        } catch (PolyglotException e) {
            return e.isSyntaxError() && parsesAsModule(c, filename);
        }
    }

    @HostAccess.Export
    public String sourceMapURL(String code) {
        return lastMatch(SOURCE_MAP_URL, code);
    }

    /** registerScriptRunner(fn): bootstrap.js hands napi_run_script GraalJS's load(), taken off the global. */
    @Override
    protected java.util.Map<String, JavaFunction> rawFunctions() {
        return java.util.Map.of("registerScriptRunner", new JavaFunction(a -> {
            ScriptApi.registerRunner(env.napi(), a[0]);
            return env.undefined();
        }));
    }
}
