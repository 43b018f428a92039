'use strict';
// napi_get_undefined / napi_get_null / napi_get_global / napi_get_boolean
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

strictEqual(binding.getUndefined(), undefined);
strictEqual(binding.getNull(), null);
strictEqual(binding.getGlobal(), globalThis);
strictEqual(binding.getBoolean(true), true);
strictEqual(binding.getBoolean(false), false);
strictEqual(binding.getBoolean(5), true);
strictEqual(binding.getBoolean(0), false);
console.log('undefined:', binding.getUndefined());
console.log('null:', binding.getNull());
console.log('global is globalThis:', binding.getGlobal() === globalThis);
console.log('boolean(true):', binding.getBoolean(true));
console.log('boolean(false):', binding.getBoolean(false));
console.log('boolean(5):', binding.getBoolean(5));
console.log('boolean(0):', binding.getBoolean(0));

const nulls = binding.nullResultStatuses();
console.log('NULL result statuses [undefined,null,global,boolean]:', nulls.join(','));
deepStrictEqual(nulls, [1, 1, 1, 1]);
const oks = binding.okStatuses();
console.log('ok statuses:', oks.join(','));
deepStrictEqual(oks, [0, 0, 0, 0, 0]);
