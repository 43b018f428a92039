// internalBinding('messaging') (node_messaging.cc): DOMException from the per-context script, structuredClone
// (the HTML structured clone algorithm, in JS), MessageChannel/MessagePort over MessagingBinding's ports (messages
// in V8's wire format by serdes.js; they cross threads and envs).
(function (binding, java, kit) {
  'use strict';
  const DOMException = kit.perContextExports.DOMException;
  const sharedMemoryOf = java.rawFunction('sharedMemoryOf');
  const sharedArrayBufferOf = java.rawFunction('sharedArrayBufferOf');
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
    if (kit.baseObjects?.has(value)) throw new DOMException('Cannot clone object of unsupported type.', 'DataCloneError');
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
        if (t[kit.privateSymbols.untransferable_object_private_symbol] === true) {
          throw new DOMException('Cannot transfer object of unsupported type.', 'DataCloneError');
        }
        transferred.set(t, t.transfer());
      }
    }
    return clone(value, new Map(), transferred);
  };

  // ---- MessagePort (node_messaging.cc): a JS object over one end (MessagingBinding.Port) of a channel ----
  const { oninit, handle_onclose: handleOnClose, no_message_symbol: noMessage } = kit.perIsolateSymbols;
  const emitMessage = kit.perContextExports.emitMessage;
  const types = () => kit.getInternalBinding('types');
  const Buffer = () => kit.loaders.require('buffer').Buffer;
  const dataCloneError = (message) => new DOMException(message, 'DataCloneError');
  const typeError = (code, message) => Object.assign(new TypeError(message), { code });
  // a MessagePort -> its Java port; null once closed or transferred away (then it does nothing, as node's)
  const ports = new WeakMap();
  const portOf = (p) => {
    if (!ports.has(p)) throw typeError('ERR_INVALID_THIS', 'Value of "this" must be of type MessagePort');
    return ports.get(p);
  };

  // HandleWrap's methods, on the prototype MessagePort.prototype inherits from (lib/internal/worker/io.js copies them)
  class HandleWrap {
    close() {
      const jp = portOf(this);
      if (jp !== null) jp.close();
    }
    ref() { portOf(this)?.ref(true); }
    unref() { portOf(this)?.ref(false); }
    hasRef() {
      const jp = portOf(this);
      const r = jp === null ? null : jp.hasRef();
      return r === null ? undefined : r;
    }
  }
  class MessagePort extends HandleWrap {
    constructor() {
      super();
      throw typeError('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
    }
    postMessage(message, transfer) {
      const jp = portOf(this);
      if (arguments.length === 0) throw typeError('ERR_MISSING_ARGS', 'The "message" argument must be specified');
      const m = encode(message, transfer, this);
      if (jp !== null) jp.post(m);
    }
    start() { portOf(this)?.start(); }
  }
  binding.MessagePort = MessagePort;

  function wrap(jp) {
    const p = Object.create(MessagePort.prototype);
    ports.set(p, jp);
    java.attach(jp, p, deliver, () => {
      ports.set(p, null);
      // the 'close' event once the handle is closed (HandleWrap::OnClose), after this callback
      kit.loaders.require('timers').setImmediate(() => { if (typeof p[handleOnClose] === 'function') p[handleOnClose](); });
    });
    if (typeof p[oninit] === 'function') p[oninit]();
    return p;
  }

  // for binding/worker.js: a Worker's kPort ends (MessagingBinding.Port from WorkerThread) as MessagePorts
  kit.wrapMessagePort = wrap;

  binding.MessageChannel = function MessageChannel() {
    if (new.target === undefined) throw new TypeError("Class constructor MessageChannel cannot be invoked without 'new'");
    const a = java.newChannel();
    this.port1 = wrap(a);
    this.port2 = wrap(a.peer());
  };

  // The transfer list (an array, an iterable, or { transfer }), checked as MessagePort::PostMessage does
  function transferList(transfer, source) {
    if (transfer === undefined || transfer === null) return [];
    if (typeof transfer !== 'object') throw typeError('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
    let list = transfer;
    if (!Array.isArray(transfer) && typeof transfer[Symbol.iterator] !== 'function') {
      list = transfer.transfer;
      if (list === undefined || list === null) return [];
      if (typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
        throw typeError('ERR_INVALID_ARG_TYPE', 'Optional options.transfer argument must be an iterable');
      }
    }
    const out = [];
    for (const t of list) {
      // node_messaging.cc: an object marked untransferable (an addon's external memory, markAsUntransferable)
      if (t !== null && typeof t === 'object' && t[kit.privateSymbols.untransferable_object_private_symbol] === true) {
        throw dataCloneError('Cannot transfer object of unsupported type.');
      }
      if (ports.has(t)) {
        if (t === source) throw dataCloneError('Transfer list contains source port');
        if (ports.get(t) === null) throw dataCloneError('MessagePort in transfer list is already detached');
      } else if (types().isArrayBuffer(t)) {
        if (t.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      } else if (t === null || typeof t !== 'object') {
        throw typeError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid value in transferList');
      } else {
        throw dataCloneError('Found invalid value in transferList.');
      }
      if (out.includes(t)) throw dataCloneError(ports.has(t) ? 'Transfer list contains duplicate MessagePort' : 'Transfer list contains duplicate ArrayBuffer');
      out.push(t);
    }
    return out;
  }

  // A message (MessagingBinding.Message): the value in V8's wire format; transfers by index (ports, ArrayBuffers,
  // then SharedArrayBuffers as found: their memory is shared, MessagingBinding.SharedMemory)
  function encode(value, transfer, source) {
    const list = transferList(transfer, source);
    const { Serializer } = kit.getInternalBinding('serdes');
    const m = java.newMessage();
    const s = new Serializer();
    s._isHostObject = (o) => ports.has(o);
    s._writeHostObject = (o) => {
      // SerializerDelegate::WriteHostObject: a BaseObject that is neither transferred nor cloneable
      if (!ports.has(o)) throw dataCloneError('Cannot clone object of unsupported type.');
      const i = list.indexOf(o);
      if (i < 0) throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
      s.writeUint32(i);
    };
    s._getDataCloneError = dataCloneError;
    const shared = [];
    s._getSharedArrayBufferId = (sab) => {
      const i = shared.indexOf(sab);
      if (i >= 0) return list.length + i;
      shared.push(sab);
      return list.length + shared.length - 1;
    };
    for (let i = 0; i < list.length; i++) if (!ports.has(list[i])) s.transferArrayBuffer(i, list[i]);
    s.writeHeader();
    s.writeValue(value);
    const bytes = s.releaseBuffer();
    for (const t of list) {
      if (ports.has(t)) {
        m.addPort(ports.get(t).detach());
        ports.set(t, null);
        kit.loaders.require('timers').setImmediate(() => { if (typeof t[handleOnClose] === 'function') t[handleOnClose](); });
      } else {
        m.addBytes(t);
        t.transfer(); // detached here, as a transferred ArrayBuffer
      }
    }
    for (const sab of shared) m.addShared(sharedMemoryOf(sab));
    m.setData(bytes);
    return m;
  }

  function decode(m) {
    const { Deserializer } = kit.getInternalBinding('serdes');
    const d = new Deserializer(Buffer().from(m.data(), 'latin1'));
    const n = m.transferCount();
    const moved = [], byIndex = [];
    for (let i = 0; i < n; i++) {
      const kind = m.transferKind(i);
      if (kind === 1) {
        const p = wrap(m.transfer(i));
        moved.push(p);
        byIndex[i] = p;
        continue;
      }
      if (kind === 2) {
        d.transferArrayBuffer(i, sharedArrayBufferOf(m.transfer(i)));
        continue;
      }
      const bytes = Buffer().from(m.transfer(i), 'latin1');
      const ab = new ArrayBuffer(bytes.length);
      new Uint8Array(ab).set(bytes);
      d.transferArrayBuffer(i, ab);
    }
    d._readHostObject = () => {
      const p = byIndex[d.readUint32()];
      if (p === undefined) throw new Error('Unable to deserialize cloned data.');
      return p;
    };
    d.readHeader();
    return { data: d.readValue(), ports: moved };
  }

  // one message to port (MessagePort::OnMessage, as a Node callback); a failed deserialization is 'messageerror'
  function deliver(port) {
    const jp = ports.get(port);
    const m = jp ? jp.take() : null;
    if (m === null) return;
    let r;
    try {
      r = decode(m);
    } catch (e) {
      emitMessage.call(port, e, [], 'messageerror');
      return;
    }
    emitMessage.call(port, r.data, r.ports, 'message');
  }

  const checkPort = (port, name = 'port') => {
    if (!ports.has(port)) throw typeError('ERR_INVALID_ARG_TYPE', `The "${name}" argument must be a MessagePort instance`);
    return ports.get(port);
  };
  binding.stopMessagePort = (port) => { checkPort(port)?.stop(); };
  binding.checkMessagePort = (port) => ports.has(port);
  binding.drainMessagePort = (port) => { checkPort(port)?.drain(); };
  binding.receiveMessageOnPort = (port) => {
    const jp = checkPort(port);
    const m = jp ? jp.take() : null;
    if (m === null) return noMessage;
    return decode(m).data;
  };
})
