package org.napijvm.node.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.node.NodeEnv;
import org.napijvm.node.Posix;

/** internalBinding('credentials') (node_credentials.cc): the process's user and group ids, getenv, the temp dir. */
public final class CredentialsBinding extends Binding {
    public CredentialsBinding(NodeEnv env) {
        super(env);
    }

    @HostAccess.Export public int getuid(Value... a) { return Posix.getuid(); }
    @HostAccess.Export public int geteuid(Value... a) { return Posix.geteuid(); }
    @HostAccess.Export public int getgid(Value... a) { return Posix.getgid(); }
    @HostAccess.Export public int getegid(Value... a) { return Posix.getegid(); }

    @HostAccess.Export
    public int[] getgroups(Value... a) {
        return Posix.getgroups();
    }

    /** getenv, unless the process runs set-uid (node's SafeGetenv). */
    @HostAccess.Export
    public String safeGetenv(Value... a) {
        if (Posix.getuid() != Posix.geteuid() || Posix.getgid() != Posix.getegid()) return null;
        return env.envVar(a[0].asString());
    }

    /** uv_os_tmpdir: TMPDIR, TMP, TEMP, TEMPDIR, else /tmp; without a trailing slash. */
    @HostAccess.Export
    public String getTempDir(Value... a) {
        for (String k : new String[] {"TMPDIR", "TMP", "TEMP", "TEMPDIR"}) {
            String v = env.envVar(k);
            if (v != null && !v.isEmpty()) return v.length() > 1 && v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
        }
        return "/tmp";
    }
}
