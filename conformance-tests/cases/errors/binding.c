// Conformance tests: napi_throw, napi_throw_error / type_error / range_error,
// node_api_throw_syntax_error, napi_create_error / type_error / range_error,
// node_api_create_syntax_error, napi_is_error,
// napi_get_and_clear_last_exception, napi_is_exception_pending.
#define NAPI_VERSION 9
#include <node_api.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

static int g_second_status = -1;

static napi_value SecondStatus(napi_env env, napi_callback_info info) {
  return ret_int(env, g_second_status);
}

// throwValue(v): napi_throw(v)
static napi_value ThrowValue(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  g_last_status = (int)napi_throw(env, args[0]);
  return NULL;
}

// throwNull(): napi_throw(env, NULL) -> status (nothing thrown)
static napi_value ThrowNull(napi_env env, napi_callback_info info) {
  return ret_int(env, (int)napi_throw(env, NULL));
}

static napi_status throw_kind(napi_env env, int kind, const char* code, const char* msg) {
  switch (kind) {
    case 0: return napi_throw_error(env, code, msg);
    case 1: return napi_throw_type_error(env, code, msg);
    case 2: return napi_throw_range_error(env, code, msg);
    default: return node_api_throw_syntax_error(env, code, msg);
  }
}

static napi_status create_kind(napi_env env, int kind, napi_value code, napi_value msg,
                               napi_value* result) {
  switch (kind) {
    case 0: return napi_create_error(env, code, msg, result);
    case 1: return napi_create_type_error(env, code, msg, result);
    case 2: return napi_create_range_error(env, code, msg, result);
    default: return node_api_create_syntax_error(env, code, msg, result);
  }
}

// throwError(kind, code, msg): kind 0 Error, 1 TypeError, 2 RangeError,
// 3 SyntaxError. code / msg: string, or null for a NULL pointer. On
// success the error propagates; on failure returns the status.
static napi_value ThrowError(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  int32_t kind;
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &kind));
  char code_buf[256], msg_buf[256];
  const char* code = arg_cstr(env, args[1], code_buf, sizeof(code_buf));
  const char* msg = arg_cstr(env, args[2], msg_buf, sizeof(msg_buf));
  napi_status s = throw_kind(env, kind, code, msg);
  g_last_status = (int)s;
  if (s != napi_ok) return ret_int(env, (int)s);
  return NULL;
}

// createError(kind, code, msg): code/msg are napi_values; undefined means a
// NULL napi_value. Returns [status, error-or-undefined, pending].
static napi_value CreateError(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  int32_t kind;
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &kind));
  napi_valuetype tc, tm;
  NAPI_CALL(env, napi_typeof(env, args[1], &tc));
  NAPI_CALL(env, napi_typeof(env, args[2], &tm));
  napi_value result = NULL;
  napi_status s = create_kind(env, kind, tc == napi_undefined ? NULL : args[1],
                              tm == napi_undefined ? NULL : args[2], &result);
  bool pending;
  NAPI_CALL(env, napi_is_exception_pending(env, &pending));
  napi_value arr, v;
  NAPI_CALL(env, napi_create_array_with_length(env, 3, &arr));
  NAPI_CALL(env, napi_create_int32(env, (int)s, &v));
  NAPI_CALL(env, napi_set_element(env, arr, 0, v));
  if (s == napi_ok && result != NULL) {
    NAPI_CALL(env, napi_set_element(env, arr, 1, result));
  } else {
    NAPI_CALL(env, napi_get_undefined(env, &v));
    NAPI_CALL(env, napi_set_element(env, arr, 1, v));
  }
  NAPI_CALL(env, napi_get_boolean(env, pending, &v));
  NAPI_CALL(env, napi_set_element(env, arr, 2, v));
  return arr;
}

// createErrorNullResult(): statuses of create_* with NULL result [4]
static napi_value CreateErrorNullResult(napi_env env, napi_callback_info info) {
  napi_value msg;
  NAPI_CALL(env, napi_create_string_utf8(env, "m", NAPI_AUTO_LENGTH, &msg));
  int st[4];
  for (int k = 0; k < 4; k++) st[k] = (int)create_kind(env, k, NULL, msg, NULL);
  return int_array(env, st, 4);
}

// isError(v) -> [status, bool]
static napi_value IsError(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool r = false;
  napi_status s = napi_is_error(env, args[0], &r);
  napi_value arr, v;
  NAPI_CALL(env, napi_create_array_with_length(env, 2, &arr));
  NAPI_CALL(env, napi_create_int32(env, (int)s, &v));
  NAPI_CALL(env, napi_set_element(env, arr, 0, v));
  NAPI_CALL(env, napi_get_boolean(env, r, &v));
  NAPI_CALL(env, napi_set_element(env, arr, 1, v));
  return arr;
}

// isErrorBadArgs(): [NULL value, NULL result]
static napi_value IsErrorBadArgs(napi_env env, napi_callback_info info) {
  napi_value obj;
  bool r;
  NAPI_CALL(env, napi_create_object(env, &obj));
  int st[2];
  st[0] = (int)napi_is_error(env, NULL, &r);
  st[1] = (int)napi_is_error(env, obj, NULL);
  return int_array(env, st, 2);
}

