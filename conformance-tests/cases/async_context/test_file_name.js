'use strict';
// node_api_get_module_file_name: the addon's path as a file:// URL.
const b = require(process.env.NAPI_ADDON);
const [name, nullStatus] = b.fileName();
const path = require.resolve(process.env.NAPI_ADDON);
const expected = 'file://' + path.split('/').map((p) => p.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@]/g, (c) => encodeURIComponent(c))).join('/');
console.log('file URL matches the path:', name === expected, name.startsWith('file:///'), name.endsWith('/binding.node'));
console.log('NULL result status:', nullStatus);
