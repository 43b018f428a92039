// napi-jvm: the recorder behind docs/bindings.md, compiled only when -Dnapi.recordBindings or
// NAPI_JVM_RECORD_BINDINGS is set (BindingCalls.java). Once a binding is assembled (Java half, JS half, stubs), it
// tells Java, for each key of Node's shape, what napi-jvm gives for it, and wraps each function (also stubs, class
// constructors, prototype methods, accessors and statics) so that its first call in this env is noted.
// `made.stubs`/`made.java`: the stubs (ERR_NAPI_JVM_NOT_IMPLEMENTED) and Java functions bootstrap.js made.
(function (calls, made) {
  'use strict';
  const { apply: ReflectApply, construct: ReflectConstruct } = Reflect;
  const { getOwnPropertyDescriptor, getPrototypeOf, setPrototypeOf, defineProperty, keys } = Object;

  // the descriptor of `prop` on `obj` or its prototype chain (up to, not including, Object.prototype / Function.prototype)
  function find(obj, prop) {
    for (let o = obj; o !== null && o !== undefined && o !== Object.prototype && o !== Function.prototype; o = getPrototypeOf(o)) {
      const d = getOwnPropertyDescriptor(o, prop);
      if (d !== undefined) return d;
    }
    return undefined;
  }

  function stateOf(fn) {
    if (typeof fn !== 'function') return 'absent';
    if (made.stubs.has(fn)) return 'stub';
    return made.java.has(fn) ? 'java' : 'js';
  }

  // a function that notes its first call, then does what `fn` does (as a constructor too: `new`, `extends`)
  function wrapFn(name, key, fn, isClass) {
    let noted = false;
    const w = function (...args) {
      if (!noted) {
        noted = true;
        calls.called(name, key);
      }
      return new.target ? ReflectConstruct(fn, args, new.target === w ? fn : new.target) : ReflectApply(fn, this, args);
    };
    try {
      if (typeof fn.name === 'string') defineProperty(w, 'name', { value: fn.name });
      if (typeof fn.length === 'number') defineProperty(w, 'length', { value: fn.length });
      if (isClass) {
        w.prototype = fn.prototype; // instanceof, and `extends` of it, as with the class
        setPrototypeOf(w, fn); // its statics
      }
    } catch {
      // a foreign (Java) function: as the engine gives it
    }
    return w;
  }

  // replaces own or inherited `prop` of `holder` by an own recording one with the same attributes (a frozen one
  // stays as it is: its calls go unrecorded)
  function wrapProp(holder, prop, d, name, key, isClass) {
    const nd = { ...d };
    if (d.get) {
      let noted = false;
      nd.get = function () {
        if (!noted) {
          noted = true;
          calls.called(name, key);
        }
        return ReflectApply(d.get, this, []);
      };
    } else if (typeof d.value === 'function') {
      nd.value = wrapFn(name, key, d.value, isClass);
    } else {
      return;
    }
    try {
      defineProperty(holder, prop, nd);
    } catch {
      // not configurable
    }
  }

  function members(name, key, C, s, classState) {
    const accessors = new Set(s.accessors || []);
    const proto = C !== undefined && C !== null ? C.prototype : undefined;
    const each = (holder, list, sep, values) => {
      for (const m of list || []) {
        const mkey = `${key}${sep}${m}`;
        const d = holder !== undefined && holder !== null ? find(holder, m) : undefined;
        if (values.has(m)) { // a constant of node's prototype or constructor
          calls.assembled(name, mkey, 'property', d === undefined ? 'absent' : 'shape');
          continue;
        }
        let state;
        if (d === undefined) state = 'absent';
        else if (d.get || d.set) state = classState;
        else state = stateOf(d.value);
        calls.assembled(name, mkey, accessors.has(m) ? 'accessor' : (sep === '.' ? 'static' : 'method'), state);
        if (d !== undefined) wrapProp(holder, m, d, name, mkey, false);
      }
    };
    each(proto, s.methods, '.prototype.', new Set(s.values || []));
    each(C, s.statics, '.', new Set(s.staticValues || []));
  }

  function visit(name, holder, shapeKeys, prefix) {
    for (const k of keys(shapeKeys)) {
      const s = shapeKeys[k], key = prefix + k;
      const d = holder !== undefined && holder !== null ? getOwnPropertyDescriptor(holder, k) : undefined;
      const v = d !== undefined && 'value' in d ? d.value : undefined;
      if (s.kind === 'function' || s.kind === 'class') {
        const state = d !== undefined && d.get ? 'js' : stateOf(v);
        calls.assembled(name, key, s.kind, state);
        if (s.kind === 'class') members(name, key, v, s, state);
        if (d !== undefined) wrapProp(holder, k, d, name, key, s.kind === 'class');
      } else if (s.kind === 'object' && s.keys !== undefined && v !== null && typeof v === 'object') {
        calls.assembled(name, key, s.array ? 'array' : 'object', 'shape');
        visit(name, v, s.keys, key + '.');
      } else {
        calls.assembled(name, key, s.kind, d === undefined && s.kind !== 'undefined' ? 'absent' : 'shape');
      }
    }
  }

  return (name, shape, binding) => visit(name, binding, shape, '');
});
