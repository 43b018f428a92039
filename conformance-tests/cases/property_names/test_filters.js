'use strict';
// napi_get_all_property_names: every key filter combination, both
// collection modes and both conversions, on a prototype chain ending in null
// (so no engine built-ins are listed); index keys, symbols, shadowing.
const { strictEqual, deepStrictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const INCLUDE_PROTOTYPES = 0, OWN_ONLY = 1, KEEP_NUMBERS = 0, NUMBERS_TO_STRINGS = 1;
const WRITABLE = 1, ENUMERABLE = 2, CONFIGURABLE = 4, SKIP_STRINGS = 8, SKIP_SYMBOLS = 16;

const s1 = Symbol('s1'), s2 = Symbol('s2'), ps = Symbol('ps');
const root = Object.create(null);
root.rootKey = 1;
const proto = Object.create(root);
Object.assign(proto, { pa: 1, 5: 'p5', [ps]: 1, shadow: 'proto', hiddenShadow: 'proto', roShadow: 1 });
Object.defineProperty(proto, 'pne', { value: 1, writable: true, enumerable: false, configurable: true });
const o = Object.create(proto);
o.b = 1;
o[10] = 1;
o.a = 2;
o[2] = 1;
o[s1] = 1;
o['4294967295'] = 1;
o['-1'] = 1;
o['1.5'] = 1;
o['01'] = 1;
o[4294967294] = 1;
o.shadow = 'own';
Object.defineProperty(o, 'ro', { value: 1, writable: false, enumerable: true, configurable: true });
Object.defineProperty(o, 'ne', { value: 1, writable: true, enumerable: false, configurable: true });
Object.defineProperty(o, 'nc', { value: 1, writable: true, enumerable: true, configurable: false });
Object.defineProperty(o, 'hiddenShadow', { value: 1, writable: false, enumerable: false, configurable: false });
Object.defineProperty(o, 'acc', { get() { return 1; }, enumerable: true, configurable: true });
Object.defineProperty(o, 'accs', { get() { return 1; }, set(v) {}, enumerable: true, configurable: false });
Object.defineProperty(o, s2, { value: 1, writable: true, enumerable: false, configurable: true });

function show(keys) {
  return keys.map((k) => typeof k === 'symbol' ? k.toString() : typeof k === 'number' ? '#' + k : k).join(' ');
}

const expectedOwnStrings = ['2', '10', '4294967294', 'b', 'a', '4294967295', '-1', '1.5', '01', 'shadow', 'ro', 'ne', 'nc',
                            'hiddenShadow', 'acc', 'accs'];
const attrs = {
  2: { w: true, e: true, c: true }, 10: { w: true, e: true, c: true }, 4294967294: { w: true, e: true, c: true },
  b: { w: true, e: true, c: true }, a: { w: true, e: true, c: true }, 4294967295: { w: true, e: true, c: true },
  '-1': { w: true, e: true, c: true }, 1.5: { w: true, e: true, c: true }, '01': { w: true, e: true, c: true },
  shadow: { w: true, e: true, c: true }, ro: { w: false, e: true, c: true }, ne: { w: true, e: false, c: true },
  nc: { w: true, e: true, c: false }, hiddenShadow: { w: false, e: false, c: false },
  acc: { w: true, e: true, c: true }, accs: { w: true, e: true, c: false },
  5: { w: true, e: true, c: true }, pa: { w: true, e: true, c: true }, roShadow: { w: true, e: true, c: true },
  pne: { w: true, e: false, c: true }, rootKey: { w: true, e: true, c: true },
};
function passes(a, f) {
  return !((f & WRITABLE) && !a.w) && !((f & ENUMERABLE) && !a.e) && !((f & CONFIGURABLE) && !a.c);
}
const symAttrs = new Map([[s1, { w: true, e: true, c: true }], [s2, { w: true, e: false, c: true }], [ps, { w: true, e: true, c: true }]]);

// expected result computed from the attribute table: own keys of each object
// in order, a key seen on a nearer object hides it farther away, index keys
// (up to 2^32-2) as numbers with KEEP_NUMBERS
function expected(mode, f, conv) {
  const levels = [[expectedOwnStrings, [s1, s2]], [['5', 'pa', 'shadow', 'hiddenShadow', 'roShadow', 'pne'], [ps]], [['rootKey'], []]];
  const out = [], seen = new Set();
  for (let i = 0; i < (mode === OWN_ONLY ? 1 : 3); i++) {
    const [strs, syms] = levels[i];
    for (const k of strs) {
      if (seen.has(k)) continue;
      seen.add(k);
      if (f & SKIP_STRINGS) continue;
      if (!passes(attrs[k], f)) continue;
      const n = Number(k);
      out.push(conv === KEEP_NUMBERS && String(n >>> 0) === k && n !== 4294967295 ? n : k);
    }
    for (const k of syms) if (!(f & SKIP_SYMBOLS) && passes(symAttrs.get(k), f)) out.push(k);
  }
  return out;
}

for (const mode of [OWN_ONLY, INCLUDE_PROTOTYPES]) {
  for (const conv of [KEEP_NUMBERS, NUMBERS_TO_STRINGS]) {
    for (let f = 0; f < 32; f++) {
      const r = b.allNames(o, mode, f, conv);
      const label = `mode=${mode} filter=${f} conversion=${conv}`;
      console.log(label + ':', r.status, show(r.value));
      strictEqual(r.status, 0, label);
      deepStrictEqual(r.value, expected(mode, f, conv), label);
      strictEqual(Array.isArray(r.value), true);
    }
  }
}

// napi_get_property_names = include prototypes, enumerable, skip symbols, numbers to strings
const names = b.names(o);
console.log('napi_get_property_names:', show(names.value));
deepStrictEqual(names.value, expected(INCLUDE_PROTOTYPES, ENUMERABLE | SKIP_SYMBOLS, NUMBERS_TO_STRINGS));
// it is what for-in enumerates
const forIn = [];
for (const k in o) forIn.push(k);
deepStrictEqual(names.value, forIn);

// filter bits beyond the known ones are ignored
deepStrictEqual(b.allNames(o, OWN_ONLY, 64 | ENUMERABLE, KEEP_NUMBERS).value, expected(OWN_ONLY, ENUMERABLE, KEEP_NUMBERS));
deepStrictEqual(b.allNames(o, OWN_ONLY, -1, KEEP_NUMBERS).value, []);
