// Conformance tests: node_api_create_buffer_from_arraybuffer (Node-API 10; node 20 lacks it).
#define NAPI_VERSION 10
#include <node_api.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- common helpers (duplicated in every area on purpose) ---- */
static inline void throw_last_error(napi_env env) {
  const napi_extended_error_info* info = NULL;
  bool pending = false;
  char msg[256];
  napi_get_last_error_info(env, &info);
  // Copy the message before the next N-API call resets the error info.
  snprintf(msg, sizeof(msg), "%s",
           (info != NULL && info->error_message != NULL) ? info->error_message
                                                         : "empty error message");
  napi_is_exception_pending(env, &pending);
  if (!pending) napi_throw_error(env, NULL, msg);
}

#define NAPI_CALL(env, call)       \
  do {                             \
    if ((call) != napi_ok) {       \
      throw_last_error((env));     \
      return NULL;                 \
    }                              \
  } while (0)

static inline napi_value ret_int(napi_env env, int v) {
  napi_value r = NULL;
  NAPI_CALL(env, napi_create_int32(env, v, &r));
  return r;
}

#define GET_ARGS(env, info, n)                                            \
  size_t argc = (n);                                                      \
  napi_value args[(n) > 0 ? (n) : 1];                                     \
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, args, NULL, NULL))

#define EXPORT_FN(env, exports, name, fn)                                       \
  do {                                                                          \
    napi_value fn_;                                                             \
    NAPI_CALL(env, napi_create_function(env, name, NAPI_AUTO_LENGTH, fn, NULL, &fn_)); \
    NAPI_CALL(env, napi_set_named_property(env, exports, name, fn_));          \
  } while (0)
static inline napi_value int_array(napi_env env, const int* vals, size_t n) {
  napi_value arr, v;
  NAPI_CALL(env, napi_create_array_with_length(env, n, &arr));
  for (size_t i = 0; i < n; i++) {
    NAPI_CALL(env, napi_create_int32(env, vals[i], &v));
    NAPI_CALL(env, napi_set_element(env, arr, (uint32_t)i, v));
  }
  return arr;
}
/* ---- end common helpers ---- */

static int g_last_status = -1;
static napi_value LastStatus(napi_env env, napi_callback_info info) { return ret_int(env, g_last_status); }

static uint32_t u32_arg(napi_env env, napi_value v) {
  uint32_t r = 0;
  napi_get_value_uint32(env, v, &r);
  return r;
}

/* a size_t from a JS number: -1 is SIZE_MAX */
static size_t size_arg(napi_env env, napi_value v) {
  int64_t r = 0;
  napi_get_value_int64(env, v, &r);
  return (size_t)r;
}

static napi_value status_obj(napi_env env, napi_status st) {
  napi_value o, v;
  NAPI_CALL(env, napi_create_object(env, &o));
  NAPI_CALL(env, napi_create_int32(env, (int)st, &v));
  NAPI_CALL(env, napi_set_named_property(env, o, "status", v));
  return o;
}

static bool set_num(napi_env env, napi_value o, const char* k, double d) {
  napi_value v;
  return napi_create_double(env, d, &v) == napi_ok && napi_set_named_property(env, o, k, v) == napi_ok;
}

static napi_value throw_msg(napi_env env, const char* msg) {
  napi_throw_error(env, NULL, msg);
  return NULL;
}

// fromArrayBuffer(ab, offset, length) -> node_api_create_buffer_from_arraybuffer; status to lastStatus(),
// result only when napi_ok (an exception it left pending is thrown)
static napi_value FromArrayBuffer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  napi_value r = NULL;
  g_last_status = node_api_create_buffer_from_arraybuffer(env, args[0], size_arg(env, args[1]),
                                                          size_arg(env, args[2]), &r);
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
  size_t len = 0, i = u32_arg(env, args[1]);
  NAPI_CALL(env, napi_get_buffer_info(env, args[0], &data, &len));
  if (i >= len) return throw_msg(env, "out of range");
  ((uint8_t*)data)[i] = (uint8_t)u32_arg(env, args[2]);
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
