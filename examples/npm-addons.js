// Addons published on npm run unmodified: napi-rs's @node-rs/crc32 and @node-rs/xxhash (prebuilt Node-API
// binaries; `npm ci` at the repository root installs them). Run: ./napi-jvm examples/npm-addons.js
const { crc32 } = require('../node_modules/@node-rs/crc32-linux-x64-gnu/crc32.linux-x64-gnu.node');
const { xxh64, Xxh32 } = require('../node_modules/@node-rs/xxhash-linux-x64-gnu/xxhash.linux-x64-gnu.node');
console.log('crc32("hello world") =', crc32('hello world'));
console.log('xxh64("hello") =', String(xxh64('hello')));
const h = new Xxh32(0);
h.update('hel');
h.update('lo');
console.log('streaming xxh32("hello") =', h.digest());
