// Conformance tests: napi_create_function, napi_get_cb_info,
// napi_call_function, napi_is_exception_pending,
// napi_get_and_clear_last_exception (in the context of calls).
#include <node_api.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

static int64_t g_counter = 0;
static int g_last_call_status = -1;
static bool g_last_pending = false;

static napi_value ReturnData(napi_env env, napi_callback_info info) {
  void* data = NULL;
  NAPI_CALL(env, napi_get_cb_info(env, info, NULL, NULL, NULL, &data));
  if (data == NULL) {
    napi_value r;
    NAPI_CALL(env, napi_get_null(env, &r));
    return r;
  }
  return ret_int(env, *(int*)data);
}

static napi_value Noop(napi_env env, napi_callback_info info) {
  return NULL;  // returning NULL yields undefined
}

// createFunction(name, length): length < 0 means NAPI_AUTO_LENGTH.
// name === null means utf8name NULL.
// Returns its argument number data (0 or 1) as it got it: an argument's napi_value goes back to JS unchanged.
static napi_value ReturnArg(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value args[2];
  void* data;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, args, NULL, &data));
  return args[data == NULL ? 0 : 1];
}

static napi_value CreateFunction(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  char name[128];
  size_t copied = 0;
  napi_valuetype t;
  NAPI_CALL(env, napi_typeof(env, args[0], &t));
  const char* name_ptr = NULL;
  if (t == napi_string) {
    NAPI_CALL(env, napi_get_value_string_utf8(env, args[0], name, sizeof(name), &copied));
    name_ptr = name;
  }
  int32_t len;
  NAPI_CALL(env, napi_get_value_int32(env, args[1], &len));
  napi_value fn;
  NAPI_CALL(env, napi_create_function(env, name_ptr, len < 0 ? NAPI_AUTO_LENGTH : (size_t)len,
                                      Noop, NULL, &fn));
  return fn;
}

static int g_data_values[3] = {11, 22, 33};

// createWithData(i): function whose data pointer points to g_data_values[i]
// (i < 0: NULL data). Calling it returns the pointed-to int (or null).
static napi_value CreateWithData(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int32_t i;
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &i));
  void* data = (i >= 0 && i < 3) ? &g_data_values[i] : NULL;
  napi_value fn;
  NAPI_CALL(env, napi_create_function(env, "withData", NAPI_AUTO_LENGTH, ReturnData, data, &fn));
  return fn;
}

// createBadArgs(): statuses of napi_create_function misuse:
//  [0] NULL result  [1] NULL cb  [2] OK with NULL name  [3] length > INT_MAX
static napi_value CreateBadArgs(napi_env env, napi_callback_info info) {
  int st[3];
  napi_value fn;
  st[0] = napi_create_function(env, "f", NAPI_AUTO_LENGTH, Noop, NULL, NULL);
  st[1] = napi_create_function(env, "f", NAPI_AUTO_LENGTH, NULL, NULL, &fn);
  st[2] = napi_create_function(env, NULL, 0, Noop, NULL, &fn);
  return int_array(env, st, 3);
}

static int g_caps[6] = {0, 1, 2, 3, 5, 8};

// Probe callback: data points to capacity. Returns {argc, args, self}
static napi_value ArgsProbe(napi_env env, napi_callback_info info) {
  void* data = NULL;
  size_t argc = 0;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, NULL, NULL, &data));
  size_t actual = argc;  // with argv NULL, argc returns the actual count
  int cap = *(int*)data;
  napi_value argv[8];
  for (int i = 0; i < 8; i++) argv[i] = NULL;
  napi_value self;
  argc = (size_t)cap;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, cap > 0 ? argv : NULL, &self, NULL));
  napi_value res, arr, v;
  NAPI_CALL(env, napi_create_object(env, &res));
  NAPI_CALL(env, napi_create_uint32(env, (uint32_t)actual, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "actual", v));
  NAPI_CALL(env, napi_create_uint32(env, (uint32_t)argc, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "argc", v));
  NAPI_CALL(env, napi_create_array(env, &arr));
  for (int i = 0; i < cap; i++) {
    if (argv[i] == NULL) {
      // Node fills every slot up to the capacity; a NULL slot is reported
      // as the string "<NULL>".
      NAPI_CALL(env, napi_create_string_utf8(env, "<NULL>", NAPI_AUTO_LENGTH, &v));
      NAPI_CALL(env, napi_set_element(env, arr, (uint32_t)i, v));
    } else {
      NAPI_CALL(env, napi_set_element(env, arr, (uint32_t)i, argv[i]));
    }
  }
  NAPI_CALL(env, napi_set_named_property(env, res, "args", arr));
  NAPI_CALL(env, napi_set_named_property(env, res, "self", self));
  return res;
}

