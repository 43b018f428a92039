package org.napijvm.node;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Node's permission model ({@code --permission}, src/permission/*.cc) for one env: with it on, the fs binding
 * refuses paths outside {@code --allow-fs-read}/{@code --allow-fs-write} with ERR_ACCESS_DENIED, child processes
 * and workers need {@code --allow-child-process}/{@code --allow-worker}, addons {@code --allow-addons}, TCP, Unix
 * socket connects and dns.lookup {@code --allow-net}. A grant is
 * a path resolved against the cwd at startup: an existing directory grants itself and everything under it
 * ({@code /a} grants {@code /a/b}, not {@code /ab}), another path only itself; a trailing {@code *} grants every
 * path that starts with what precedes it; {@code *} alone grants all; the main script may always be read. Checked paths are resolved lexically against the env's cwd, as node's PathResolve does: like node, symbolic
 * links are not followed (a link inside a granted directory reaches its target).
 */
public final class Permissions {
    /** Node's PermissionScope names, as ERR_ACCESS_DENIED's {@code permission} property shows them. */
    public static final String FS_READ = "FileSystemRead", FS_WRITE = "FileSystemWrite", CHILD = "ChildProcess",
            WORKER = "WorkerThreads";

    private final boolean enabled;
    private final Grants read, write;
    private final boolean addons, childProcess, worker, wasi, net, inspector;

    private Permissions(NodeOptions o, String cwd) {
        enabled = o.bool("--permission");
        read = new Grants(o.list("--allow-fs-read"), cwd);
        write = new Grants(o.list("--allow-fs-write"), cwd);
        // node lets the entry point be read without a grant (the CJS loader and the app itself read it)
        String main = o.script();
        if (enabled && main != null && !o.has("--eval")) read.add(Grants.resolve(main, cwd, false));
        // --no-addons disables them with or without the permission model
        addons = o.bool("--addons") && (!enabled || o.bool("--allow-addons"));
        childProcess = o.bool("--allow-child-process");
        worker = o.bool("--allow-worker");
        wasi = o.bool("--allow-wasi");
        net = o.bool("--allow-net");
        inspector = o.bool("--allow-inspector");
    }

    static Permissions of(NodeOptions options, String cwd) {
        return new Permissions(options, cwd);
    }

    /** Whether --permission is on (else every check below passes, except addons under --no-addons). */
    public boolean enabled() {
        return enabled;
    }

    /** Whether process.dlopen may load a .node file (node's ERR_DLOPEN_DISABLED otherwise). */
    public boolean addons() {
        return addons;
    }

    /**
     * node's {@code permission.has(scope, reference)} ({@code process.permission.has}): {@code fs.read},
     * {@code fs.write} with a path (resolved against {@code cwd}) or without one (then: is everything granted);
     * {@code child}, {@code worker}, {@code addon}, {@code wasi}, {@code net}, {@code inspector}; other scopes false.
     */
    public boolean has(String scope, String reference, String cwd) {
        if (!enabled) return true;
        return switch (scope) {
            case "fs.read" -> read.granted(reference, cwd);
            case "fs.write" -> write.granted(reference, cwd);
            case "fs" -> read.all() && write.all(); // node's lib asks this for symlink (full fs access)
            case "child" -> childProcess;
            case "worker" -> worker;
            case "addon" -> addons;
            case "wasi" -> wasi;
            case "net" -> net;
            case "inspector" -> inspector;
            default -> false;
        };
    }

    /**
     * Granted paths, as node's FSPermission keeps them: an existing directory grants itself and what is under it
     * (WildcardIfDir), any other path only itself, a trailing '*' every path starting with what precedes it.
     */
    private static final class Grants {
        private final List<String> exact = new ArrayList<>(), prefixes = new ArrayList<>();
        private boolean all;

        Grants(List<String> values, String cwd) {
            for (String v : values) {
                if (v.equals("*")) {
                    all = true;
                } else if (v.endsWith("*")) {
                    prefixes.add(resolve(v.substring(0, v.length() - 1), cwd, true));
                } else {
                    String p = resolve(v, cwd, false);
                    exact.add(p);
                    if (Files.isDirectory(Path.of(p))) prefixes.add(p.endsWith("/") ? p : p + "/");
                }
            }
        }

        void add(String path) {
            exact.add(path);
        }

        boolean all() {
            return all;
        }

        boolean granted(String reference, String cwd) {
            if (all) return true;
            if (reference == null) return false;
            String p = resolve(reference, cwd, false);
            if (exact.contains(p)) return true;
            for (String g : prefixes) if (p.startsWith(g)) return true;
            return false;
        }

        /** path.resolve(cwd, p): lexical, no symlinks; {@code keepSlash}: "/a/" stays "/a/" (a prefix grant). */
        static String resolve(String p, String cwd, boolean keepSlash) {
            String r;
            try {
                r = Path.of(cwd).resolve(p.isEmpty() ? "." : p).normalize().toString();
            } catch (InvalidPathException e) {
                return "\0"; // a NUL byte: no file has that name (the fs call fails with Node's own error)
            }
            return keepSlash && p.endsWith("/") && !r.endsWith("/") ? r + "/" : r;
        }
    }
}
