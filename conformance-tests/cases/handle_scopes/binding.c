// Conformance tests: napi_open_handle_scope / napi_close_handle_scope,
// napi_open_escapable_handle_scope / napi_close_escapable_handle_scope,
// napi_escape_handle.
#include <node_api.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

// manyScopes(iterations, perScope): in each iteration opens a handle scope,
// creates `perScope` objects (each with a property holding a string), reads
// the property back, then closes the scope. Returns the number of objects
// created and verified.
static napi_value ManyScopes(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  int32_t iterations, per_scope;
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &iterations));
  NAPI_CALL(env, napi_get_value_int32(env, args[1], &per_scope));
  // A value created in the outer scope must survive all inner scopes.
  napi_value outer;
  NAPI_CALL(env, napi_create_object(env, &outer));
  napi_value marker;
  NAPI_CALL(env, napi_create_string_utf8(env, "outer", NAPI_AUTO_LENGTH, &marker));
  NAPI_CALL(env, napi_set_named_property(env, outer, "marker", marker));
  int32_t verified = 0;
  for (int32_t i = 0; i < iterations; i++) {
    napi_handle_scope scope;
    NAPI_CALL(env, napi_open_handle_scope(env, &scope));
    for (int32_t j = 0; j < per_scope; j++) {
      napi_value obj, num, back;
      NAPI_CALL(env, napi_create_object(env, &obj));
      NAPI_CALL(env, napi_create_int32(env, i * per_scope + j, &num));
      NAPI_CALL(env, napi_set_named_property(env, obj, "n", num));
      NAPI_CALL(env, napi_get_named_property(env, obj, "n", &back));
      int32_t n;
      NAPI_CALL(env, napi_get_value_int32(env, back, &n));
      if (n == i * per_scope + j) verified++;
    }
    NAPI_CALL(env, napi_close_handle_scope(env, scope));
  }
  napi_value result, v;
  NAPI_CALL(env, napi_create_object(env, &result));
  NAPI_CALL(env, napi_create_int32(env, verified, &v));
  NAPI_CALL(env, napi_set_named_property(env, result, "verified", v));
  NAPI_CALL(env, napi_set_named_property(env, result, "outer", outer));
  return result;
}

// nestedScopes(depth): opens `depth` nested scopes creating a value in each,
// then closes them in reverse order. Returns the depth reached.
static napi_value NestedScopes(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int32_t depth;
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &depth));
  napi_handle_scope scopes[1000];
  if (depth > 1000) depth = 1000;
  int32_t reached = 0;
  for (int32_t i = 0; i < depth; i++) {
    NAPI_CALL(env, napi_open_handle_scope(env, &scopes[i]));
    napi_value v;
    NAPI_CALL(env, napi_create_int32(env, i, &v));
    reached++;
  }
  for (int32_t i = depth - 1; i >= 0; i--) {
    NAPI_CALL(env, napi_close_handle_scope(env, scopes[i]));
  }
  return ret_int(env, reached);
}

// escapeObject(): creates {escaped: true, nested: {value: 42}} inside an
// escapable scope, escapes it and closes the scope; returns it.
static napi_value EscapeObject(napi_env env, napi_callback_info info) {
  napi_escapable_handle_scope scope;
  NAPI_CALL(env, napi_open_escapable_handle_scope(env, &scope));
  napi_value obj, nested, t, num, escaped;
  NAPI_CALL(env, napi_create_object(env, &obj));
  NAPI_CALL(env, napi_create_object(env, &nested));
  NAPI_CALL(env, napi_get_boolean(env, true, &t));
  NAPI_CALL(env, napi_create_int32(env, 42, &num));
  NAPI_CALL(env, napi_set_named_property(env, nested, "value", num));
  NAPI_CALL(env, napi_set_named_property(env, obj, "escaped", t));
  NAPI_CALL(env, napi_set_named_property(env, obj, "nested", nested));
  NAPI_CALL(env, napi_escape_handle(env, scope, obj, &escaped));
  NAPI_CALL(env, napi_close_escapable_handle_scope(env, scope));
  // Use the escaped handle after the scope is closed.
  napi_value str;
  NAPI_CALL(env, napi_create_string_utf8(env, "after close", NAPI_AUTO_LENGTH, &str));
  NAPI_CALL(env, napi_set_named_property(env, escaped, "later", str));
  return escaped;
}

// escapeArg(v): escapes the argument value through an escapable scope; the
// result must be the identical JS value.
static napi_value EscapeArg(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_escapable_handle_scope scope;
  napi_value escaped;
  NAPI_CALL(env, napi_open_escapable_handle_scope(env, &scope));
  NAPI_CALL(env, napi_escape_handle(env, scope, args[0], &escaped));
  NAPI_CALL(env, napi_close_escapable_handle_scope(env, scope));
  return escaped;
}