// makeArgsProbe(capacityIndex) -> function using g_caps[capacityIndex]
static napi_value MakeArgsProbe(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int32_t i;
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &i));
  if (i < 0 || i >= 6) {
    napi_throw_range_error(env, NULL, "bad capacity index");
    return NULL;
  }
  napi_value fn;
  NAPI_CALL(env, napi_create_function(env, "probe", NAPI_AUTO_LENGTH, ArgsProbe, &g_caps[i], &fn));
  return fn;
}

// getThis(): returns the receiver.
static napi_value GetThis(napi_env env, napi_callback_info info) {
  napi_value self;
  NAPI_CALL(env, napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  return self;
}

// cbInfoBadArgs(a, b): statuses of napi_get_cb_info misuse:
//  [0] argv non-NULL but argc NULL -> invalid arg
//  [1] all out-params NULL -> ok
//  [2] NULL cbinfo -> invalid arg
static napi_value CbInfoBadArgs(napi_env env, napi_callback_info info) {
  int st[3];
  napi_value argv[2];
  st[0] = napi_get_cb_info(env, info, NULL, argv, NULL, NULL);
  st[1] = napi_get_cb_info(env, info, NULL, NULL, NULL, NULL);
  size_t argc = 2;
  st[2] = napi_get_cb_info(env, NULL, &argc, argv, NULL, NULL);
  return int_array(env, st, 3);
}

// call(fn, recv, ...args): napi_call_function(recv, fn, args)
static napi_value Call(napi_env env, napi_callback_info info) {
  size_t argc = 10;
  napi_value argv[10];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 2) {
    napi_throw_error(env, NULL, "call(fn, recv, ...args) needs 2 arguments");
    return NULL;
  }
  napi_value result;
  NAPI_CALL(env, napi_call_function(env, argv[1], argv[0], argc - 2, argv + 2, &result));
  return result;
}

// callRecordStatus(fn, ...args): calls fn with global receiver; records the
// status and napi_is_exception_pending in globals and returns the result (or
// NULL -> undefined, letting any pending exception propagate).
static napi_value CallRecordStatus(napi_env env, napi_callback_info info) {
  size_t argc = 10;
  napi_value argv[10];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  napi_value global, result = NULL;
  NAPI_CALL(env, napi_get_global(env, &global));
  napi_status s = napi_call_function(env, global, argv[0], argc - 1, argv + 1, &result);
  g_last_call_status = (int)s;
  g_last_pending = false;
  napi_is_exception_pending(env, &g_last_pending);
  if (s != napi_ok) return NULL;
  return result;
}

static napi_value LastCallInfo(napi_env env, napi_callback_info info) {
  napi_value res, v;
  NAPI_CALL(env, napi_create_object(env, &res));
  NAPI_CALL(env, napi_create_int32(env, g_last_call_status, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "status", v));
  NAPI_CALL(env, napi_get_boolean(env, g_last_pending, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "pending", v));
  return res;
}

// callAndCatch(fn): calls fn; if it throws, clears the exception and returns
// {status, pendingBefore, pendingAfter, error, lastErrorCode}.
static napi_value CallAndCatch(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value global, result;
  NAPI_CALL(env, napi_get_global(env, &global));
  napi_status s = napi_call_function(env, global, args[0], 0, NULL, &result);
  const napi_extended_error_info* ei;
  int last_code = -1;
  if (napi_get_last_error_info(env, &ei) == napi_ok) last_code = (int)ei->error_code;
  bool before = false, after = false;
  NAPI_CALL(env, napi_is_exception_pending(env, &before));
  napi_value error;
  NAPI_CALL(env, napi_get_and_clear_last_exception(env, &error));
  NAPI_CALL(env, napi_is_exception_pending(env, &after));
  napi_value res, v;
  NAPI_CALL(env, napi_create_object(env, &res));
  NAPI_CALL(env, napi_create_int32(env, (int)s, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "status", v));
  NAPI_CALL(env, napi_create_int32(env, last_code, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "lastErrorCode", v));
  NAPI_CALL(env, napi_get_boolean(env, before, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "pendingBefore", v));
  NAPI_CALL(env, napi_get_boolean(env, after, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "pendingAfter", v));
  NAPI_CALL(env, napi_set_named_property(env, res, "error", error));
  if (s == napi_ok) NAPI_CALL(env, napi_set_named_property(env, res, "result", result));
  return res;
}

