'use strict';
// napi_define_properties: values, methods, getters, setters with every
// attribute combination.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const napi_default = 0;
const napi_writable = 1;
const napi_enumerable = 2;
const napi_configurable = 4;

const KIND = { value: 0, method: 1, getter: 2, setter: 3, accessor: 4 };

function attrName(a) {
  if (a === 0) return 'napi_default';
  const parts = [];
  if (a & napi_writable) parts.push('writable');
  if (a & napi_enumerable) parts.push('enumerable');
  if (a & napi_configurable) parts.push('configurable');
  return parts.join('|');
}

function flags(d) {
  const out = [];
  if ('value' in d) out.push('value=' + (typeof d.value === 'function' ? 'function' : String(d.value)));
  if ('writable' in d) out.push('writable=' + d.writable);
  if ('get' in d) out.push('get=' + typeof d.get);
  if ('set' in d) out.push('set=' + typeof d.set);
  out.push('enumerable=' + d.enumerable);
  out.push('configurable=' + d.configurable);
  return out.join(' ');
}

for (const kindName of Object.keys(KIND)) {
  for (let attrs = 0; attrs < 8; attrs++) {
    const obj = {};
    const st = binding.defineOne(obj, 'p', KIND[kindName], attrs, 42);
    strictEqual(st, 0, `${kindName} ${attrs} status`);
    const d = Object.getOwnPropertyDescriptor(obj, 'p');
    console.log(`${kindName} ${attrName(attrs)}: ${flags(d)}`);
    strictEqual(d.enumerable, !!(attrs & napi_enumerable), 'enumerable');
    strictEqual(d.configurable, !!(attrs & napi_configurable), 'configurable');
    if (kindName === 'value' || kindName === 'method') {
      strictEqual(d.writable, !!(attrs & napi_writable), 'writable');
      strictEqual('get' in d, false);
      if (kindName === 'value') strictEqual(d.value, 42);
      else strictEqual(typeof d.value, 'function');
    } else {
      strictEqual('writable' in d, false);
      strictEqual(typeof d.get, kindName === 'setter' ? 'undefined' : 'function');
      strictEqual(typeof d.set, kindName === 'getter' ? 'undefined' : 'function');
    }
    // Behavioural checks of the attributes.
    strictEqual(Object.keys(obj).includes('p'), !!(attrs & napi_enumerable));
    if (kindName === 'value') {
      try { obj.p = 1; } catch (e) { /* strict mode TypeError when read-only */ }
      strictEqual(obj.p, (attrs & napi_writable) ? 1 : 42);
    }
    let deleted;
    try { deleted = delete obj.p; } catch (e) { deleted = false; }
    strictEqual(deleted, !!(attrs & napi_configurable));
    strictEqual(Object.prototype.hasOwnProperty.call(obj, 'p'), !(attrs & napi_configurable));
  }
}

// Method: receives this, data pointer and arguments.
{
  const obj = { tag: 'o' };
  strictEqual(binding.defineOne(obj, 'm', KIND.method, napi_default, undefined), 0);
  const r = obj.m(1, 'two');
  console.log('method: self===obj', r.self === obj, 'data', r.data, 'args', JSON.stringify(r.args), 'name', JSON.stringify(obj.m.name));
  strictEqual(r.self, obj);
  strictEqual(r.data, 55);
  deepStrictEqual(r.args, [1, 'two']);
  // Node does not name functions created for method descriptors.
  strictEqual(obj.m.name, '');
  const other = {};
  strictEqual(obj.m.call(other).self, other);
}

