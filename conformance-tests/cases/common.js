'use strict';
// Minimal assertion helpers for Node-API conformance tests.
// Must not depend on any Node core module.

function show(v) {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'bigint') return String(v) + 'n';
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') return '[Function ' + (v.name || '(anonymous)') + ']';
  if (v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return '[' + v.map(show).join(', ') + ']';
  if (v instanceof Error) return (v.name || 'Error') + ': ' + v.message;
  if (typeof v === 'object') {
    try {
      return '{' + Object.keys(v).map((k) => k + ': ' + show(v[k])).join(', ') + '}';
    } catch (e) {
      return '[object]';
    }
  }
  return String(v);
}

function fail(msg, detail) {
  const err = new Error((msg ? msg + ': ' : '') + detail);
  err.name = 'AssertionError';
  throw err;
}

function strictEqual(actual, expected, msg) {
  if (!Object.is(actual, expected)) {
    fail(msg, 'expected ' + show(expected) + ' but got ' + show(actual));
  }
}

function notStrictEqual(actual, expected, msg) {
  if (Object.is(actual, expected)) {
    fail(msg, 'expected value different from ' + show(expected));
  }
}

function isPlain(v) {
  if (v === null || typeof v !== 'object') return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

function deepEq(a, b) {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEq(a[i], b[i])) return false;
    return true;
  }
  if (isPlain(a) && isPlain(b)) {
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    for (const k of ka) {
      if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
      if (!deepEq(a[k], b[k])) return false;
    }
    return true;
  }
  return false;
}

function deepStrictEqual(actual, expected, msg) {
  if (!deepEq(actual, expected)) {
    fail(msg, 'expected ' + show(expected) + ' but got ' + show(actual));
  }
}

function ok(value, msg) {
  if (!value) fail(msg, 'expected truthy value but got ' + show(value));
}

function checkExpected(err, expected, msg) {
  if (expected === undefined) return;
  if (typeof expected === 'function') {
    if (!(err instanceof expected)) {
      fail(msg, 'thrown value ' + show(err) + ' is not an instance of ' + (expected.name || 'expected constructor'));
    }
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    if (err === null || (typeof err !== 'object' && typeof err !== 'function')) {
      fail(msg, 'thrown value ' + show(err) + ' is not an object');
    }
    for (const k of Object.keys(expected)) {
      const e = expected[k];
      const a = err[k];
      if (e instanceof RegExp) {
        if (typeof a !== 'string' || !e.test(a)) {
          fail(msg, 'thrown value property ' + k + ' = ' + show(a) + ' does not match ' + String(e));
        }
      } else if (!deepEq(a, e)) {
        fail(msg, 'thrown value property ' + k + ': expected ' + show(e) + ' but got ' + show(a));
      }
    }
    return;
  }
  // primitive: compare thrown value directly
  if (!Object.is(err, expected)) {
    fail(msg, 'expected thrown value ' + show(expected) + ' but got ' + show(err));
  }
}

// throws(fn, expected?, msg?) -> returns the thrown value
function throws(fn, expected, msg) {
  let threw = false;
  let err;
  try {
    fn();
  } catch (e) {
    threw = true;
    err = e;
  }
  if (!threw) fail(msg, 'expected function to throw');
  checkExpected(err, expected, msg);
  return err;
}

// Like throws() but compares the thrown value itself with Object.is (for
// primitives thrown via napi_throw).
function throwsValue(fn, expectedValue, msg) {
  let threw = false;
  let err;
  try {
    fn();
  } catch (e) {
    threw = true;
    err = e;
  }
  if (!threw) fail(msg, 'expected function to throw');
  if (!Object.is(err, expectedValue)) {
    fail(msg, 'expected thrown value ' + show(expectedValue) + ' but got ' + show(err));
  }
  return err;
}

function notThrows(fn, msg) {
  try {
    return fn();
  } catch (e) {
    fail(msg, 'expected no exception but got ' + show(e));
  }
}

function loadAddon() {
  const p = process.env.NAPI_ADDON;
  if (!p) throw new Error('NAPI_ADDON environment variable is not set');
  return require(p);
}

module.exports = {
  show,
  strictEqual,
  notStrictEqual,
  deepStrictEqual,
  ok,
  throws,
  throwsValue,
  notThrows,
  loadAddon,
};