// callTwiceAfterThrow(throwingFn, otherFn): calls throwingFn (exception
// becomes pending), then tries to call otherFn. Returns statuses via
// lastCallInfo-like globals; the first exception propagates to JS.
static int g_second_status = -1;
static napi_value CallTwiceAfterThrow(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_value global, result;
  NAPI_CALL(env, napi_get_global(env, &global));
  g_last_call_status = (int)napi_call_function(env, global, args[0], 0, NULL, &result);
  g_second_status = (int)napi_call_function(env, global, args[1], 0, NULL, &result);
  return NULL;
}

static napi_value SecondStatus(napi_env env, napi_callback_info info) {
  return ret_int(env, g_second_status);
}

// callBadArgs(fn): statuses of napi_call_function misuse:
//  [0] NULL recv  [1] NULL func  [2] argc>0 with NULL argv
//  [3] NULL result (allowed: ok)  [4] non-function func
static napi_value CallBadArgs(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value global, result, obj;
  NAPI_CALL(env, napi_get_global(env, &global));
  NAPI_CALL(env, napi_create_object(env, &obj));
  int st[5];
  st[0] = napi_call_function(env, NULL, args[0], 0, NULL, &result);
  st[1] = napi_call_function(env, global, NULL, 0, NULL, &result);
  st[2] = napi_call_function(env, global, args[0], 1, NULL, &result);
  st[3] = napi_call_function(env, global, args[0], 0, NULL, NULL);
  st[4] = napi_call_function(env, global, obj, 0, NULL, &result);
  return int_array(env, st, 5);
}

// isPendingBadArgs(): napi_is_exception_pending(env, NULL)
static napi_value IsPendingBadArgs(napi_env env, napi_callback_info info) {
  return ret_int(env, (int)napi_is_exception_pending(env, NULL));
}

// isPendingNow(): napi_is_exception_pending with nothing pending -> false
static napi_value IsPendingNow(napi_env env, napi_callback_info info) {
  bool pending = true;
  NAPI_CALL(env, napi_is_exception_pending(env, &pending));
  napi_value r;
  NAPI_CALL(env, napi_get_boolean(env, pending, &r));
  return r;
}

// Counter callback used for re-entrancy: calls fn(depth-1) until 0.
static napi_value Recurse(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  int32_t depth;
  NAPI_CALL(env, napi_get_value_int32(env, args[1], &depth));
  g_counter++;
  if (depth <= 0) return ret_int(env, 0);
  napi_value global, next, result;
  NAPI_CALL(env, napi_get_global(env, &global));
  NAPI_CALL(env, napi_create_int32(env, depth - 1, &next));
  napi_value cargs[2] = {args[0], next};
  NAPI_CALL(env, napi_call_function(env, global, args[0], 2, cargs, &result));
  int32_t r;
  NAPI_CALL(env, napi_get_value_int32(env, result, &r));
  return ret_int(env, r + 1);
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "createFunction", CreateFunction);
  {
    napi_value f0, f1;
    NAPI_CALL(env, napi_create_function(env, "returnArg0", NAPI_AUTO_LENGTH, ReturnArg, NULL, &f0));
    NAPI_CALL(env, napi_create_function(env, "returnArg1", NAPI_AUTO_LENGTH, ReturnArg, (void*)1, &f1));
    NAPI_CALL(env, napi_set_named_property(env, exports, "returnArg0", f0));
    NAPI_CALL(env, napi_set_named_property(env, exports, "returnArg1", f1));
  }
  EXPORT_FN(env, exports, "createWithData", CreateWithData);
  EXPORT_FN(env, exports, "createBadArgs", CreateBadArgs);
  EXPORT_FN(env, exports, "makeArgsProbe", MakeArgsProbe);
  EXPORT_FN(env, exports, "getThis", GetThis);
  EXPORT_FN(env, exports, "cbInfoBadArgs", CbInfoBadArgs);
  EXPORT_FN(env, exports, "call", Call);
  EXPORT_FN(env, exports, "callRecordStatus", CallRecordStatus);
  EXPORT_FN(env, exports, "lastCallInfo", LastCallInfo);
  EXPORT_FN(env, exports, "callAndCatch", CallAndCatch);
  EXPORT_FN(env, exports, "callTwiceAfterThrow", CallTwiceAfterThrow);
  EXPORT_FN(env, exports, "secondStatus", SecondStatus);
  EXPORT_FN(env, exports, "callBadArgs", CallBadArgs);
  EXPORT_FN(env, exports, "isPendingBadArgs", IsPendingBadArgs);
  EXPORT_FN(env, exports, "isPendingNow", IsPendingNow);
  EXPORT_FN(env, exports, "recurse", Recurse);
  return exports;
}
