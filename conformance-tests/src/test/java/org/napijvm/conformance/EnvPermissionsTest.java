package org.napijvm.conformance;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.napijvm.node.JsException;
import org.napijvm.node.NodeEnv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an embedded env may do: a filesystem root and the other allow* options (Node's permission model, the same
 * code path as the launcher's --permission, compared here with node 25.8.1) and an allowlist of built-in modules.
 */
class EnvPermissionsTest {
    static final Path DIR = Oracles.REPO.resolve("conformance-tests/target/env-permissions");
    static final Path ROOT = DIR.resolve("root"), OUTSIDE = DIR.resolve("outside.txt");
    static final Path HELLO = Oracles.compile(DIR.resolve("hello.node"), List.of(), Oracles.REPO.resolve("examples/hello/binding.c"));
    static final String DENIED_READ = "Access to this API has been restricted. Use --allow-fs-read to manage permissions.";
    static final String DENIED_WRITE = "Access to this API has been restricted. Use --allow-fs-write to manage permissions.";
    static Engine engine;

    @BeforeAll
    static void setUp() throws IOException {
        engine = NodeEnv.newEngine();
        Files.createDirectories(ROOT.resolve("sub"));
        Files.writeString(ROOT.resolve("a.txt"), "inside\n");
        Files.writeString(OUTSIDE, "outside\n");
        Files.writeString(DIR.resolve("outside.js"), "module.exports = 'outside';\n");
        Files.deleteIfExists(DIR.resolve("w.txt"));
        Files.copy(HELLO, ROOT.resolve("hello.node"), StandardCopyOption.REPLACE_EXISTING);
        // each line: what one operation gave, as JSON (an error: its code, permission, resource, message)
        Files.writeString(ROOT.resolve("app.js"), """
                const fs = require('fs');
                const show = (e) => JSON.stringify([e.code, e.permission, e.resource, e.message.split('\\n')[0]]);
                const t = (name, f) => { try { console.log(name, JSON.stringify(f())); } catch (e) { console.log(name, show(e)); } };
                t('cwd', () => process.cwd());
                t('read', () => fs.readFileSync('a.txt', 'utf8'));
                t('readOut', () => fs.readFileSync('../outside.txt', 'utf8'));
                t('write', () => fs.writeFileSync('sub/w.txt', 'x'));
                t('writeOut', () => fs.writeFileSync('../w.txt', 'x'));
                t('requireOut', () => require('../outside.js'));
                t('chdirOut', () => process.chdir('..'));
                t('addon', () => require('./hello.node').hello());
                t('spawn', () => require('child_process').spawnSync('true').status);
                t('childCwd', () => [require('child_process').spawnSync('pwd').stdout?.toString().trim(),
                  require('child_process').spawnSync('pwd', { cwd: 'sub' }).stdout?.toString().trim()]);
                t('has', () => [process.permission.has('fs.read', 'sub'), process.permission.has('fs.write', '/')]);
                fs.readFile('../outside.txt', (e) => console.log('callback', e ? show(e) : 'read'));
                fs.promises.stat('/').catch((e) => console.log('promise', show(e)));
                """);
    }

    @AfterAll
    static void tearDown() {
        engine.close();
    }

    static String line(String out, String name) {
        for (String l : out.split("\n")) if (l.startsWith(name + " ")) return l.substring(name.length() + 1);
        throw new AssertionError("no line '" + name + "' in:\n" + out);
    }

    @Test
    void fsRootConfinesTheEnvWithNodesErrors() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try (NodeEnv env = NodeEnv.builder().engine(engine).fsRoot(ROOT).args("app.js").stdout(out).stderr(err).build()) {
            assertEquals(0, env.run(), err::toString);
            String o = out.toString(StandardCharsets.UTF_8);
            assertEquals("\"" + ROOT + "\"", line(o, "cwd"));
            assertEquals("\"inside\\n\"", line(o, "read"));
            assertEquals("[\"ERR_ACCESS_DENIED\",\"FileSystemRead\",\"../outside.txt\",\"" + DENIED_READ + "\"]", line(o, "readOut"));
            assertEquals("undefined", line(o, "write"));
            assertEquals("[\"ERR_ACCESS_DENIED\",\"FileSystemWrite\",\"../w.txt\",\"" + DENIED_WRITE + "\"]", line(o, "writeOut"));
            assertEquals("[\"ERR_ACCESS_DENIED\",\"FileSystemRead\",\"" + DIR.resolve("outside.js") + "\",\"" + DENIED_READ + "\"]", line(o, "requireOut"));
            assertEquals("[\"ERR_ACCESS_DENIED\",\"FileSystemRead\",\"..\",\"" + DENIED_READ + "\"]", line(o, "chdirOut"));
            assertEquals("[\"ERR_DLOPEN_DISABLED\",null,null,\"Cannot load native addon because loading addons is disabled.\"]", line(o, "addon"));
            assertEquals("[\"ERR_ACCESS_DENIED\",\"ChildProcess\",\"true\",\"Access to this API has been restricted. Use --allow-child-process to manage permissions.\"]",
                    line(o, "spawn"));
            assertEquals("[true,false]", line(o, "has"));
            assertEquals("[\"ERR_ACCESS_DENIED\",\"FileSystemRead\",\"../outside.txt\",\"" + DENIED_READ + "\"]", line(o, "callback"));
            assertEquals("[\"ERR_ACCESS_DENIED\",\"FileSystemRead\",\"/\",\"" + DENIED_READ + "\"]", line(o, "promise"));
            assertEquals("x", Files.readString(ROOT.resolve("sub/w.txt")));
            assertFalse(Files.exists(DIR.resolve("w.txt")), "a write outside the root must not happen");
            // from Java: the same error as a JsException
            JsException e = assertThrows(JsException.class, () -> env.callExport("fs", "readFileSync", OUTSIDE.toString()));
            assertEquals("ERR_ACCESS_DENIED", e.code());
            assertEquals(DENIED_READ, e.getMessage());
            assertEquals(OUTSIDE.toString(), e.error().getMember("resource").asString());
            assertEquals("inside\n", env.callExport(String.class, "fs", "readFileSync", ROOT.resolve("a.txt").toString(), "utf8"));
        }
    }

    @Test
    void allowOptionsLiftWhatThePermissionModelRefuses() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try (NodeEnv env = NodeEnv.builder().engine(engine).fsRoot(ROOT).allowAddons().allowChildProcess().allowFsRead(DIR.resolve("outside.txt"))
                .args("app.js").stdout(out).stderr(err).build()) {
            assertEquals(0, env.run(), err::toString);
            String o = out.toString(StandardCharsets.UTF_8);
            assertEquals("\"world\"", line(o, "addon"));
            assertEquals("0", line(o, "spawn"));
            // a child starts in the env's own cwd, and a relative cwd option is taken from there
            assertEquals("[\"" + ROOT + "\",\"" + ROOT.resolve("sub") + "\"]", line(o, "childCwd"));
            assertEquals("\"outside\\n\"", line(o, "readOut"));
            assertEquals("read", line(o, "callback"));
            assertTrue(line(o, "requireOut").contains("ERR_ACCESS_DENIED"), o); // a file grant is that file only
            // node's SecurityWarning for the flags that weaken the model
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("SecurityWarning: The flag --allow-addons must be used with extreme caution."), err::toString);
        }
        // without any allow* option: no permission model
        try (NodeEnv env = NodeEnv.builder().engine(engine).cwd(ROOT).build()) {
            assertEquals("outside\n", env.callExport(String.class, "fs", "readFileSync", OUTSIDE.toString(), "utf8"));
            assertEquals(Boolean.FALSE, env.toJava(env.context().eval("js", "process.permission === undefined ? false : true")));
        }
    }

    @Test
    void builtinsAllowlistHidesTheOthers() throws IOException {
        Files.writeString(ROOT.resolve("builtins.js"), """
                const t = (name, f) => { try { console.log(name, JSON.stringify(f())); } catch (e) { console.log(name, e.code, e.message.split('\\n')[0]); } };
                t('path', () => require('path').join('/a', 'b', '..', 'c'));
                t('scheme', () => require('node:fs'));
                t('bare', () => require('fs'));
                t('getBuiltinModule', () => process.getBuiltinModule('fs') === undefined);
                t('builtinModules', () => require('module').builtinModules.slice().sort());
                t('isBuiltin', () => [require('module').isBuiltin('fs'), require('module').isBuiltin('node:util')]);
                t('binding', () => process.binding('fs'));
                import('node:child_process').then(() => console.log('import', 'loaded'), (e) => console.log('import', e.code, e.message));
                console.log('internal', Buffer.from('ok').toString()); // Node's own modules keep theirs (console: util, stream)
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try (NodeEnv env = NodeEnv.builder().engine(engine).cwd(ROOT).builtins("path", "node:util", "module").args("builtins.js")
                .stdout(out).stderr(err).build()) {
            assertEquals(0, env.run(), err::toString);
            String o = out.toString(StandardCharsets.UTF_8);
            assertEquals("\"/a/c\"", line(o, "path"));
            assertEquals("ERR_UNKNOWN_BUILTIN_MODULE No such built-in module: node:fs", line(o, "scheme"));
            assertEquals("MODULE_NOT_FOUND Cannot find module 'fs'", line(o, "bare"));
            assertEquals("true", line(o, "getBuiltinModule"));
            assertEquals("[\"module\",\"path\",\"util\"]", line(o, "builtinModules"));
            assertEquals("[false,true]", line(o, "isBuiltin"));
            assertEquals("ERR_ACCESS_DENIED process.binding", line(o, "binding"));
            assertEquals("ERR_UNKNOWN_BUILTIN_MODULE No such built-in module: node:child_process", line(o, "import"));
            assertEquals("ok", line(o, "internal"));
            // from Java: the same errors; Java values still convert (JsValues uses 'buffer' internally)
            JsException bare = assertThrows(JsException.class, () -> env.callExport("fs", "readFileSync", "a.txt"));
            assertEquals("MODULE_NOT_FOUND", bare.code());
            assertEquals(3, env.callExport(Integer.class, env.context().eval("js", "({ len: (b) => b.length })"), "len", new byte[] {1, 2, 3}));
        }
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> NodeEnv.builder().builtins("fs", "no-such-builtin"));
        assertEquals("napi-jvm: not a Node built-in module: no-such-builtin", bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NodeEnv.builder().builtins("internal/util"));
    }

    /** The launcher's --permission --allow-fs-read against node 25.8.1: the same output for a read inside and outside. */
    @Test
    void launcherPermissionFlagsBehaveAsNode() throws IOException {
        Path script = ROOT.resolve("launcher.js");
        Files.writeString(script, """
                const fs = require('fs');
                console.log(fs.readFileSync('a.txt', 'utf8').trim());
                try { fs.readFileSync('../outside.txt'); } catch (e) { console.log(require('util').inspect(e).split('\\n').filter((l) => !l.includes(' at ')).join('\\n')); }
                fs.readFile('../outside.txt', (e) => console.log(e.code, e.permission, e.resource));
                try { fs.writeFileSync('x.txt', ''); } catch (e) { console.log(e.code, e.permission, e.resource, e.message); }
                console.log(process.permission.has('fs.read', '.'), process.permission.has('fs.read', '..'), process.permission.has('fs.write'));
                """);
        List<String> args = List.of("--permission", "--allow-fs-read=" + ROOT, "launcher.js");
        Oracles.Result node = Oracles.run(concat(Oracles.NODE25.toString(), args), ROOT, Map.of());
        Oracles.Result jvm = Oracles.run(concat(Oracles.REPO.resolve("napi-jvm").toString(), args), ROOT, Map.of());
        assertEquals(0, node.exit(), node.describe("node"));
        assertTrue(node.out().contains("code: 'ERR_ACCESS_DENIED'") && node.out().contains("resource: '../outside.txt'"), node.describe("node"));
        assertEquals(node.out(), jvm.out(), jvm.describe("napi-jvm") + "\n" + node.describe("node"));
        assertEquals(node.exit(), jvm.exit());
    }

    static List<String> concat(String first, List<String> rest) {
        List<String> l = new java.util.ArrayList<>(List.of(first));
        l.addAll(rest);
        return l;
    }
}
