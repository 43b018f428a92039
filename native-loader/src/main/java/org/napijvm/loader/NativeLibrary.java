package org.napijvm.loader;

import org.napijvm.core.Status;

import org.napijvm.graal.Bodies;
import org.napijvm.graal.CheckedMode;
import org.napijvm.graal.Layout;
import org.napijvm.graal.NativeHooks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trampoline library (libnapijvm.so, built from the symbol table): opened once per JVM with
 * dlopen(RTLD_NOW | RTLD_GLOBAL) so that addons resolve napi_* against it, then every exported symbol is bound to
 * its Java body through an FFM upcall stub.
 */
public final class NativeLibrary {
    static final int RTLD_LAZY = 0x1, RTLD_NOW = 0x2, RTLD_GLOBAL = 0x100;
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle DLOPEN, DLSYM, DLERROR;

    static {
        var libc = LINKER.defaultLookup();
        DLOPEN = LINKER.downcallHandle(libc.find("dlopen").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        DLSYM = LINKER.downcallHandle(libc.find("dlsym").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        DLERROR = LINKER.downcallHandle(libc.find("dlerror").orElseThrow(), FunctionDescriptor.of(ValueLayout.ADDRESS));
    }

    private static volatile NativeLibrary instance;

    final Path path;
    final MemorySegment handle;
    /** symbol -> the Java body bound to it (absent: not implemented in Java; fast-path symbols are C). */
    final Map<String, Method> bodies = new HashMap<>();
    private final MethodHandle takeRegisteredModule;

    public static synchronized NativeLibrary get() {
        if (instance == null) instance = new NativeLibrary();
        return instance;
    }

    private NativeLibrary() {
        path = extract();
        // libuv first, global, as in Node (addons may call uv_* directly); the event loop runs on it
        if (dlopen("libuv.so.1", RTLD_NOW | RTLD_GLOBAL).equals(MemorySegment.NULL))
            throw new IllegalStateException("napi-jvm needs libuv 1.x (libuv.so.1), which could not be loaded: " + dlerror()
                    + ". On Debian/Ubuntu: apt-get install libuv1");
        handle = dlopen(path.toString(), RTLD_NOW | RTLD_GLOBAL);
        String loadError = handle.equals(MemorySegment.NULL) ? dlerror() : null;
        deleteCopy(path);
        if (loadError != null) throw new IllegalStateException("napi-jvm: cannot load " + path + ": " + loadError);
        try {
            checkLayout();
            takeRegisteredModule = LINKER.downcallHandle(sym("napi_jvm_take_registered_module"), FunctionDescriptor.of(ValueLayout.JAVA_LONG));
            bindInternals();
            fillErrorMessages();
            bindUpcalls();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("napi-jvm: cannot initialise " + path, t);
        }
    }

    /** The .so inside the jar (or build folder), copied to a private temp file when it is inside a jar. */
    private static Path extract() {
        return extract(NativeLibrary.class, "native/linux-x86_64/libnapijvm.so", "native-loader");
    }

    /**
     * A shared library packaged as resource {@code res} of {@code owner}'s module: its path when the resource is a
     * file (build folder), else a private temp copy (inside a jar), deleted at exit.
     */
    public static Path extract(Class<?> owner, String res, String module) {
        var url = owner.getResource(res);
        if (url == null) throw new IllegalStateException("napi-jvm: " + res + " missing from " + module + " (built for linux-x86_64 only)");
        try {
            if (url.getProtocol().equals("file")) return Path.of(url.toURI());
            Path dir = Files.createTempDirectory("napi-jvm");
            Path p = dir.resolve(Path.of(res).getFileName().toString());
            try (InputStream in = url.openStream()) {
                Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            }
            p.toFile().deleteOnExit(); // in case it is never loaded (the launcher halts: no exit hooks then)
            dir.toFile().deleteOnExit();
            return p;
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("napi-jvm: cannot extract " + res, e);
        }
    }

    /**
     * Deletes a temp copy made by {@link #extract(Class, String, String)} once it is loaded (the mapping stays valid),
     * so that no run leaves a copy in the temp folder; a build-folder file is left alone.
     */
    public static void deleteCopy(Path p) {
        Path dir = p.getParent();
        if (dir == null || !dir.getFileName().toString().startsWith("napi-jvm") || !dir.getParent().equals(Path.of(System.getProperty("java.io.tmpdir")))) return;
        try {
            Files.deleteIfExists(p);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // deleteOnExit is still registered
        }
    }

    static MemorySegment dlopen(String file, int flags) {
        try (Arena a = Arena.ofConfined()) {
            return (MemorySegment) DLOPEN.invokeExact(a.allocateFrom(file), flags);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    static String dlerror() {
        try {
            MemorySegment m = (MemorySegment) DLERROR.invokeExact();
            return m.equals(MemorySegment.NULL) ? "unknown dlopen error" : m.reinterpret(4096).getString(0);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    static MemorySegment dlsym(MemorySegment lib, String name) {
        try (Arena a = Arena.ofConfined()) {
            return (MemorySegment) DLSYM.invokeExact(lib, a.allocateFrom(name));
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private MemorySegment sym(String name) {
        MemorySegment s = dlsym(handle, name);
        if (s.equals(MemorySegment.NULL)) throw new IllegalStateException("napi-jvm: " + name + " missing from " + path);
        return s;
    }

    /** napi_module* registered by a legacy addon's static constructor during the last dlopen (0 if none). */
    long takeRegisteredModule() {
        try {
            return (long) takeRegisteredModule.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    // napi_jvm_internal (napi_jvm.h): the Java hooks C calls
    static final int INTERNALS_SIZE = 32, INTERNALS_GROW = 0, INTERNALS_CLASSIFY = 8, INTERNALS_CHECKED = 16,
            INTERNALS_FATAL = 24;

    /** napi_jvm_layout() (layout.c) against every constant and offset Java uses ({@link Layout}). */
    private void checkLayout() throws Throwable {
        MethodHandle lay = LINKER.downcallHandle(sym("napi_jvm_layout"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        Map<String, Long> c = new java.util.LinkedHashMap<>();
        try (Arena a = Arena.ofConfined()) {
            int max = 512;
            MemorySegment names = a.allocate(ValueLayout.ADDRESS, max), values = a.allocate(ValueLayout.JAVA_LONG, max);
            int n = (int) lay.invokeExact(names, values, max);
            if (n > max) throw new IllegalStateException("napi-jvm: more than " + max + " layout facts");
            for (int i = 0; i < n; i++)
                c.put(names.getAtIndex(ValueLayout.ADDRESS, i).reinterpret(256).getString(0), values.getAtIndex(ValueLayout.JAVA_LONG, i));
        }
        Map<String, Long> java = Layout.expected();
        java.put("sizeof napi_jvm_internal", (long) INTERNALS_SIZE);
        java.put("napi_jvm_internal.grow", (long) INTERNALS_GROW);
        java.put("napi_jvm_internal.classify", (long) INTERNALS_CLASSIFY);
        java.put("napi_jvm_internal.checked", (long) INTERNALS_CHECKED);
        java.put("napi_jvm_internal.fatal", (long) INTERNALS_FATAL);
        java.put("sizeof napi_module", (long) AddonLoader.NM_SIZE);
        java.put("napi_module.nm_register_func", (long) AddonLoader.NM_REGISTER_FUNC);
        Layout.check(c, java);
    }

    /** napi_get_last_error_info's messages (C) from their one source, {@link Status#MESSAGES}. */
    private void fillErrorMessages() {
        MemorySegment table = sym("napi_jvm_error_messages").reinterpret(8L * Status.MESSAGES.length);
        for (int i = 0; i < Status.MESSAGES.length; i++)
            table.setAtIndex(ValueLayout.ADDRESS, i, Status.MESSAGES[i] == null ? MemorySegment.NULL : Arena.global().allocateFrom(Status.MESSAGES[i]));
    }

    private void bindInternals() throws ReflectiveOperationException {
        MethodHandle grow = MethodHandles.lookup().findStatic(NativeHooks.class, "grow",
                MethodType.methodType(int.class, long.class, int.class));
        MemorySegment stub = LINKER.upcallStub(grow, FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_INT), Arena.global());
        MethodHandle classify = MethodHandles.lookup().findStatic(NativeHooks.class, "classify",
                MethodType.methodType(int.class, long.class, int.class));
        MemorySegment classifyStub = LINKER.upcallStub(classify, FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT), Arena.global());
        MemorySegment internals = sym("napi_jvm_internals").reinterpret(INTERNALS_SIZE);
        internals.set(ValueLayout.JAVA_LONG, INTERNALS_GROW, stub.address());
        internals.set(ValueLayout.JAVA_LONG, INTERNALS_CLASSIFY, classifyStub.address());
        MethodHandle checked = MethodHandles.lookup().findStatic(NativeHooks.class, "checked",
                MethodType.methodType(long.class, long.class, long.class, long.class, int.class));
        MemorySegment checkedStub = LINKER.upcallStub(checked, FunctionDescriptor.of(ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT), Arena.global());
        internals.set(ValueLayout.JAVA_LONG, INTERNALS_CHECKED, checkedStub.address());
        MethodHandle fatal = MethodHandles.lookup().findStatic(NativeHooks.class, "fatal",
                MethodType.methodType(void.class, long.class, long.class, long.class, long.class, long.class, int.class));
        MemorySegment fatalStub = LINKER.upcallStub(fatal, FunctionDescriptor.ofVoid(ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT),
                Arena.global());
        internals.set(ValueLayout.JAVA_LONG, INTERNALS_FATAL, fatalStub.address());
        CheckedMode.bindFatal(sym("napi_jvm_checked_fatal"));
    }

    static Class<?> javaType(char kind) {
        return switch (kind) {
            case 'P', 'J' -> long.class;
            case 'I' -> int.class;
            case 'D' -> double.class;
            case 'Z' -> boolean.class;
            case 'V' -> void.class;
            default -> throw new IllegalArgumentException("kind " + kind);
        };
    }

    static MemoryLayout layout(char kind) {
        return switch (kind) {
            case 'P', 'J' -> ValueLayout.JAVA_LONG;
            case 'I' -> ValueLayout.JAVA_INT;
            case 'D' -> ValueLayout.JAVA_DOUBLE;
            case 'Z' -> ValueLayout.JAVA_BOOLEAN;
            default -> throw new IllegalArgumentException("kind " + kind);
        };
    }

    /** The Java signature a body of this symbol must have: the C one, with the env as the engine's env object. */
    static MethodType methodType(NapiSymbols.Symbol s) {
        List<Class<?>> ps = new ArrayList<>();
        for (char k : s.kinds().substring(1).toCharArray()) ps.add(javaType(k));
        ps.set(0, Bodies.envType(s.preamble()));
        return MethodType.methodType(javaType(s.kinds().charAt(0)), ps);
    }

    static FunctionDescriptor descriptor(NapiSymbols.Symbol s) {
        List<MemoryLayout> ps = new ArrayList<>();
        for (char k : s.kinds().substring(1).toCharArray()) ps.add(layout(k));
        char r = s.kinds().charAt(0);
        return r == 'V' ? FunctionDescriptor.ofVoid(ps.toArray(MemoryLayout[]::new))
                : FunctionDescriptor.of(layout(r), ps.toArray(MemoryLayout[]::new));
    }

    /** Finds every body in {@link Bodies#AREAS}; a body whose name is a symbol but whose signature is wrong is a bug. */
    public static Map<String, Method> findBodies() {
        Map<String, NapiSymbols.Symbol> byName = new HashMap<>();
        for (NapiSymbols.Symbol s : NapiSymbols.ALL) byName.put(s.name(), s);
        Map<String, Method> found = new HashMap<>();
        for (Class<?> area : Bodies.AREAS) {
            for (Method m : area.getDeclaredMethods()) {
                NapiSymbols.Symbol s = byName.get(m.getName());
                if (s == null || !Modifier.isStatic(m.getModifiers()) || !Modifier.isPublic(m.getModifiers())) continue;
                MethodType want = methodType(s);
                MethodType have = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
                if (!want.equals(have))
                    throw new IllegalStateException("napi-jvm: body " + area.getSimpleName() + "." + m.getName() + have + " does not match the C signature " + want);
                if (s.fastPath())
                    throw new IllegalStateException("napi-jvm: " + m.getName() + " is answered in C (fastpath.c); remove the Java body or the fast mark");
                if (found.put(s.name(), m) != null) throw new IllegalStateException("napi-jvm: two bodies for " + s.name());
            }
        }
        return found;
    }

    /**
     * Binds the bodies to their upcall slots lazily: the trampoline asks {@link #resolveUpcall} on a slot's first call,
     * so startup pays for the functions a program uses, not for all 160 upcall stubs (~0.5-1 s of CPU at startup).
     * Signatures are still checked for every body now ({@link #findBodies}).
     */
    private void bindUpcalls() throws ReflectiveOperationException {
        bodies.putAll(findBodies());
        upcallTable = sym("napi_jvm_upcalls").reinterpret(8L * NapiSymbols.ALL.size());
        MemorySegment resolver = LINKER.upcallStub(MethodHandles.lookup().findStatic(NativeLibrary.class, "resolveUpcall",
                MethodType.methodType(long.class, int.class)), FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT), Arena.global());
        sym("napi_jvm_resolve_upcall").reinterpret(8).set(ValueLayout.JAVA_LONG, 0, resolver.address());
    }

    private MemorySegment upcallTable;

    /** A slot's upcall stub, made on its first call from any thread (the body wrapped by {@link Bodies#wrap}); 0: none. */
    private static long resolveUpcall(int index) {
        NativeLibrary lib = instance;
        synchronized (lib.bodies) {
            long have = lib.upcallTable.getAtIndex(ValueLayout.JAVA_LONG, index);
            if (have != 0) return have; // another thread made it meanwhile
            NapiSymbols.Symbol s = NapiSymbols.ALL.get(index);
            Method m = lib.bodies.get(s.name());
            if (m == null) return 0;
            try {
                MemorySegment stub = LINKER.upcallStub(Bodies.wrap(m, s.preamble(), s.name()), descriptor(s), Arena.global());
                lib.upcallTable.setAtIndex(ValueLayout.JAVA_LONG, index, stub.address());
                return stub.address();
            } catch (Throwable t) {
                // an upcall must not throw into C: the call then fails as an unimplemented function, naming it
                System.err.println("napi-jvm: cannot bind " + s.name() + ": " + t);
                return 0;
            }
        }
    }

    /** True if the symbol has an implementation (a Java body, or the C fast path). */
    public boolean implemented(String symbol) {
        for (NapiSymbols.Symbol s : NapiSymbols.ALL) if (s.name().equals(symbol)) return s.fastPath() || bodies.containsKey(symbol);
        return false;
    }
}
