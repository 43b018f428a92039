// Helpers shared by the conformance addons: every AREA/binding.c does `#include "../common.h"` after its own
// NAPI_VERSION / NAPI_EXPERIMENTAL defines. Everything here is `static inline` (an area uses what it needs and
// -Wall -Werror stays quiet) and needs no Node-API version above 8.
//
// The helpers are for building results, not for testing: a helper call that fails throws and returns NULL.
// Area-specific helpers stay in the area's binding.c.
#ifndef NAPI_CONFORMANCE_COMMON_H
#define NAPI_CONFORMANCE_COMMON_H

#include <node_api.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- failing helper calls ---- */

// Throws an Error with the last error message, unless an exception is already pending (that one wins).
static inline void throw_last_error(napi_env env) {
  const napi_extended_error_info* info = NULL;
  bool pending = false;
  char msg[256];
  napi_get_last_error_info(env, &info);
  // Copy the message before the next Node-API call resets the error info.
  snprintf(msg, sizeof(msg), "%s",
           (info != NULL && info->error_message != NULL) ? info->error_message : "empty error message");
  napi_is_exception_pending(env, &pending);
  if (!pending) napi_throw_error(env, NULL, msg);
}

// A helper call that must succeed: otherwise throw (throw_last_error) and return NULL from the caller.
#define NAPI_CALL(env, call)   \
  do {                         \
    if ((call) != napi_ok) {   \
      throw_last_error((env)); \
      return NULL;             \
    }                          \
  } while (0)

// Throws an Error(msg); returns NULL, for `return throw_msg(env, "...")`.
static inline napi_value throw_msg(napi_env env, const char* msg) {
  napi_throw_error(env, NULL, msg);
  return NULL;
}

/* ---- callbacks and exports ---- */

// Declares `size_t argc` (the real count after the call) and `napi_value args[n]` (missing ones are undefined).
#define GET_ARGS(env, info, n)         \
  size_t argc = (n);                   \
  napi_value args[(n) > 0 ? (n) : 1];  \
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, args, NULL, NULL))

// exports[name] = a function calling fn.
#define EXPORT_FN(env, exports, name, fn)                                                \
  do {                                                                                   \
    napi_value fn_;                                                                      \
    NAPI_CALL(env, napi_create_function(env, name, NAPI_AUTO_LENGTH, fn, NULL, &fn_));   \
    NAPI_CALL(env, napi_set_named_property(env, exports, name, fn_));                    \
  } while (0)

/* ---- arguments (a value of the wrong type gives the default) ---- */

static inline double arg_num(napi_env env, napi_value v) {
  double d = 0;
  napi_get_value_double(env, v, &d);
  return d;
}
// int32; -1 if not a number
static inline int arg_int(napi_env env, napi_value v) {
  int32_t i = -1;
  napi_get_value_int32(env, v, &i);
  return i;
}
static inline uint32_t arg_u32(napi_env env, napi_value v) {
  uint32_t r = 0;
  napi_get_value_uint32(env, v, &r);
  return r;
}
// a size_t from a JS number through int64: -1 is SIZE_MAX
static inline size_t arg_size(napi_env env, napi_value v) {
  int64_t r = 0;
  napi_get_value_int64(env, v, &r);
  return (size_t)r;
}
// The UTF-8 of a JS string argument in buf, or NULL if it is not a string.
static inline const char* arg_cstr(napi_env env, napi_value v, char* buf, size_t size) {
  napi_valuetype t;
  if (napi_typeof(env, v, &t) != napi_ok || t != napi_string) return NULL;
  if (napi_get_value_string_utf8(env, v, buf, size, NULL) != napi_ok) return NULL;
  return buf;
}

/* ---- results ---- */

static inline napi_value ret_int(napi_env env, int v) {
  napi_value r = NULL;
  NAPI_CALL(env, napi_create_int32(env, v, &r));
  return r;
}

