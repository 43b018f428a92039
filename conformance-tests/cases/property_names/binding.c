// Conformance tests: napi_get_property_names, napi_get_all_property_names.
#include <node_api.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

// names(obj) -> rec(napi_get_property_names)
static napi_value Names(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value r = NULL;
  napi_status st = napi_get_property_names(env, args[0], &r);
  return rec(env, st, st == napi_ok ? r : NULL);
}

// allNames(obj, mode, filter, conversion) -> rec(napi_get_all_property_names)
static napi_value AllNames(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 4);
  int32_t mode, filter, conv;
  NAPI_CALL(env, napi_get_value_int32(env, args[1], &mode));
  NAPI_CALL(env, napi_get_value_int32(env, args[2], &filter));
  NAPI_CALL(env, napi_get_value_int32(env, args[3], &conv));
  napi_value r = NULL;
  napi_status st = napi_get_all_property_names(env, args[0], (napi_key_collection_mode)mode,
                                               (napi_key_filter)filter, (napi_key_conversion)conv, &r);
  return rec(env, st, st == napi_ok ? r : NULL);
}

// badArgs(): [names NULL obj, names NULL result, all NULL obj, all NULL result,
//             pending exception: names, all; then whether the first exception survived]
static napi_value BadArgs(napi_env env, napi_callback_info info) {
  napi_value o, r, msg, err, exc;
  bool same;
  int st[7];
  NAPI_CALL(env, napi_create_object(env, &o));
  st[0] = napi_get_property_names(env, NULL, &r);
  st[1] = napi_get_property_names(env, o, NULL);
  st[2] = napi_get_all_property_names(env, NULL, napi_key_own_only, napi_key_all_properties, napi_key_keep_numbers, &r);
  st[3] = napi_get_all_property_names(env, o, napi_key_own_only, napi_key_all_properties, napi_key_keep_numbers, NULL);
  NAPI_CALL(env, napi_create_string_utf8(env, "first", NAPI_AUTO_LENGTH, &msg));
  NAPI_CALL(env, napi_create_error(env, NULL, msg, &err));
  NAPI_CALL(env, napi_throw(env, err));
  st[4] = napi_get_property_names(env, o, &r);
  st[5] = napi_get_all_property_names(env, o, napi_key_own_only, napi_key_all_properties, napi_key_keep_numbers, &r);
  NAPI_CALL(env, napi_get_and_clear_last_exception(env, &exc));
  NAPI_CALL(env, napi_strict_equals(env, exc, err, &same));
  st[6] = same ? 1 : 0;
  return int_array(env, st, 7);
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "names", Names);
  EXPORT_FN(env, exports, "allNames", AllNames);
  EXPORT_FN(env, exports, "badArgs", BadArgs);
  return exports;
}
