package org.napijvm.loader;

import org.napijvm.graal.Mem;
import org.napijvm.graal.NapiRuntime;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads a compiled .node file: dlopen, then find how it registers (napi_register_module_v1 with optional
 * node_api_module_get_api_version_v1, or the legacy napi_module_register called from a static constructor during
 * dlopen) and run its init in a new env. Failures are reported as {@link LoadException} with a message naming the
 * file and the reason, never a crash.
 */
public final class AddonLoader {
    private AddonLoader() {}

    public static final class LoadException extends Exception {
        public final String code;

        LoadException(String message, String code) {
            super(message);
            this.code = code;
        }
    }

    private record Registration(long init, int apiVersion) {}

    // struct napi_module { int nm_version; unsigned nm_flags; const char* nm_filename; napi_addon_register_func
    // nm_register_func; const char* nm_modname; void* nm_priv; void* reserved[4]; }
    static final int NM_SIZE = 72, NM_REGISTER_FUNC = 16;

    // dlopen handle -> how that library registered. Per process, not per env: dlopen gives every Context the same
    // handle for a library, and a legacy module's static constructor calls napi_module_register only on the first
    // dlopen in the process, so a later Context loading it again learns its init from here. Libraries are never
    // dlclosed, so an entry never goes stale.
    private static final Map<Long, Registration> REGISTERED = new HashMap<>();

    public static Object load(NapiRuntime runtime, String file, Object exports) throws LoadException {
        Registration reg = register(file);
        // a legacy napi_module without nm_register_func: Node's napi_module_register_by_symbol throws before any env
        if (reg.init == 0) throw new LoadException("Module has no declared entry point.", null);
        // as Node's node_napi_env__::New: older versions count as the default, newer ones are refused
        int version = reg.apiVersion;
        if (version < NapiRuntime.DEFAULT_MODULE_API_VERSION) version = NapiRuntime.DEFAULT_MODULE_API_VERSION;
        else if (version > NapiRuntime.NAPI_VERSION && version != NapiRuntime.NAPI_VERSION_EXPERIMENTAL)
            throw new LoadException(file + " requires Node-API version " + version
                    + ", but this version of Node.js only supports version " + NapiRuntime.NAPI_VERSION + " add-ons.", null);
        return runtime.initModule(file, version, reg.init, exports);
    }

    private static synchronized Registration register(String file) throws LoadException {
        NativeLibrary lib = NativeLibrary.get();
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) throw new LoadException(file + ": cannot open shared object file: No such file or directory", "ERR_DLOPEN_FAILED");
        MemorySegment h = NativeLibrary.dlopen(file, NativeLibrary.RTLD_NOW);
        if (h.equals(MemorySegment.NULL)) {
            String err = NativeLibrary.dlerror();
            int at = err.indexOf("undefined symbol: ");
            if (at >= 0) {
                String missing = err.substring(at + "undefined symbol: ".length()).trim();
                if (missing.startsWith("_ZN2v8") || missing.startsWith("_ZN4node") || missing.startsWith("_ZN3Nan"))
                    throw new LoadException(file + ": this is a V8/NAN addon (it needs the C++ symbol " + missing
                            + "); napi-jvm runs Node-API addons only", "ERR_DLOPEN_FAILED");
                // as Node (RTLD_LAZY): a symbol we do not have only fails if it is ever called
                h = NativeLibrary.dlopen(file, NativeLibrary.RTLD_LAZY);
                if (h.equals(MemorySegment.NULL)) throw new LoadException(file + ": " + NativeLibrary.dlerror(), "ERR_DLOPEN_FAILED");
            } else {
                String why = err.contains("invalid ELF header") || err.contains("file too short")
                        ? " (not a compiled shared library)" : "";
                throw new LoadException(err + why, "ERR_DLOPEN_FAILED");
            }
        }
        long legacy = lib.takeRegisteredModule();
        Registration known = REGISTERED.get(h.address());
        if (legacy != 0) {
            long init = Mem.getLong(legacy + NM_REGISTER_FUNC);
            known = new Registration(init, NapiRuntime.DEFAULT_MODULE_API_VERSION);
            REGISTERED.put(h.address(), known);
            return known;
        }
        MemorySegment init = NativeLibrary.dlsym(h, "napi_register_module_v1");
        if (!init.equals(MemorySegment.NULL)) {
            int version = NapiRuntime.DEFAULT_MODULE_API_VERSION;
            MemorySegment getVersion = NativeLibrary.dlsym(h, "node_api_module_get_api_version_v1");
            if (!getVersion.equals(MemorySegment.NULL)) {
                try {
                    MethodHandle mh = Linker.nativeLinker().downcallHandle(getVersion, FunctionDescriptor.of(ValueLayout.JAVA_INT));
                    version = (int) mh.invokeExact();
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            }
            return new Registration(init.address(), version);
        }
        if (known != null) return known;
        throw new LoadException("Module did not self-register: '" + file + "'.", "ERR_DLOPEN_FAILED");
    }
}
