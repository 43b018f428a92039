// Conformance tests: napi_create_symbol, node_api_symbol_for, napi_create_date, napi_is_date, napi_get_date_value,
// napi_is_error / is_array / is_promise / is_date / is_arraybuffer, napi_create_string_* argument edge cases.
#define NAPI_VERSION 9
#include <node_api.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common.h"

static bool is_nullish(napi_env env, napi_value v) {
  napi_valuetype t;
  napi_typeof(env, v, &t);
  return t == napi_null || t == napi_undefined;
}

// createSymbol(description | null for NULL, nullResult)
static napi_value CreateSymbol(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool null_result = false;
  napi_get_value_bool(env, args[1], &null_result);
  napi_value r = NULL;
  napi_status st = napi_create_symbol(env, is_nullish(env, args[0]) ? NULL : args[0], null_result ? NULL : &r);
  napi_value o = result(env, st);
  if (st == napi_ok) set_value(env, o, "value", r);
  return o;
}

// symbolFor(string | null for NULL, length (-1: NAPI_AUTO_LENGTH), nullResult)
static napi_value SymbolFor(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  char buf[256];
  const char* s = is_nullish(env, args[0]) ? NULL : arg_cstr(env, args[0], buf, sizeof buf);
  double len = arg_num(env, args[1]);
  bool null_result = false;
  napi_get_value_bool(env, args[2], &null_result);
  napi_value r = NULL;
  napi_status st = node_api_symbol_for(env, s, len < 0 ? NAPI_AUTO_LENGTH : (size_t)len, null_result ? NULL : &r);
  napi_value o = result(env, st);
  if (st == napi_ok) set_value(env, o, "value", r);
  return o;
}

// createDate(time, nullResult)
static napi_value CreateDate(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool null_result = false;
  napi_get_value_bool(env, args[1], &null_result);
  napi_value r = NULL;
  napi_status st = napi_create_date(env, arg_num(env, args[0]), null_result ? NULL : &r);
  napi_value o = result(env, st);
  if (st == napi_ok) set_value(env, o, "value", r);
  return o;
}

// getDateValue(value, mode): mode 1 NULL value, 2 NULL result
static napi_value GetDateValue(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  int mode = (int)arg_num(env, args[1]);
  double d = -12345;
  napi_status st = napi_get_date_value(env, mode == 1 ? NULL : args[0], mode == 2 ? NULL : &d);
  napi_value o = result(env, st);
  set_num(env, o, "value", d);
  return o;
}

typedef napi_status (*is_fn)(napi_env, napi_value, bool*);

// is(kind, value, mode): kind 0 error, 1 array, 2 promise, 3 date, 4 arraybuffer; mode 1 NULL value, 2 NULL result
static napi_value Is(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  static const is_fn fns[] = {napi_is_error, napi_is_array, napi_is_promise, napi_is_date, napi_is_arraybuffer};
  int kind = (int)arg_num(env, args[0]);
  int mode = (int)arg_num(env, args[2]);
  bool b = false;
  napi_status st = fns[kind](env, mode == 1 ? NULL : args[1], mode == 2 ? NULL : &b);
  napi_value o = result(env, st);
  set_bool(env, o, "value", b);
  return o;
}

// createString(kind, mode, length): kind 0 utf8, 1 latin1, 2 utf16; mode 0 "abc" buffer, 1 NULL str, 2 NULL result,
// 3 NULL str and NULL result;
// length -1: NAPI_AUTO_LENGTH
static napi_value CreateString(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  int kind = (int)arg_num(env, args[0]);
  int mode = (int)arg_num(env, args[1]);
  double len = arg_num(env, args[2]);
  size_t length = len < 0 ? NAPI_AUTO_LENGTH : (size_t)len;
  static const char abc[] = "abc";
  static const char16_t abc16[] = {'a', 'b', 'c', 0};
  napi_value r = NULL;
  napi_value* rp = mode >= 2 ? NULL : &r;
  bool null_str = mode == 1 || mode == 3;
  napi_status st;
  if (kind == 0) st = napi_create_string_utf8(env, null_str ? NULL : abc, length, rp);
  else if (kind == 1) st = napi_create_string_latin1(env, null_str ? NULL : abc, length, rp);
  else st = napi_create_string_utf16(env, null_str ? NULL : abc16, length, rp);
  napi_value o = result(env, st);
  if (st == napi_ok) set_value(env, o, "value", r);
  return o;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "createSymbol", CreateSymbol);
  EXPORT_FN(env, exports, "symbolFor", SymbolFor);
  EXPORT_FN(env, exports, "createDate", CreateDate);
  EXPORT_FN(env, exports, "getDateValue", GetDateValue);
  EXPORT_FN(env, exports, "is", Is);
  EXPORT_FN(env, exports, "createString", CreateString);
  return exports;
}
