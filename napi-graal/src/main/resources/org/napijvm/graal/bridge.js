// napi-jvm: the JS half of the bridge. Java calls these small functions through Truffle interop with raw JS values.
// Every function that can run user code catches what it throws and hands it to `caught`, a Java object that records
// it as the addon's pending exception and returns a sentinel: a JS exception must never unwind through C frames.
// Not strict: functions made by makeFunction convert their receiver as V8's API functions do (undefined -> global).
(function (register) {
  let caught;
  const ObjectCtor = Object, ReflectApply = Reflect.apply, ReflectDefine = Reflect.defineProperty;
  const defineProperty = Object.defineProperty, ObjectToString = Object.prototype.toString;
  const errorCtors = [Error, TypeError, RangeError, SyntaxError];
  const isErrorBuiltin = typeof Error.isError === 'function' ? Error.isError : null;

  const helpers = {
    typeOf: (v) => typeof v,
    newObject: () => ({}),
    toObject: (v) => ObjectCtor(v),
    get: (o, k) => { try { return o[k]; } catch (e) { return caught(e); } },
    set: (o, k, v) => {
      try { return ReflectSetSloppy(o, k, v); } catch (e) { return caught(e); }
    },
    has: (o, k) => { try { return k in o; } catch (e) { return caught(e); } },
    hasOwn: (o, k) => { try { return ObjectCtor.prototype.hasOwnProperty.call(o, k); } catch (e) { return caught(e); } },
    define: (o, k, value, getter, setter, flags, kind) => {
      // kind: 0 data, 1 accessor. flags: napi_writable 1, napi_enumerable 2, napi_configurable 4
      try {
        const d = kind === 1
          ? { get: getter, set: setter, enumerable: (flags & 2) !== 0, configurable: (flags & 4) !== 0 }
          : { value, writable: (flags & 1) !== 0, enumerable: (flags & 2) !== 0, configurable: (flags & 4) !== 0 };
        return ReflectDefine(o, k, d);
      } catch (e) { return caught(e); }
    },
    call: (f, recv, args) => {
      try {
        const a = [];
        for (let i = 0; i < args.length; i++) a.push(args[i]);
        return ReflectApply(f, recv, a);
      } catch (e) { return caught(e); }
    },
    length: (a) => a.length,
    element: (a, i) => a[i],
    rethrow: (e) => { throw e; },
    newError: (kind, msg, code) => {
      const e = new errorCtors[kind](msg);
      if (code !== undefined) e.code = code;
      return e;
    },
    isError: (v) => isErrorBuiltin ? isErrorBuiltin(v) : ObjectToString.call(v) === '[object Error]',
    newArray: (n) => new Array(n),
    isArray: (v) => Array.isArray(v),
    del: (o, k) => { try { return delete o[k]; } catch (e) { return caught(e); } },
    instanceOf: (v, c) => { try { return v instanceof c; } catch (e) { return caught(e); } },
    newSymbol: (d) => Symbol(d),
    bigIntFrom: (s) => BigInt(s),
    // compiles a helper declared by an area class: `src` is `(caught) => (...) => ...`
    compileHelper: (src) => (0, eval)('(' + src + ')')(caught),
    makeFunction: (F, name) => {
      const f = function (a0, a1, a2, a3) {
        const n = arguments.length;
        return n <= 4 ? F(this, new.target, n, a0, a1, a2, a3) : F(this, new.target, -1, arguments);
      };
      defineProperty(f, 'name', { value: name });
      defineProperty(f, 'length', { value: 0 });
      return f;
    },
  };
  // o[k] = v without throwing on a failed assignment (V8's Object::Set in sloppy mode); returns true
  function ReflectSetSloppy(o, k, v) { o[k] = v; return true; }
  caught = register(helpers, undefined, null, globalThis);
})
