// Conformance tests: napi_typeof.
#include <node_api.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

// typeOf(v) -> napi_valuetype number
static napi_value TypeOf(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_valuetype t;
  NAPI_CALL(env, napi_typeof(env, args[0], &t));
  return ret_int(env, (int)t);
}

static int g_external_data = 1;

// createExternal(): a napi external value
static napi_value CreateExternal(napi_env env, napi_callback_info info) {
  napi_value ext;
  NAPI_CALL(env, napi_create_external(env, &g_external_data, NULL, NULL, &ext));
  return ext;
}

// typeOfCreated(): napi_typeof of values created natively:
// [undefined, null, boolean, int32, double, string, symbol, object, array,
//  function, external, bigint]
static napi_value dummy_cb(napi_env env, napi_callback_info info) { return NULL; }

static napi_value TypeOfCreated(napi_env env, napi_callback_info info) {
  napi_value v[12];
  NAPI_CALL(env, napi_get_undefined(env, &v[0]));
  NAPI_CALL(env, napi_get_null(env, &v[1]));
  NAPI_CALL(env, napi_get_boolean(env, true, &v[2]));
  NAPI_CALL(env, napi_create_int32(env, 1, &v[3]));
  NAPI_CALL(env, napi_create_double(env, 1.5, &v[4]));
  NAPI_CALL(env, napi_create_string_utf8(env, "s", NAPI_AUTO_LENGTH, &v[5]));
  NAPI_CALL(env, napi_create_symbol(env, NULL, &v[6]));
  NAPI_CALL(env, napi_create_object(env, &v[7]));
  NAPI_CALL(env, napi_create_array(env, &v[8]));
  NAPI_CALL(env, napi_create_function(env, "f", NAPI_AUTO_LENGTH, dummy_cb, NULL, &v[9]));
  NAPI_CALL(env, napi_create_external(env, &g_external_data, NULL, NULL, &v[10]));
  NAPI_CALL(env, napi_create_bigint_int64(env, 5, &v[11]));
  int types[12];
  for (int i = 0; i < 12; i++) {
    napi_valuetype t;
    NAPI_CALL(env, napi_typeof(env, v[i], &t));
    types[i] = (int)t;
  }
  return int_array(env, types, 12);
}

// badArgs(v): [NULL value, NULL result]
static napi_value BadArgs(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_valuetype t;
  int st[2];
  st[0] = (int)napi_typeof(env, NULL, &t);
  st[1] = (int)napi_typeof(env, args[0], NULL);
  return int_array(env, st, 2);
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "typeOf", TypeOf);
  EXPORT_FN(env, exports, "createExternal", CreateExternal);
  EXPORT_FN(env, exports, "typeOfCreated", TypeOfCreated);
  EXPORT_FN(env, exports, "badArgs", BadArgs);
  return exports;
}
