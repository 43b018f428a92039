// Conformance tests: napi_coerce_to_bool / number / object / string, including conversions that throw.
#include <node_api.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common.h"

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
