// vm: scripts in this context and in new contexts (their own globals and builtins; the sandbox object sees the
// globals the code defines), compileFunction, syntax and runtime errors with their names
const vm = require('vm');

console.log('runInThisContext:', vm.runInThisContext('1 + 2'), vm.runInThisContext('typeof require'));
globalThis.shared = 'on this global';
console.log('sees this global:', vm.runInThisContext('shared'));

const sandbox = { a: 1, b: 2, list: [1, 2, 3] };
console.log('runInNewContext:', vm.runInNewContext('a + b', sandbox));
const ctx = vm.createContext(sandbox);
console.log('isContext:', vm.isContext(ctx), vm.isContext({}), ctx === sandbox);
vm.runInContext('var declared = a * 10; assigned = "yes"; a = 100;', ctx);
console.log('globals reach the sandbox:', sandbox.declared, sandbox.assigned, sandbox.a);
console.log('state kept:', vm.runInContext('declared + a', ctx));
console.log('own builtins:', vm.runInContext('Array', ctx) === Array, vm.runInContext('list instanceof Array', ctx),
  vm.runInContext('[] instanceof Array', ctx), vm.runInContext('typeof Array.prototype.map', ctx));
console.log('no require:', vm.runInNewContext('typeof require'), vm.runInNewContext('typeof process'));
console.log('this is the global:', vm.runInNewContext('this === globalThis'));
const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1');
const c2 = vm.createContext({});
script.runInContext(c2);
script.runInContext(c2);
console.log('script reused:', c2.count);
console.log('function from context:', typeof vm.runInNewContext('(function (x) { return x * 2; })')(21));

const fn = vm.compileFunction('return a + b + c', ['a', 'b'], { contextExtensions: [{ c: 100 }] });
console.log('compileFunction:', fn(1, 2), fn.length);

try {
  new vm.Script('let x = ;', { filename: 'bad.js' });
} catch (e) {
  console.log('syntax error:', e.name);
}
try {
  vm.runInNewContext('throw new TypeError("inside")');
} catch (e) {
  console.log('thrown in context:', e.name, e.message, e instanceof TypeError);
}
try {
  vm.runInNewContext('undefinedVariable');
} catch (e) {
  console.log('reference error:', e.name, e.message);
}
