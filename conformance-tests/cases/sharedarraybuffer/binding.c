// Conformance tests (experimental Node-API): node_api_create_sharedarraybuffer, node_api_is_sharedarraybuffer,
// and how the ArrayBuffer / typed array / DataView functions treat a SharedArrayBuffer.
#define NAPI_EXPERIMENTAL
#define NODE_API_EXPERIMENTAL_NO_WARNING
#include <node_api.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

// create(len, seed) -> SharedArrayBuffer, bytes seed + i written through the data pointer
static uint8_t* g_data = NULL;
static size_t g_len = 0;
static napi_value Create(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t len = arg_u32(env, args[0]), seed = arg_u32(env, args[1]);
  void* data = NULL;
  napi_value r;
  NAPI_CALL(env, node_api_create_sharedarraybuffer(env, len, &data, &r));
  for (uint32_t i = 0; i < len; i++) ((uint8_t*)data)[i] = (uint8_t)(seed + i);
  g_data = data;
  g_len = len;
  return r;
}
// byteAt(i) -> byte of the last created buffer read through its pointer; setByteAt(i, v)
static napi_value ByteAt(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t i = arg_u32(env, args[0]);
  if (i >= g_len) { napi_throw_range_error(env, NULL, "out of range"); return NULL; }
  return ret_int(env, g_data[i]);
}
static napi_value SetByteAt(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t i = arg_u32(env, args[0]);
  if (i >= g_len) { napi_throw_range_error(env, NULL, "out of range"); return NULL; }
  g_data[i] = (uint8_t)arg_u32(env, args[1]);
  return NULL;
}

// is(v) -> [status of node_api_is_sharedarraybuffer, result, status of napi_is_arraybuffer, result]
static napi_value Is(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool a = false, b = false;
  int s[4];
  s[0] = node_api_is_sharedarraybuffer(env, args[0], &a);
  s[1] = a;
  s[2] = napi_is_arraybuffer(env, args[0], &b);
  s[3] = b;
  return int_array(env, s, 4);
}

// info(v) -> [status, byteLength, data is the last created pointer]
static napi_value Info(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* data = NULL;
  size_t len = 0;
  int s[3];
  s[0] = napi_get_arraybuffer_info(env, args[0], &data, &len);
  s[1] = (int)len;
  s[2] = data != NULL && data == g_data;
  return int_array(env, s, 3);
}

// typedArray(sab, offset, length) -> Uint8Array or undefined; status in lastStatus()
static napi_value TypedArray(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  napi_value r = NULL;
  g_last_status = napi_create_typedarray(env, napi_uint8_array, arg_u32(env, args[2]), args[0], arg_u32(env, args[1]), &r);
  return g_last_status == napi_ok ? r : NULL;
}

// dataView(sab, offset, length) -> DataView or undefined; status in lastStatus()
static napi_value DataView(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  napi_value r = NULL;
  g_last_status = napi_create_dataview(env, arg_u32(env, args[2]), args[0], arg_u32(env, args[1]), &r);
  return g_last_status == napi_ok ? r : NULL;
}

// viewInfo(ta) -> [status, data == last created pointer + byteOffset]
static napi_value ViewInfo(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* data = NULL;
  size_t off = 0;
  int s[2];
  s[0] = napi_get_typedarray_info(env, args[0], NULL, NULL, &data, NULL, &off);
  s[1] = data == g_data + off;
  return int_array(env, s, 2);
}

// viewBuffer(ta) -> the arraybuffer napi_get_typedarray_info reports
static napi_value ViewBuffer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value buffer;
  NAPI_CALL(env, napi_get_typedarray_info(env, args[0], NULL, NULL, NULL, &buffer, NULL));
  return buffer;
}

// nullArgs(sab) -> statuses with NULL pointer arguments
static napi_value NullArgs(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* d;
  bool b;
  int s[] = {
      node_api_create_sharedarraybuffer(env, 4, &d, NULL),
      node_api_is_sharedarraybuffer(env, NULL, &b),
      node_api_is_sharedarraybuffer(env, args[0], NULL),
  };
  return int_array(env, s, 3);
}

// withPending(which, v)
static napi_value WithPending(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_throw_error(env, NULL, "pending");
  void* d;
  bool b;
  napi_value r;
  switch (arg_u32(env, args[0])) {
    case 0: g_last_status = node_api_create_sharedarraybuffer(env, 4, &d, &r); break;
    case 1: g_last_status = node_api_is_sharedarraybuffer(env, args[1], &b); break;
  }
  return NULL;
}

// detach(v) -> status
static napi_value Detach(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  return ret_int(env, (int)napi_detach_arraybuffer(env, args[0]));
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "create", Create);
  EXPORT_FN(env, exports, "byteAt", ByteAt);
  EXPORT_FN(env, exports, "setByteAt", SetByteAt);
  EXPORT_FN(env, exports, "is", Is);
  EXPORT_FN(env, exports, "info", Info);
  EXPORT_FN(env, exports, "typedArray", TypedArray);
  EXPORT_FN(env, exports, "dataView", DataView);
  EXPORT_FN(env, exports, "viewInfo", ViewInfo);
  EXPORT_FN(env, exports, "viewBuffer", ViewBuffer);
  EXPORT_FN(env, exports, "nullArgs", NullArgs);
  EXPORT_FN(env, exports, "withPending", WithPending);
  EXPORT_FN(env, exports, "detach", Detach);
  EXPORT_FN(env, exports, "lastStatus", LastStatus);
  return exports;
}
