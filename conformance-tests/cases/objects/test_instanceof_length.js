'use strict';
// napi_instanceof and napi_get_array_length where V8 and Node decide: a Symbol.hasInstance that throws gives
// napi_generic_failure (Node's CHECK_MAYBE_NOTHING) with its exception pending; a constructor that is not a function
// is napi_function_expected with Node's TypeError; a Proxy of an array is not an array (napi_array_expected).
const { strictEqual, deepStrictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const Thrower = function Thrower() {};
Object.defineProperty(Thrower, Symbol.hasInstance, { value: () => { throw new Error('boom'); } });
let r = b.instanceOf({}, Thrower);
console.log('throwing Symbol.hasInstance:', r.status, r.exc && r.exc.message);
strictEqual(r.status, 9);
strictEqual(r.exc.message, 'boom');

const Yes = function Yes() {};
Object.defineProperty(Yes, Symbol.hasInstance, { value: () => 1 });
r = b.instanceOf({}, Yes);
console.log('Symbol.hasInstance returning 1:', r.status, r.value);
deepStrictEqual([r.status, r.value], [0, true]);

r = b.instanceOf({}, { [Symbol.hasInstance]: () => true });
console.log('not a function:', r.status, r.exc.name, r.exc.message, r.exc.code);
strictEqual(r.status, 5);
strictEqual(r.exc.message, 'Constructor must be a function');
strictEqual(r.exc.code, 'ERR_NAPI_CONS_FUNCTION');

r = b.instanceOf([], new Proxy(Array, {}));
console.log('proxy of a constructor:', r.status, r.value);
deepStrictEqual([r.status, r.value], [0, true]);

for (const [what, v, want] of [
  ['array', [1, 2, 3], [0, 3]],
  ['Proxy of an array', new Proxy([1, 2], {}), [8]],
  ['typed array', new Uint8Array(2), [8]],
  ['arguments', (function() { return arguments; })(1, 2), [8]],
  ['array-like', { length: 2 }, [8]],
  ['array subclass', new (class extends Array {})(4), [0, 4]],
]) {
  r = b.arrayLength(v);
  const got = r.value === undefined ? [r.status] : [r.status, r.value];
  console.log('napi_get_array_length of ' + what + ':', got.join(','));
  deepStrictEqual(got, want);
}
