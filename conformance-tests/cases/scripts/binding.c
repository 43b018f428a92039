// Conformance tests: napi_run_script, napi_create_promise, napi_resolve_deferred, napi_reject_deferred,
// napi_is_promise.
#include <node_api.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common.h"

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
