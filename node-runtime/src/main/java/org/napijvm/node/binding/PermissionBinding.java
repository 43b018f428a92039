package org.napijvm.node.binding;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.napijvm.node.NodeEnv;

/** internalBinding('permission') (node_permission.cc): {@code has(scope, reference)} over the env's {@link org.napijvm.node.Permissions}. */
public final class PermissionBinding extends Binding {
    public PermissionBinding(NodeEnv env) {
        super(env);
    }

    @HostAccess.Export
    public boolean has(Value... a) {
        String ref = a.length > 1 && a[1].isString() ? a[1].asString() : null;
        return env.permissions().has(a[0].asString(), ref, env.cwd());
    }

    /** Whether --permission is on (binding/fs.js then checks paths before each call). */
    @HostAccess.Export
    public boolean enabled(Value... a) {
        return env.permissions().enabled();
    }
}
