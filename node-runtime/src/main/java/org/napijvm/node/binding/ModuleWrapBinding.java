package org.napijvm.node.binding;

import com.oracle.js.parser.ir.Module;
import com.oracle.truffle.api.object.HiddenKey;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.lang.JavaScriptLanguage;
import com.oracle.truffle.js.runtime.GraalJSException;
import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.JSRuntime;
import com.oracle.truffle.js.runtime.Strings;
import com.oracle.truffle.js.runtime.builtins.JSArray;
import com.oracle.truffle.js.runtime.builtins.JSFunction;
import com.oracle.truffle.js.runtime.builtins.JSFunctionObject;
import com.oracle.truffle.js.runtime.builtins.JSOrdinary;
import com.oracle.truffle.js.runtime.builtins.JSPromiseObject;
import com.oracle.truffle.js.runtime.objects.AbstractModuleRecord;
import com.oracle.truffle.js.runtime.objects.CyclicModuleRecord;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import com.oracle.truffle.js.runtime.objects.JSModuleData;
import com.oracle.truffle.js.runtime.objects.JSModuleRecord;
import com.oracle.truffle.js.runtime.objects.JSObject;
import com.oracle.truffle.js.runtime.objects.JSObjectUtil;
import com.oracle.truffle.js.runtime.objects.ScriptOrModule;
import com.oracle.truffle.js.runtime.objects.SyntheticModuleRecord;
import com.oracle.truffle.js.runtime.objects.Undefined;
import org.napijvm.graal.JavaFunction;
import org.napijvm.node.EngineAccess;
import org.napijvm.node.NodeEnv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java half of internalBinding('module_wrap') (module_wrap.cc): ModuleWrap over GraalJS's own module records —
 * source text modules (JSModuleRecord, parsed by GraalJS's evaluator) and synthetic modules (SyntheticModuleRecord,
 * whose evaluation steps are Node's JS callback) — linked by Node's loader (each request to the record of the
 * ModuleWrap Node chose), instantiated and evaluated by GraalJS as the spec says. GraalJS's host hooks for import()
 * and import.meta go to the JS half, which calls the callbacks Node registered. One of the binding classes that use
 * GraalJS internals (pinned to {@value EngineAccess#PINNED_GRAALJS_VERSION}); the JS ModuleWrap class is
 * binding/module_wrap.js, which keeps the record of each wrap under a hidden key.
 */
public final class ModuleWrapBinding extends Binding {
    /** Where a ModuleWrap object keeps its record (invisible to JS). */
    private static final HiddenKey RECORD = new HiddenKey("napi-jvm:ModuleRecord");
    /** Node's kUninstantiated .. kErrored (module_wrap.h). */
    static final int UNINSTANTIATED = 0, INSTANTIATING = 1, INSTANTIATED = 2, EVALUATING = 3, EVALUATED = 4, ERRORED = 5;

    public ModuleWrapBinding(NodeEnv env) {
        super(env);
    }

    private static JSRealm realm() {
        return JavaScriptLanguage.getCurrentJSRealm();
    }

    static AbstractModuleRecord record(Object wrap) {
        if (wrap instanceof JSDynamicObject o && JSObjectUtil.getHiddenProperty(o, RECORD) instanceof AbstractModuleRecord r) return r;
        throw new IllegalArgumentException("napi-jvm: not a ModuleWrap");
    }

    private static String str(Object o) {
        return JSRuntime.toJavaString(o);
    }

    private static TruffleString ts(Object o) {
        return o instanceof TruffleString t ? t : Strings.fromJavaString(str(o));
    }

    private static Object array(List<Object> items) {
        JSRealm realm = realm();
        return JSArray.createConstant(realm.getContext(), realm, items.toArray());
    }

    /** compile(wrap, url, source, lineOffset, columnOffset): a source text module; its syntax errors thrown as JS's. */
    private static Object compile(Object[] a) {
        String url = str(a[1]);
        int lineOffset = a.length > 3 && a[3] instanceof Number n ? n.intValue() : 0;
        int columnOffset = a.length > 4 && a[4] instanceof Number n ? n.intValue() : 0;
        String code = "\n".repeat(Math.max(0, lineOffset)) + " ".repeat(Math.max(0, columnOffset)) + str(a[2]);
        JSRealm realm = realm();
        JSContext ctx = realm.getContext();
        Source src = Source.newBuilder("js", code, url).mimeType("application/javascript+module").build();
        JSModuleData data = ctx.getEvaluator().parseModule(ctx, src);
        JSModuleRecord rec = new JSModuleRecord(data, (referrer, request) -> {
            throw new IllegalStateException("napi-jvm: module request '" + request.specifier() + "' was not linked");
        }, a[0]);
        JSObjectUtil.putHiddenProperty((JSDynamicObject) a[0], RECORD, rec);
        return data.isTopLevelAsync();
    }

    /** synthetic(wrap, url, steps, ...exportNames): a module whose exports Node's evaluation steps set. */
    private static Object synthetic(Object[] a) {
        JSDynamicObject wrap = (JSDynamicObject) a[0];
        JSFunctionObject steps = (JSFunctionObject) a[2];
        List<TruffleString> names = new ArrayList<>();
        for (int i = 3; i < a.length; i++) names.add(ts(a[i]));
        Source src = Source.newBuilder("js", "", str(a[1])).build();
        SyntheticModuleRecord rec = new SyntheticModuleRecord(realm().getContext(), src, wrap, names,
                r -> JSFunction.call(steps, wrap, new Object[0]));
        JSObjectUtil.putHiddenProperty(wrap, RECORD, rec);
        return Undefined.instance;
    }

    /** requests(wrap): [specifier, phase, attributeCount, key, value, ..., specifier, ...] in source order. */
    private static Object requests(Object[] a) {
        List<Object> out = new ArrayList<>();
        if (record(a[0]) instanceof CyclicModuleRecord c) {
            for (Module.ModuleRequest r : c.getRequestedModules()) {
                out.add(r.specifier());
                out.add(r.phase() == Module.ImportPhase.Source ? 1 : 2); // kSourcePhase, kEvaluationPhase
                out.add(r.attributes().size());
                for (Map.Entry<TruffleString, TruffleString> e : r.attributes().entrySet()) {
                    out.add(e.getKey());
                    out.add(e.getValue());
                }
            }
        }
        return array(out);
    }

    /** link(wrap, ...modules): request i resolves to modules[i] (Node's loader chose them). */
    private static Object link(Object[] a) {
        if (!(record(a[0]) instanceof CyclicModuleRecord c)) return Undefined.instance;
        List<Module.ModuleRequest> reqs = c.getRequestedModules();
        JSRealm realm = realm();
        for (int i = 0; i < reqs.size() && i + 1 < a.length; i++) c.addLoadedModule(realm, reqs.get(i), record(a[i + 1]));
        if (c.getStatus() == CyclicModuleRecord.Status.New) c.setUnlinked();
        return Undefined.instance;
    }

    private static Object instantiate(Object[] a) {
        AbstractModuleRecord r = record(a[0]);
        if (r instanceof CyclicModuleRecord c && c.getStatus() == CyclicModuleRecord.Status.New) c.setUnlinked();
        r.link(realm());
        return Undefined.instance;
    }

    /** evaluate(wrap): the evaluation promise (rejected with the error; pending while top-level await runs). */
    private static Object evaluate(Object[] a) {
        return record(a[0]).evaluate(realm());
    }

    /** promiseState(promise): JSPromise's PENDING 0, FULFILLED 1, REJECTED 2. */
    private static Object promiseState(Object[] a) {
        return a[0] instanceof JSPromiseObject p ? p.getPromiseState() : -1;
    }

    private static Object promiseResult(Object[] a) {
        return a[0] instanceof JSPromiseObject p ? p.getPromiseResult() : Undefined.instance;
    }

    private static Object status(Object[] a) {
        AbstractModuleRecord r = record(a[0]);
        return switch (r.getStatus()) {
            case New, Unlinked -> UNINSTANTIATED;
            case Linking -> INSTANTIATING;
            case Linked -> INSTANTIATED;
            case Evaluating -> EVALUATING;
            case EvaluatingAsync -> EVALUATED;
            case Evaluated -> r instanceof CyclicModuleRecord c && c.getEvaluationError() != null ? ERRORED : EVALUATED;
        };
    }

    private static Object error(Object[] a) {
        if (record(a[0]) instanceof CyclicModuleRecord c && c.getEvaluationError() instanceof GraalJSException e) return e.getErrorObject();
        return Undefined.instance;
    }

    private static Object namespace(Object[] a) {
        return record(a[0]).getModuleNamespace(false);
    }

    private static Object setExport(Object[] a) {
        if (record(a[0]) instanceof SyntheticModuleRecord s) s.setSyntheticModuleExport(ts(a[1]), a[2]);
        return Undefined.instance;
    }

    /** V8's Module::IsGraphAsync: a module of the graph (this one included) has top-level await. */
    private static Object isGraphAsync(Object[] a) {
        return graphAsync(record(a[0]), new HashSet<>());
    }

    private static boolean graphAsync(AbstractModuleRecord r, Set<AbstractModuleRecord> seen) {
        if (r == null || !seen.add(r) || !(r instanceof CyclicModuleRecord c)) return false;
        if (c.hasTLA()) return true;
        for (Module.ModuleRequest req : c.getRequestedModules()) {
            if (graphAsync(c.getLoadedModule(req), seen)) return true;
        }
        return false;
    }

    /**
     * hooks(importDynamically, initializeImportMeta): GraalJS's host hooks for import() and import.meta, to the JS
     * half. import() calls {@code importDynamically(referrerWrap|undefined, referrerName, specifier, phase,
     * attributes)}; import.meta calls {@code initializeImportMeta(meta, wrap)}.
     */
    private static Object hooks(Object[] a) {
        JSFunctionObject importFn = (JSFunctionObject) a[0];
        JSFunctionObject metaFn = (JSFunctionObject) a[1];
        JSContext ctx = realm().getContext();
        ctx.setImportModuleDynamicallyCallback((realm, referrer, request) -> {
            Object wrap = Undefined.instance;
            Object name = Undefined.instance;
            if (referrer instanceof AbstractModuleRecord m && m.getHostDefined() instanceof JSDynamicObject w) wrap = w;
            if (referrer instanceof ScriptOrModule s && s.getSource() != null) name = Strings.fromJavaString(s.getSource().getName());
            JSObject attrs = JSOrdinary.createWithNullPrototype(ctx);
            for (Map.Entry<TruffleString, TruffleString> e : request.attributes().entrySet()) JSObject.set(attrs, e.getKey(), e.getValue());
            int phase = request.phase() == Module.ImportPhase.Source ? 1 : 2;
            return (JSDynamicObject) JSFunction.call(importFn, Undefined.instance, new Object[] {wrap, name, request.specifier(), phase, attrs});
        });
        ctx.setImportMetaInitializer((meta, module) -> JSFunction.call(metaFn, Undefined.instance,
                new Object[] {meta, module.getHostDefined() == null ? Undefined.instance : module.getHostDefined()}));
        return Undefined.instance;
    }

    @Override
    protected Map<String, JavaFunction> rawFunctions() {
        Map<String, JavaFunction> m = new HashMap<>();
        m.put("compile", new JavaFunction(ModuleWrapBinding::compile));
        m.put("synthetic", new JavaFunction(ModuleWrapBinding::synthetic));
        m.put("requests", new JavaFunction(ModuleWrapBinding::requests));
        m.put("link", new JavaFunction(ModuleWrapBinding::link));
        m.put("instantiate", new JavaFunction(ModuleWrapBinding::instantiate));
        m.put("evaluate", new JavaFunction(ModuleWrapBinding::evaluate));
        m.put("promiseState", new JavaFunction(ModuleWrapBinding::promiseState));
        m.put("promiseResult", new JavaFunction(ModuleWrapBinding::promiseResult));
        m.put("status", new JavaFunction(ModuleWrapBinding::status));
        m.put("error", new JavaFunction(ModuleWrapBinding::error));
        m.put("namespace", new JavaFunction(ModuleWrapBinding::namespace));
        m.put("setExport", new JavaFunction(ModuleWrapBinding::setExport));
        m.put("isGraphAsync", new JavaFunction(ModuleWrapBinding::isGraphAsync));
        m.put("hooks", new JavaFunction(ModuleWrapBinding::hooks));
        return m;
    }
}