// [vals[0], ..., vals[n-1]] as int32s
static inline napi_value int_array(napi_env env, const int* vals, size_t n) {
  napi_value arr, v;
  NAPI_CALL(env, napi_create_array_with_length(env, n, &arr));
  for (size_t i = 0; i < n; i++) {
    NAPI_CALL(env, napi_create_int32(env, vals[i], &v));
    NAPI_CALL(env, napi_set_element(env, arr, (uint32_t)i, v));
  }
  return arr;
}

// The int at data, or null when data is NULL.
static inline napi_value data_int(napi_env env, void* data) {
  napi_value v;
  if (data == NULL) {
    NAPI_CALL(env, napi_get_null(env, &v));
  } else {
    NAPI_CALL(env, napi_create_int32(env, *(int*)data, &v));
  }
  return v;
}

// o[k] = v; true on success
static inline bool set_value(napi_env env, napi_value o, const char* k, napi_value v) {
  return napi_set_named_property(env, o, k, v) == napi_ok;
}
static inline bool set_num(napi_env env, napi_value o, const char* k, double d) {
  napi_value v;
  return napi_create_double(env, d, &v) == napi_ok && napi_set_named_property(env, o, k, v) == napi_ok;
}
static inline bool set_bool(napi_env env, napi_value o, const char* k, bool b) {
  napi_value v;
  return napi_get_boolean(env, b, &v) == napi_ok && napi_set_named_property(env, o, k, v) == napi_ok;
}
static inline bool set_str(napi_env env, napi_value o, const char* k, const char* s) {
  napi_value v;
  return napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &v) == napi_ok &&
         napi_set_named_property(env, o, k, v) == napi_ok;
}

// {status}
static inline napi_value status_obj(napi_env env, napi_status st) {
  napi_value o, v;
  NAPI_CALL(env, napi_create_object(env, &o));
  NAPI_CALL(env, napi_create_int32(env, (int)st, &v));
  NAPI_CALL(env, napi_set_named_property(env, o, "status", v));
  return o;
}

// {status, message?, exception?} for the call under test: message (the last error message) when status is not
// napi_ok, exception when one was pending (it is cleared first, so that the helper calls that follow work).
static inline napi_value result(napi_env env, napi_status st) {
  const napi_extended_error_info* info = NULL;
  char msg[128] = "";
  napi_get_last_error_info(env, &info);
  if (info != NULL && info->error_message != NULL) snprintf(msg, sizeof msg, "%s", info->error_message);
  bool pending = false;
  napi_value exc, o;
  napi_is_exception_pending(env, &pending);
  napi_get_and_clear_last_exception(env, &exc);
  napi_create_object(env, &o);
  set_num(env, o, "status", st);
  if (st != napi_ok) set_str(env, o, "message", msg);
  if (pending) set_value(env, o, "exception", exc);
  return o;
}

// {status, value?, exc?}: value only when non-NULL, exc only when an exception was pending afterwards (cleared).
static inline napi_value rec(napi_env env, napi_status st, napi_value value) {
  bool pending = false;
  napi_value exc, res, v;
  NAPI_CALL(env, napi_is_exception_pending(env, &pending));
  NAPI_CALL(env, napi_get_and_clear_last_exception(env, &exc));
  NAPI_CALL(env, napi_create_object(env, &res));
  NAPI_CALL(env, napi_create_int32(env, (int)st, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "status", v));
  if (value != NULL) NAPI_CALL(env, napi_set_named_property(env, res, "value", value));
  if (pending) NAPI_CALL(env, napi_set_named_property(env, res, "exc", exc));
  return res;
}

// The status of the last call under test, for areas whose functions return something else: lastStatus().
static int g_last_status = -1;
static inline napi_value LastStatus(napi_env env, napi_callback_info info) { return ret_int(env, g_last_status); }

#endif  // NAPI_CONFORMANCE_COMMON_H
