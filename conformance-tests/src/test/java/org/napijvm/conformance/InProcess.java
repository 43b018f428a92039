package org.napijvm.conformance;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.napijvm.loader.NapiJvm;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a script on napi-jvm inside this JVM: a fresh Context and NapiJvm per run, output captured. */
final class InProcess {
    private InProcess() {}

    static Oracles.Result run(Path script, Path cwd, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code;
        try (Context ctx = NapiJvm.contextBuilder().out(o).err(e).build()) {
            NapiJvm napi = NapiJvm.install(ctx, new NapiJvm.Options().argv(List.of("napi-jvm", script.toString()))
                    .cwd(cwd).env(env).streams(o, e));
            try {
                napi.runMain(script);
                code = napi.exitCode();
                napi.emitExit(code);
            } catch (PolyglotException ex) {
                e.println(napi.formatUncaught(ex));
                code = 1;
            } finally {
                napi.close();
            }
        }
        return new Oracles.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
