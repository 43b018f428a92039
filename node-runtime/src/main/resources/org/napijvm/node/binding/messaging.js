// internalBinding('messaging') (node_messaging.cc): DOMException from the per-context script, structuredClone
// (the HTML structured clone algorithm, in JS); MessageChannel/MessagePort are not here yet.
(function (binding, java, kit) {
  'use strict';
  const DOMException = kit.perContextExports.DOMException;
  binding.DOMException = DOMException;
  binding.exposeLazyDOMExceptionProperty = (target) => {
    Object.defineProperty(target, 'DOMException', {
      __proto__: null, configurable: true, writable: true, enumerable: false, value: DOMException,
    });
  };
  binding.setDeserializerCreateObjectFunction = (fn) => { kit.deserializerCreateObject = fn; };
  const cloneError = (what) => new DOMException(`${what} could not be cloned.`, 'DataCloneError');
  function clone(value, memory, transferred) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      if (typeof value === 'symbol') throw cloneError(String(value));
      return value;
    }
    if (memory.has(value)) return memory.get(value);
    if (typeof value === 'function') throw cloneError(`${value}`.slice(0, 40).split('\n')[0] || 'function');
    const types = kit.getInternalBinding('types');
    let out;
    if (types.isDate(value)) out = new Date(value.getTime());
    else if (types.isRegExp(value)) out = new RegExp(value.source, value.flags);
    else if (types.isBooleanObject(value)) out = Object(value.valueOf());
    else if (types.isNumberObject(value)) out = Object(Number.prototype.valueOf.call(value));
    else if (types.isStringObject(value)) out = Object(String.prototype.valueOf.call(value));
    else if (types.isBigIntObject(value)) out = Object(BigInt.prototype.valueOf.call(value));
    else if (types.isAnyArrayBuffer(value)) {
      if (transferred.has(value)) return transferred.get(value);
      out = types.isSharedArrayBuffer(value) ? value : value.slice(0);
    } else if (ArrayBuffer.isView(value)) {
      const buf = clone(value.buffer, memory, transferred);
      const Ctor = types.isDataView(value) ? DataView : globalThis[Object.prototype.toString.call(value).slice(8, -1)];
      out = Ctor === DataView ? new DataView(buf, value.byteOffset, value.byteLength)
        : new Ctor(buf, value.byteOffset, value.length);
    } else if (types.isMap(value)) {
      out = new Map();
      memory.set(value, out);
      for (const [k, v] of value) out.set(clone(k, memory, transferred), clone(v, memory, transferred));
      return out;
    } else if (types.isSet(value)) {
      out = new Set();
      memory.set(value, out);
      for (const v of value) out.add(clone(v, memory, transferred));
      return out;
    } else if (types.isNativeError(value)) {
      const name = value.name;
      const C = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[name] || Error;
      out = Object.create(C.prototype);
      memory.set(value, out);
      const d = Object.getOwnPropertyDescriptor(value, 'message');
      if (d && 'value' in d) Object.defineProperty(out, 'message', { value: `${d.value}`, writable: true, configurable: true, enumerable: false });
      if ('stack' in value) Object.defineProperty(out, 'stack', { value: `${value.stack}`, writable: true, configurable: true, enumerable: false });
      if ('cause' in value) Object.defineProperty(out, 'cause', { value: clone(value.cause, memory, transferred), writable: true, configurable: true, enumerable: false });
      return out;
    } else if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) || types.isProxy(value) || types.isExternal(value)) {
      throw cloneError(`#<${Object.prototype.toString.call(value).slice(8, -1)}>`);
    } else if (Array.isArray(value)) {
      out = new Array(value.length);
      memory.set(value, out);
      for (const k of Object.keys(value)) out[k] = clone(value[k], memory, transferred);
      return out;
    } else {
      out = {};
      memory.set(value, out);
      for (const k of Object.keys(value)) out[k] = clone(value[k], memory, transferred);
      return out;
    }
    memory.set(value, out);
    return out;
  }
  binding.structuredClone = (value, options) => {
    const transferred = new Map();
    const transfer = options && options.transfer;
    if (transfer) {
      for (const t of transfer) {
        const types = kit.getInternalBinding('types');
        if (!types.isArrayBuffer(t)) throw new DOMException('Value not transferable', 'DataCloneError');
        transferred.set(t, t.transfer());
      }
    }
    return clone(value, new Map(), transferred);
  };
})
