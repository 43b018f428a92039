// internalBinding('serdes') (node_serdes.cc over V8's ValueSerializer): Serializer and Deserializer writing and
// reading V8's wire format, version 15 (v8/src/objects/value-serializer.cc), so v8.serialize()'s bytes are V8's.
// Node's delegate hooks are the JS methods lib/v8.js defines: _writeHostObject, _readHostObject,
// _getDataCloneError, _getSharedArrayBufferId.
(function (binding, java, kit) {
  'use strict';
  const VERSION = 15;
  const T = (c) => c.charCodeAt(0);
  const types = () => kit.getInternalBinding('types');
  // node's THROW_ERR_INVALID_ARG_TYPE from C++: a TypeError with the code and the message as given
  const invalidArg = (message) => Object.assign(new TypeError(message), { code: 'ERR_INVALID_ARG_TYPE' });
  const f64 = new Float64Array(1), f64Bytes = new Uint8Array(f64.buffer);
  const VIEW_TAGS = {
    Int8Array: 'b', Uint8Array: 'B', Uint8ClampedArray: 'C', Int16Array: 'w', Uint16Array: 'W', Int32Array: 'd',
    Uint32Array: 'D', Float16Array: 'h', Float32Array: 'f', Float64Array: 'F', BigInt64Array: 'q', BigUint64Array: 'Q',
    DataView: '?',
  };
  const VIEW_CTORS = Object.fromEntries(Object.entries(VIEW_TAGS).map(([name, tag]) => [tag, name]));
  const ERROR_TAGS = { EvalError: 'E', RangeError: 'R', ReferenceError: 'F', SyntaxError: 'S', TypeError: 'T', URIError: 'U' };
  const ERROR_CTORS = Object.fromEntries(Object.entries(ERROR_TAGS).map(([name, tag]) => [tag, name]));
  const REGEXP_FLAGS = [['g', 1], ['i', 2], ['m', 4], ['y', 8], ['u', 16], ['s', 32], ['l', 64], ['d', 128], ['v', 256]];
  const isView = (v) => ArrayBuffer.isView(v);
  const tagOf = (o) => Object.prototype.toString.call(o).slice(8, -1);

  function describe(value) { // V8's NoSideEffectsToString for the "% could not be cloned." message
    if (typeof value === 'symbol') return value.toString();
    if (typeof value === 'function') { try { return Function.prototype.toString.call(value); } catch { return 'function'; } }
    return `#<${(value && value.constructor && value.constructor.name) || tagOf(value)}>`;
  }

  class Serializer {
    #buf = new Uint8Array(64);
    #size = 0;
    #ids = new Map();
    #nextId = 0;
    #transfers = new Map();
    #viewsAsHostObjects = false;

    #reserve(n) {
      if (this.#size + n <= this.#buf.length) return;
      const grown = new Uint8Array(Math.max(this.#buf.length * 2, this.#size + n));
      grown.set(this.#buf.subarray(0, this.#size));
      this.#buf = grown;
    }
    #byte(b) { this.#reserve(1); this.#buf[this.#size++] = b; }
    #tag(c) { this.#byte(T(c)); }
    #varint(n) { // unsigned LEB128; n a non-negative number or BigInt
      if (typeof n === 'bigint') {
        do { let b = Number(n & 0x7fn); n >>= 7n; if (n) b |= 0x80; this.#byte(b); } while (n);
        return;
      }
      do { let b = n % 128; n = Math.floor(n / 128); if (n) b |= 0x80; this.#byte(b); } while (n);
    }
    #raw(bytes) { this.#reserve(bytes.length); this.#buf.set(bytes, this.#size); this.#size += bytes.length; }
    #double(d) { f64[0] = d; this.#raw(f64Bytes); }
    #string(s) {
      let oneByte = true;
      for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) { oneByte = false; break; }
      if (oneByte) {
        this.#tag('"'); this.#varint(s.length);
        this.#reserve(s.length);
        for (let i = 0; i < s.length; i++) this.#buf[this.#size++] = s.charCodeAt(i);
        return;
      }
      const byteLength = s.length * 2;
      if ((this.#size + 1 + varintSize(byteLength)) & 1) this.#tag('\0'); // two-byte data starts aligned
      this.#tag('c'); this.#varint(byteLength);
      this.#reserve(byteLength);
      for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); this.#buf[this.#size++] = c & 0xff; this.#buf[this.#size++] = c >> 8; }
    }
    #bigint(v) {
      const sign = v < 0n ? 1 : 0;
      let m = sign ? -v : v;
      const bytes = [];
      while (m) { for (let i = 0; i < 8; i++) { bytes.push(Number(m & 0xffn)); m >>= 8n; } }
      this.#varint(bytes.length * 2 + sign);
      this.#raw(bytes);
    }
    #cloneError(value) {
      const make = this._getDataCloneError;
      throw typeof make === 'function' ? make.call(this, `${describe(value)} could not be cloned.`) : new Error(`${describe(value)} could not be cloned.`);
    }

    #object(v) {
      switch (typeof v) {
        case 'undefined': return this.#tag('_');
        case 'boolean': return this.#tag(v ? 'T' : 'F');
        case 'number':
          if (Number.isInteger(v) && v >= -0x80000000 && v <= 0x7fffffff && !Object.is(v, -0)) {
            this.#tag('I'); return this.#varint(v >= 0 ? v * 2 : -v * 2 - 1); // zigzag
          }
          this.#tag('N'); return this.#double(v);
        case 'bigint': this.#tag('Z'); return this.#bigint(v);
        case 'string': return this.#string(v);
        case 'symbol': return this.#cloneError(v);
        default:
          if (v === null) return this.#tag('0');
          if (isView(v) && !this.#ids.has(v) && !this.#viewsAsHostObjects) this.#receiver(v.buffer);
          return this.#receiver(v);
      }
    }

    #receiver(o) {
      const seen = this.#ids.get(o);
      if (seen !== undefined) { this.#tag('^'); return this.#varint(seen); }
      const t = types();
      if (typeof o === 'function' || t.isProxy(o) || t.isPromise(o) || t.isWeakMap(o) || t.isWeakSet(o) ||
          t.isSymbolObject(o) || t.isExternal(o) || t.isModuleNamespaceObject(o)) return this.#cloneError(o);
      if (t.isAnyArrayBuffer(o) && this.#transfers.has(o)) {
        this.#ids.set(o, this.#nextId++);
        this.#tag('t'); return this.#varint(this.#transfers.get(o));
      }
      this.#ids.set(o, this.#nextId++);
      // V8's delegate HasCustomHostObject/IsHostObject: napi-jvm's messaging marks its MessagePorts so; the objects of
      // bindings that are node BaseObjects (kit.baseObjects) are host objects as V8 API wrappers are
      if ((typeof this._isHostObject === 'function' && this._isHostObject(o)) || kit.baseObjects?.has(o)) return this.#host(o);
      if (Array.isArray(o)) return this.#array(o);
      if (t.isDate(o)) { this.#tag('D'); return this.#double(Date.prototype.getTime.call(o)); }
      if (t.isBooleanObject(o)) return this.#tag(Boolean.prototype.valueOf.call(o) ? 'y' : 'x');
      if (t.isNumberObject(o)) { this.#tag('n'); return this.#double(Number.prototype.valueOf.call(o)); }
      if (t.isBigIntObject(o)) { this.#tag('z'); return this.#bigint(BigInt.prototype.valueOf.call(o)); }
      if (t.isStringObject(o)) { this.#tag('s'); return this.#string(String.prototype.valueOf.call(o)); }
      if (t.isRegExp(o)) {
        this.#tag('R'); this.#string(o.source);
        let flags = 0;
        for (const [c, bit] of REGEXP_FLAGS) if (o.flags.includes(c)) flags |= bit;
        return this.#varint(flags);
      }
      if (t.isMap(o)) {
        const entries = [...Map.prototype.entries.call(o)];
        this.#tag(';');
        for (const [k, val] of entries) { this.#object(k); this.#object(val); }
        this.#tag(':'); return this.#varint(entries.length * 2);
      }
      if (t.isSet(o)) {
        const values = [...Set.prototype.values.call(o)];
        this.#tag('\'');
        for (const val of values) this.#object(val);
        this.#tag(','); return this.#varint(values.length);
      }
      if (t.isSharedArrayBuffer(o)) {
        if (typeof this._getSharedArrayBufferId !== 'function') return this.#cloneError(o);
        this.#tag('u'); return this.#varint(this._getSharedArrayBufferId(o) >>> 0);
      }
      if (t.isArrayBuffer(o)) {
        if (o.detached) return this.#cloneError(o);
        const bytes = new Uint8Array(o);
        if (o.resizable) { this.#tag('~'); this.#varint(o.byteLength); this.#varint(o.maxByteLength); }
        else { this.#tag('B'); this.#varint(o.byteLength); }
        return this.#raw(bytes);
      }
      if (isView(o)) {
        if (this.#viewsAsHostObjects) return this.#host(o);
        this.#tag('V'); this.#tag(VIEW_TAGS[tagOf(o)] || '?');
        this.#varint(o.byteOffset); this.#varint(o.byteLength);
        return this.#varint(o.buffer.resizable ? 2 : 0);
      }
      if (t.isNativeError(o)) return this.#error(o);
      this.#tag('o');
      const n = this.#properties(o, Object.keys(o));
      this.#tag('{'); return this.#varint(n);
    }

    #host(o) {
      if (typeof this._writeHostObject !== 'function') return this.#cloneError(o);
      this.#tag('\\');
      this._writeHostObject(o);
    }

    #properties(o, keys) {
      let n = 0;
      for (const k of keys) {
        if (!Object.prototype.hasOwnProperty.call(o, k)) continue;
        const index = /^(0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295 ? Number(k) : -1;
        this.#object(index >= 0 ? index : k);
        this.#object(o[k]);
        n++;
      }
      return n;
    }

    #array(a) {
      const length = a.length;
      let dense = true;
      for (let i = 0; i < length; i++) if (!Object.prototype.hasOwnProperty.call(a, i)) { dense = false; break; }
      if (dense) {
        this.#tag('A'); this.#varint(length);
        for (let i = 0; i < length; i++) this.#object(a[i]);
        const n = this.#properties(a, Object.keys(a).filter((k) => !(/^(0|[1-9][0-9]*)$/.test(k) && Number(k) < length)));
        this.#tag('$'); this.#varint(n); return this.#varint(length);
      }
      this.#tag('a'); this.#varint(length);
      const n = this.#properties(a, Object.keys(a));
      this.#tag('@'); this.#varint(n); return this.#varint(length);
    }

    #error(e) {
      const messageDesc = Object.getOwnPropertyDescriptor(e, 'message');
      const causeDesc = Object.getOwnPropertyDescriptor(e, 'cause');
      this.#tag('r');
      const tag = ERROR_TAGS[`${e.name}`];
      if (tag) this.#varint(T(tag));
      if (messageDesc && 'value' in messageDesc) { this.#varint(T('m')); this.#string(`${messageDesc.value}`); }
      const stack = e.stack;
      if (typeof stack === 'string') { this.#varint(T('s')); this.#string(stack); }
      if (causeDesc && 'value' in causeDesc) { this.#varint(T('c')); this.#object(causeDesc.value); }
      this.#varint(T('.'));
    }

    writeHeader() { this.#byte(0xff); this.#varint(VERSION); }
    writeValue(value) { this.#object(value); return true; }
    releaseBuffer() {
      const out = kit.loaders.require('buffer').Buffer.allocUnsafeSlow(this.#size); // own memory, as Buffer::New
      out.set(this.#buf.subarray(0, this.#size));
      this.#buf = new Uint8Array(64); this.#size = 0;
      return out;
    }
    transferArrayBuffer(id, arrayBuffer) {
      if (!types().isAnyArrayBuffer(arrayBuffer)) throw invalidArg('arrayBuffer must be an ArrayBuffer');
      this.#transfers.set(arrayBuffer, id >>> 0);
    }
    writeUint32(value) { this.#varint(Number(value) >>> 0); }
    writeUint64(hi, lo) { this.#varint((BigInt(Number(hi) >>> 0) << 32n) | BigInt(Number(lo) >>> 0)); }
    writeDouble(value) { this.#double(Number(value)); }
    writeRawBytes(source) {
      if (!isView(source)) throw invalidArg('source must be a TypedArray or a DataView');
      this.#raw(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
    }
    _setTreatArrayBufferViewsAsHostObjects(value) { this.#viewsAsHostObjects = value === true; }
  }

  function varintSize(n) { let s = 1; while (n >= 128) { n = Math.floor(n / 128); s++; } return s; }
  const deserializationError = () => new Error('Unable to deserialize cloned data.');

  class Deserializer {
    #data;
    #pos = 0;
    #version = 0;
    #ids = new Map();
    #nextId = 0;
    #transfers = new Map();

    constructor(buffer) {
      if (!isView(buffer)) throw invalidArg('buffer must be a TypedArray or a DataView');
      this.#data = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      this.buffer = buffer;
    }

    #byte() { if (this.#pos >= this.#data.length) throw deserializationError(); return this.#data[this.#pos++]; }
    #tryVarint() {
      let n = 0, scale = 1, b;
      do {
        if (this.#pos >= this.#data.length) return undefined;
        b = this.#data[this.#pos++];
        n += (b & 0x7f) * scale; scale *= 128;
      } while (b & 0x80);
      return n;
    }
    #varint() { const n = this.#tryVarint(); if (n === undefined) throw deserializationError(); return n; }
    #bigVarint() {
      let n = 0n, shift = 0n, b;
      do { b = this.#byte(); n |= BigInt(b & 0x7f) << shift; shift += 7n; } while (b & 0x80);
      return n;
    }
    #rawBytes(n) {
      if (n > this.#data.length - this.#pos) return undefined;
      const start = this.#pos; this.#pos += n; return start;
    }
    #bytes(n) {
      const start = this.#rawBytes(n);
      if (start === undefined) throw deserializationError();
      return this.#data.subarray(start, start + n);
    }
    #double() { f64Bytes.set(this.#bytes(8)); return f64[0]; }
    #tag() { let t; do t = this.#byte(); while (t === 0); return t; }
    #peekTag() { let p = this.#pos; while (p < this.#data.length && this.#data[p] === 0) p++; return p < this.#data.length ? this.#data[p] : -1; }
    #bigint() {
      const bits = this.#varint();
      const bytes = this.#bytes(bits >> 1);
      let m = 0n;
      for (let i = bytes.length - 1; i >= 0; i--) m = (m << 8n) | BigInt(bytes[i]);
      return bits & 1 ? -m : m;
    }
    #stringOf(tag) {
      const n = this.#varint();
      const bytes = this.#bytes(n);
      if (tag === T('"')) { let s = ''; for (let i = 0; i < n; i++) s += String.fromCharCode(bytes[i]); return s; }
      if (tag === T('S')) return new TextDecoder().decode(bytes);
      if (n & 1) throw deserializationError();
      let s = '';
      for (let i = 0; i < n; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      return s;
    }
    #string() {
      const tag = this.#tag();
      if (tag !== T('"') && tag !== T('c') && tag !== T('S')) throw deserializationError();
      return this.#stringOf(tag);
    }
    #keep(o) { this.#ids.set(this.#nextId++, o); return o; }

    #object() {
      const tag = this.#tag();
      let result = this.#objectOf(tag);
      if (types().isAnyArrayBuffer(result) && this.#peekTag() === T('V')) { this.#tag(); result = this.#view(result); }
      return result;
    }
    #objectOf(tag) {
      switch (String.fromCharCode(tag)) {
        case 'v': this.#varint(); return this.#object(); // kVerifyObjectCount
        case '_': return undefined;
        case '0': return null;
        case 'T': return true;
        case 'F': return false;
        case 'I': { const z = this.#varint(); return z % 2 ? -(z + 1) / 2 : z / 2; }
        case 'U': return this.#varint();
        case 'N': return this.#double();
        case 'Z': return this.#bigint();
        case '"': case 'c': case 'S': return this.#stringOf(tag);
        case '^': { const id = this.#varint(); if (!this.#ids.has(id)) throw deserializationError(); return this.#ids.get(id); }
        case 'o': { const o = this.#keep({}); this.#properties(o, '{'); return o; }
        case 'A': {
          const length = this.#varint();
          const a = this.#keep(new Array(length));
          for (let i = 0; i < length; i++) {
            if (this.#peekTag() === T('-')) { this.#tag(); continue; } // the hole
            a[i] = this.#object();
          }
          this.#properties(a, '$'); this.#varint();
          return a;
        }
        case 'a': {
          const a = this.#keep(new Array(this.#varint()));
          this.#properties(a, '@'); this.#varint();
          return a;
        }
        case 'D': return this.#keep(new Date(this.#double()));
        case 'y': return this.#keep(Object(true));
        case 'x': return this.#keep(Object(false));
        case 'n': return this.#keep(Object(this.#double()));
        case 'z': return this.#keep(Object(this.#bigint()));
        case 's': return this.#keep(Object(this.#string()));
        case 'R': {
          const source = this.#string(), bits = this.#varint();
          let flags = '';
          for (const [c, bit] of REGEXP_FLAGS) if (bits & bit) flags += c;
          try { return this.#keep(new RegExp(source, flags)); } catch { throw deserializationError(); }
        }
        case ';': {
          const m = this.#keep(new Map());
          while (this.#peekTag() !== T(':')) { if (this.#peekTag() < 0) throw deserializationError(); m.set(this.#object(), this.#object()); }
          this.#tag(); this.#varint();
          return m;
        }
        case '\'': {
          const s = this.#keep(new Set());
          while (this.#peekTag() !== T(',')) { if (this.#peekTag() < 0) throw deserializationError(); s.add(this.#object()); }
          this.#tag(); this.#varint();
          return s;
        }
        case 'B': { const n = this.#varint(); return this.#keep(this.#bytes(n).slice().buffer); }
        case '~': {
          const n = this.#varint(), max = this.#varint();
          const ab = new ArrayBuffer(n, { maxByteLength: max });
          new Uint8Array(ab).set(this.#bytes(n));
          return this.#keep(ab);
        }
        case 't': case 'u': {
          const id = this.#varint();
          if (!this.#transfers.has(id)) throw deserializationError();
          return this.#keep(this.#transfers.get(id));
        }
        case 'r': return this.#error();
        case '\\': {
          if (typeof this._readHostObject !== 'function') throw deserializationError();
          const id = this.#nextId++;
          const o = this._readHostObject();
          if (o === null || (typeof o !== 'object' && typeof o !== 'function')) throw deserializationError();
          this.#ids.set(id, o);
          return o;
        }
        default: throw deserializationError();
      }
    }
    #properties(o, endTag) {
      let n = 0;
      for (;;) {
        const t = this.#peekTag();
        if (t < 0) throw deserializationError();
        if (t === T(endTag)) { this.#tag(); break; }
        const key = this.#object();
        if (typeof key !== 'string' && typeof key !== 'number') throw deserializationError();
        Object.defineProperty(o, key, { value: this.#object(), writable: true, enumerable: true, configurable: true });
        n++;
      }
      if (this.#varint() !== n) throw deserializationError();
    }
    #view(buffer) {
      const sub = String.fromCharCode(this.#byte());
      const byteOffset = this.#varint(), byteLength = this.#varint();
      if (this.#version >= 14) this.#varint(); // flags
      const name = VIEW_CTORS[sub];
      if (!name) throw deserializationError();
      const C = globalThis[name];
      try {
        return this.#keep(C === DataView ? new DataView(buffer, byteOffset, byteLength)
          : new C(buffer, byteOffset, byteLength / C.BYTES_PER_ELEMENT));
      } catch { throw deserializationError(); }
    }
    #error() {
      const id = this.#nextId++;
      let C = Error, message, stack, cause, hasCause = false;
      for (;;) {
        const t = String.fromCharCode(this.#varint());
        if (t === '.') break;
        if (ERROR_CTORS[t]) C = globalThis[ERROR_CTORS[t]];
        else if (t === 'm') message = this.#string();
        else if (t === 's') stack = this.#string();
        else if (t === 'c') { hasCause = true; cause = this.#object(); }
        else throw deserializationError();
      }
      const e = hasCause ? new C(message, { cause }) : new C(message);
      Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
      this.#ids.set(id, e);
      return e;
    }

    readHeader() {
      if (this.#data[this.#pos] === 0xff) {
        this.#pos++;
        this.#version = this.#varint();
        if (this.#version > VERSION) throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
      }
      return true;
    }
    readValue() { return this.#object(); }
    getWireFormatVersion() { return this.#version; }
    transferArrayBuffer(id, arrayBuffer) {
      const t = types();
      if (t.isAnyArrayBuffer(arrayBuffer)) { this.#transfers.set(id >>> 0, arrayBuffer); return; }
      if (isView(arrayBuffer)) { this.#transfers.set(id >>> 0, arrayBuffer.buffer); return; }
      throw invalidArg('arrayBuffer must be an ArrayBuffer');
    }
    readUint32() { const n = this.#tryVarint(); if (n === undefined) throw new Error('ReadUint32() failed'); return n >>> 0; }
    readUint64() {
      const start = this.#pos;
      let v;
      try { v = this.#bigVarint(); } catch { this.#pos = start; throw new Error('ReadUint64() failed'); }
      return [Number((v >> 32n) & 0xffffffffn), Number(v & 0xffffffffn)];
    }
    readDouble() {
      if (this.#data.length - this.#pos < 8) throw new Error('ReadDouble() failed');
      return this.#double();
    }
    _readRawBytes(length) {
      const start = this.#rawBytes(Number(length));
      if (start === undefined) throw new Error('ReadRawBytes() failed');
      return start;
    }
  }

  binding.Serializer = Serializer;
  binding.Deserializer = Deserializer;
})
