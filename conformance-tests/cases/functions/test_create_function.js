'use strict';
// napi_create_function: name, length, data pointer, misuse statuses.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

function describe(label, f) {
  console.log(`${label}: typeof=${typeof f} name=${JSON.stringify(f.name)} length=${f.length}`);
}

const auto = binding.createFunction('abcdef', -1);
describe('auto length', auto);
strictEqual(typeof auto, 'function');
strictEqual(auto.name, 'abcdef');
strictEqual(auto.length, 0);
strictEqual(auto instanceof Function, true);
strictEqual(auto(), undefined);

const explicit = binding.createFunction('abcdef', 6);
describe('explicit length 6', explicit);
strictEqual(explicit.name, 'abcdef');

const truncated = binding.createFunction('abcdef', 3);
describe('explicit length 3', truncated);
strictEqual(truncated.name, 'abc');

const empty = binding.createFunction('abcdef', 0);
describe('explicit length 0', empty);
strictEqual(empty.name, '');

const nullName = binding.createFunction(null, 0);
describe('NULL name', nullName);
strictEqual(nullName.name, '');

const utf8 = binding.createFunction('héllo中😀', -1);
describe('utf8 name', utf8);
strictEqual(utf8.name, 'héllo中😀');

// name/length descriptors are like those of ordinary functions
const nd = Object.getOwnPropertyDescriptor(auto, 'name');
const ld = Object.getOwnPropertyDescriptor(auto, 'length');
console.log('name descriptor:', JSON.stringify(nd));
console.log('length descriptor:', JSON.stringify(ld));
deepStrictEqual(nd, { value: 'abcdef', writable: false, enumerable: false, configurable: true });
deepStrictEqual(ld, { value: 0, writable: false, enumerable: false, configurable: true });

// Functions created by napi_create_function are constructible and have a
// prototype object.
console.log('typeof prototype:', typeof auto.prototype);
strictEqual(typeof auto.prototype, 'object');
const inst = new auto();
console.log('new f() instanceof f:', inst instanceof auto);
strictEqual(inst instanceof auto, true);

// Each call creates a distinct function object.
strictEqual(binding.createFunction('x', -1) === binding.createFunction('x', -1), false);

// Data pointer passed through to napi_get_cb_info.
const d0 = binding.createWithData(0);
const d1 = binding.createWithData(1);
const d2 = binding.createWithData(2);
const dn = binding.createWithData(-1);
console.log('data values:', d0(), d1(), d2(), dn());
strictEqual(d0(), 11);
strictEqual(d1(), 22);
strictEqual(d2(), 33);
strictEqual(dn(), null);
strictEqual(d0.name, 'withData');

// Misuse: [NULL result, NULL cb, NULL name ok]
const bad = binding.createBadArgs();
console.log('createBadArgs [NULL result, NULL cb, NULL name] =', bad.join(','));
deepStrictEqual(bad, [1, 1, 0]);
