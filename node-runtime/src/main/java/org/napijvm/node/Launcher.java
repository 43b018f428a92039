package org.napijvm.node;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/** {@code napi-jvm [options] [script.js | -e code | -] [arguments]}: what the {@code node} executable does. */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        String execPath = System.getProperty("napi.launcher", "napi-jvm");
        if (args.length > 0 && args[0].equals("doctor")) { // napi-jvm's own command: node has none of that name
            int code = org.napijvm.node.doctor.Doctor.main(List.of(args).subList(1, args.length), System.out, System.err);
            System.out.flush();
            Runtime.getRuntime().halt(code);
        }
        // node.cc ProcessGlobalArgsInternal: the env files are read before NODE_OPTIONS (which they may define; the
        // real environment's wins) and applied before the environment starts (libuv reads UV_THREADPOOL_SIZE then)
        Dotenv dotenv = new Dotenv();
        List<String> errors = new ArrayList<>();
        for (Dotenv.EnvFile f : Dotenv.filesFromArgs(List.of(args))) {
            switch (dotenv.parsePath(f.path())) {
                case VALID -> { }
                case INVALID_CONTENT -> errors.add(f.path() + ": invalid format");
                case FILE_ERROR -> {
                    if (f.optional()) System.err.println(f.path() + " not found. Continuing without it.");
                    else errors.add(f.path() + ": not found");
                }
            }
        }
        String nodeOptionsEnv = System.getenv("NODE_OPTIONS");
        if (nodeOptionsEnv == null) nodeOptionsEnv = dotenv.get("NODE_OPTIONS");
        NodeOptions options = null;
        try {
            options = NodeOptions.parse(execPath, List.of(args), nodeOptionsEnv);
        } catch (NodeOptions.BadOption e) {
            errors.add(e.getMessage());
        }
        if (!errors.isEmpty()) {
            for (String e : errors) System.err.println(execPath + ": " + e);
            System.exit(9); // ExitCode::kInvalidCommandLineArgument
            return;
        }
        ProcessEnvVars processEnv = new ProcessEnvVars(); // Dotenv::SetEnvironment: what the environment has wins
        for (var e : dotenv.entries().entrySet()) if (processEnv.get(e.getKey()) == null) processEnv.set(e.getKey(), e.getValue());
        StartupTrace.phase("options");
        if (options.bool("--version")) {
            System.out.println("v25.8.1");
            System.exit(0);
        }
        options.stdinIsTty = isatty(0);
        // unbuffered: Node writes each chunk with write(2), and JS output interleaves with native output (addons)
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        // an explicit Engine: worker threads' Contexts share it (an implicit one allows one Context)
        Engine engine = NodeContexts.newEngine(options.jitless()); // --jitless: compilation off, the launcher's own
        Context.Builder builder = NodeEnv.contextBuilder(engine).out(out).err(err);
        options.applyTo(builder);
        Context context = builder.build();
        StartupTrace.phase("context");
        if (StartupTrace.ON) StartupTrace.engine(context.getEngine().getImplementationName() + (options.jitless() ? " (--jitless: compilation off)" : ""));
        NodeEnv env = new NodeEnv(context, options, out, err, (e, code) -> {
            StartupTrace.print(err);
            out.flush();
            err.flush();
            try {
                e.close();
            } catch (RuntimeException ignored) {
                // exiting anyway
            }
            Runtime.getRuntime().halt(code);
        });
        StartupTrace.phase("node-api");
        context.enter();
        int code;
        try {
            env.start();
            StartupTrace.phase("bootstrap");
            env.runMain();
            StartupTrace.phase("main script");
            env.spinEventLoop();
            StartupTrace.phase("event loop");
            code = env.emitExit();
        } catch (PolyglotException e) {
            // an exception the bootstrap or napi-jvm itself let escape (user code's go to process._fatalException)
            err.println(NodeEnv.describe(e));
            code = 70;
        }
        StartupTrace.print(err);
        out.flush();
        err.flush();
        env.close();
        Runtime.getRuntime().halt(code);
    }

    private static boolean isatty(int fd) {
        try {
            Linker l = Linker.nativeLinker();
            MethodHandle h = l.downcallHandle(l.defaultLookup().find("isatty").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            return (int) h.invokeExact(fd) == 1;
        } catch (Throwable t) {
            return false;
        }
    }
}
