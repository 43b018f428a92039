'use strict';
// napi_create_symbol and node_api_symbol_for (Symbol.for semantics, explicit length, NAPI_AUTO_LENGTH, NULLs).
const { show, strictEqual, notStrictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);
const fmt = (r) => Object.keys(r).map((k) => k + '=' + show(r[k])).join(' ');

let r = b.createSymbol('desc', false);
console.log('create_symbol("desc")', fmt(r), typeof r.value, r.value.description);
notStrictEqual(r.value, b.createSymbol('desc', false).value);
strictEqual(Symbol.keyFor(r.value), undefined);
r = b.createSymbol(null, false);
console.log('create_symbol(NULL)', fmt(r), String(r.value.description));
r = b.createSymbol('', false);
console.log('create_symbol("")', fmt(r), JSON.stringify(r.value.description));
for (const d of [1, {}, Symbol('s'), true]) console.log('create_symbol of', typeof d, fmt(b.createSymbol(d, false)));
console.log('create_symbol NULL result', fmt(b.createSymbol('x', true)));

r = b.symbolFor('registered', -1, false);
console.log('symbol_for("registered")', fmt(r));
strictEqual(r.value, Symbol.for('registered'));
strictEqual(Symbol.keyFor(r.value), 'registered');
strictEqual(b.symbolFor('registered', -1, false).value, r.value);
r = b.symbolFor('registered-and-more', 10, false);
console.log('symbol_for(length 10)', fmt(r), r.value === Symbol.for('registered'));
r = b.symbolFor('', -1, false);
console.log('symbol_for("")', fmt(r), r.value === Symbol.for(''));
r = b.symbolFor(null, 0, false);
console.log('symbol_for(NULL, 0)', fmt(r), r.value === Symbol.for(''));
console.log('symbol_for(NULL, AUTO)', fmt(b.symbolFor(null, -1, false)));
console.log('symbol_for(NULL, 3)', fmt(b.symbolFor(null, 3, false)));
console.log('symbol_for NULL result', fmt(b.symbolFor('x', -1, true)));
console.log('symbol_for length INT_MAX+1', fmt(b.symbolFor('x', 2147483648, false)));
r = b.symbolFor('h\u00e9\u{1F600}', -1, false);
console.log('symbol_for(non-ASCII)', fmt(r), r.value === Symbol.for('h\u00e9\u{1F600}'));
