'use strict';
// The last error of a failed call does not outlive its callback: the next call into the addon (a function, a
// getter) starts with napi_ok, as Node's CallIntoModule clears it (Node's test_general/testNapiStatus.js).
const { strictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

binding.failNow();
const afterCall = binding.errorOnEntry();
console.log('after a failed call, the next callback sees', afterCall);
strictEqual(afterCall, 0);

binding.failNow();
const inGetter = binding.errorOnEntryGetter;
console.log('a getter sees', inGetter);
strictEqual(inGetter, 0);

// from inside JS called by the addon's callback, too
binding.failNow();
const viaArray = [1].map(() => binding.errorOnEntry())[0];
console.log('a callback called through Array.prototype.map sees', viaArray);
strictEqual(viaArray, 0);
