// Published napi-rs addons from npm (prebuilt Node-API binaries, pinned in package.json), run unmodified.
// RealAddonsTest runs this on node 25 and on napi-jvm and compares the output.
const crc = require('../../node_modules/@node-rs/crc32-linux-x64-gnu/crc32.linux-x64-gnu.node');
console.log(Object.keys(crc).sort().join(','));
console.log(crc.crc32('hello world'), crc.crc32c('hello world'));
const xx = require('../../node_modules/@node-rs/xxhash-linux-x64-gnu/xxhash.linux-x64-gnu.node');
console.log(Object.keys(xx).sort().join(','));
console.log(xx.xxh32('hello', 0), String(xx.xxh64('hello')), String(xx.xxh3.xxh64('hello')));
const h = new xx.Xxh32(0); h.update('hel'); h.update('lo'); console.log(h.digest());
console.log(crc.crc32(Buffer.from('hello world')));
// many calls, mixed argument types, and the addons' own argument errors (their messages come from napi_throw_*)
let acc = 0;
for (let i = 0; i < 20000; i++) acc = (acc + crc.crc32('x' + i, acc)) % 4294967296;
console.log('acc', acc);
const h64 = new xx.Xxh64(42n); h64.update(Buffer.from([1, 2, 3])); console.log(String(h64.digest()));
for (const bad of [undefined, 42, {}]) {
  try { crc.crc32(bad); console.log('no error'); } catch (e) { console.log(e instanceof Error, e.code, e.message); }
}
