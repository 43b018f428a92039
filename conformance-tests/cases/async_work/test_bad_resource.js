// node20: skip (Node 20 throws the TypeError of ToObject/ToString after the call; Node 25 only returns the status)
'use strict';
// A resource that ToObject rejects gives napi_object_expected, a name that ToString rejects napi_string_expected;
// no exception is left pending.
const b = require(process.env.NAPI_ADDON);
console.log('undefined resource [status, pending]:', JSON.stringify(b.badResource(1)));
console.log('null resource [status, pending]:', JSON.stringify(b.badResource(2)));
console.log('Symbol name [status, pending]:', JSON.stringify(b.badResource(3, Symbol('s'))));
console.log('number name [status, pending]:', JSON.stringify(b.badResource(3, 42)));
