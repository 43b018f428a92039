// Conformance tests: napi_run_script, napi_create_promise, napi_resolve_deferred, napi_reject_deferred,
// napi_is_promise.
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

// runScript(value, mode): mode 1 NULL script, 2 NULL result, 3 with an exception already pending
static napi_value RunScript(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  int mode = (int)arg_num(env, args[1]);
  if (mode == 3) napi_throw_error(env, NULL, "already pending");
  napi_value r = NULL;
  napi_status st = napi_run_script(env, mode == 1 ? NULL : args[0], mode == 2 ? NULL : &r);
  napi_value o = result(env, st);
  if (st == napi_ok) set_value(env, o, "value", r);
  return o;
}

static napi_deferred deferreds[64];
static int deferred_count;

// createPromise(mode): mode 1 NULL deferred, 2 NULL promise, 3 with an exception already pending.
// Returns {status, promise, id}; id names the deferred for conclude().
static napi_value CreatePromise(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int mode = (int)arg_num(env, args[0]);
  if (mode == 3) napi_throw_error(env, NULL, "already pending");
  napi_deferred d = NULL;
  napi_value p = NULL;
  napi_status st = napi_create_promise(env, mode == 1 ? NULL : &d, mode == 2 ? NULL : &p);
  napi_value o = result(env, st);
  if (st == napi_ok) {
    bool is = false;
    napi_is_promise(env, p, &is);
    set_value(env, o, "promise", p);
    set_bool(env, o, "isPromise", is);
    set_num(env, o, "id", deferred_count);
    deferreds[deferred_count++ % 64] = d;
  }
  return o;
}

// conclude(id, value, resolve, mode): mode 1 NULL value, 3 with an exception already pending
static napi_value Conclude(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 4);
  int id = (int)arg_num(env, args[0]);
  bool resolve = false;
  napi_get_value_bool(env, args[2], &resolve);
  int mode = (int)arg_num(env, args[3]);
  if (mode == 3) napi_throw_error(env, NULL, "already pending");
  napi_value v = mode == 1 ? NULL : args[1];
  napi_status st = resolve ? napi_resolve_deferred(env, deferreds[id % 64], v) : napi_reject_deferred(env, deferreds[id % 64], v);
  return result(env, st);
}

// isPromise(value, mode): mode 1 NULL value, 2 NULL result
static napi_value IsPromise(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  int mode = (int)arg_num(env, args[1]);
  bool b = false;
  napi_status st = napi_is_promise(env, mode == 1 ? NULL : args[0], mode == 2 ? NULL : &b);
  napi_value o = result(env, st);
  set_bool(env, o, "value", b);
  return o;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "runScript", RunScript);
  EXPORT_FN(env, exports, "createPromise", CreatePromise);
  EXPORT_FN(env, exports, "conclude", Conclude);
  EXPORT_FN(env, exports, "isPromise", IsPromise);
  return exports;
}
