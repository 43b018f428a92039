package org.napijvm.conformance;

import org.junit.jupiter.api.Test;
import org.napijvm.loader.NapiSymbols;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input for every function of js_native_api.h and node_api.h (async work, threadsafe functions, buffers, cleanup
 * hooks, callback scopes, ...; all but {@link #NOT_CALLED}), compared against node 25. Generated from the symbol
 * table: for every function, one call with all arguments valid, one call per pointer parameter (other than env)
 * with that parameter NULL, and one call per napi_value parameter and per value type (undefined, null, boolean,
 * number, string, symbol, object, function, bigint) with that value. Every call prints
 * {@code name what status pending-exception}; every function is also called with all arguments valid while a JS
 * exception is pending. The whole batch runs in one node process and one in-process napi-jvm
 * run, whose outputs must be equal. Combinations on which node itself crashes are listed in {@link #NODE_CRASHES}
 * and run on napi-jvm only, which must survive them.
 */
class BadInputTest {
    /** How a parameter is given a valid value: C statements before the call, the argument, statements after it.
     *  '$' stands for a variable name unique to the parameter; 'st' is the returned status in the cleanup. */
    record Val(String setup, String expr, String cleanup) {
        static Val of(String expr) { return new Val("", expr, ""); }
        static Val scratch(String type) { return new Val("_Alignas(16) unsigned char $[256] = {0};", "(" + type + ")(void*)$", ""); }
    }

    /** Value kinds the C helper mk(env, kind) creates; the first nine are the ones every napi_value parameter gets. */
    static final List<String> TYPES = List.of("undefined", "null", "boolean", "number", "string", "symbol", "object", "function", "bigint");
    static final List<String> KINDS = List.of("undefined", "null", "boolean", "number", "string", "symbol", "object", "function", "bigint",
            "array", "arraybuffer", "typedarray", "dataview", "date", "promise", "external", "error", "wrapped", "tagged", "script");

    /** Valid defaults by C type (without const). Pointer types not listed get a zeroed scratch buffer. */
    static final Map<String, Val> BY_TYPE = Map.ofEntries(
            Map.entry("napi_value", Val.of("mk(env, K_object)")),
            Map.entry("const char*", Val.of("\"x\"")),
            Map.entry("const char16_t*", Val.of("u\"x\"")),
            Map.entry("void*", Val.of("(void*)g_data")),
            Map.entry("size_t", Val.of("1")),
            Map.entry("napi_callback", Val.of("dummy_cb")),
            Map.entry("napi_finalize", Val.of("dummy_fin")),
            Map.entry("node_api_basic_finalize", Val.of("dummy_fin")),
            Map.entry("napi_callback_info", Val.of("g_info")),
            Map.entry("napi_ref", Val.of("fresh_ref(env)")),
            Map.entry("napi_deferred", Val.of("fresh_deferred(env)")),
            Map.entry("napi_handle_scope", new Val("napi_handle_scope $; napi_open_handle_scope(env, &$);", "$", "napi_close_handle_scope(env, $);")),
            Map.entry("napi_escapable_handle_scope", new Val("napi_escapable_handle_scope $; napi_open_escapable_handle_scope(env, &$);", "$",
                    "napi_close_escapable_handle_scope(env, $);")),
            Map.entry("const napi_value*", new Val("napi_value $[1] = { mk(env, K_number) };", "$", "")),
            Map.entry("const napi_property_descriptor*", Val.of("&g_desc")),
            Map.entry("const napi_type_tag*", Val.of("&g_tag")),
            Map.entry("const uint64_t*", Val.of("g_words")),
            // node_api.h: handles made fresh for every call, and what the call leaves open undone after it
            Map.entry("napi_async_work", Val.of("fresh_work(env)")),
            Map.entry("napi_async_execute_callback", Val.of("dummy_execute")),
            Map.entry("napi_async_complete_callback", Val.of("dummy_complete")),
            Map.entry("napi_threadsafe_function", new Val("napi_threadsafe_function $ = fresh_tsfn(env);", "$",
                    "napi_release_threadsafe_function($, napi_tsfn_abort);")),
            Map.entry("napi_threadsafe_function_call_js", Val.of("dummy_call_js")),
            Map.entry("napi_async_context", Val.of("fresh_context(env)")),
            Map.entry("napi_callback_scope", new Val("napi_callback_scope $ = NULL; napi_open_callback_scope(env, mk(env, K_object), fresh_context(env), &$);",
                    "$", "if (st != napi_ok) napi_close_callback_scope(env, $);")),
            Map.entry("napi_cleanup_hook", Val.of("dummy_hook")),
            Map.entry("napi_async_cleanup_hook", Val.of("dummy_async_hook")),
            Map.entry("napi_async_cleanup_hook_handle", new Val("napi_async_cleanup_hook_handle $ = NULL; napi_add_async_cleanup_hook(env, dummy_async_hook, NULL, &$);",
                    "$", "if (st != napi_ok && $) napi_remove_async_cleanup_hook($);")));

    /** Per-function overrides, keyed "function.parameter". */
    static final Map<String, Val> BY_PARAM = new LinkedHashMap<>();
    static {
        String[][] values = {
                {"napi_call_function.func", "function"}, {"napi_new_instance.constructor", "function"},
                {"napi_instanceof.constructor", "function"}, {"napi_check_object_type_tag.value", "tagged"},
                {"napi_create_dataview.arraybuffer", "arraybuffer"}, {"napi_create_typedarray.arraybuffer", "arraybuffer"},
                {"napi_detach_arraybuffer.arraybuffer", "arraybuffer"}, {"napi_get_arraybuffer_info.arraybuffer", "arraybuffer"},
                {"napi_get_dataview_info.dataview", "dataview"}, {"napi_get_typedarray_info.typedarray", "typedarray"},
                {"napi_get_date_value.value", "date"}, {"napi_get_array_length.value", "array"},
                {"napi_get_value_external.value", "external"}, {"napi_get_value_bool.value", "boolean"},
                {"napi_get_value_bigint_int64.value", "bigint"}, {"napi_get_value_bigint_uint64.value", "bigint"},
                {"napi_get_value_bigint_words.value", "bigint"}, {"napi_get_value_double.value", "number"},
                {"napi_get_value_int32.value", "number"}, {"napi_get_value_int64.value", "number"},
                {"napi_get_value_uint32.value", "number"}, {"napi_get_value_string_latin1.value", "string"},
                {"napi_get_value_string_utf8.value", "string"}, {"napi_get_value_string_utf16.value", "string"},
                {"napi_remove_wrap.js_object", "wrapped"}, {"napi_unwrap.js_object", "wrapped"},
                {"napi_run_script.script", "script"}, {"napi_throw.error", "error"},
                {"napi_create_symbol.description", "string"}, {"napi_resolve_deferred.resolution", "number"},
                {"napi_reject_deferred.rejection", "number"}, {"napi_set_element.value", "number"},
                {"napi_set_named_property.value", "number"}, {"napi_set_property.value", "number"},
                {"napi_strict_equals.lhs", "number"}, {"napi_strict_equals.rhs", "number"},
        };
        for (String[] v : values) BY_PARAM.put(v[0], Val.of("mk(env, K_" + v[1] + ")"));
        for (String f : List.of("napi_create_error", "napi_create_range_error", "napi_create_type_error", "node_api_create_syntax_error")) {
            BY_PARAM.put(f + ".code", Val.of("mk(env, K_string)"));
            BY_PARAM.put(f + ".msg", Val.of("mk(env, K_string)"));
        }
        for (String f : List.of("napi_delete_property", "napi_get_property", "napi_has_own_property", "napi_has_property", "napi_set_property"))
            BY_PARAM.put(f + ".key", Val.of("mk(env, K_string)"));
        BY_PARAM.put("node_api_create_object_with_properties.property_names", new Val("napi_value $[1] = { mk(env, K_string) };", "$", ""));
        BY_PARAM.put("node_api_create_object_with_properties.property_values", new Val("napi_value $[1] = { mk(env, K_number) };", "$", ""));
        BY_PARAM.put("node_api_create_external_string_latin1.str", Val.of("g_latin1"));
        BY_PARAM.put("node_api_create_external_string_utf16.str", Val.of("g_utf16"));
        BY_PARAM.put("napi_create_dataview.byte_offset", Val.of("0"));
        BY_PARAM.put("napi_create_typedarray.byte_offset", Val.of("0"));
        for (String f : List.of("latin1", "utf8", "utf16")) BY_PARAM.put("napi_get_value_string_" + f + ".bufsize", Val.of("8"));
        BY_PARAM.put("napi_create_reference.initial_refcount", Val.of("1"));
        // node_api.h
        for (String[] v : new String[][] {{"napi_get_buffer_info.value", "typedarray"}, {"napi_is_buffer.value", "typedarray"},
                {"node_api_create_buffer_from_arraybuffer.arraybuffer", "arraybuffer"}, {"napi_make_callback.func", "function"},
                {"napi_create_threadsafe_function.func", "function"}, {"napi_async_init.async_resource_name", "string"},
                {"napi_create_async_work.async_resource_name", "string"}, {"napi_create_threadsafe_function.async_resource_name", "string"},
                {"napi_fatal_exception.err", "error"}})
            BY_PARAM.put(v[0], Val.of("mk(env, K_" + v[1] + ")"));
        BY_PARAM.put("node_api_create_buffer_from_arraybuffer.byte_offset", Val.of("0"));
        BY_PARAM.put("napi_create_threadsafe_function.initial_thread_count", Val.of("1"));
        BY_PARAM.put("napi_create_threadsafe_function.max_queue_size", Val.of("0"));
        BY_PARAM.put("napi_create_threadsafe_function.result", new Val("napi_threadsafe_function $ = NULL;", "&$",
                "if ($) napi_release_threadsafe_function($, napi_tsfn_abort);"));
        BY_PARAM.put("napi_create_external_buffer.data", Val.of("(void*)g_data"));
        // each env cleanup hook registration has its own arg: node aborts on a (fun, arg) pair registered twice
        BY_PARAM.put("napi_add_env_cleanup_hook.arg", Val.of("next_hook_arg()"));
        // (a NULL arg is one pair: it is removed again after the call)
        BY_PARAM.put("napi_add_env_cleanup_hook.fun", new Val("", "dummy_hook", "if (st == napi_ok) napi_remove_env_cleanup_hook(env, dummy_hook, NULL);"));
        BY_PARAM.put("napi_add_async_cleanup_hook.remove_handle", new Val("napi_async_cleanup_hook_handle $ = NULL;", "&$",
                "if ($) napi_remove_async_cleanup_hook($);"));
        BY_PARAM.put("napi_open_callback_scope.result", new Val("napi_callback_scope $ = NULL;", "&$", "if ($) napi_close_callback_scope(env, $);"));
        // a work queued behind works that hold every threadpool thread: cancelling it succeeds, deterministically
        BY_PARAM.put("napi_cancel_async_work.work", Val.of("fresh_queued_work(env)"));
        // scopes: a scope opened by the call is closed afterwards; one closed by the call only if the call failed
        BY_PARAM.put("napi_open_handle_scope.result", new Val("napi_handle_scope $ = NULL;", "&$", "if ($) napi_close_handle_scope(env, $);"));
        BY_PARAM.put("napi_open_escapable_handle_scope.result", new Val("napi_escapable_handle_scope $ = NULL;", "&$",
                "if ($) napi_close_escapable_handle_scope(env, $);"));
        BY_PARAM.put("napi_close_handle_scope.scope", new Val("napi_handle_scope $; napi_open_handle_scope(env, &$);", "$",
                "if (st != napi_ok) napi_close_handle_scope(env, $);"));
        BY_PARAM.put("napi_close_escapable_handle_scope.scope", new Val("napi_escapable_handle_scope $; napi_open_escapable_handle_scope(env, &$);", "$",
                "if (st != napi_ok) napi_close_escapable_handle_scope(env, $);"));
    }

    /** node_api.h functions not called here, and why. */
    static final Map<String, String> NOT_CALLED = Map.of(
            "napi_fatal_error", "aborts the process by contract (FatalErrorTest)",
            "napi_module_register", "registers a module at load time (LoaderTest's legacy registrations)");

    /** Combinations (as printed: "function pN what") on which node 25 itself crashes; napi-jvm must survive them. */
    static final Map<String, String> NODE_CRASHES = new LinkedHashMap<>();
    static {
        NODE_CRASHES.put("napi_create_external_arraybuffer p1 NULL",
                "node aborts: CHECK in node::Buffer CreateTrackedArrayBuffer (data == nullptr with length > 0)");
        String deref = "node segfaults: ConcludeDeferred dereferences the deferred without CHECK_ARG";
        NODE_CRASHES.put("napi_resolve_deferred p1 NULL", deref);
        NODE_CRASHES.put("napi_reject_deferred p1 NULL", deref);
        NODE_CRASHES.put("napi_resolve_deferred p2+p1 symbol+NULL", deref);
        NODE_CRASHES.put("napi_reject_deferred p2+p1 symbol+NULL", deref);
        // node_api.h
        for (String f : List.of("napi_acquire_threadsafe_function p0", "napi_call_threadsafe_function p0",
                "napi_get_threadsafe_function_context p0", "napi_release_threadsafe_function p0",
                "napi_ref_threadsafe_function p1", "napi_unref_threadsafe_function p1"))
            for (String w : List.of(" NULL", " NULL+exception-pending"))
                NODE_CRASHES.put(f + w, "node aborts: CHECK_NOT_NULL(func) before any status");
        for (String w : List.of(" NULL", " NULL+exception-pending"))
            NODE_CRASHES.put("napi_get_threadsafe_function_context p1" + w, "node aborts: CHECK_NOT_NULL(result)");
        NODE_CRASHES.put("napi_create_buffer_copy p2 NULL", "node segfaults: copies length bytes from NULL");
        NODE_CRASHES.put("napi_create_external_buffer p2 NULL",
                "node aborts: CHECK in node::Buffer CreateTrackedArrayBuffer (data == nullptr with length > 0)");
        for (String w : List.of("p2 NULL", "p2 NULL+exception-pending", "p1+p2 symbol+NULL"))
            NODE_CRASHES.put("napi_open_callback_scope " + w, "node segfaults: the async context is dereferenced unchecked");
        for (String t : List.of("undefined", "boolean", "number", "string", "symbol", "bigint"))
            NODE_CRASHES.put("node_api_create_object_with_properties p1 " + t,
                    "node aborts: V8 fatal error 'v8::Object::New prototype must be null or object' (prototype is not checked)");
    }

    record Param(String type, String name, char kind) {}

    static List<Param> params(NapiSymbols.Symbol s) {
        List<Param> ps = new ArrayList<>();
        String[] parts = s.cParams().split(",");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            int cut = Math.max(p.lastIndexOf(' '), p.lastIndexOf('*'));
            ps.add(new Param(p.substring(0, cut + 1).trim().replace(" *", "*"), p.substring(cut + 1).trim(), s.kinds().charAt(i + 1)));
        }
        return ps;
    }

    static Val valid(NapiSymbols.Symbol s, Param p) {
        Val v = BY_PARAM.get(s.name() + "." + p.name());
        if (v == null) v = BY_TYPE.get(p.type());
        if (v == null && p.type().contains("*")) v = Val.scratch(p.type());
        if (v == null) v = Val.of("0"); // other scalars: 0 (also the first enum member)
        return v;
    }

    /** One generated call: the parameters in {@code bad} replaced by their C expressions, C statements {@code before}
     *  run between the arguments' setup and the call. */
    static String call(NapiSymbols.Symbol s, List<Param> ps, String key, Map<Integer, String> bad, String before) {
        StringBuilder setup = new StringBuilder(), cleanup = new StringBuilder();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            if (i == 0 && takesEnv(ps)) { args.add("env"); continue; }
            if (bad.containsKey(i)) { args.add(bad.get(i)); continue; }
            Val v = valid(s, ps.get(i));
            String var = "a" + i;
            setup.append(v.setup().replace("$", var)).append(' ');
            args.add(v.expr().replace("$", var));
            cleanup.append(v.cleanup().replace("$", var)).append(' ');
        }
        return "  { if (trace) fprintf(stderr, \"%s\\n\", \"" + key + "\"); " + setup + before + "\n    void* fp = dlsym(RTLD_DEFAULT, \"" + s.name() + "\");"
                // a runtime without the function (node 20 lacks some of node 25's) records -1 for each of its calls
                + "\n    napi_status st = fp ? ((t_" + s.name() + ")fp)(" + String.join(", ", args) + ") : (napi_status)-1;\n    record(env, out, \""
                + key + "\", st); " + cleanup + "}\n";
    }

    /** Whether the first parameter is the env (not so for threadsafe-function calls and async cleanup handles). */
    static boolean takesEnv(List<Param> ps) {
        return ps.get(0).name().equals("env");
    }

    @Test
    void badInputGetsNodesStatusAndNeverCrashes() throws IOException {
        Path dir = Oracles.REPO.resolve("conformance-tests/target/bad-input");
        Files.createDirectories(dir);
        StringBuilder typedefs = new StringBuilder(), run = new StringBuilder(), excluded = new StringBuilder();
        int pointerParams = 0, nullCombos = 0, functions = 0;
        List<String> excludedNull = new ArrayList<>();
        for (NapiSymbols.Symbol s : NapiSymbols.ALL) {
            if (NOT_CALLED.containsKey(s.name())) continue;
            functions++;
            List<Param> ps = params(s);
            int first = takesEnv(ps) ? 1 : 0;
            typedefs.append("typedef napi_status (*t_").append(s.name()).append(")(").append(s.cParams()).append(");\n");
            List<String[]> calls = new ArrayList<>(); // key, then parameter index and C expression pairs
            String throwFirst = "napi_throw(env, mk(env, K_error));";
            calls.add(new String[]{s.name() + " valid", ""});
            // all arguments valid, but a JS exception is pending (NAPI_PREAMBLE functions refuse to run)
            calls.add(new String[]{s.name() + " exception-pending", throwFirst});
            for (int i = first; i < ps.size(); i++) {
                Param p = ps.get(i);
                if (p.kind() == 'P') {
                    pointerParams++;
                    calls.add(new String[]{s.name() + " p" + i + " NULL", "", "" + i, "NULL"});
                    // check order: the pending exception against the NULL argument
                    calls.add(new String[]{s.name() + " p" + i + " NULL+exception-pending", throwFirst, "" + i, "NULL"});
                }
                if (p.type().equals("napi_value")) {
                    for (String t : TYPES) calls.add(new String[]{s.name() + " p" + i + " " + t, "", "" + i, "mk(env, K_" + t + ")"});
                    // check order: a wrong type (a symbol is wrong almost everywhere) against each NULL pointer
                    for (int j = first; j < ps.size(); j++)
                        if (j != i && ps.get(j).kind() == 'P')
                            calls.add(new String[]{s.name() + " p" + i + "+p" + j + " symbol+NULL", "", "" + i, "mk(env, K_symbol)", "" + j, "NULL"});
                }
            }
            for (String[] k : calls) {
                Map<Integer, String> bad = new LinkedHashMap<>();
                for (int a = 2; a < k.length; a += 2) bad.put(Integer.parseInt(k[a]), k[a + 1]);
                boolean skip = NODE_CRASHES.containsKey(k[0]);
                (skip ? excluded : run).append(call(s, ps, k[0], bad, k[1]));
                if (k[0].endsWith(" NULL") && !k[0].contains("+")) { if (skip) excludedNull.add(k[0]); else nullCombos++; }
            }
        }
        StringBuilder kinds = new StringBuilder();
        for (int i = 0; i < KINDS.size(); i++) kinds.append("#define K_").append(KINDS.get(i)).append(' ').append(i).append('\n');
        String c = """
                #ifndef NAPI_VERSION /* conformance-suite builds it for a runtime's own version below 10 */
                #define NAPI_VERSION 10
                #endif
                #define _GNU_SOURCE
                #include <dlfcn.h>
                #include <stdint.h>
                #include <stdio.h>
                #include <stdlib.h>
                #include <string.h>
                #include <uchar.h>
                #include <unistd.h>
                #include <node_api.h>
                %s
                %s
                static napi_callback_info g_info;
                static int trace;
                static _Alignas(16) char g_data[64];
                static char g_latin1[] = "external latin1";
                static char16_t g_utf16[] = u"external utf16";
                static const uint64_t g_words[1] = {1};
                static const napi_type_tag g_tag = {0x1234, 0x5678};
                static napi_value dummy_cb(napi_env env, napi_callback_info info) { return NULL; }
                static void dummy_fin(napi_env env, void* data, void* hint) {}
                static const napi_property_descriptor g_desc = {"p", NULL, dummy_cb, NULL, NULL, NULL, napi_default, NULL};
                // node_api.h: async work (blockers hold every threadpool thread until the batch ends, so a work
                // queued after them can always be cancelled), threadsafe functions, async contexts, cleanup hooks
                static volatile int g_gate;
                static void dummy_execute(napi_env env, void* data) {}
                static void blocker_execute(napi_env env, void* data) { while (!g_gate) usleep(1000); }
                static void dummy_complete(napi_env env, napi_status status, void* data) {}
                static void dummy_call_js(napi_env env, napi_value js_cb, void* context, void* data) {}
                static void dummy_hook(void* arg) {}
                static void dummy_async_hook(napi_async_cleanup_hook_handle h, void* arg) { napi_remove_async_cleanup_hook(h); }
                static uintptr_t g_hook_args;
                static void* next_hook_arg(void) { return (void*)(++g_hook_args); }
                static napi_value mk(napi_env env, int kind);
                static napi_async_work make_work(napi_env env, napi_async_execute_callback execute) {
                  napi_async_work w = NULL;
                  napi_create_async_work(env, NULL, mk(env, K_string), execute, dummy_complete, NULL, &w);
                  return w;
                }
                static napi_async_work fresh_work(napi_env env) { return make_work(env, dummy_execute); }
                static napi_async_work fresh_queued_work(napi_env env) {
                  napi_async_work w = make_work(env, dummy_execute);
                  napi_queue_async_work(env, w);
                  return w;
                }
                static void hold_threadpool(napi_env env) {
                  const char* n = getenv("UV_THREADPOOL_SIZE");
                  int threads = n != NULL && atoi(n) > 0 ? atoi(n) : 4;
                  for (int i = 0; i < threads; i++) napi_queue_async_work(env, make_work(env, blocker_execute));
                }
                static napi_threadsafe_function fresh_tsfn(napi_env env) {
                  napi_threadsafe_function t = NULL;
                  napi_create_threadsafe_function(env, NULL, NULL, mk(env, K_string), 0, 1, NULL, NULL, NULL, dummy_call_js, &t);
                  return t;
                }
                static napi_async_context fresh_context(napi_env env) {
                  napi_async_context c = NULL;
                  napi_async_init(env, mk(env, K_object), mk(env, K_string), &c);
                  return c;
                }

                static napi_value mk(napi_env env, int kind) {
                  napi_value v = NULL, tmp;
                  switch (kind) {
                    case K_undefined: napi_get_undefined(env, &v); break;
                    case K_null: napi_get_null(env, &v); break;
                    case K_boolean: napi_get_boolean(env, true, &v); break;
                    case K_number: napi_create_double(env, 1.5, &v); break;
                    case K_string: napi_create_string_utf8(env, "s", NAPI_AUTO_LENGTH, &v); break;
                    case K_symbol: napi_create_symbol(env, NULL, &v); break;
                    case K_object: napi_create_object(env, &v); break;
                    case K_function: napi_create_function(env, "f", NAPI_AUTO_LENGTH, dummy_cb, NULL, &v); break;
                    case K_bigint: napi_create_bigint_int64(env, 7, &v); break;
                    case K_array: napi_create_array_with_length(env, 2, &v); break;
                    case K_arraybuffer: napi_create_arraybuffer(env, 16, NULL, &v); break;
                    case K_typedarray: napi_create_arraybuffer(env, 16, NULL, &tmp); napi_create_typedarray(env, napi_uint8_array, 4, tmp, 0, &v); break;
                    case K_dataview: napi_create_arraybuffer(env, 16, NULL, &tmp); napi_create_dataview(env, 4, tmp, 0, &v); break;
                    case K_date: napi_create_date(env, 1e12, &v); break;
                    case K_promise: { napi_deferred d; napi_create_promise(env, &d, &v); break; }
                    case K_external: napi_create_external(env, g_data, NULL, NULL, &v); break;
                    case K_error: napi_create_error(env, NULL, mk(env, K_string), &v); break;
                    case K_wrapped: napi_create_object(env, &v); napi_wrap(env, v, g_data, NULL, NULL, NULL); break;
                    case K_tagged: napi_create_object(env, &v); napi_type_tag_object(env, v, &g_tag); break;
                    case K_script: napi_create_string_utf8(env, "1 + 1", NAPI_AUTO_LENGTH, &v); break;
                  }
                  return v;
                }
                static napi_ref fresh_ref(napi_env env) {
                  napi_ref r = NULL;
                  napi_create_reference(env, mk(env, K_object), 1, &r);
                  return r;
                }
                // a deferred of a promise that has a rejection handler (rejecting it must not end the process)
                static napi_deferred fresh_deferred(napi_env env) {
                  napi_deferred d = NULL;
                  napi_value promise, catch_fn, handler, ignored;
                  napi_create_promise(env, &d, &promise);
                  napi_get_named_property(env, promise, "catch", &catch_fn);
                  handler = mk(env, K_function);
                  napi_call_function(env, promise, catch_fn, 1, &handler, &ignored);
                  return d;
                }
                static void record(napi_env env, napi_value out, const char* key, napi_status st) {
                  bool pending = false;
                  napi_value exc, line;
                  napi_is_exception_pending(env, &pending);
                  if (pending) napi_get_and_clear_last_exception(env, &exc);
                  char buf[200];
                  int len = snprintf(buf, sizeof buf, "%%s %%d%%s", key, (int)st, pending ? " pending" : "");
                  uint32_t n;
                  napi_get_array_length(env, out, &n);
                  napi_create_string_utf8(env, buf, (size_t)len, &line);
                  napi_set_element(env, out, n, line);
                }
                static napi_value Run(napi_env env, napi_callback_info info) {
                  napi_value out;
                  napi_create_array(env, &out);
                  g_info = info;
                  trace = getenv("BADINPUT_TRACE") != NULL;
                  hold_threadpool(env);
                %s  g_gate = 1;
                  return out;
                }
                static napi_value RunExcluded(napi_env env, napi_callback_info info) {
                  napi_value out;
                  napi_create_array(env, &out);
                  g_info = info;
                  trace = getenv("BADINPUT_TRACE") != NULL;
                %s  return out;
                }
                NAPI_MODULE_INIT() {
                  napi_value fn;
                  napi_create_function(env, "run", NAPI_AUTO_LENGTH, Run, NULL, &fn);
                  napi_set_named_property(env, exports, "run", fn);
                  napi_create_function(env, "runExcluded", NAPI_AUTO_LENGTH, RunExcluded, NULL, &fn);
                  napi_set_named_property(env, exports, "runExcluded", fn);
                  return exports;
                }
                """.formatted(kinds, typedefs, run, excluded);
        Files.writeString(dir.resolve("bad_input.c"), c);
        Path addon = Oracles.compile(dir.resolve("bad_input.node"), List.of("-Wno-format-truncation", "-Wno-unused-variable",
                "-Wno-unused-but-set-variable", "-ldl"), dir.resolve("bad_input.c"));
        Path nodeJs = dir.resolve("bad_input.js"), oursJs = dir.resolve("bad_input_jvm.js");
        // napi_fatal_exception raises 'uncaughtException' (counted, printed last)
        String uncaught = "let uncaught = 0; process.on('uncaughtException', () => uncaught++);\n";
        Files.writeString(nodeJs, uncaught + "for (const line of require(process.env.NAPI_ADDON).run()) console.log(line);\n"
                + "console.log('uncaught exceptions raised: ' + uncaught);\n");
        Files.writeString(oursJs, uncaught + """
                const addon = require(process.env.NAPI_ADDON);
                for (const line of addon.run()) console.log(line);
                console.log('uncaught exceptions raised: ' + uncaught);
                console.log('--- node crashes on these ---');
                for (const line of addon.runExcluded()) console.log(line);
                """);
        Map<String, String> env = Map.of("NAPI_ADDON", addon.toString());
        Oracles.Result node = Oracles.run(List.of(Oracles.NODE25.toString(), nodeJs.toString()), dir, env);
        assertEquals(0, node.exit(), node.describe("node 25"));
        Oracles.Result ours = InProcess.run(oursJs, dir, env);
        assertEquals(0, ours.exit(), ours.describe("napi-jvm"));
        String[] parts = ours.out().split("--- node crashes on these ---\n", -1);
        assertEquals(2, parts.length, ours.describe("napi-jvm"));
        Files.writeString(dir.resolve("node.txt"), node.out());
        Files.writeString(dir.resolve("napi-jvm.txt"), parts[0]);
        Files.writeString(dir.resolve("napi-jvm-excluded.txt"), parts[1]);
        assertEquals(node.out(), parts[0], "napi-jvm differs from node 25 (diff " + dir + "/node.txt napi-jvm.txt)");

        // nothing silently skipped: every js function has its all-valid line, every pointer parameter its NULL line
        List<String> lines = parts[0].lines().toList();
        assertEquals(functions, lines.stream().filter(l -> l.split(" ")[1].equals("valid")).count());
        assertEquals(functions, lines.stream().filter(l -> l.split(" ")[1].equals("exception-pending")).count());
        // counted straight from the symbol table: kinds = return kind, env, then the other parameters
        long tablePointers = NapiSymbols.ALL.stream().filter(s -> !NOT_CALLED.containsKey(s.name()))
                .mapToLong(s -> s.kinds().substring(takesEnv(params(s)) ? 2 : 1).chars().filter(k -> k == 'P').count()).sum();
        assertEquals(tablePointers, pointerParams);
        assertEquals(pointerParams - excludedNull.size(), nullCombos);
        // the defaults are valid: every all-valid call succeeds (the throw functions leave their exception pending)
        for (String l : lines)
            if (l.split(" ")[1].equals("valid")) assertTrue(l.matches("\\S+ valid 0( pending)?"), "a default argument is invalid: " + l);
        assertEquals(nullCombos, lines.stream().filter(l -> l.split(" ")[2].equals("NULL") && l.split(" ")[1].matches("p\\d+")).count());
        // the combinations node crashes on: napi-jvm returns a status (napi_invalid_arg) without crashing
        List<String> ex = parts[1].lines().toList();
        assertEquals(NODE_CRASHES.size(), ex.size(), parts[1]);
        for (String l : ex) assertTrue(l.matches("\\S+ \\S+ \\S+ 1( pending)?"), "expected napi_invalid_arg: " + l);
        System.out.println("BadInputTest: " + functions + " functions, " + lines.size() + " calls compared, " + nullCombos + " of "
                + pointerParams + " pointer parameters NULL-checked, " + NODE_CRASHES.size() + " combinations excluded (node crashes)");
    }
}