// escapeInLoop(n): builds an array of n strings, each produced in its own
// escapable scope and escaped into the enclosing scope.
static napi_value EscapeInLoop(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int32_t n;
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &n));
  napi_value arr;
  NAPI_CALL(env, napi_create_array(env, &arr));
  for (int32_t i = 0; i < n; i++) {
    napi_handle_scope outer;
    NAPI_CALL(env, napi_open_handle_scope(env, &outer));
    napi_escapable_handle_scope scope;
    napi_value escaped;
    NAPI_CALL(env, napi_open_escapable_handle_scope(env, &scope));
    {
      char buf[32];
      snprintf(buf, sizeof(buf), "item%d", (int)i);
      napi_value s, junk;
      NAPI_CALL(env, napi_create_string_utf8(env, buf, NAPI_AUTO_LENGTH, &s));
      for (int k = 0; k < 10; k++) NAPI_CALL(env, napi_create_object(env, &junk));
      NAPI_CALL(env, napi_escape_handle(env, scope, s, &escaped));
    }
    NAPI_CALL(env, napi_close_escapable_handle_scope(env, scope));
    NAPI_CALL(env, napi_set_element(env, arr, (uint32_t)i, escaped));
    NAPI_CALL(env, napi_close_handle_scope(env, outer));
  }
  return arr;
}

// escapeTwice(): [first escape, second escape, close] statuses; the second
// escape must fail with napi_escape_called_twice (12).
static napi_value EscapeTwice(napi_env env, napi_callback_info info) {
  napi_escapable_handle_scope scope;
  napi_value obj, e1 = NULL, e2 = NULL;
  int st[4];
  NAPI_CALL(env, napi_open_escapable_handle_scope(env, &scope));
  NAPI_CALL(env, napi_create_object(env, &obj));
  st[0] = napi_escape_handle(env, scope, obj, &e1);
  st[1] = napi_escape_handle(env, scope, obj, &e2);
  // a different value: still escape_called_twice
  napi_value other;
  NAPI_CALL(env, napi_create_object(env, &other));
  st[2] = napi_escape_handle(env, scope, other, &e2);
  st[3] = napi_close_escapable_handle_scope(env, scope);
  return int_array(env, st, 4);
}

// escapeTwiceLastError(): message reported for napi_escape_called_twice.
static napi_value EscapeTwiceLastError(napi_env env, napi_callback_info info) {
  napi_escapable_handle_scope scope;
  napi_value obj, e1, e2;
  NAPI_CALL(env, napi_open_escapable_handle_scope(env, &scope));
  NAPI_CALL(env, napi_create_object(env, &obj));
  NAPI_CALL(env, napi_escape_handle(env, scope, obj, &e1));
  napi_escape_handle(env, scope, obj, &e2);
  const napi_extended_error_info* ei;
  char msg[256] = "";
  int code = -1;
  if (napi_get_last_error_info(env, &ei) == napi_ok) {
    code = (int)ei->error_code;
    snprintf(msg, sizeof(msg), "%s", ei->error_message ? ei->error_message : "(null)");
  }
  NAPI_CALL(env, napi_close_escapable_handle_scope(env, scope));
  napi_value res, v;
  NAPI_CALL(env, napi_create_object(env, &res));
  NAPI_CALL(env, napi_create_int32(env, code, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "code", v));
  NAPI_CALL(env, napi_create_string_utf8(env, msg, NAPI_AUTO_LENGTH, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "message", v));
  return res;
}

// badArgs(): statuses of misuse:
//  [0] napi_open_handle_scope(env, NULL)
//  [1] napi_open_escapable_handle_scope(env, NULL)
//  [2] napi_close_handle_scope(env, NULL)
//  [3] napi_close_escapable_handle_scope(env, NULL)
//  [4] napi_escape_handle(env, NULL scope, value, &r)
//  [5] napi_escape_handle(env, scope, NULL value, &r)
//  [6] napi_escape_handle(env, scope, value, NULL)
//  [7] napi_escape_handle(env, scope, value, &r) after the failures above: ok
static napi_value BadArgs(napi_env env, napi_callback_info info) {
  int st[8];
  st[0] = napi_open_handle_scope(env, NULL);
  st[1] = napi_open_escapable_handle_scope(env, NULL);
  st[2] = napi_close_handle_scope(env, NULL);
  st[3] = napi_close_escapable_handle_scope(env, NULL);
  napi_escapable_handle_scope scope;
  napi_value obj, r;
  NAPI_CALL(env, napi_open_escapable_handle_scope(env, &scope));
  NAPI_CALL(env, napi_create_object(env, &obj));
  st[4] = napi_escape_handle(env, NULL, obj, &r);
  st[5] = napi_escape_handle(env, scope, NULL, &r);
  st[6] = napi_escape_handle(env, scope, obj, NULL);
  st[7] = napi_escape_handle(env, scope, obj, &r);
  NAPI_CALL(env, napi_close_escapable_handle_scope(env, scope));
  return int_array(env, st, 8);
}

