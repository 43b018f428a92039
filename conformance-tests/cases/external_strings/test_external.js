// node20: skip
'use strict';
// node_api_create_external_string_latin1 / utf16. A runtime may keep the caller's buffer (copied = false; the
// finalizer runs when the string is collected) or copy it (copied = true: Node's V8-sandbox build does this and
// calls the finalizer at once). Node 25 here keeps it, napi-jvm copies, so the test prints only what must hold
// either way.
const { show, strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

// Node (V8) makes no external string for an empty one: it releases the buffer at once (finalizer during the call)
// and reports copied = false.
function check(label, r, expected, nullStr, noFinalizer) {
  if (r.status !== 0) {
    console.log(label, 'status=' + r.status, 'message=' + show(r.message));
    return;
  }
  strictEqual(r.value, expected, label);
  if (noFinalizer) {
    strictEqual(r.finalizedNow, 0, label + ' no finalizer to call');
  } else if (r.copied) {
    // copied: the finalizer ran during the call, with the buffer and the hint; the string is independent of it
    strictEqual(r.finalizedNow, 1, label + ' finalizer count');
    strictEqual(r.dataIsBuffer, !nullStr, label + ' finalizer data');
    strictEqual(r.hintIsHint, true, label + ' finalizer hint');
    strictEqual(r.mutated, expected, label + ' string after the buffer changed');
  } else if (expected !== '') {
    strictEqual(r.finalizedNow, 0, label + ' finalizer must not run while the string uses the buffer');
  }
  const released = expected === '' && !noFinalizer ? ' released during the call: ' + (r.finalizedNow === 1) : '';
  console.log(label, 'status=0 value=' + show(r.value) + released);
}

const strings = ['', 'abc', 'h\u00e9llo \u00ff\u0080', 'a\u0000b'];
for (const s of strings) {
  check('latin1 ' + show(s) + ' AUTO', b.external(0, s, -1, 0), s.split('\u0000')[0]);
  check('latin1 ' + show(s) + ' exact length', b.external(0, s, s.length, 0), s);
  check('latin1 ' + show(s) + ' no finalizer', b.external(0, s, s.length, 1), s, false, true);
  // copied NULL: whether the buffer was kept is not reported; only the value is checked
  const r = b.external(0, s, s.length, 2);
  strictEqual(r.value, s);
  console.log('latin1 ' + show(s) + ' copied NULL', 'status=' + r.status, 'value=' + show(r.value));
}
const strings16 = ['', 'abc', '\u{1F600}\u00e9\u4e2d', 'lone \ud800 surrogate', 'x\u0000y'];
for (const s of strings16) {
  check('utf16 ' + show(s) + ' AUTO', b.external(1, s, -1, 0), s.split('\u0000')[0]);
  check('utf16 ' + show(s) + ' exact length', b.external(1, s, s.length, 0), s);
  check('utf16 ' + show(s) + ' length 1', b.external(1, s, Math.min(1, s.length), 0), s.slice(0, 1));
}
for (const k of [0, 1]) {
  const name = k === 0 ? 'latin1' : 'utf16';
  // utf16 with NULL and length 0 is a V8 fatal error (Check failed: resource && resource->data()) in Node
  if (k === 0) check(name + ' NULL str length 0', b.external(k, 'x', 0, 3), '', true);
  check(name + ' NULL str AUTO', b.external(k, 'x', -1, 3), '');
  check(name + ' NULL result', b.external(k, 'x', -1, 4), '');
  check(name + ' length INT_MAX+1', b.external(k, 'x', 2147483648, 0), '');
}
