'use strict';
// napi_get_version: at least Node-API 8; NULL result -> napi_invalid_arg.
const { strictEqual, ok } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const v = binding.getVersion();
strictEqual(typeof v, 'number');
ok(Number.isInteger(v) && v >= 8, 'napi version >= 8');
console.log('version >= 8:', v >= 8);
const st = binding.getVersionNull();
console.log('get_version(NULL) =', st);
strictEqual(st, 1);
