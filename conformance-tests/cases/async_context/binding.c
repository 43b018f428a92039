// Conformance tests: napi_async_init, napi_async_destroy, napi_make_callback, napi_open_callback_scope,
// napi_close_callback_scope, napi_fatal_exception, node_api_get_module_file_name.
#define NAPI_VERSION 9
#include <node_api.h>
#include "../common.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


// asyncInit(resource, name): [NULL name, NULL result, init, destroy NULL, destroy]
static napi_value async_init(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_async_context ctx = NULL;
  int vals[5];
  vals[0] = napi_async_init(env, args[0], NULL, &ctx);
  vals[1] = napi_async_init(env, args[0], args[1], NULL);
  vals[2] = napi_async_init(env, args[0], args[1], &ctx);
  vals[3] = napi_async_destroy(env, NULL);
  vals[4] = vals[2] == napi_ok ? napi_async_destroy(env, ctx) : -1;
  return int_array(env, vals, 5);
}

// makeCallback(recv, fn, ...args): the result, through an async context
static napi_value make_callback(napi_env env, napi_callback_info info) {
  size_t argc = 8;
  napi_value args[8], resource, name, result = NULL;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, args, NULL, NULL));
  napi_async_context ctx;
  NAPI_CALL(env, napi_create_object(env, &resource));
  NAPI_CALL(env, napi_create_string_utf8(env, "mc", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_async_init(env, resource, name, &ctx));
  napi_status st = napi_make_callback(env, ctx, args[0], args[1], argc - 2, args + 2, &result);
  NAPI_CALL(env, napi_async_destroy(env, ctx));
  NAPI_CALL(env, st);
  return result;
}

// makeCallbackStatus(recv, fn, kind): status of napi_make_callback with a NULL async context;
// kind 1: NULL recv, 2: argc 1 with NULL argv, 3: NULL result (allowed); an exception is cleared: [status, pending]
static napi_value make_callback_status(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  int32_t kind;
  NAPI_CALL(env, napi_get_value_int32(env, args[2], &kind));
  napi_value result;
  napi_status st;
  if (kind == 1) st = napi_make_callback(env, NULL, NULL, args[1], 0, NULL, &result);
  else if (kind == 2) st = napi_make_callback(env, NULL, args[0], args[1], 1, NULL, &result);
  else if (kind == 3) st = napi_make_callback(env, NULL, args[0], args[1], 0, NULL, NULL);
  else st = napi_make_callback(env, NULL, args[0], args[1], 0, NULL, &result);
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  napi_value exc;
  if (pending) napi_get_and_clear_last_exception(env, &exc);
  int vals[2] = {st, pending};
  return int_array(env, vals, 2);
}

// scopes(): [close with none open, open NULL result, close NULL, open, open, close, close, close again]
static napi_value scopes(napi_env env, napi_callback_info info) {
  napi_value resource, name;
  napi_async_context ctx;
  NAPI_CALL(env, napi_create_object(env, &resource));
  NAPI_CALL(env, napi_create_string_utf8(env, "scope", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_async_init(env, resource, name, &ctx));
  napi_callback_scope a = NULL, b = NULL, dummy = (napi_callback_scope)&name;
  int vals[8];
  vals[0] = napi_close_callback_scope(env, dummy);
  vals[1] = napi_open_callback_scope(env, resource, ctx, NULL);
  vals[2] = napi_close_callback_scope(env, NULL);
  vals[3] = napi_open_callback_scope(env, resource, ctx, &a);
  vals[4] = napi_open_callback_scope(env, resource, ctx, &b);
  vals[5] = napi_close_callback_scope(env, b);
  vals[6] = napi_close_callback_scope(env, a);
  vals[7] = napi_close_callback_scope(env, dummy);
  NAPI_CALL(env, napi_async_destroy(env, ctx));
  return int_array(env, vals, 8);
}

// fatal(err): napi_fatal_exception's status; fatalNull(): with a NULL error
static napi_value fatal(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value r;
  NAPI_CALL(env, napi_create_int32(env, napi_fatal_exception(env, args[0]), &r));
  return r;
}
static napi_value fatal_null(napi_env env, napi_callback_info info) {
  napi_value r;
  NAPI_CALL(env, napi_create_int32(env, napi_fatal_exception(env, NULL), &r));
  return r;
}

// fileName(): [the module's file URL, status with a NULL result]
static napi_value file_name(napi_env env, napi_callback_info info) {
  const char* name = NULL;
  NAPI_CALL(env, node_api_get_module_file_name(env, &name));
  napi_value arr, s, st;
  NAPI_CALL(env, napi_create_array(env, &arr));
  NAPI_CALL(env, napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &s));
  NAPI_CALL(env, napi_create_int32(env, node_api_get_module_file_name(env, NULL), &st));
  NAPI_CALL(env, napi_set_element(env, arr, 0, s));
  NAPI_CALL(env, napi_set_element(env, arr, 1, st));
  return arr;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "asyncInit", async_init);
  EXPORT_FN(env, exports, "makeCallback", make_callback);
  EXPORT_FN(env, exports, "makeCallbackStatus", make_callback_status);
  EXPORT_FN(env, exports, "scopes", scopes);
  EXPORT_FN(env, exports, "fatal", fatal);
  EXPORT_FN(env, exports, "fatalNull", fatal_null);
  EXPORT_FN(env, exports, "fileName", file_name);
  return exports;
}
