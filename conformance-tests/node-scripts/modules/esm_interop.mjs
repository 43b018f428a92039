// ES modules and CommonJS together: named exports of CommonJS found by the lexer (re-exports too), JSON modules
// with import attributes, import() of each kind, package "exports"/"imports" with conditions, createRequire
import cjs, { alpha, beta, gamma, delta } from './_esm/cjs-named.cjs';
import * as reexported from './_esm/cjs-reexport.cjs';
import data from './_esm/data.json' with { type: 'json' };
import { results, notExported } from './_esm/uses-pkg.mjs';
import { join } from 'node:path';
import * as pathNs from 'node:path';

console.log('cjs named:', alpha, beta(), gamma, delta);
console.log('cjs default:', Object.keys(cjs));
console.log('cjs namespace keys:', Object.keys(reexported));
console.log('json:', data.answer, data.list);
console.log('package exports and imports:', results);
try {
  await notExported();
} catch (e) {
  console.log('subpath not exported:', e.code);
}
console.log('builtin named and namespace:', typeof join, pathNs.join === join, pathNs.default.join === join);

const dyn = await import('./_esm/lib.mjs');
console.log('import() esm:', dyn.name, typeof dyn.default);
const dynCjs = await import('./_esm/cjs-named.cjs');
console.log('import() cjs:', dynCjs.alpha, Object.keys(dynCjs).sort());
const dynJson = await import('./_esm/data.json', { with: { type: 'json' } });
console.log('import() json:', dynJson.default.answer);
try {
  await import('./_esm/data.json');
} catch (e) {
  console.log('json without type:', e.code);
}
const again = await import('./_esm/lib.mjs');
console.log('same namespace:', again === dyn);
