// Conformance tests: napi_create_int32/uint32/int64/double,
// napi_get_value_int32/uint32/int64/double, napi_get_value_bool.
#include <node_api.h>
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

// pair(status, value) -> [status, value]
static napi_value pair(napi_env env, napi_status s, napi_value v) {
  napi_value arr, st;
  NAPI_CALL(env, napi_create_array_with_length(env, 2, &arr));
  NAPI_CALL(env, napi_create_int32(env, (int)s, &st));
  NAPI_CALL(env, napi_set_element(env, arr, 0, st));
  NAPI_CALL(env, napi_set_element(env, arr, 1, v));
  return arr;
}

// getInt32(v) -> [status, value]; the output starts as 12345 so untouched
// outputs are visible.
static napi_value GetInt32(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int32_t out = 12345;
  napi_status s = napi_get_value_int32(env, args[0], &out);
  napi_value v;
  NAPI_CALL(env, napi_create_int32(env, out, &v));
  return pair(env, s, v);
}

static napi_value GetUint32(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t out = 12345;
  napi_status s = napi_get_value_uint32(env, args[0], &out);
  napi_value v;
  NAPI_CALL(env, napi_create_uint32(env, out, &v));
  return pair(env, s, v);
}

// getInt64(v) -> [status, decimal string of the int64]
static napi_value GetInt64(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int64_t out = 12345;
  napi_status s = napi_get_value_int64(env, args[0], &out);
  char buf[32];
  snprintf(buf, sizeof(buf), "%" PRId64, out);
  napi_value v;
  NAPI_CALL(env, napi_create_string_utf8(env, buf, NAPI_AUTO_LENGTH, &v));
  return pair(env, s, v);
}

static napi_value GetDouble(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  double out = 12345;
  napi_status s = napi_get_value_double(env, args[0], &out);
  napi_value v;
  NAPI_CALL(env, napi_create_double(env, out, &v));
  return pair(env, s, v);
}

static napi_value GetBool(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool out = true;
  napi_status s = napi_get_value_bool(env, args[0], &out);
  napi_value v;
  NAPI_CALL(env, napi_get_boolean(env, out, &v));
  return pair(env, s, v);
}

// Round trips: value -> C type -> napi value.
static napi_value RoundTripInt32(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int32_t x;
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &x));
  napi_value r;
  NAPI_CALL(env, napi_create_int32(env, x, &r));
  return r;
}

static napi_value RoundTripUint32(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t x;
  NAPI_CALL(env, napi_get_value_uint32(env, args[0], &x));
  napi_value r;
  NAPI_CALL(env, napi_create_uint32(env, x, &r));
  return r;
}

static napi_value RoundTripInt64(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int64_t x;
  NAPI_CALL(env, napi_get_value_int64(env, args[0], &x));
  napi_value r;
  NAPI_CALL(env, napi_create_int64(env, x, &r));
  return r;
}

static napi_value RoundTripDouble(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  double x;
  NAPI_CALL(env, napi_get_value_double(env, args[0], &x));
  napi_value r;
  NAPI_CALL(env, napi_create_double(env, x, &r));
  return r;
}

static napi_value make_array(napi_env env, napi_value* vals, size_t n) {
  napi_value arr;
  NAPI_CALL(env, napi_create_array_with_length(env, n, &arr));
  for (size_t i = 0; i < n; i++) NAPI_CALL(env, napi_set_element(env, arr, (uint32_t)i, vals[i]));
  return arr;
}

// createInt32Cases(): [INT32_MIN, -1, 0, 1, INT32_MAX]
static napi_value CreateInt32Cases(napi_env env, napi_callback_info info) {
  int32_t in[] = {INT32_MIN, -1, 0, 1, INT32_MAX};
  napi_value out[5];
  for (int i = 0; i < 5; i++) NAPI_CALL(env, napi_create_int32(env, in[i], &out[i]));
  return make_array(env, out, 5);
}

// createUint32Cases(): [0, 1, 2^31, UINT32_MAX]
static napi_value CreateUint32Cases(napi_env env, napi_callback_info info) {
  uint32_t in[] = {0, 1, 0x80000000u, UINT32_MAX};
  napi_value out[4];
  for (int i = 0; i < 4; i++) NAPI_CALL(env, napi_create_uint32(env, in[i], &out[i]));
  return make_array(env, out, 4);
}

