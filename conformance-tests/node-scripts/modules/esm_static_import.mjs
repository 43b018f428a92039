// ES modules: an .mjs entry point, static imports (named, default, namespace, live bindings), import.meta,
// top-level await, module namespace objects
import Thing, { name, counter, bump } from './_esm/lib.mjs';
import * as lib from './_esm/lib.mjs';
import { meta, resolved } from './_esm/sub/meta.mjs';
import { ready } from './_esm/tla.mjs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const rel = (p) => (typeof p === 'string' ? p.replace(here, '<here>') : p);

console.log('named:', name, 'default:', new Thing().hello());
console.log('live binding before:', counter);
bump();
console.log('live binding after:', counter, lib.counter);
console.log('namespace keys:', Object.keys(lib));
console.log('namespace tag:', Object.prototype.toString.call(lib), Object.isFrozen(lib), Object.getPrototypeOf(lib));
console.log('import.meta keys:', meta.keys);
console.log('import.meta.url:', rel(meta.url));
console.log('import.meta.dirname:', rel(meta.dirname));
console.log('import.meta.filename:', rel(meta.filename));
console.log('import.meta.resolve:', rel(resolved));
console.log('this at top level:', this);
console.log('top-level await:', ready);
console.log('import.meta.main:', import.meta.main, meta.main);
const t0 = await Promise.resolve('awaited in entry');
console.log(t0);
try {
  lib.name = 'changed';
} catch (e) {
  console.log('assign to namespace:', e.name);
}
console.log('typeof require:', typeof require, 'typeof module:', typeof module);
