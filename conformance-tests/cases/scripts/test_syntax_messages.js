'use strict';
// napi_run_script of a script that does not parse: napi_generic_failure with a pending SyntaxError whose message is
// V8's (what node shows), for the common kinds of syntax error. A SyntaxError the script itself throws is untouched.
const { strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

const cases = [
  ['let x = 1; x =;', "Unexpected token ';'"],
  ['= 1', "Unexpected token '='"],
  ['return 1', 'Illegal return statement'],
  ['let x; let x;', "Identifier 'x' has already been declared"],
  ['var 1a', 'Invalid or unexpected token'],
  ['"unterminated', 'Invalid or unexpected token'],
  ['`unterminated', 'Unexpected end of input'],
  ['(', 'Unexpected end of input'],
  ['1 +', 'Unexpected end of input'],
  ['a b', "Unexpected identifier 'b'"],
  ['}', "Unexpected token '}'"],
  [')', "Unexpected token ')'"],
  ['var a = 1 2', 'Unexpected number'],
  ['var a = "s" "t"', 'Unexpected string'],
  ['if (1) else 2', "Unexpected token 'else'"],
  ['var = 3', "Unexpected token '='"],
  ['class { }', "Unexpected token '{'"],
  ['function () {}', 'Function statements require a function name'],
  ['new.target', 'new.target expression is not allowed here'],
  ['await 1', 'await is only valid in async functions and the top level bodies of modules'],
  ['const c;', 'Missing initializer in const declaration'],
  ['let [a] ;', 'Missing initializer in destructuring declaration'],
  ['continue', 'Illegal continue statement: no surrounding iteration statement'],
  ['break', 'Illegal break statement'],
  ['try {}', 'Missing catch or finally after try'],
  ['1 = 2', 'Invalid left-hand side in assignment'],
  ["'use strict'; with (a) {}", 'Strict mode code may not include a with statement'],
  ['import x from "y"', 'Cannot use import statement outside a module'],
  ['x = 1;\n\nlet y = 2; let y = 3;', "Identifier 'y' has already been declared"],
];
for (const [src, want] of cases) {
  const r = b.runScript(src, 0);
  const got = r.exception instanceof SyntaxError ? r.exception.message : 'no SyntaxError';
  console.log(JSON.stringify(src) + ': ' + r.status + ' ' + got);
  strictEqual(r.status, 9);
  strictEqual(got, want);
  strictEqual(String(r.exception.stack).split('\n')[0], 'SyntaxError: ' + want);
}
// thrown at run time, not a parse error: as thrown
const r = b.runScript('throw new SyntaxError("mine")', 0);
console.log('thrown by the script:', r.status, r.exception.message);
strictEqual(r.exception.message, 'mine');
