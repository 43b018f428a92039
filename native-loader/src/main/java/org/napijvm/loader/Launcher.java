package org.napijvm.loader;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.napijvm.core.NodeVersion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code napi-jvm [options] script.js [args...]}: runs a script the way {@code node script.js} does. */
public final class Launcher {
    private Launcher() {}

    static final String HELP = """
            Usage: napi-jvm [options] script.js [arguments...]

            Runs a JavaScript file on GraalJS (Truffle JIT) in the JVM, the way `node script.js` does, with
            Node-API so that compiled .node addons load unmodified.

            Options:
              -h, --help        print this help
              -v, --version     print the emulated Node version and napi-jvm's
              --expose-gc       accepted for compatibility: global.gc() is always defined
              --force-node-api-uncaught-exceptions-policy[=true|false], --no-force-node-api-uncaught-exceptions-policy
                                as node: whether an exception thrown by a threadsafe function's JS call (or its
                                finalizer) of a module below the experimental Node-API version is an uncaught
                                exception (forced) or a DEP0168 warning (the default)
              --gc-interval=N, --gc-global, --no-concurrent-array-buffer-sweeping
                                V8 GC tuning flags: accepted and ignored (the JVM's GC is not V8's)

            Supported: CommonJS require() of relative/absolute .js, .json and .node files and of packages in
            node_modules (package.json "main", index.js); module, exports, require.resolve, __filename,
            __dirname; console; setTimeout/setInterval/setImmediate (and clear*, ref/unref) on a libuv event loop;
            process.argv, env, exit(), exitCode, on('exit'), on('uncaughtException'), nextTick, hrtime,
            platform, versions, report.getReport() (header.glibcVersionRuntime and sharedObjects only);
            global.gc(). Node-API: see docs/coverage.md for the functions implemented.
            An uncaught exception prints its stack to stderr and exits with code 1.

            Core modules (require('x') and require('node:x'), answered from the jar, never from disk):
              buffer   npm's buffer@6.0.3; also the global Buffer
              path     npm's path-browserify@1.0.1 (Node's POSIX path; path.posix === path, no path.win32)
              events   npm's events@3.3.0 (EventEmitter, once, ...)
              fs       synchronous subset only: readFileSync (path, encoding or {encoding, flag: 'r'}),
                       writeFileSync (string/Buffer/TypedArray; flag 'w' or 'a'), existsSync,
                       statSync/lstatSync (isFile, isDirectory, isSymbolicLink, size, mtimeMs, mtime;
                       throwIfNoEntry), readdirSync (names), realpathSync, mkdirSync ({recursive}),
                       accessSync, constants.{F,R,W,X}_OK, Stats. Paths: strings or Buffers; errors are
                       Node's (code, errno, syscall, path). Everything else in fs is undefined.
              os       platform, arch, type, release, endianness, EOL, tmpdir, homedir, cpus (one entry
                       per available processor; model '', speed 0, times 0)
            Not (yet) supported: ES modules, other core modules (child_process, util, crypto, ...), file
            descriptors and asynchronous fs, I/O in the event loop.
            """;

    static final String FORCE_POLICY = "--force-node-api-uncaught-exceptions-policy";

    public static void main(String[] args) {
        int i = 0;
        boolean forcePolicy = false;
        while (i < args.length && args[i].startsWith("-")) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> { System.out.print(HELP); System.exit(0); }
                case "-v", "--version" -> {
                    System.out.println("v" + NodeVersion.VERSION + " (napi-jvm " + NapiJvm.NAPI_JVM_VERSION + ", Node-API " + NodeVersion.NAPI_VERSION + ")");
                    System.exit(0);
                }
                case "--expose-gc", "--expose_gc", "--gc-global", "--no-concurrent-array-buffer-sweeping" -> { }
                case FORCE_POLICY, FORCE_POLICY + "=true" -> forcePolicy = true;
                case "--no-force-node-api-uncaught-exceptions-policy", FORCE_POLICY + "=false" -> forcePolicy = false;
                default -> {
                    if (!a.matches("--gc-interval=\\d+")) {
                        System.err.println("napi-jvm: bad option: " + a + " (see --help)");
                        System.exit(9);
                    }
                }
            }
            i++;
        }
        if (i >= args.length) {
            System.err.print(HELP);
            System.exit(9);
        }
        Path script = Path.of(args[i]).toAbsolutePath().normalize();
        if (!Files.isRegularFile(script)) {
            System.err.println("Error: Cannot find module '" + script + "'");
            System.exit(1);
        }
        List<String> argv = new ArrayList<>();
        String exec = System.getProperty("napi.launcher", "napi-jvm");
        argv.add(exec);
        argv.add(script.toString());
        for (int j = i + 1; j < args.length; j++) argv.add(args[j]);

        int code;
        Context ctx = NapiJvm.contextBuilder().out(System.out).err(System.err).build();
        NapiJvm[] napiRef = new NapiJvm[1];
        NapiJvm napi = NapiJvm.install(ctx, new NapiJvm.Options().argv(argv).execPath(exec)
                .forceUncaughtExceptionsPolicy(forcePolicy).onExit(c -> {
            System.out.flush();
            System.err.flush();
            if (napiRef[0] != null) napiRef[0].close();
            Runtime.getRuntime().halt(c);
        }));
        napiRef[0] = napi;
        warnIfInterpreted(napi);
        try {
            napi.runMain(script);
            code = napi.exitCode();
            napi.emitExit(code);
            code = napi.exitCode();
        } catch (PolyglotException e) {
            System.out.flush();
            System.err.println(napi.formatUncaught(e));
            code = 1;
            try {
                napi.emitExit(1); // as node: 'exit' listeners run with code 1 after an uncaught exception
            } catch (PolyglotException ignored) {
                // a throwing 'exit' listener changes nothing: the exit code is 1
            }
        }
        System.out.flush();
        try {
            napi.close();
            ctx.close();
        } catch (PolyglotException e) {
            System.err.println(napi.formatUncaught(e));
            if (code == 0) code = 1;
        }
        System.err.flush();
        System.exit(code);
    }

    static void warnIfInterpreted(NapiJvm napi) {
        if (napi.engineImplementation().equals("Interpreted") && !Boolean.getBoolean("napi.allowInterpreter"))
            System.err.println("napi-jvm: warning: the Truffle JIT is not engaged on this JVM ("
                    + System.getProperty("java.vm.version") + "); JavaScript runs interpreted and much slower. "
                    + "Run through ./napi-jvm (which puts the Graal compiler on the upgrade module path) on a Temurin 25 "
                    + "whose JVMCI matches the Graal compiler version in pom.xml.");
    }
}
