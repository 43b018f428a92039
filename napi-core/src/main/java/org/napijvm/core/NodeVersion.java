package org.napijvm.core;

/** The Node.js napi-jvm emulates, and its Node-API version: the one place these facts are written. */
public final class NodeVersion {
    private NodeVersion() {}

    public static final int MAJOR = 25, MINOR = 8, PATCH = 1;
    /** "25.8.1" (process.version is "v" + this). */
    public static final String VERSION = MAJOR + "." + MINOR + "." + PATCH;
    /** napi_node_version.release (Node's NODE_RELEASE). */
    public static final String RELEASE = "node";
    /** The highest Node-API version supported (napi_get_version; Node's NODE_API_SUPPORTED_VERSION_MAX). */
    public static final int NAPI_VERSION = 10;
    /** The module API version of addons that do not declare one (Node's NODE_API_DEFAULT_MODULE_API_VERSION). */
    public static final int DEFAULT_MODULE_API_VERSION = 8;
    /** NAPI_VERSION_EXPERIMENTAL, the module API version of addons built with NAPI_EXPERIMENTAL. */
    public static final int NAPI_VERSION_EXPERIMENTAL = Integer.MAX_VALUE;
}
