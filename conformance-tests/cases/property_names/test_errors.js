'use strict';
// napi_get_all_property_names errors: throwing traps leave the exception
// pending (napi_pending_exception); traps that are not needed do not run;
// undefined/null, invalid modes and conversions, NULL arguments.
const { strictEqual, deepStrictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const INCLUDE_PROTOTYPES = 0, OWN_ONLY = 1, KEEP_NUMBERS = 0;
const ENUMERABLE = 2;

function rec(label, r) {
  let s = 'status=' + r.status;
  if ('exc' in r) s += ' exc=' + (r.exc instanceof Error ? r.exc.constructor.name + '(' + r.exc.message + ')' : String(r.exc));
  if ('value' in r) s += ' value=' + JSON.stringify(r.value);
  console.log(label + ':', s);
  return r;
}

let r = rec('ownKeys throws', b.names(new Proxy({}, { ownKeys() { throw new Error('ownKeys'); } })));
strictEqual(r.status, 10);
strictEqual(r.exc.message, 'ownKeys');
const gopdThrows = new Proxy({ a: 1 }, { getOwnPropertyDescriptor() { throw new Error('gopd'); } });
r = rec('gopd throws, no filter', b.allNames(gopdThrows, OWN_ONLY, 0, KEEP_NUMBERS));
strictEqual(r.status, 0);
deepStrictEqual(r.value, ['a']);
r = rec('gopd throws, enumerable filter', b.allNames(gopdThrows, OWN_ONLY, ENUMERABLE, KEEP_NUMBERS));
strictEqual(r.status, 10);
strictEqual(r.exc.message, 'gopd');
const gpoThrows = new Proxy({ a: 1 }, { getPrototypeOf() { throw new Error('gpo'); } });
r = rec('getPrototypeOf throws, own only', b.allNames(gpoThrows, OWN_ONLY, ENUMERABLE, KEEP_NUMBERS));
strictEqual(r.status, 0);
r = rec('getPrototypeOf throws, with prototypes', b.allNames(gpoThrows, INCLUDE_PROTOTYPES, ENUMERABLE, KEEP_NUMBERS));
strictEqual(r.status, 10);
strictEqual(r.exc.message, 'gpo');
// a proxy further down the chain
r = rec('throwing proxy as prototype', b.names(Object.create(new Proxy({}, { ownKeys() { throw 'str'; } }))));
strictEqual(r.status, 10);
strictEqual(r.exc, 'str');

for (const v of [undefined, null]) {
  r = rec(`names of ${v}`, b.names(v));
  strictEqual(r.status, 2);
  strictEqual(r.exc instanceof TypeError, true);
  r = rec(`all names of ${v}`, b.allNames(v, OWN_ONLY, 0, KEEP_NUMBERS));
  strictEqual(r.status, 2);
}
// invalid enum values: napi_invalid_arg, nothing pending; the object is converted first
r = rec('key mode 2', b.allNames({}, 2, 0, KEEP_NUMBERS));
deepStrictEqual([r.status, 'exc' in r], [1, false]);
r = rec('key mode -1', b.allNames({}, -1, 0, KEEP_NUMBERS));
strictEqual(r.status, 1);
r = rec('conversion 2', b.allNames({}, OWN_ONLY, 0, 2));
deepStrictEqual([r.status, 'exc' in r], [1, false]);
r = rec('undefined with bad mode', b.allNames(undefined, 7, 0, KEEP_NUMBERS));
strictEqual(r.status, 2);

// [names NULL obj, names NULL result, all NULL obj, all NULL result, pending: names, all, first exception kept]
const bad = b.badArgs();
console.log('bad args:', bad.join(','));
deepStrictEqual(bad, [1, 1, 1, 1, 10, 10, 1]);
