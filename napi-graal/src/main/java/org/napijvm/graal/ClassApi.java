package org.napijvm.graal;

import org.napijvm.core.ValueType;

/** Classes (napi_define_class) and construction (napi_new_instance). */
public final class ClassApi {
    private ClassApi() {}

    /**
     * The constructor of a class: an ordinary (sloppy) function, so `new C()`, `C()`, `Reflect.construct` and
     * `class X extends C` (super() constructs C with new.target X) behave as V8's FunctionTemplate functions.
     * Objects it constructs are recorded in `instances`, which the class's methods check as V8's signature does.
     * Returns [C, instances].
     */
    static final JsBridge.Helper MAKE_CLASS = new JsBridge.Helper("""
            (F, name) => {
              const instances = new WeakSet();
              const C = function (a0, a1, a2, a3) {
                if (new.target !== undefined) instances.add(this);
                const n = arguments.length;
                return n <= 4 ? F(this, new.target, n, a0, a1, a2, a3) : F(this, new.target, -1, ...arguments);
              };
              Object.defineProperty(C, 'name', { value: name });
              Object.defineProperty(C, 'length', { value: 0 });
              delete C.prototype.constructor;
              return [C, instances];
            }""");

    /**
     * A prototype method of a class: called (not constructed) on a receiver that the class did not construct, it
     * throws V8's "Illegal invocation" TypeError without running the callback.
     */
    static final JsBridge.Helper MAKE_METHOD = new JsBridge.Helper("""
            (F, name, instances) => {
              const f = function (a0, a1, a2, a3) {
                if (new.target === undefined && !instances.has(this)) throw new TypeError('Illegal invocation');
                const n = arguments.length;
                return n <= 4 ? F(this, new.target, n, a0, a1, a2, a3) : F(this, new.target, -1, ...arguments);
              };
              Object.defineProperty(f, 'name', { value: name });
              Object.defineProperty(f, 'length', { value: 0 });
              return f;
            }""");

    static final JsBridge.Helper CONSTRUCT = new JsBridge.Helper("""
            (() => {
              const construct = Reflect.construct;
              return (C, args) => {
                const a = [];
                for (let i = 0; i < args.length; i++) a.push(args[i]);
                return construct(C, a);
              };
            })()""");

    static final int NAPI_STATIC = 1 << 10;

    public static int napi_define_class(GraalEnv e, long utf8name, long length, long constructor, long data,
            long propertyCount, long properties, long result) {
        if (result == 0 || constructor == 0) return e.invalidArg();
        if (propertyCount > 0 && properties == 0) return e.invalidArg();
        if (length != Mem.AUTO_LENGTH && (length < 0 || length > Integer.MAX_VALUE)) return e.invalidArg();
        if (utf8name == 0) return e.invalidArg();
        String name = Mem.utf8(utf8name, length);
        Object made = e.js.call(MAKE_CLASS, new NapiCallback(e, constructor, data), JsBridge.jsString(name));
        Object cls = e.js.element(made, 0), instances = e.js.element(made, 1);
        Object proto = ObjectApi.get(e, cls, JsBridge.jsString("prototype"));
        long statics = 0;
        for (long i = 0; i < propertyCount; i++) {
            long pd = properties + i * ObjectApi.PD_SIZE;
            int attrs = Mem.getInt(pd + ObjectApi.PD_ATTRIBUTES);
            if ((attrs & NAPI_STATIC) != 0) {
                statics++;
                continue;
            }
            Object key = ObjectApi.descriptorKey(e, pd);
            long getter = Mem.getLong(pd + ObjectApi.PD_GETTER), setter = Mem.getLong(pd + ObjectApi.PD_SETTER),
                    method = Mem.getLong(pd + ObjectApi.PD_METHOD), pdata = Mem.getLong(pd + ObjectApi.PD_DATA);
            if (getter != 0 || setter != 0) {
                Object g = getter != 0 ? FunctionApi.newFunction(e, "", getter, pdata) : null;
                Object s = setter != 0 ? FunctionApi.newFunction(e, "", setter, pdata) : null;
                ObjectApi.define(e, proto, key, null, g, s, attrs, true);
            } else if (method != 0) {
                // V8 names a template method after its string key; symbol-keyed methods get ''
                String mname = e.js.typeOf(key) == ValueType.STRING ? JsBridge.asString(key) : "";
                Object f = e.js.call(MAKE_METHOD, new NapiCallback(e, method, pdata), JsBridge.jsString(mname), instances);
                ObjectApi.define(e, proto, key, f, null, null, attrs, false);
            } else {
                ObjectApi.define(e, proto, key, e.arg(Mem.getLong(pd + ObjectApi.PD_VALUE)), null, null, attrs, false);
            }
        }
        ObjectApi.define(e, proto, JsBridge.jsString("constructor"), cls, null, null, ObjectApi.WRITABLE | ObjectApi.CONFIGURABLE, false);
        Mem.putLong(result, e.handle(e.push(cls)));
        if (statics > 0) {
            // Node: the static descriptors go through napi_define_properties on the constructor
            for (long i = 0; i < propertyCount; i++) {
                long pd = properties + i * ObjectApi.PD_SIZE;
                if ((Mem.getInt(pd + ObjectApi.PD_ATTRIBUTES) & NAPI_STATIC) == 0) continue;
                ObjectApi.defineOne(e, cls, pd);
            }
        }
        return e.ok();
    }

    public static int napi_new_instance(GraalEnv e, long constructor, long argc, long argv, long result) {
        if (constructor == 0) return e.invalidArg();
        if (argc > 0 && argv == 0) return e.invalidArg();
        if (result == 0) return e.invalidArg();
        Object c = FunctionApi.function(e, constructor);
        return e.ret(result, e.js.call(CONSTRUCT, c, new ArgList(FunctionApi.args(e, argc, argv))));
    }
}
