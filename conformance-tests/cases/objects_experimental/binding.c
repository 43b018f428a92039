// Conformance tests for experimental object APIs: node_api_set_prototype,
// node_api_create_object_with_properties.
#define NAPI_EXPERIMENTAL
#define NODE_API_EXPERIMENTAL_NO_WARNING
#include <node_api.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

// setPrototype(obj, proto) -> rec(status)
static napi_value SetPrototype(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  return rec(env, node_api_set_prototype(env, args[0], args[1]), NULL);
}

// createWith(proto, names[], values[]) -> rec(status, object). proto
// undefined means a NULL prototype_or_null.
static napi_value CreateWith(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  napi_valuetype t;
  uint32_t n, m;
  napi_value names[16], values[16], r = NULL;
  NAPI_CALL(env, napi_typeof(env, args[0], &t));
  NAPI_CALL(env, napi_get_array_length(env, args[1], &n));
  NAPI_CALL(env, napi_get_array_length(env, args[2], &m));
  if (n > 16 || m != n) { napi_throw_error(env, NULL, "bad arrays"); return NULL; }
  for (uint32_t i = 0; i < n; i++) {
    NAPI_CALL(env, napi_get_element(env, args[1], i, &names[i]));
    NAPI_CALL(env, napi_get_element(env, args[2], i, &values[i]));
  }
  napi_status st = node_api_create_object_with_properties(env, t == napi_undefined ? NULL : args[0], names, values, n, &r);
  return rec(env, st, st == napi_ok ? r : NULL);
}

// badArgs(): [0] set_prototype NULL object [1] NULL value
//  [2] create NULL result [3] count>0 NULL names [4] count>0 NULL values
//  [5] count 0 with NULL arrays (ok) [6] set_prototype with exception pending
//  [7] create with exception pending [8] first exception kept
static napi_value BadArgs(napi_env env, napi_callback_info info) {
  napi_value o, r, msg, err, exc, names[1], values[1];
  bool same;
  int st[9];
  NAPI_CALL(env, napi_create_object(env, &o));
  NAPI_CALL(env, napi_create_string_utf8(env, "k", NAPI_AUTO_LENGTH, &names[0]));
  NAPI_CALL(env, napi_create_int32(env, 1, &values[0]));
  st[0] = node_api_set_prototype(env, NULL, o);
  st[1] = node_api_set_prototype(env, o, NULL);
  st[2] = node_api_create_object_with_properties(env, NULL, names, values, 1, NULL);
  st[3] = node_api_create_object_with_properties(env, NULL, NULL, values, 1, &r);
  st[4] = node_api_create_object_with_properties(env, NULL, names, NULL, 1, &r);
  st[5] = node_api_create_object_with_properties(env, NULL, NULL, NULL, 0, &r);
  NAPI_CALL(env, napi_create_string_utf8(env, "first", NAPI_AUTO_LENGTH, &msg));
  NAPI_CALL(env, napi_create_error(env, NULL, msg, &err));
  NAPI_CALL(env, napi_throw(env, err));
  st[6] = node_api_set_prototype(env, o, o);
  st[7] = node_api_create_object_with_properties(env, NULL, names, values, 1, &r);
  NAPI_CALL(env, napi_get_and_clear_last_exception(env, &exc));
  NAPI_CALL(env, napi_strict_equals(env, exc, err, &same));
  st[8] = same ? 1 : 0;
  return int_array(env, st, 9);
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "setPrototype", SetPrototype);
  EXPORT_FN(env, exports, "createWith", CreateWith);
  EXPORT_FN(env, exports, "badArgs", BadArgs);
  return exports;
}
