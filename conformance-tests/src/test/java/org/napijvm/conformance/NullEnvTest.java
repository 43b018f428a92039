package org.napijvm.conformance;

import org.junit.jupiter.api.Test;
import org.napijvm.loader.NapiSymbols;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every exported function that takes an env, called with env = NULL (all other arguments zero): node and napi-jvm
 * must both answer napi_invalid_arg without crashing. The addon is generated from the symbol table.
 */
class NullEnvTest {
    /** Node asserts (aborts the process) on their NULL threadsafe-function argument before it looks at env. */
    static final java.util.Set<String> NODE_ABORTS = java.util.Set.of("napi_ref_threadsafe_function", "napi_unref_threadsafe_function");

    @Test
    void everyFunctionRejectsNullEnvLikeNode() throws IOException {
        Path dir = Oracles.REPO.resolve("conformance-tests/target/null-env");
        Files.createDirectories(dir);
        StringBuilder names = new StringBuilder();
        int n = 0;
        for (NapiSymbols.Symbol s : NapiSymbols.ALL) {
            if (!s.cParams().startsWith("napi_env ") && !s.cParams().startsWith("node_api_basic_env ")) continue;
            if (NODE_ABORTS.contains(s.name())) continue;
            names.append("  \"").append(s.name()).append("\",\n");
            n++;
        }
        String c = """
                #define _GNU_SOURCE
                #include <dlfcn.h>
                #include <stdint.h>
                #include <stdio.h>
                #include <node_api.h>
                typedef napi_status (*any_fn)(void*, uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t);
                static const char* names[] = {
                %s};
                static napi_value Run(napi_env env, napi_callback_info info) {
                  napi_value arr, item;
                  napi_create_array(env, &arr);
                  for (uint32_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
                    any_fn f = (any_fn)dlsym(RTLD_DEFAULT, names[i]);
                    char line[200];
                    int st = f ? (int)f(NULL, 0, 0, 0, 0, 0, 0, 0) : -1;
                    int len = snprintf(line, sizeof line, "%%s %%d", names[i], st);
                    napi_create_string_utf8(env, line, (size_t)len, &item);
                    napi_set_element(env, arr, i, item);
                  }
                  return arr;
                }
                NAPI_MODULE_INIT() {
                  napi_value fn;
                  napi_create_function(env, "run", NAPI_AUTO_LENGTH, Run, NULL, &fn);
                  napi_set_named_property(env, exports, "run", fn);
                  return exports;
                }
                """.formatted(names);
        Files.writeString(dir.resolve("null_env.c"), c);
        Path addon = Oracles.compile(dir.resolve("null_env.node"), List.of("-Wno-format-truncation", "-ldl"), dir.resolve("null_env.c"));
        Path js = dir.resolve("null_env.js");
        Files.writeString(js, "for (const line of require(process.env.NAPI_ADDON).run()) console.log(line);\n");
        Map<String, String> env = Map.of("NAPI_ADDON", addon.toString());
        Oracles.Result node = Oracles.run(List.of(Oracles.NODE25.toString(), js.toString()), dir, env);
        assertEquals(0, node.exit(), node.describe("node 25"));
        Oracles.Result ours = InProcess.run(js, dir, env);
        assertEquals(0, ours.exit(), ours.describe("napi-jvm"));
        assertEquals(node.out(), ours.out());
        List<String> lines = ours.out().lines().toList();
        assertEquals(n, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.endsWith(" 1")), "every function must return napi_invalid_arg (1):\n" + ours.out());
    }
}
