// node20: skip
'use strict';
// napi_get_named_property when the getter throws: napi_pending_exception
// (Node 20 returned napi_generic_failure here).
const { strictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const err = new Error('getter failed');
const r = binding.getCatch({ get p() { throw err; } }, 'p');
console.log('getter throws: status =', r.status, 'pending =', r.pending, 'error.message =', r.error.message);
strictEqual(r.status, 10);
strictEqual(r.pending, true);
strictEqual(r.error, err);

const ok = binding.getCatch({ p: 1 }, 'p');
console.log('plain get: status =', ok.status, 'pending =', ok.pending, 'error =', ok.error);
strictEqual(ok.status, 0);
strictEqual(ok.pending, false);
strictEqual(ok.error, undefined);
