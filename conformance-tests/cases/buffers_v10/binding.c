// Conformance tests: node_api_create_buffer_from_arraybuffer (Node-API 10; node 20 lacks it).
#define NAPI_VERSION 10
#include <node_api.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common.h"

// fromArrayBuffer(ab, offset, length) -> node_api_create_buffer_from_arraybuffer; status to lastStatus(),
// result only when napi_ok (an exception it left pending is thrown)
static napi_value FromArrayBuffer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  napi_value r = NULL;
  g_last_status = node_api_create_buffer_from_arraybuffer(env, args[0], arg_size(env, args[1]),
                                                          arg_size(env, args[2]), &r);
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (g_last_status != napi_ok || pending) return NULL;
  return r;
}

// fromArrayBufferNoResult(ab) -> status with a NULL result; fromArrayBufferNull() -> status with a NULL arraybuffer
static napi_value FromArrayBufferNulls(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value r;
  int s[] = {
      node_api_create_buffer_from_arraybuffer(env, args[0], 0, 1, NULL),
      node_api_create_buffer_from_arraybuffer(env, NULL, 0, 1, &r),
  };
  return int_array(env, s, sizeof(s) / sizeof(s[0]));
}

// withPending(ab): throws "pending" first, then calls it; its status goes to lastStatus()
static napi_value WithPending(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_throw_error(env, NULL, "pending");
  napi_value r;
  g_last_status = node_api_create_buffer_from_arraybuffer(env, args[0], 0, 0, &r);
  return NULL;
}

// info(v) -> {status, length, sum}: napi_get_buffer_info, the sum of the bytes read through its data pointer
static napi_value Info(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* data = NULL;
  size_t len = 0;
  napi_status st = napi_get_buffer_info(env, args[0], &data, &len);
  napi_value o = status_obj(env, st);
  if (st == napi_ok) {
    double sum = 0;
    for (size_t i = 0; i < len; i++) sum += ((uint8_t*)data)[i];
    set_num(env, o, "length", (double)len);
    set_num(env, o, "sum", sum);
  }
  return o;
}

// poke(v, i, x): byte i through napi_get_buffer_info's data pointer
static napi_value Poke(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  void* data = NULL;
  size_t len = 0, i = arg_u32(env, args[1]);
  NAPI_CALL(env, napi_get_buffer_info(env, args[0], &data, &len));
  if (i >= len) return throw_msg(env, "out of range");
  ((uint8_t*)data)[i] = (uint8_t)arg_u32(env, args[2]);
  return NULL;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "fromArrayBuffer", FromArrayBuffer);
  EXPORT_FN(env, exports, "fromArrayBufferNulls", FromArrayBufferNulls);
  EXPORT_FN(env, exports, "withPending", WithPending);
  EXPORT_FN(env, exports, "info", Info);
  EXPORT_FN(env, exports, "poke", Poke);
  EXPORT_FN(env, exports, "lastStatus", LastStatus);
  return exports;
}
