// node20: skip
'use strict';
// napi_object_freeze / napi_object_seal of a typed array with elements: the pending TypeError has V8's message
// (node 20's V8 still sealed typed arrays).
const { strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

for (const [name, fn] of [['freeze', b.freeze], ['seal', b.seal]]) {
  const r = fn(new Float64Array(3));
  console.log(name + ':', r.status, r.exc.name + ': ' + r.exc.message);
  strictEqual(r.status, 10);
  strictEqual(r.exc instanceof TypeError, true);
  strictEqual(r.exc.message, 'Cannot ' + name + ' array buffer views with elements');
  strictEqual(fn(new Uint8Array(0)).status, 0);
  strictEqual(fn(new DataView(new ArrayBuffer(4))).status, 0);
}
