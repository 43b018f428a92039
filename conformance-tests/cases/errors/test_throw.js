'use strict';
// napi_throw and napi_throw_error / napi_throw_type_error /
// napi_throw_range_error, with and without code.
const { strictEqual, deepStrictEqual, throws, throwsValue } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

// napi_throw with arbitrary values: the value itself is thrown.
const obj = { custom: true };
const err = new Error('pre-made');
for (const v of [42, 'a string', undefined, null, true, 0n, obj, err, -0]) {
  const got = throwsValue(() => binding.throwValue(v), v);
  strictEqual(binding.lastStatus(), 0);
  strictEqual(got, v);
}
console.log('napi_throw values ok');
const sym = Symbol('thrown');
throwsValue(() => binding.throwValue(sym), sym);

// napi_throw with NULL -> napi_invalid_arg, nothing thrown.
const st = binding.throwNull();
console.log('napi_throw(NULL) =', st);
strictEqual(st, 1);

const kinds = [['Error', Error], ['TypeError', TypeError], ['RangeError', RangeError]];
kinds.forEach(([name, Ctor], kind) => {
  // with code
  let e = throws(() => binding.throwError(kind, 'ERR_CODE', 'message text'));
  console.log(`${name} with code: instanceof ${name}=${e instanceof Ctor} instanceof Error=${e instanceof Error} name=${e.name} message=${JSON.stringify(e.message)} code=${JSON.stringify(e.code)} hasOwn(code)=${Object.prototype.hasOwnProperty.call(e, 'code')}`);
  strictEqual(binding.lastStatus(), 0);
  strictEqual(e instanceof Ctor, true);
  strictEqual(e instanceof Error, true);
  strictEqual(Object.getPrototypeOf(e), Ctor.prototype);
  strictEqual(e.name, name);
  strictEqual(e.message, 'message text');
  strictEqual(e.code, 'ERR_CODE');
  const cd = Object.getOwnPropertyDescriptor(e, 'code');
  deepStrictEqual(cd, { value: 'ERR_CODE', writable: true, enumerable: true, configurable: true });
  const md = Object.getOwnPropertyDescriptor(e, 'message');
  deepStrictEqual(md, { value: 'message text', writable: true, enumerable: false, configurable: true });
  strictEqual(typeof e.stack, 'string');

  // without code (NULL): no code property at all
  e = throws(() => binding.throwError(kind, null, 'no code'));
  console.log(`${name} without code: message=${JSON.stringify(e.message)} 'code' in e=${'code' in e}`);
  strictEqual(e instanceof Ctor, true);
  strictEqual(e.message, 'no code');
  strictEqual('code' in e, false);
  deepStrictEqual(Object.keys(e), []);

  // empty code and message strings
  e = throws(() => binding.throwError(kind, '', ''));
  console.log(`${name} empty code/message: message=${JSON.stringify(e.message)} code=${JSON.stringify(e.code)}`);
  strictEqual(e.message, '');
  strictEqual(e.code, '');

  // non-ASCII message
  e = throws(() => binding.throwError(kind, 'É', 'msg é中😀'));
  console.log(`${name} utf8: message=${JSON.stringify(e.message)} code=${JSON.stringify(e.code)}`);
  strictEqual(e.message, 'msg é中😀');
  strictEqual(e.code, 'É');

  // NULL message -> napi_invalid_arg, nothing thrown
  const s = binding.throwError(kind, 'CODE', null);
  console.log(`${name} NULL msg status =`, s);
  strictEqual(s, 1);
});

// Throwing and returning a value: the exception wins.
const e2 = throws(() => binding.throwAndReturnValue(), { message: 'thrown but returned a value' });
console.log('throw + return value:', e2.message);