// createInt64Cases(): [0, -1, 2^31, 2^53-1, 2^53, 2^53+1, -(2^53+1),
//                      INT64_MAX, INT64_MIN]
static napi_value CreateInt64Cases(napi_env env, napi_callback_info info) {
  int64_t in[] = {0,
                  -1,
                  INT64_C(2147483648),
                  INT64_C(9007199254740991),
                  INT64_C(9007199254740992),
                  INT64_C(9007199254740993),
                  -INT64_C(9007199254740993),
                  INT64_MAX,
                  INT64_MIN};
  napi_value out[9];
  for (int i = 0; i < 9; i++) NAPI_CALL(env, napi_create_int64(env, in[i], &out[i]));
  return make_array(env, out, 9);
}

// createDoubleCases(): [0.0, -0.0, 1.5, NaN, Infinity, -Infinity, DBL_MAX,
//                       DBL_MIN, denormal min, 0.1]
static napi_value CreateDoubleCases(napi_env env, napi_callback_info info) {
  double in[] = {0.0, -0.0, 1.5, NAN, INFINITY, -INFINITY, DBL_MAX, DBL_MIN, 4.9406564584124654e-324, 0.1};
  napi_value out[10];
  for (int i = 0; i < 10; i++) NAPI_CALL(env, napi_create_double(env, in[i], &out[i]));
  return make_array(env, out, 10);
}

// badArgs(): statuses
//  [0..3] create int32/uint32/int64/double with NULL result
//  [4..8] get int32/uint32/int64/double/bool with NULL value
//  [9..13] get int32/uint32/int64/double/bool with NULL result
static napi_value BadArgs(napi_env env, napi_callback_info info) {
  int st[14];
  napi_value num, boolean;
  int32_t i32;
  uint32_t u32;
  int64_t i64;
  double d;
  bool b;
  NAPI_CALL(env, napi_create_int32(env, 1, &num));
  NAPI_CALL(env, napi_get_boolean(env, true, &boolean));
  st[0] = napi_create_int32(env, 1, NULL);
  st[1] = napi_create_uint32(env, 1, NULL);
  st[2] = napi_create_int64(env, 1, NULL);
  st[3] = napi_create_double(env, 1, NULL);
  st[4] = napi_get_value_int32(env, NULL, &i32);
  st[5] = napi_get_value_uint32(env, NULL, &u32);
  st[6] = napi_get_value_int64(env, NULL, &i64);
  st[7] = napi_get_value_double(env, NULL, &d);
  st[8] = napi_get_value_bool(env, NULL, &b);
  st[9] = napi_get_value_int32(env, num, NULL);
  st[10] = napi_get_value_uint32(env, num, NULL);
  st[11] = napi_get_value_int64(env, num, NULL);
  st[12] = napi_get_value_double(env, num, NULL);
  st[13] = napi_get_value_bool(env, boolean, NULL);
  return int_array(env, st, 14);
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "getInt32", GetInt32);
  EXPORT_FN(env, exports, "getUint32", GetUint32);
  EXPORT_FN(env, exports, "getInt64", GetInt64);
  EXPORT_FN(env, exports, "getDouble", GetDouble);
  EXPORT_FN(env, exports, "getBool", GetBool);
  EXPORT_FN(env, exports, "roundTripInt32", RoundTripInt32);
  EXPORT_FN(env, exports, "roundTripUint32", RoundTripUint32);
  EXPORT_FN(env, exports, "roundTripInt64", RoundTripInt64);
  EXPORT_FN(env, exports, "roundTripDouble", RoundTripDouble);
  EXPORT_FN(env, exports, "createInt32Cases", CreateInt32Cases);
  EXPORT_FN(env, exports, "createUint32Cases", CreateUint32Cases);
  EXPORT_FN(env, exports, "createInt64Cases", CreateInt64Cases);
  EXPORT_FN(env, exports, "createDoubleCases", CreateDoubleCases);
  EXPORT_FN(env, exports, "badArgs", BadArgs);
  return exports;
}