// closeWithoutOpen(): closing a scope when no scope opened by the addon is
// open returns napi_handle_scope_mismatch (13). Returns [open, close,
// close-again] for a plain scope and the same for an escapable scope.
static napi_value CloseWithoutOpen(napi_env env, napi_callback_info info) {
  int st[6];
  napi_handle_scope scope;
  napi_escapable_handle_scope escope;
  st[0] = napi_open_handle_scope(env, &scope);
  st[1] = napi_close_handle_scope(env, scope);
  st[2] = napi_close_handle_scope(env, scope);
  st[3] = napi_open_escapable_handle_scope(env, &escope);
  st[4] = napi_close_escapable_handle_scope(env, escope);
  st[5] = napi_close_escapable_handle_scope(env, escope);
  return int_array(env, st, 6);
}

// misuse(k): statuses of a handle-scope misuse sequence, with the last error code (error_code) read where it says
// "last": 0 outer closed before inner (+last, +last); 1 closed twice (+last); 2 closed with none open (+last);
// 3 escapable scopes closed out of order; 4 escape twice (+last); 5 more closes than opens (+last).
static int last_code(napi_env env) {
  const napi_extended_error_info* ei = NULL;
  napi_get_last_error_info(env, &ei);
  return ei == NULL ? -1 : (int)ei->error_code;
}
static napi_value Misuse(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int k = arg_int(env, args[0]);
  int st[8], n = 0;
  napi_handle_scope s1, s2;
  napi_escapable_handle_scope e1, e2;
  napi_value v, out;
  switch (k) {
    case 0:
      st[n++] = napi_open_handle_scope(env, &s1);
      st[n++] = napi_open_handle_scope(env, &s2);
      st[n++] = napi_close_handle_scope(env, s1);
      st[n++] = last_code(env);
      st[n++] = napi_close_handle_scope(env, s2);
      st[n++] = last_code(env);
      break;
    case 1:
      st[n++] = napi_open_handle_scope(env, &s1);
      st[n++] = napi_close_handle_scope(env, s1);
      st[n++] = napi_close_handle_scope(env, s1);
      st[n++] = last_code(env);
      break;
    case 2:
      st[n++] = napi_close_handle_scope(env, (napi_handle_scope)(uintptr_t)8);
      st[n++] = last_code(env);
      break;
    case 3:
      st[n++] = napi_open_escapable_handle_scope(env, &e1);
      st[n++] = napi_open_escapable_handle_scope(env, &e2);
      st[n++] = napi_close_escapable_handle_scope(env, e1);
      st[n++] = napi_close_escapable_handle_scope(env, e2);
      break;
    case 4:
      st[n++] = napi_open_escapable_handle_scope(env, &e1);
      NAPI_CALL(env, napi_create_int32(env, 1, &v));
      st[n++] = napi_escape_handle(env, e1, v, &out);
      st[n++] = napi_escape_handle(env, e1, v, &out);
      st[n++] = last_code(env);
      st[n++] = napi_close_escapable_handle_scope(env, e1);
      break;
    default:
      st[n++] = napi_open_handle_scope(env, &s1);
      st[n++] = napi_close_handle_scope(env, s1);
      st[n++] = napi_close_handle_scope(env, s1);
      st[n++] = napi_close_handle_scope(env, s1);
      st[n++] = last_code(env);
      break;
  }
  return int_array(env, st, n);
}

// callbackInScope(fn, n): calls fn n times, each inside its own handle scope,
// summing the int32 results.
static napi_value CallbackInScope(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  int32_t n;
  NAPI_CALL(env, napi_get_value_int32(env, args[1], &n));
  napi_value global;
  NAPI_CALL(env, napi_get_global(env, &global));
  int64_t sum = 0;
  for (int32_t i = 0; i < n; i++) {
    napi_handle_scope scope;
    NAPI_CALL(env, napi_open_handle_scope(env, &scope));
    napi_value arg, result;
    NAPI_CALL(env, napi_create_int32(env, i, &arg));
    NAPI_CALL(env, napi_call_function(env, global, args[0], 1, &arg, &result));
    int32_t r;
    NAPI_CALL(env, napi_get_value_int32(env, result, &r));
    sum += r;
    NAPI_CALL(env, napi_close_handle_scope(env, scope));
  }
  napi_value res;
  NAPI_CALL(env, napi_create_int64(env, sum, &res));
  return res;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "manyScopes", ManyScopes);
  EXPORT_FN(env, exports, "nestedScopes", NestedScopes);
  EXPORT_FN(env, exports, "escapeObject", EscapeObject);
  EXPORT_FN(env, exports, "escapeArg", EscapeArg);
  EXPORT_FN(env, exports, "escapeInLoop", EscapeInLoop);
  EXPORT_FN(env, exports, "escapeTwice", EscapeTwice);
  EXPORT_FN(env, exports, "escapeTwiceLastError", EscapeTwiceLastError);
  EXPORT_FN(env, exports, "badArgs", BadArgs);
  EXPORT_FN(env, exports, "closeWithoutOpen", CloseWithoutOpen);
  EXPORT_FN(env, exports, "callbackInScope", CallbackInScope);
  EXPORT_FN(env, exports, "misuse", Misuse);
  return exports;
}
