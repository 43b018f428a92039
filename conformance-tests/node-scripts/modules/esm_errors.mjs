// ES module errors as node reports them: not found, bad syntax, a missing named export, an exception while
// evaluating (and the same error on the next import), an unknown import attribute type
import { fileURLToPath } from 'node:url';
import path from 'node:path';
const here = path.dirname(fileURLToPath(import.meta.url));
const rel = (s) => `${s}`.replaceAll(here, '<here>');

async function attempt(label, fn) {
  try {
    await fn();
    console.log(label, 'did not throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.code ? rel(e.message) : '');
  }
}
await attempt('missing file:', () => import('./_esm/nope.mjs'));
await attempt('missing package:', () => import('no-such-package'));
await attempt('bad syntax:', () => import('./_esm/bad-syntax.mjs'));
await attempt('missing export:', () => import('./_esm/missing-export.mjs'));
await attempt('throws:', () => import('./_esm/throws.mjs'));
await attempt('throws again:', () => import('./_esm/throws.mjs'));
await attempt('bad attribute:', () => import('./_esm/data.json', { with: { type: 'css' } }));
try {
  await import('./_esm/throws.mjs');
} catch (e) {
  console.log('error is the RangeError:', e instanceof RangeError, e.message);
}
