// node20: skip
'use strict';
// User code that throws inside property operations (getters, setters, proxy
// traps, key conversion): Node 25 returns napi_pending_exception (10) with the
// exception pending for the addon (Node 20 returned napi_generic_failure).
const { strictEqual } = require('../common.js');
const b = require(process.env.NAPI_ADDON);

function fmt(r) {
  let s = 'status=' + r.status;
  if ('exc' in r) s += ' exc=' + (r.exc instanceof Error ? r.exc.constructor.name + '(' + r.exc.message + ')' : String(r.exc));
  return s;
}
function pending(label, r, message) {
  console.log(label + ':', fmt(r));
  strictEqual(r.status, 10, label + ' status');
  strictEqual(r.exc instanceof Error, true, label + ' exception');
  if (message !== undefined) strictEqual(r.exc.message, message, label + ' message');
}

const thrower = new Proxy({}, {
  get() { throw new Error('get'); },
  set() { throw new Error('set'); },
  has() { throw new Error('has'); },
  deleteProperty() { throw new Error('del'); },
  getOwnPropertyDescriptor() { throw new Error('gopd'); },
  preventExtensions() { throw new Error('pe'); },
  defineProperty() { throw new Error('dp'); },
});
pending('proxy get', b.getProp(thrower, 'x'), 'get');
pending('proxy set', b.setProp(thrower, 'x', 1), 'set');
pending('proxy has', b.hasProp(thrower, 'x'), 'has');
pending('proxy hasOwn', b.hasOwn(thrower, 'x'), 'gopd');
pending('proxy delete', b.delProp(thrower, 'x'), 'del');
pending('proxy get element', b.getEl(thrower, 0), 'get');
pending('proxy set element', b.setEl(thrower, 0, 1), 'set');
pending('proxy has element', b.hasEl(thrower, 0), 'has');
pending('proxy delete element', b.delEl(thrower, 0), 'del');
pending('proxy freeze', b.freeze(thrower), 'pe');
pending('proxy seal', b.seal(thrower), 'pe');
pending('proxy define value', b.defineOn(thrower, 'x', 0, 7, 1), 'dp');
pending('proxy define method', b.defineOn(thrower, 'x', 1, 7, 1), 'dp');
pending('proxy define accessor', b.defineOn(thrower, 'x', 3, 7, 1), 'dp');

// getters and setters
pending('getter throws', b.getProp({ get x() { throw new Error('g'); } }, 'x'), 'g');
pending('setter throws', b.setProp({ set x(v) { throw new Error('s'); } }, 'x', 1), 's');
pending('element getter throws', b.getEl(Object.defineProperty([], 0, { get() { throw new Error('e'); } }), 0), 'e');

// key conversion (ToPropertyKey) runs user code
const badKey = { toString() { throw new Error('key'); } };
pending('get with throwing key', b.getProp({}, badKey), 'key');
pending('set with throwing key', b.setProp({}, badKey, 1), 'key');
pending('has with throwing key', b.hasProp({}, badKey), 'key');
pending('delete with throwing key', b.delProp({}, badKey), 'key');

// a thrown primitive stays a primitive
const r = b.getProp({ get x() { throw 42; } }, 'x');
console.log('throw 42:', fmt(r));
strictEqual(r.status, 10);
strictEqual(r.exc, 42);

// a proxy whose preventExtensions returns false: freezing throws a TypeError
const refusing = new Proxy({}, { preventExtensions() { return false; } });
const fr = b.freeze(refusing);
console.log('freeze refused:', fr.status, fr.exc instanceof TypeError);
strictEqual(fr.status, 10);
strictEqual(fr.exc instanceof TypeError, true);
strictEqual(b.seal(refusing).exc instanceof TypeError, true);

// after all this nothing is left pending: a plain call works
strictEqual(b.getProp({ a: 1 }, 'a').value, 1);
