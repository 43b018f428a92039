'use strict';
// The training run for the JDK's AOT cache (tools/aot-cache.sh): what a typical short script makes the JVM load and
// link, so that the next launches find those classes (and method profiles) ready. argv[2] is the repository root.
// Everything here must work without network or user files; a failure only means no cache.
const path = require('path');
const fs = require('fs');
const util = require('util');
const { EventEmitter } = require('events');

const root = process.argv[2] || path.join(__dirname, '..');
// Node-API: an example addon (built by ./napi-jvm before training)
for (const ex of ['hello', 'args', 'object-factory']) {
  const addon = path.join(root, 'examples', ex, 'build', 'binding.node');
  if (fs.existsSync(addon)) {
    const exports = require(addon);
    for (const k of Object.keys(exports)) if (typeof exports[k] === 'function' && exports[k].length === 0) exports[k]();
  }
}
// core modules and output paths scripts use first
console.log(util.inspect({ a: [1, 2, { b: new Map([[1, 2]]) }] }), util.format('%s %d', 'x', 1));
console.error('aot-training: stderr');
const e = new EventEmitter();
e.on('x', (v) => Buffer.from(String(v)).toString('hex'));
e.emit('x', 42);
fs.readFileSync(__filename, 'utf8');
JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
try { require('./no-such-module'); } catch { /* the resolution path of a missing module */ }
// the event loop: a timer, an immediate, a promise and a tick
setTimeout(() => setImmediate(() => Promise.resolve().then(() => process.nextTick(() => {}))), 1);
process.on('exit', () => {});
