package org.napijvm.conformance;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Node's CheckGCAccess: in a module of the experimental Node-API version, finalizers run from the GC and may call only
 * functions whose body only checks the env (the symbol table's basic-env class: those taking a node_api_basic_env, and
 * napi_get_cb_info, napi_open/close_callback_scope); calling another one is a fatal error (same message, SIGABRT) on
 * node 25 and on ./napi-jvm.
 */
class GcAccessTest {
    private static final String ADDON = """
            #define NAPI_EXPERIMENTAL
            #define NODE_API_EXPERIMENTAL_NO_WARNING
            #include <node_api.h>
            #include <stdio.h>
            static int finalized;
            static void BasicFinalizer(node_api_basic_env env, void* data, void* hint) {
              uint32_t v = 0;
              size_t argc = 0;
              napi_get_version(env, &v);            /* takes node_api_basic_env: allowed from the GC */
              /* these take a napi_env, but Node's bodies only CHECK_ENV: allowed too (NULL arguments: invalid_arg) */
              int allowed = napi_close_callback_scope((napi_env)env, NULL) == napi_invalid_arg
                  && napi_get_cb_info((napi_env)env, NULL, &argc, NULL, NULL, NULL) == napi_invalid_arg;
              finalized += v >= 10 && allowed;
            }
            static void BadFinalizer(node_api_basic_env env, void* data, void* hint) {
              napi_value o;
              fprintf(stderr, "finalizer calls napi_create_object\\n");
              napi_create_object((napi_env)env, &o);  /* needs a full env: fatal from the GC */
            }
            static napi_value Make(napi_env env, napi_callback_info info) {
              size_t argc = 1;
              napi_value arg, ext;
              bool bad;
              napi_get_cb_info(env, info, &argc, &arg, NULL, NULL);
              napi_get_value_bool(env, arg, &bad);
              napi_create_external(env, NULL, bad ? BadFinalizer : BasicFinalizer, NULL, &ext);
              return ext;
            }
            static napi_value Count(napi_env env, napi_callback_info info) {
              napi_value r;
              napi_create_int32(env, finalized, &r);
              return r;
            }
            NAPI_MODULE_INIT() {
              napi_value f;
              napi_create_function(env, "make", NAPI_AUTO_LENGTH, Make, NULL, &f);
              napi_set_named_property(env, exports, "make", f);
              napi_create_function(env, "count", NAPI_AUTO_LENGTH, Count, NULL, &f);
              napi_set_named_property(env, exports, "count", f);
              return exports;
            }
            """;

    static Path addon() throws IOException {
        Path dir = Files.createDirectories(Oracles.BUILD.resolve("gc_access"));
        Files.writeString(dir.resolve("gc_access.c"), ADDON);
        return Oracles.compile(dir.resolve("gc_access.node"), List.of(), dir.resolve("gc_access.c"));
    }

    static Oracles.Result[] both(String script) throws IOException {
        Path dir = Files.createTempDirectory("napi-gc-access");
        Path js = dir.resolve("t.js");
        Files.writeString(js, script);
        Map<String, String> env = Map.of("NAPI_ADDON", addon().toString());
        return new Oracles.Result[] {
            Oracles.run(List.of(Oracles.NODE25.toString(), "--expose-gc", js.toString()), dir, env),
            Oracles.run(List.of(Oracles.REPO.resolve("napi-jvm").toString(), "--expose-gc", js.toString()), dir, env)};
    }

    @Test
    void basicFunctionsAreAllowedInGcFinalizers() throws IOException {
        Oracles.Result[] r = both("""
                const b = require(process.env.NAPI_ADDON);
                (function () { for (let i = 0; i < 10; i++) b.make(false); })();
                for (let i = 0; i < 10 && b.count() < 10; i++) gc();
                console.log('finalized', b.count());
                """);
        assertEquals(0, r[0].exit(), r[0].describe("node 25"));
        assertEquals(0, r[1].exit(), r[1].describe("napi-jvm"));
        assertEquals("finalized 10\n", r[0].out());
        assertEquals(r[0].out(), r[1].out());
    }

    @Test
    void fullEnvFunctionFromGcFinalizerIsFatal() throws IOException {
        Oracles.Result[] r = both("""
                const b = require(process.env.NAPI_ADDON);
                console.log('before');
                (function () { b.make(true); })();
                for (let i = 0; i < 10; i++) gc();
                console.log('not reached');
                """);
        for (Oracles.Result x : r) {
            assertEquals(134, x.exit(), x.describe("runtime"));
            assertEquals("before\n", x.out());
            assertTrue(x.err().contains("finalizer calls napi_create_object\nFATAL ERROR: Finalizer is calling a function that may affect GC state.\n"
                    + "The finalizers are run directly from GC and must not affect GC state."), x.err());
        }
    }
}
