'use strict';
// Escapable handle scopes and napi_escape_handle.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const o = binding.escapeObject();
console.log('escaped object:', JSON.stringify(o));
deepStrictEqual(o, { escaped: true, nested: { value: 42 }, later: 'after close' });

const arg = { id: 1 };
strictEqual(binding.escapeArg(arg), arg);
for (const v of [undefined, null, true, 0, -0, 1.5, 'str', Symbol.iterator, 10n]) {
  strictEqual(binding.escapeArg(v), v, 'escapeArg ' + String(v));
}
console.log('escapeArg identity ok');

const arr = binding.escapeInLoop(20000);
console.log('escapeInLoop length =', arr.length, 'first =', arr[0], 'last =', arr[arr.length - 1]);
strictEqual(arr.length, 20000);
strictEqual(arr[0], 'item0');
strictEqual(arr[12345], 'item12345');
strictEqual(arr[19999], 'item19999');

// Escaping twice from the same scope: napi_escape_called_twice (12).
const twice = binding.escapeTwice();
console.log('escapeTwice [first, second, other, close] =', twice.join(','));
deepStrictEqual(twice, [0, 12, 12, 0]);

const le = binding.escapeTwiceLastError();
console.log('escapeTwice last error:', le.code, JSON.stringify(le.message));
strictEqual(le.code, 12);
strictEqual(le.message, 'napi_escape_handle already called on scope');

// NULL arguments.
const bad = binding.badArgs();
console.log('badArgs =', bad.join(','));
deepStrictEqual(bad, [1, 1, 1, 1, 1, 1, 1, 0]);
