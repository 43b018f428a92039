package org.napijvm.node.binding;

import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.js.lang.JavaScriptLanguage;
import com.oracle.truffle.js.nodes.ScriptNode;
import com.oracle.truffle.js.runtime.GraalJSException;
import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.JSRuntime;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import com.oracle.truffle.js.runtime.objects.JSObjectUtil;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.napijvm.graal.JavaFunction;
import org.napijvm.graal.ScriptApi;
import org.napijvm.node.NodeEnv;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * internalBinding('contextify') (node_contextify.cc): compiling user code — CommonJS modules as functions of
 * (exports, require, module, __filename, __dirname), scripts for vm and -e — and telling ES module syntax apart.
 * Node compiles a function body directly; GraalJS compiles source text, so the wrapper is put on the module's first
 * line (line numbers stay exact). The classes and the rest are binding/contextify.js. A new context (vm.createContext)
 * is a GraalJS child realm (its own global object and builtins, as a V8 context), reached through GraalJS internals
 * (pinned to {@value org.napijvm.node.EngineAccess#PINNED_GRAALJS_VERSION}); scripts run in it with the realm entered.
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
        String prefix = "(function (" + CJS_PARAMS + ") {";
        Source src = Source.newBuilder("js", prefix + code + "\n})", filename).buildLiteral();
        Value fn;
        try {
            fn = env.context().eval(src);
        } catch (PolyglotException e) {
            if (e.isSyntaxError() && detect && parsesAsModule(code, filename))
                return new Object[] {null, true, lastMatch(SOURCE_MAP_URL, code), lastMatch(SOURCE_URL, code)};
            // the error, and node's arrow message for it (JS puts it under arrow_message_private_symbol, then throws)
            if (e.isSyntaxError() && e.isGuestException())
                return new Object[] {null, false, null, null, e.getGuestObject(), arrowMessage(e, content, filename, prefix.length())};
            throw e;
        }
        return new Object[] {fn, false, lastMatch(SOURCE_MAP_URL, code), lastMatch(SOURCE_URL, code)};
    }

    /**
     * node_errors.cc GetErrorSource: "file:line", the source line, and under it '^' from the error's start column to
     * its end (columns of line 1 are counted after the module wrapper's {@code prefixLength}); null without a location.
     */
    static String arrowMessage(PolyglotException e, String content, String filename, int prefixLength) {
        var at = e.getSourceLocation();
        if (at == null || !at.hasLines()) return null;
        int line = at.getStartLine();
        String[] lines = content.split("\n", -1);
        if (line < 1 || line > lines.length) return null;
        String sourceLine = lines[line - 1];
        if (sourceLine.endsWith("\r")) sourceLine = sourceLine.substring(0, sourceLine.length() - 1);
        int start = at.getStartColumn() - 1 - (line == 1 ? prefixLength : 0);
        int end = at.getStartLine() == at.getEndLine() ? at.getEndColumn() - (line == 1 ? prefixLength : 0) : start + 1;
        String head = filename + ":" + line + "\n" + sourceLine + "\n";
        if (start < 0 || start > end || end > sourceLine.length()) return head;
        StringBuilder under = new StringBuilder();
        for (int i = 0; i < start; i++) under.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
        under.append("^".repeat(Math.max(0, end - start)));
        return head + under + "\n";
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

    /**
     * compileFunction with contextExtensions: a function of one object (the extensions) whose scope is that object
     * ({@code with}), returning the function of {@code params} over {@code body}; names resolve in it first, as in
     * V8's extension scopes.
     */
    @HostAccess.Export
    public Value compileFunctionWithExtensions(String body, String filename, String params, int lineOffset, int columnOffset) {
        String text = "\n".repeat(Math.max(0, lineOffset)) + "(function (napiJvmExtensions) { with (napiJvmExtensions) return function ("
                + params + ") {" + " ".repeat(Math.max(0, columnOffset)) + stripHashbang(body) + "\n}; })";
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

    /** Where a child realm's global object keeps its realm (invisible to JS). */
    private static final com.oracle.truffle.api.object.HiddenKey REALM = new com.oracle.truffle.api.object.HiddenKey("napi-jvm:Realm");

    /** newRealm(): the global object of a new child realm (a fresh set of builtins). */
    private static Object newRealm(Object[] a) {
        JSRealm child = JavaScriptLanguage.getCurrentJSRealm().createChildRealm();
        JSDynamicObject global = child.getGlobalObject();
        JSObjectUtil.putHiddenProperty(global, REALM, child);
        return global;
    }

    /** runInRealm(global, code, filename): the script compiled and run with that global's realm entered. */
    private static Object runInRealm(Object[] a) {
        if (!(a[0] instanceof JSDynamicObject g) || !(JSObjectUtil.getHiddenProperty(g, REALM) instanceof JSRealm child)) {
            throw new IllegalArgumentException("napi-jvm: not a vm context");
        }
        String code = JSRuntime.toJavaString(a[1]);
        String filename = JSRuntime.toJavaString(a[2]);
        JSContext ctx = child.getContext();
        com.oracle.truffle.api.source.Source src = com.oracle.truffle.api.source.Source.newBuilder("js", stripHashbang(code), filename).build();
        JSRealm main = JSRealm.getMain(null);
        JSRealm prev = main.enterRealm(null, child);
        try {
            ScriptNode script = ctx.getEvaluator().parseScript(ctx, src);
            return script.run(child);
        } finally {
            main.leaveRealm(null, prev);
        }
    }

    /**
     * napi_run_script's runner, (source, at) -> completion value: V8's Script::Compile + Run, a classic script in the
     * main realm's global scope. GraalJS's V8 mode words a parse error without its position (kept only on the engine's
     * exception), so at[0] gets the offending token's offset for ScriptApi to reword the message as V8 does.
     */
    private static Object runScript(Object[] a) {
        String code = JSRuntime.toJavaString(a[0]);
        JSRealm realm = JavaScriptLanguage.getCurrentJSRealm();
        JSContext ctx = realm.getContext();
        com.oracle.truffle.api.source.Source src = com.oracle.truffle.api.source.Source.newBuilder("js", code, "evalmachine.<anonymous>").build();
        ScriptNode script;
        try {
            script = ctx.getEvaluator().parseScript(ctx, src);
        } catch (GraalJSException e) {
            try {
                if (e.hasSourceLocation())
                    InteropLibrary.getUncached().writeArrayElement(a[1], 0, e.getSourceLocationInterop().getCharIndex());
            } catch (InteropException ignored) {
                // no offset: the message stays GraalJS's
            }
            throw e;
        }
        return script.run(realm);
    }

    /** registerScriptRunner(): bootstrap.js gives napi_run_script its runner, {@link #runScript}. */
    @Override
    protected Map<String, JavaFunction> rawFunctions() {
        return Map.of("newRealm", new JavaFunction(ContextifyBinding::newRealm),
                "runInRealm", new JavaFunction(ContextifyBinding::runInRealm),
                "registerScriptRunner", new JavaFunction(a -> {
                    ScriptApi.registerRunner(env.napi(), new JavaFunction(ContextifyBinding::runScript));
                    return env.undefined();
                }));
    }
}
