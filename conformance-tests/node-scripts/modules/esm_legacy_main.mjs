// import() of CommonJS packages without "exports": node's legacy main resolution (the fs binding's
// legacyMainResolve): main, main + .js/.json/.node, main/index.*, then the package's index.*, else ERR_MODULE_NOT_FOUND
import assert from 'node:assert';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
const here = path.dirname(fileURLToPath(import.meta.url));
const rel = (s) => `${s}`.replaceAll(here, '<here>');

const { results } = await import('./_esm/uses-legacy.mjs');
for (const [name, attrs] of [['legacy-main'], ['legacy-ext'], ['legacy-index'], ['legacy-dir', { with: { type: 'json' } }],
  ['legacy-dir'], ['legacy-missing'], ['legacy-none']]) {
  try {
    const m = await import(`./_esm/node_modules/${name}/package.json`, { with: { type: 'json' } });
    assert.strictEqual(m.default.name, name);
    const r = await results(name, attrs);
    console.log(name, rel(JSON.stringify(r)));
    if (name === 'legacy-main') assert.deepStrictEqual(r, { via: 'main without extension', keys: ['default', 'module.exports'] });
    if (name === 'legacy-none') {
      assert.strictEqual(r.error, 'ERR_MODULE_NOT_FOUND');
      assert.strictEqual(rel(r.message), "Cannot find package '<here>/_esm/node_modules/legacy-none/index.js' imported from <here>/_esm/uses-legacy.mjs");
    }
  } catch (e) {
    console.log(name, e.name, e.code, rel(e.message));
  }
}