// getAndClearNothing(): with nothing pending -> [status, value, pending]
static napi_value GetAndClearNothing(napi_env env, napi_callback_info info) {
  napi_value result = NULL, arr, v;
  napi_status s = napi_get_and_clear_last_exception(env, &result);
  bool pending = true;
  NAPI_CALL(env, napi_is_exception_pending(env, &pending));
  NAPI_CALL(env, napi_create_array_with_length(env, 3, &arr));
  NAPI_CALL(env, napi_create_int32(env, (int)s, &v));
  NAPI_CALL(env, napi_set_element(env, arr, 0, v));
  if (result == NULL) {
    NAPI_CALL(env, napi_create_string_utf8(env, "<NULL>", NAPI_AUTO_LENGTH, &result));
  }
  NAPI_CALL(env, napi_set_element(env, arr, 1, result));
  NAPI_CALL(env, napi_get_boolean(env, pending, &v));
  NAPI_CALL(env, napi_set_element(env, arr, 2, v));
  return arr;
}

// getAndClearNullResult(): napi_get_and_clear_last_exception(env, NULL)
static napi_value GetAndClearNullResult(napi_env env, napi_callback_info info) {
  return ret_int(env, (int)napi_get_and_clear_last_exception(env, NULL));
}

// throwThenCatch(kind, code, msg): throws and then catches in C.
// Returns {throwStatus, pendingAfterThrow, error, pendingAfterClear}.
static napi_value ThrowThenCatch(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  int32_t kind;
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &kind));
  char code_buf[256], msg_buf[256];
  const char* code = arg_cstr(env, args[1], code_buf, sizeof(code_buf));
  const char* msg = arg_cstr(env, args[2], msg_buf, sizeof(msg_buf));
  napi_status s;
  if (kind < 0) {
    s = napi_throw(env, args[2]);  // throw the msg argument itself
  } else {
    s = throw_kind(env, kind, code, msg);
  }
  bool p1, p2;
  NAPI_CALL(env, napi_is_exception_pending(env, &p1));
  napi_value err;
  NAPI_CALL(env, napi_get_and_clear_last_exception(env, &err));
  NAPI_CALL(env, napi_is_exception_pending(env, &p2));
  napi_value res, v;
  NAPI_CALL(env, napi_create_object(env, &res));
  NAPI_CALL(env, napi_create_int32(env, (int)s, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "throwStatus", v));
  NAPI_CALL(env, napi_get_boolean(env, p1, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "pendingAfterThrow", v));
  NAPI_CALL(env, napi_set_named_property(env, res, "error", err));
  NAPI_CALL(env, napi_get_boolean(env, p2, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "pendingAfterClear", v));
  return res;
}

// throwTwice(): napi_throw_error("first") then napi_throw_error("second");
// statuses recorded in lastStatus / secondStatus. The first error wins.
static napi_value ThrowTwice(napi_env env, napi_callback_info info) {
  g_last_status = (int)napi_throw_error(env, "FIRST", "first");
  g_second_status = (int)napi_throw_error(env, "SECOND", "second");
  return NULL;
}

// throwValueTwice(a, b): napi_throw(a) then napi_throw(b).
static napi_value ThrowValueTwice(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  g_last_status = (int)napi_throw(env, args[0]);
  g_second_status = (int)napi_throw(env, args[1]);
  return NULL;
}

// callThenThrow(fn): calls a throwing fn (exception pending), then tries
// napi_throw_error("ignored"). Statuses: lastStatus = call, secondStatus =
// throw.
static napi_value CallThenThrow(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value global, result;
  NAPI_CALL(env, napi_get_global(env, &global));
  g_last_status = (int)napi_call_function(env, global, args[0], 0, NULL, &result);
  g_second_status = (int)napi_throw_error(env, NULL, "ignored");
  return NULL;
}

// throwAndReturnValue(): throws but also returns a value; the exception
// wins and the return value is discarded.
static napi_value ThrowAndReturnValue(napi_env env, napi_callback_info info) {
  napi_throw_error(env, NULL, "thrown but returned a value");
  napi_value v;
  napi_create_int32(env, 42, &v);
  return v;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "lastStatus", LastStatus);
  EXPORT_FN(env, exports, "secondStatus", SecondStatus);
  EXPORT_FN(env, exports, "throwValue", ThrowValue);
  EXPORT_FN(env, exports, "throwNull", ThrowNull);
  EXPORT_FN(env, exports, "throwError", ThrowError);
  EXPORT_FN(env, exports, "createError", CreateError);
  EXPORT_FN(env, exports, "createErrorNullResult", CreateErrorNullResult);
  EXPORT_FN(env, exports, "isError", IsError);
  EXPORT_FN(env, exports, "isErrorBadArgs", IsErrorBadArgs);
  EXPORT_FN(env, exports, "getAndClearNothing", GetAndClearNothing);
  EXPORT_FN(env, exports, "getAndClearNullResult", GetAndClearNullResult);
  EXPORT_FN(env, exports, "throwThenCatch", ThrowThenCatch);
  EXPORT_FN(env, exports, "throwTwice", ThrowTwice);
  EXPORT_FN(env, exports, "throwValueTwice", ThrowValueTwice);
  EXPORT_FN(env, exports, "callThenThrow", CallThenThrow);
  EXPORT_FN(env, exports, "throwAndReturnValue", ThrowAndReturnValue);
  return exports;
}
