// Node's util.inspect and console formatting, as node prints them.
const util = require('util');
console.log([1, 2], { a: 1, b: 'x' }, new Map([[1, { b: 2 }]]), new Set([1]), null, undefined, 1n, Symbol('s'));
console.log(util.format('%s=%d %j %o', 'x', 42, { j: 1 }, [1]), util.inspect('str'), util.inspect(new Error('e').message));
console.log(util.inspect(new Proxy({ t: 1 }, {}), { showProxy: true }), Promise.resolve(3), Promise.reject(4).catch(() => {}) && 'caught');
console.log(util.inspect({ deep: { er: { than: { two: 1 } } } }), util.inspect(new Map([[1, 2]]).entries()), [new Date(0)]);
console.log(util.types.isPromise(Promise.resolve()), util.types.isProxy(new Proxy({}, {})), util.types.isMapIterator(new Map().keys()));
console.log(util.isDeepStrictEqual({ a: [1] }, { a: [1] }), Buffer.from('abc'), new Uint8Array(3), class A {}, function f() {});
