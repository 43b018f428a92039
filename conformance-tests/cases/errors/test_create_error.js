'use strict';
// napi_create_error / napi_create_type_error / napi_create_range_error.
const { strictEqual, deepStrictEqual } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const kinds = [['Error', Error], ['TypeError', TypeError], ['RangeError', RangeError]];
kinds.forEach(([name, Ctor], kind) => {
  let [st, e, pending] = binding.createError(kind, 'MY_CODE', 'created message');
  console.log(`${name}: status=${st} pending=${pending} instanceof=${e instanceof Ctor} name=${e.name} message=${JSON.stringify(e.message)} code=${JSON.stringify(e.code)}`);
  strictEqual(st, 0);
  strictEqual(pending, false);  // creating does not throw
  strictEqual(e instanceof Ctor, true);
  strictEqual(e instanceof Error, true);
  strictEqual(Object.getPrototypeOf(e), Ctor.prototype);
  strictEqual(e.message, 'created message');
  strictEqual(e.code, 'MY_CODE');
  deepStrictEqual(Object.getOwnPropertyDescriptor(e, 'code'),
                  { value: 'MY_CODE', writable: true, enumerable: true, configurable: true });
  strictEqual(typeof e.stack, 'string');

  // NULL code -> no code property
  [st, e] = binding.createError(kind, undefined, 'no code');
  strictEqual(st, 0);
  strictEqual('code' in e, false);
  strictEqual(e.message, 'no code');

  // code must be a string value
  const codeStatuses = [5, null, true, {}, Symbol('c'), new String('boxed')].map((c) => binding.createError(kind, c, 'm'));
  console.log(`${name} non-string code statuses:`, codeStatuses.map((r) => r[0]).join(','), 'pending:', codeStatuses.map((r) => r[2]).join(','));
  for (const r of codeStatuses) deepStrictEqual(r, [3, undefined, false]);

  // msg must be a string value
  const msgStatuses = [5, null, {}, new String('boxed'), Symbol('m')].map((m) => binding.createError(kind, undefined, m));
  console.log(`${name} non-string msg statuses:`, msgStatuses.map((r) => r[0]).join(','));
  for (const r of msgStatuses) deepStrictEqual(r, [3, undefined, false]);

  // NULL msg -> invalid arg
  const nullMsg = binding.createError(kind, 'C', undefined);
  console.log(`${name} NULL msg status:`, nullMsg[0]);
  deepStrictEqual(nullMsg, [1, undefined, false]);

  // empty strings are fine
  [st, e] = binding.createError(kind, '', '');
  strictEqual(st, 0);
  strictEqual(e.message, '');
  strictEqual(e.code, '');
});

// Created errors can be thrown later with napi_throw.
const [, created] = binding.createError(1, 'LATER', 'thrown later');
try {
  binding.throwValue(created);
  throw new Error('did not throw');
} catch (e) {
  strictEqual(e, created);
  console.log('created then thrown:', e.name, e.code, e.message);
}

// NULL result
const nr = binding.createErrorNullResult();
console.log('NULL result statuses [error, type, range, syntax] =', nr.join(','));
deepStrictEqual(nr, [1, 1, 1, 1]);