// Getter and setter receive this and their data pointer.
{
  const obj = {};
  strictEqual(binding.defineOne(obj, 'acc', KIND.accessor, napi_enumerable | napi_configurable, undefined), 0);
  const g = obj.acc;
  console.log('getter: self===obj', g.self === obj, 'data', g.data, 'argc', g.argc);
  strictEqual(g.self, obj);
  strictEqual(g.data, 77);
  strictEqual(g.argc, 0);
  obj.acc = 'v1';
  console.log('setter: value', obj.lastSet.value, 'data', obj.lastSet.data, 'argc', obj.lastSet.argc);
  deepStrictEqual(obj.lastSet, { value: 'v1', data: 77, argc: 1 });

  // Inherited accessor: this is the receiver, not the prototype.
  const child = Object.create(obj);
  strictEqual(child.acc.self, child);
  child.acc = 'v2';
  strictEqual(Object.prototype.hasOwnProperty.call(child, 'lastSet'), true);
  strictEqual(child.lastSet.value, 'v2');
  console.log('inherited accessor this ok');
}
{
  // Setter only: reading gives undefined; data pointer 88.
  const obj = {};
  strictEqual(binding.defineOne(obj, 's', KIND.setter, napi_default, undefined), 0);
  strictEqual(obj.s, undefined);
  obj.s = 3;
  console.log('setter only: value', obj.lastSet.value, 'data', obj.lastSet.data);
  deepStrictEqual(obj.lastSet, { value: 3, data: 88, argc: 1 });
  // Getter only: assignment is ignored in sloppy mode and throws in strict.
  const obj2 = {};
  strictEqual(binding.defineOne(obj2, 'g', KIND.getter, napi_default, undefined), 0);
  let threw = false;
  try { obj2.g = 1; } catch (e) { threw = e instanceof TypeError; }
  strictEqual(threw, true);
  strictEqual(obj2.g.data, 77);
}

// Symbol and napi_value string names.
{
  const obj = {};
  const sym = Symbol('mySym');
  strictEqual(binding.defineOne(obj, sym, KIND.value, napi_enumerable, 'symval'), 0);
  strictEqual(obj[sym], 'symval');
  const strObj = new String('boxed');
  // a non-primitive name is not a name
  const st = binding.defineOne(obj, strObj, KIND.value, napi_default, 1);
  console.log('define with symbol ok; boxed string name status =', st);
  strictEqual(st, 4);
}

// Several properties at once.
{
  const obj = {};
  const sym = binding.defineMany(obj);
  console.log('defineMany keys:', JSON.stringify(Object.keys(obj)), 'symbol:', sym.toString());
  deepStrictEqual(Object.keys(obj), ['num', 'str', 'acc']);
  strictEqual(obj.num, 7);
  strictEqual(obj.str, 'text');
  strictEqual(obj.method().data, 55);
  strictEqual(obj.acc.data, 77);
  strictEqual(obj[sym], 7);
  strictEqual(Object.getOwnPropertyDescriptor(obj, sym).enumerable, true);
}

// Redefining: same value on a non-configurable property is allowed; a
// different value fails with napi_invalid_arg and no exception.
{
  const obj = {};
  const s1 = binding.defineOne(obj, 'x', KIND.value, napi_default, 1);
  const s2 = binding.defineOne(obj, 'x', KIND.value, napi_default, 2);
  const s3 = binding.defineOne(obj, 'x', KIND.value, napi_default, 1);
  console.log('redefine non-configurable [first, different, same] =', [s1, s2, s3].join(','));
  deepStrictEqual([s1, s2, s3], [0, 1, 0]);
  strictEqual(obj.x, 1);
  // configurable: redefinition replaces the property
  const obj2 = {};
  strictEqual(binding.defineOne(obj2, 'x', KIND.value, napi_configurable, 1), 0);
  strictEqual(binding.defineOne(obj2, 'x', KIND.getter, napi_default, undefined), 0);
  strictEqual(obj2.x.data, 77);
  // frozen object: napi_invalid_arg
  const s4 = binding.defineOne(Object.freeze({}), 'x', KIND.value, napi_default, 1);
  console.log('define on frozen =', s4);
  strictEqual(s4, 1);
}

// Bad args: [NULL object, count>0 NULL props, count 0 NULL props, bad name]
const bad = binding.defineBadArgs();
console.log('defineBadArgs =', bad.join(','));
deepStrictEqual(bad, [1, 1, 0, 4]);
