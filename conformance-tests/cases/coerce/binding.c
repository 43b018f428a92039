// Conformance tests: napi_coerce_to_bool / number / object / string, including conversions that throw.
#include <node_api.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers (duplicated in every area on purpose) ---- */
#define CHECK(env, call)                                            \
  do {                                                              \
    if ((call) != napi_ok) {                                        \
      napi_throw_error((env), NULL, "helper call failed: " #call);  \
      return NULL;                                                  \
    }                                                               \
  } while (0)

#define GET_ARGS(env, info, n)                                           \
  size_t argc = (n);                                                     \
  napi_value args[(n) > 0 ? (n) : 1];                                    \
  CHECK(env, napi_get_cb_info(env, info, &argc, args, NULL, NULL))

#define EXPORT_FN(env, exports, name, fn)                                              \
  do {                                                                                 \
    napi_value fn_;                                                                    \
    CHECK(env, napi_create_function(env, name, NAPI_AUTO_LENGTH, fn, NULL, &fn_));     \
    CHECK(env, napi_set_named_property(env, exports, name, fn_));                      \
  } while (0)

static inline void set_value(napi_env env, napi_value o, const char* k, napi_value v) {
  napi_set_named_property(env, o, k, v);
}
static inline void set_num(napi_env env, napi_value o, const char* k, double d) {
  napi_value v;
  napi_create_double(env, d, &v);
  napi_set_named_property(env, o, k, v);
}
static inline void set_bool(napi_env env, napi_value o, const char* k, bool b) {
  napi_value v;
  napi_get_boolean(env, b, &v);
  napi_set_named_property(env, o, k, v);
}
static inline void set_str(napi_env env, napi_value o, const char* k, const char* s) {
  napi_value v;
  napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &v);
  napi_set_named_property(env, o, k, v);
}

/* A result object for the call under test: {status, message, exception?}. The pending exception (if any) is taken
 * first, so that the helper calls that follow (some refuse while an exception is pending) work. */
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

/* The UTF-8 of a JS string argument, or NULL if it is not a string. */
static inline const char* arg_cstr(napi_env env, napi_value v, char* buf, size_t size) {
  napi_valuetype t;
  if (napi_typeof(env, v, &t) != napi_ok || t != napi_string) return NULL;
  if (napi_get_value_string_utf8(env, v, buf, size, NULL) != napi_ok) return NULL;
  return buf;
}
static inline double arg_num(napi_env env, napi_value v) {
  double d = 0;
  napi_get_value_double(env, v, &d);
  return d;
}
/* ---- end helpers ---- */

typedef napi_status (*coerce_fn)(napi_env, napi_value, napi_value*);
static const coerce_fn fns[] = {napi_coerce_to_bool, napi_coerce_to_number, napi_coerce_to_object, napi_coerce_to_string};

// coerce(kind, value, mode): kind 0 bool, 1 number, 2 object, 3 string; mode 1 NULL value, 2 NULL result,
// 3 with an exception already pending
static napi_value Coerce(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  int kind = (int)arg_num(env, args[0]);
  int mode = (int)arg_num(env, args[2]);
  if (mode == 3) napi_throw_error(env, NULL, "already pending");
  napi_value r = NULL;
  napi_status st = fns[kind](env, mode == 1 ? NULL : args[1], mode == 2 ? NULL : &r);
  napi_value o = result(env, st);
  if (st == napi_ok) {
    napi_valuetype t;
    napi_typeof(env, r, &t);
    set_num(env, o, "type", t);
    set_value(env, o, "value", r);
  }
  return o;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "coerce", Coerce);
  return exports;
}
