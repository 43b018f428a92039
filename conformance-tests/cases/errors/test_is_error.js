'use strict';
// napi_is_error
const { deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

class MyError extends Error {}
const cases = [
  ['new Error()', new Error('x'), true],
  ['new TypeError()', new TypeError('x'), true],
  ['new RangeError()', new RangeError('x'), true],
  ['new SyntaxError()', new SyntaxError('x'), true],
  ['new EvalError()', new EvalError('x'), true],
  ['new URIError()', new URIError('x'), true],
  ['new ReferenceError()', new ReferenceError('x'), true],
  ['subclass instance', new MyError('x'), true],
  ['napi_create_error result', binding.createError(0, undefined, 'm')[1], true],
  ['plain object', {}, false],
  ['error-like object', { name: 'Error', message: 'x', stack: '' }, false],
  ['Object.create(Error.prototype)', Object.create(Error.prototype), false],
  ['string', 'Error', false],
  ['number', 1, false],
  ['undefined', undefined, false],
  ['null', null, false],
  ['Error constructor', Error, false],
];
for (const [label, v, expected] of cases) {
  const r = binding.isError(v);
  console.log(`is_error(${label}) = status ${r[0]} ${r[1]}`);
  deepStrictEqual(r, [0, expected], label);
}
const bad = binding.isErrorBadArgs();
console.log('is_error bad args [NULL value, NULL result] =', bad.join(','));
deepStrictEqual(bad, [1, 1]);
