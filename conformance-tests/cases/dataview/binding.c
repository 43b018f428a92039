// Conformance tests: napi_create_dataview, napi_is_dataview, napi_get_dataview_info.
#include <node_api.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

// create(arraybuffer, byteOffset, byteLength) -> DataView or undefined; status in lastStatus()
static napi_value Create(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  napi_value r = NULL;
  g_last_status = napi_create_dataview(env, (size_t)arg_num(env, args[2]), args[0], (size_t)arg_num(env, args[1]), &r);
  return g_last_status == napi_ok ? r : NULL;
}

// info(v) -> {status, byteLength, byteOffset, buffer, dataOk}
static napi_value Info(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  size_t length = 999, offset = 999;
  void* data = NULL;
  napi_value buffer = NULL, o, v;
  napi_status s = napi_get_dataview_info(env, args[0], &length, &data, &buffer, &offset);
  NAPI_CALL(env, napi_create_object(env, &o));
  NAPI_CALL(env, napi_create_int32(env, s, &v));
  NAPI_CALL(env, napi_set_named_property(env, o, "status", v));
  if (s != napi_ok) return o;
  NAPI_CALL(env, napi_create_double(env, (double)length, &v));
  NAPI_CALL(env, napi_set_named_property(env, o, "byteLength", v));
  NAPI_CALL(env, napi_create_double(env, (double)offset, &v));
  NAPI_CALL(env, napi_set_named_property(env, o, "byteOffset", v));
  NAPI_CALL(env, napi_set_named_property(env, o, "buffer", buffer));
  void* abdata = NULL;
  size_t ablen;
  NAPI_CALL(env, napi_get_arraybuffer_info(env, buffer, &abdata, &ablen));
  NAPI_CALL(env, napi_get_boolean(env, abdata == NULL ? data == NULL : (uint8_t*)abdata + offset == (uint8_t*)data, &v));
  NAPI_CALL(env, napi_set_named_property(env, o, "dataOk", v));
  return o;
}

// setByte(dv, i, byte) / getByte(dv, i) through the data pointer
static napi_value SetByte(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  size_t length;
  void* data;
  NAPI_CALL(env, napi_get_dataview_info(env, args[0], &length, &data, NULL, NULL));
  size_t i = (size_t)arg_num(env, args[1]);
  if (i >= length) { napi_throw_range_error(env, NULL, "out of range"); return NULL; }
  ((uint8_t*)data)[i] = (uint8_t)arg_num(env, args[2]);
  return NULL;
}
static napi_value GetByte(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  size_t length;
  void* data;
  NAPI_CALL(env, napi_get_dataview_info(env, args[0], &length, &data, NULL, NULL));
  size_t i = (size_t)arg_num(env, args[1]);
  if (i >= length) { napi_throw_range_error(env, NULL, "out of range"); return NULL; }
  return ret_int(env, ((uint8_t*)data)[i]);
}

// isDataView(v) -> [status, result]
static napi_value IsDataView(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool r = false;
  int s[2];
  s[0] = napi_is_dataview(env, args[0], &r);
  s[1] = r;
  return int_array(env, s, 2);
}

// partial(dv) -> statuses with NULL out-params
static napi_value Partial(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  size_t n;
  void* d;
  napi_value b;
  int s[] = {
      napi_get_dataview_info(env, args[0], &n, NULL, NULL, NULL),
      napi_get_dataview_info(env, args[0], NULL, &d, NULL, NULL),
      napi_get_dataview_info(env, args[0], NULL, NULL, &b, NULL),
      napi_get_dataview_info(env, args[0], NULL, NULL, NULL, &n),
      napi_get_dataview_info(env, args[0], NULL, NULL, NULL, NULL),
  };
  return int_array(env, s, sizeof(s) / sizeof(s[0]));
}

// nullArgs(ab, dv) -> statuses of calls with NULL pointer arguments
static napi_value NullArgs(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_value r;
  bool b;
  int s[] = {
      napi_create_dataview(env, 1, NULL, 0, &r),
      napi_create_dataview(env, 1, args[0], 0, NULL),
      napi_is_dataview(env, NULL, &b),
      napi_is_dataview(env, args[1], NULL),
      napi_get_dataview_info(env, NULL, NULL, NULL, NULL, NULL),
  };
  return int_array(env, s, sizeof(s) / sizeof(s[0]));
}

// withPending(which, v): throws "pending" first, then calls a function; its status goes to lastStatus()
static napi_value WithPending(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_throw_error(env, NULL, "pending");
  bool b;
  napi_value r;
  size_t n;
  switch ((int)arg_num(env, args[0])) {
    case 0: g_last_status = napi_create_dataview(env, 1, args[1], 0, &r); break;
    case 1: g_last_status = napi_is_dataview(env, args[1], &b); break;
    case 2: g_last_status = napi_get_dataview_info(env, args[1], &n, NULL, NULL, NULL); break;
  }
  return NULL;
}

// detach(arraybuffer) -> status
static napi_value Detach(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  return ret_int(env, (int)napi_detach_arraybuffer(env, args[0]));
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "create", Create);
  EXPORT_FN(env, exports, "info", Info);
  EXPORT_FN(env, exports, "setByte", SetByte);
  EXPORT_FN(env, exports, "getByte", GetByte);
  EXPORT_FN(env, exports, "isDataView", IsDataView);
  EXPORT_FN(env, exports, "partial", Partial);
  EXPORT_FN(env, exports, "nullArgs", NullArgs);
  EXPORT_FN(env, exports, "withPending", WithPending);
  EXPORT_FN(env, exports, "detach", Detach);
  EXPORT_FN(env, exports, "lastStatus", LastStatus);
  return exports;
}
