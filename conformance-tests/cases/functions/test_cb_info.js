'use strict';
// napi_get_cb_info: argc handling, missing args, this_arg, data.
const { strictEqual, deepStrictEqual, show } = require('../common.js');
const binding = require(process.env.NAPI_ADDON);

const caps = [0, 1, 2, 3, 5, 8];
const callArgs = [[], [1], [1, 'two'], [1, 'two', { three: 3 }, null, undefined],
  [1, 'two', { three: 3 }, null, undefined, 6n, 7.5, [8], 'nine']];
for (let ci = 0; ci < caps.length; ci++) {
  const probe = binding.makeArgsProbe(ci);
  for (const a of callArgs) {
    const r = probe(...a);
    console.log(`capacity=${caps[ci]} passed=${a.length}: actual=${r.actual} argc=${r.argc} args=${show(r.args)}`);
    strictEqual(r.actual, a.length, 'actual count');
    // argc always reports the actual number of arguments
    strictEqual(r.argc, a.length, 'argc out');
    strictEqual(r.args.length, caps[ci]);
    for (let i = 0; i < caps[ci]; i++) {
      // extra slots are filled with undefined
      strictEqual(r.args[i], i < a.length ? a[i] : undefined, `slot ${i}`);
    }
  }
}

// many arguments (through apply): count and order kept
const many = Array.from({ length: 300 }, (_, i) => i * 2);
const rm = binding.makeArgsProbe(5).apply(null, many);
strictEqual(rm.actual, 300, 'actual count of 300');
strictEqual(rm.argc, 300, 'argc of 300');
deepStrictEqual(rm.args, many.slice(0, 8));

// this_arg
const probe = binding.makeArgsProbe(1);
const obj = { probe };
strictEqual(obj.probe(1).self, obj);
const other = { name: 'other' };
strictEqual(probe.call(other, 1).self, other);
strictEqual(probe.apply(other, [1, 2]).self, other);
strictEqual(binding.getThis.call(obj), obj);
const bound = binding.getThis.bind(other);
strictEqual(bound(), other);
console.log('method this ok');

// Called as a plain function (sloppy-mode receiver semantics): undefined and
// null receivers become the global object, primitives are boxed.
const getThis = binding.getThis;
strictEqual(getThis(), globalThis);
strictEqual(getThis.call(undefined), globalThis);
strictEqual(getThis.call(null), globalThis);
const boxed = getThis.call(5);
console.log('this for call(5): typeof', typeof boxed, 'valueOf', boxed.valueOf());
strictEqual(typeof boxed, 'object');
strictEqual(boxed instanceof Number, true);
strictEqual(boxed.valueOf(), 5);
const boxedStr = getThis.call('s');
strictEqual(typeof boxedStr, 'object');
strictEqual(boxedStr instanceof String, true);

// new: this is the new instance
const Ctor = binding.getThis;
const inst = new Ctor();
strictEqual(inst instanceof Ctor, true);
console.log('new this instanceof ctor:', inst instanceof Ctor);

// Misuse: [argv without argc, all NULL ok, NULL cbinfo]
const bad = binding.cbInfoBadArgs(1, 2);
console.log('cbInfoBadArgs =', bad.join(','));
deepStrictEqual(bad, [1, 0, 1]);
