package org.napijvm.conformance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * napi_fatal_error ends the process: the same "FATAL ERROR: location message" line on stderr as node, and death by
 * SIGABRT (exit status 134) on node 25 and on the ./napi-jvm launcher.
 */
class FatalErrorTest {
    private static final String ADDON = """
            #include <node_api.h>
            #include <pthread.h>
            #include <stdlib.h>
            static napi_value Fatal(napi_env env, napi_callback_info info) {
              size_t argc = 2;
              napi_value args[2];
              napi_get_cb_info(env, info, &argc, args, NULL, NULL);
              int32_t loc_len, msg_len;
              napi_get_value_int32(env, args[0], &loc_len);
              napi_get_value_int32(env, args[1], &msg_len);
              napi_fatal_error("the_location", loc_len < 0 ? NAPI_AUTO_LENGTH : (size_t)loc_len,
                               "the message, and more", msg_len < 0 ? NAPI_AUTO_LENGTH : (size_t)msg_len);
              return NULL;
            }
            static void* FatalOnThread(void* arg) {
              napi_fatal_error("thread_location", NAPI_AUTO_LENGTH, "from a thread", NAPI_AUTO_LENGTH);
              return NULL;
            }
            static napi_value FatalFromThread(napi_env env, napi_callback_info info) {
              pthread_t thread;
              pthread_create(&thread, NULL, FatalOnThread, NULL);
              pthread_join(thread, NULL);
              return NULL;
            }
            NAPI_MODULE_INIT() {
              napi_value fn;
              napi_create_function(env, "fatalFromThread", NAPI_AUTO_LENGTH, FatalFromThread, NULL, &fn);
              napi_set_named_property(env, exports, "fatalFromThread", fn);
              napi_create_function(env, "fatal", NAPI_AUTO_LENGTH, Fatal, NULL, &fn);
              napi_set_named_property(env, exports, "fatal", fn);
              return exports;
            }
            """;

    /** What node 25 and napi-jvm must agree on in a report (run by node 25): sections, header fields, the values
     * that do not depend on the run, and the shape of the rest. */
    private static final String SUMMARIZE_REPORT = """
            const fs = require('fs'), path = require('path');
            const dir = process.argv[2];
            const files = fs.readdirSync(dir).filter(f => f.startsWith('report.'));
            const r = JSON.parse(fs.readFileSync(path.join(dir, files[0]), 'utf8'));
            const keys = o => Object.keys(o).sort();
            const h = r.header;
            const shellless = env => Object.fromEntries(Object.entries(env)
              .filter(([k]) => !['_', 'PWD', 'OLDPWD', 'SHLVL'].includes(k)).sort(([a], [b]) => a < b ? -1 : a > b));
            console.log(JSON.stringify({
              files: files.map(f => f.replace(/^report\\.\\d{8}\\.\\d{6}\\.\\d+\\./, 'report.DATE.TIME.PID.')),
              sections: Object.keys(r), header: keys(h),
              event: h.event, trigger: h.trigger, threadId: h.threadId, reportVersion: h.reportVersion,
              filename: h.filename === files[0], cwd: h.cwd === dir, processId: h.processId > 0,
              nodejsVersion: h.nodejsVersion, arch: h.arch, platform: h.platform, release: h.release,
              componentVersions: ['node', 'v8', 'uv', 'napi'].map(k => typeof h.componentVersions[k]),
              osName: h.osName, cpus: keys(h.cpus[0]), networkInterfaces: keys(h.networkInterfaces[0] || {}),
              commandLine: h.commandLine.slice(-1)[0] === path.join(dir, 'fatal.js'),
              glibc: [typeof h.glibcVersionRuntime, typeof h.glibcVersionCompiler],
              // on the JS thread: the frames, the top one up to its line and column (GraalJS counts columns on a
              // CommonJS module's first line from its wrapper)
              javascriptStack: { ...r.javascriptStack, stack: r.javascriptStack.stack.length > 3 ?
                [r.javascriptStack.stack[0].replace(/:\\d+:\\d+\\)$/, ')').replace(dir, 'DIR')] : r.javascriptStack.stack },
              javascriptHeap: r.javascriptHeap && [keys(r.javascriptHeap), keys(r.javascriptHeap.heapSpaces[
                Object.keys(r.javascriptHeap.heapSpaces)[0]])],
              libuvEntries: r.libuv.every(h => typeof h.type === 'string' && typeof h.is_active === 'boolean'
                && typeof h.is_referenced === 'boolean' && /^0x[0-9a-f]{16}$/.test(h.address)),
              nativeStack: r.nativeStack.length > 2
                && r.nativeStack.every(f => /^0x[0-9a-f]+$/.test(f.pc) && typeof f.symbol === 'string'),
              nativeStackNamesTheAddon: r.nativeStack.some(f => f.symbol.includes('fatal.node')),
              resourceUsage: keys(r.resourceUsage), pageFaults: keys(r.resourceUsage.pageFaults),
              fsActivity: keys(r.resourceUsage.fsActivity), uvthreadResourceUsage: keys(r.uvthreadResourceUsage),
              workers: r.workers,
              // the variables a shell sets for itself aside (./napi-jvm is a bash script), in any order
              environmentVariables: JSON.stringify(shellless(r.environmentVariables)) === JSON.stringify(shellless(process.env)),
              userLimits: keys(r.userLimits), userLimit: keys(r.userLimits.open_files),
              sharedObjects: r.sharedObjects.every(s => typeof s === 'string')
                && r.sharedObjects.some(s => s.endsWith('fatal.node')),
            }, null, 1));
            """;

