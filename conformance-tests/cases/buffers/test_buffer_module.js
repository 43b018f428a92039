'use strict';
// Node's Buffer as JS sees it: the global, require('buffer') / require('node:buffer') (a core module, not a file),
// and the common Buffer methods addons' JS wrappers use.
const { strictEqual, deepStrictEqual, throws } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const d = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
strictEqual(d.enumerable, false);
strictEqual(d.configurable, true);
strictEqual(typeof Buffer, 'function');
strictEqual(Object.keys(globalThis).includes('Buffer'), false);
const mod = require('buffer');
strictEqual(mod.Buffer, Buffer);
strictEqual(require('node:buffer'), mod);
strictEqual(require('buffer'), mod);
strictEqual(typeof mod.kMaxLength, 'number');
strictEqual(require.resolve('buffer'), 'buffer');
console.log('global Buffer and require(\'buffer\') ok');
throws(() => require('node:no-such-module'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });

// Buffer basics
strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
strictEqual(Buffer.from('héllo').toString('hex'), '68c3a96c6c6f');
strictEqual(Buffer.from('aGVsbG8=', 'base64').toString(), 'hello');
strictEqual(Buffer.from('hello').toString('base64'), 'aGVsbG8=');
strictEqual(Buffer.byteLength('héllo'), 6);
strictEqual(Buffer.concat([Buffer.from('ab'), Buffer.from('cd')]).toString(), 'abcd');
strictEqual(Buffer.compare(Buffer.from('a'), Buffer.from('b')), -1);
const w = Buffer.alloc(8);
w.writeDoubleLE(1.5);
strictEqual(w.readDoubleLE(0), 1.5);
w.writeInt32BE(-2, 4);
strictEqual(w.readInt32BE(4), -2);
deepStrictEqual(Array.from(Buffer.from([1, 2, 3]).reverse()), [3, 2, 1]);
strictEqual(Buffer.isBuffer(new Uint8Array(1)), false);
strictEqual(Buffer.isEncoding('utf8'), true);
console.log('Buffer methods ok:', Buffer.from('hi').toString('hex'), w.toString('hex'));

// JS-made Buffers and addon-made ones are the same kind of object
const mine = binding.create(3, 0x61);
const js = Buffer.from('abc');
strictEqual(mine.equals(js), true);
strictEqual(Buffer.compare(mine, js), 0);
strictEqual(Buffer.concat([mine, js]).toString(), 'abcabc');
strictEqual(binding.info(js).sum, 0x61 + 0x62 + 0x63);
binding.poke(js, 0, 0x7a);
strictEqual(js.toString(), 'zbc');
console.log('addon and JS buffers:', mine.toString(), js.toString(), Buffer.concat([mine, js]).toString('hex'));
