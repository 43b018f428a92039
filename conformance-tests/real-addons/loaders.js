// Published packages loaded THROUGH THEIR OWN JS ENTRY POINTS, as an application does: napi-rs's generated
// index.js (fs.readFileSync('/usr/bin/ldd') or process.report for musl detection, then the platform package) and
// node-gyp-build (fs, path, os: build/Release/*.node, else prebuilds/<platform>-<arch>/*.node).
// NodeLoadersTest runs this on node 25, node 20 and napi-jvm and compares stdout. argv[2..]: package directories
// laid out for node-gyp-build around one of our compiled test addons (exports hello() -> "world").
const path = require('path');

const { crc32, crc32c } = require('@node-rs/crc32');
console.log('crc32', crc32('hello world'), crc32c('hello world'), crc32(Buffer.from('hello world')), crc32('world', crc32('hello ')));
const xx = require('@node-rs/xxhash');
console.log('xxhash', Object.keys(xx).sort().join(','));
console.log(xx.xxh32('hello', 0), String(xx.xxh64('hello')), String(xx.xxh3.xxh64('hello')), String(xx.xxh3.xxh128('hello')));
const h = new xx.Xxh64(0n); h.update('hel'); h.update(Buffer.from('lo')); console.log(String(h.digest()));
// index.js re-exports the platform package's binary: the same functions as requiring that package directly
console.log(require('@node-rs/crc32-linux-x64-gnu').crc32 === crc32, require('@node-rs/xxhash-linux-x64-gnu').Xxh64 === xx.Xxh64);

const build = require('node-gyp-build');
for (const dir of process.argv.slice(2)) {
  const found = build.path(dir);
  const addon = build(dir);
  console.log('node-gyp-build', path.basename(dir), path.relative(dir, found), addon.hello(), addon === require(found));
}
try {
  build(path.join(__dirname, 'no-such-package'));
} catch (e) {
  console.log('node-gyp-build missing:', e.message.split('\n')[0].replace(/ abi=\S*| uv=\S*| node=\S*/g, ''));
}
