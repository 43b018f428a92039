// node20: skip
'use strict';
// napi_get_version reports the exact supported Node-API version (10 on
// current Node.js releases; node 20 reports 9, hence the skip marker).
const { strictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const v = binding.getVersion();
console.log('napi_get_version =', v);
strictEqual(v, 10);