    private static Path addon;

    private static synchronized Path addon() throws IOException {
        if (addon == null) {
            Path dir = Files.createDirectories(Oracles.BUILD.resolve("fatal_error"));
            Path c = dir.resolve("fatal.c");
            Files.writeString(c, ADDON);
            addon = Oracles.compile(dir.resolve("fatal.node"), List.of(), c);
        }
        return addon;
    }

    private static String fatalLine(String stderr) {
        return stderr.lines().filter(l -> l.startsWith("FATAL ERROR:")).findFirst().orElse("(no FATAL ERROR line)");
    }

    @ParameterizedTest
    @CsvSource({"-1, -1", "3, 11"})
    void fatalErrorPrintsAndAbortsAsNode(int locationLength, int messageLength) throws IOException {
        Path dir = Files.createTempDirectory("napi-fatal");
        Path js = dir.resolve("fatal.js");
        Files.writeString(js, "console.log('before');\nrequire(process.env.NAPI_ADDON).fatal(" + locationLength + ", "
                + messageLength + ");\nconsole.log('after');\n");
        Map<String, String> env = Map.of("NAPI_ADDON", addon().toString());
        Oracles.Result node = Oracles.run(List.of(Oracles.NODE25.toString(), js.toString()), dir, env);
        Oracles.Result ours = Oracles.run(List.of(Oracles.REPO.resolve("napi-jvm").toString(), js.toString()), dir, env);
        assertEquals(134, node.exit(), () -> node.describe("node 25"));
        assertEquals(134, ours.exit(), () -> ours.describe("napi-jvm"));
        assertTrue(fatalLine(node.err()).startsWith("FATAL ERROR: "), node.err());
        assertEquals(fatalLine(node.err()), fatalLine(ours.err()), () -> ours.describe("napi-jvm"));
        assertEquals("before\n", node.out());
        assertEquals(node.out(), ours.out());
    }

    /** --report-on-fatalerror, napi_fatal_error on the JS thread (under a JS function) and on a thread of the addon's
     * own (no JS on its stack): one report, the same as node 25's in every part that does not depend on the run, and
     * the same lines on stderr around it. */
    @ParameterizedTest
    @CsvSource({"'function outer() { addon.fatal(-1, -1); }\nouter();', 'the_location the message, and more'",
                "'addon.fatalFromThread();', thread_location from a thread"})
    void reportOnFatalErrorAsNode(String call, String fatalMessage) throws IOException {
        Path base = Files.createTempDirectory("napi-fatal-report");
        Path summarize = base.resolve("summarize.js");
        Files.writeString(summarize, SUMMARIZE_REPORT);
        Map<String, String> summaries = new java.util.LinkedHashMap<>();
        for (String runner : List.of(Oracles.NODE25.toString(), Oracles.REPO.resolve("napi-jvm").toString())) {
            Path dir = Files.createDirectories(base.resolve(summaries.isEmpty() ? "node" : "napi-jvm"));
            Path js = dir.resolve("fatal.js");
            Files.writeString(js, "console.log('before');\nconst addon = require(process.env.NAPI_ADDON);\n" + call + "\n");
            Oracles.Result run = Oracles.run(List.of(runner, "--report-on-fatalerror", "--report-directory=" + dir,
                    js.toString()), dir, Map.of("NAPI_ADDON", addon().toString()));
            assertEquals(134, run.exit(), () -> run.describe(runner));
            assertEquals("before\n", run.out(), () -> run.describe(runner));
            List<String> lines = run.err().lines().toList();
            assertEquals("FATAL ERROR: " + fatalMessage, fatalLine(run.err()), () -> run.describe(runner));
            assertTrue(lines.stream().anyMatch(l -> l.matches("Writing Node.js report to file: report\\.[0-9.]+\\.json")),
                    () -> run.describe(runner));
            assertTrue(lines.contains("Node.js report completed"), () -> run.describe(runner));
            assertTrue(lines.contains("----- Native stack trace -----"), () -> run.describe(runner));
            Oracles.Result summary = Oracles.run(List.of(Oracles.NODE25.toString(), summarize.toString(), dir.toString()),
                    dir, Map.of("NAPI_ADDON", addon().toString())); // the same environment: the report lists it
            assertEquals(0, summary.exit(), () -> summary.describe("summarize " + runner));
            summaries.put(runner, summary.out());
        }
        List<String> both = List.copyOf(summaries.values());
        assertTrue(both.get(0).contains("\"trigger\": \"FatalError\""), both.get(0));
        assertEquals(both.get(0), both.get(1));
    }
}
