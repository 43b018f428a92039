'use strict';
// napi_open_handle_scope / napi_close_handle_scope with many values.
const { strictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

// 100000 objects in 10000 scopes of 10 objects each.
let r = binding.manyScopes(10000, 10);
console.log('manyScopes(10000, 10) verified =', r.verified, 'outer.marker =', r.outer.marker);
strictEqual(r.verified, 100000);
strictEqual(r.outer.marker, 'outer');

// 100000 scopes of one object each.
r = binding.manyScopes(100000, 1);
console.log('manyScopes(100000, 1) verified =', r.verified);
strictEqual(r.verified, 100000);

// Empty scopes.
r = binding.manyScopes(1000, 0);
console.log('manyScopes(1000, 0) verified =', r.verified);
strictEqual(r.verified, 0);

// Nested scopes.
const depth = binding.nestedScopes(1000);
console.log('nestedScopes(1000) =', depth);
strictEqual(depth, 1000);

// Calling back into JS from within scopes.
let calls = 0;
const sum = binding.callbackInScope((i) => { calls++; return i * 2; }, 1000);
console.log('callbackInScope sum =', sum, 'calls =', calls);
strictEqual(sum, 999000);
strictEqual(calls, 1000);

// Misuse: closing when no addon-opened scope is open.
const st = binding.closeWithoutOpen();
console.log('closeWithoutOpen [open, close, close-again, eopen, eclose, eclose-again] =', st.join(','));
strictEqual(st.join(','), '0,0,13,0,0,13');
