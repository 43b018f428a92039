'use strict';
// node_api_throw_syntax_error / node_api_create_syntax_error (Node-API 9).
const { strictEqual, deepStrictEqual, throws } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const SYNTAX = 3;
let e = throws(() => binding.throwError(SYNTAX, 'ERR_SYNTAX', 'bad syntax'));
console.log(`throw: instanceof SyntaxError=${e instanceof SyntaxError} name=${e.name} message=${JSON.stringify(e.message)} code=${JSON.stringify(e.code)}`);
strictEqual(binding.lastStatus(), 0);
strictEqual(e instanceof SyntaxError, true);
strictEqual(Object.getPrototypeOf(e), SyntaxError.prototype);
strictEqual(e.name, 'SyntaxError');
strictEqual(e.message, 'bad syntax');
strictEqual(e.code, 'ERR_SYNTAX');

e = throws(() => binding.throwError(SYNTAX, null, 'no code'), SyntaxError);
strictEqual('code' in e, false);
console.log(`throw without code: 'code' in e=${'code' in e}`);

const s = binding.throwError(SYNTAX, null, null);
console.log('throw NULL msg status =', s);
strictEqual(s, 1);

let r = binding.createError(SYNTAX, 'C', 'created');
console.log(`create: status=${r[0]} instanceof SyntaxError=${r[1] instanceof SyntaxError} message=${JSON.stringify(r[1].message)} code=${JSON.stringify(r[1].code)}`);
strictEqual(r[0], 0);
strictEqual(r[1] instanceof SyntaxError, true);
strictEqual(r[1].message, 'created');
strictEqual(r[1].code, 'C');
r = binding.createError(SYNTAX, undefined, 'no code');
strictEqual(r[0], 0);
strictEqual('code' in r[1], false);
r = binding.createError(SYNTAX, 1, 'x');
console.log('create with number code status =', r[0]);
strictEqual(r[0], 3);
r = binding.createError(SYNTAX, undefined, 1);
console.log('create with number msg status =', r[0]);
strictEqual(r[0], 3);
deepStrictEqual(binding.createError(SYNTAX, undefined, undefined), [1, undefined, false]);
