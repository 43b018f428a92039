// Conformance tests: napi_create_reference, napi_delete_reference, napi_reference_ref,
// napi_reference_unref, napi_get_reference_value, weak references and GC.
// references_v10/binding.c is this file compiled with NAPI_VERSION 10.
#include <node_api.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

#define MAX_REFS 1024
static napi_ref refs[MAX_REFS];
static int nrefs;

// createRef(value, count) -> [status, index]
static napi_value CreateRef(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_ref r = NULL;
  int st = napi_create_reference(env, args[0], (uint32_t)arg_int(env, args[1]), &r);
  int out[2] = {st, -1};
  if (st == napi_ok && nrefs < MAX_REFS) {
    refs[nrefs] = r;
    out[1] = nrefs++;
  }
  return int_array(env, out, 2);
}

// deleteRef(i) -> status
static napi_value DeleteRef(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int i = arg_int(env, args[0]);
  int st = napi_delete_reference(env, refs[i]);
  refs[i] = NULL;
  return ret_int(env, st);
}

// refRef(i) -> [status, count]
static napi_value RefRef(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t count = 12345;
  int st = napi_reference_ref(env, refs[arg_int(env, args[0])], &count);
  int out[2] = {st, (int)count};
  return int_array(env, out, 2);
}

// unrefRef(i) -> [status, count]
static napi_value UnrefRef(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t count = 12345;
  int st = napi_reference_unref(env, refs[arg_int(env, args[0])], &count);
  int out[2] = {st, (int)count};
  return int_array(env, out, 2);
}

// getRef(i) -> {status, empty, value}
static napi_value GetRef(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value v = (napi_value)1, obj, t;
  int st = napi_get_reference_value(env, refs[arg_int(env, args[0])], &v);
  NAPI_CALL(env, napi_create_object(env, &obj));
  NAPI_CALL(env, napi_create_int32(env, st, &t));
  NAPI_CALL(env, napi_set_named_property(env, obj, "status", t));
  NAPI_CALL(env, napi_get_boolean(env, v == NULL, &t));
  NAPI_CALL(env, napi_set_named_property(env, obj, "empty", t));
  if (v != NULL) NAPI_CALL(env, napi_set_named_property(env, obj, "value", v));
  return obj;
}

// badArgs(obj) -> statuses of calls with NULL arguments
static napi_value BadArgs(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_ref r = NULL;
  napi_value v;
  uint32_t c;
  int st[9];
  st[0] = napi_create_reference(env, NULL, 1, &r);
  st[1] = napi_create_reference(env, args[0], 1, NULL);
  st[2] = napi_delete_reference(env, NULL);
  st[3] = napi_reference_ref(env, NULL, &c);
  st[4] = napi_reference_unref(env, NULL, &c);
  st[5] = napi_get_reference_value(env, NULL, &v);
  NAPI_CALL(env, napi_create_reference(env, args[0], 1, &r));
  st[6] = napi_get_reference_value(env, r, NULL);
  // the count out-parameter is optional
  st[7] = napi_reference_ref(env, r, NULL);
  st[8] = napi_reference_unref(env, r, NULL);
  napi_delete_reference(env, r);
  return int_array(env, st, 9);
}

// withPendingException(obj): every reference function while an exception is pending
static napi_value WithPendingException(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_ref r = NULL;
  napi_value v = NULL, err;
  uint32_t c1 = 0, c2 = 0;
  int st[6];
  napi_throw_error(env, NULL, "pending");
  st[0] = napi_create_reference(env, args[0], 0, &r);
  st[1] = napi_reference_ref(env, r, &c1);
  st[2] = napi_reference_unref(env, r, &c2);
  st[3] = napi_get_reference_value(env, r, &v);
  st[4] = napi_delete_reference(env, r);
  napi_get_and_clear_last_exception(env, &err);
  st[5] = (int)c1 * 10 + (int)c2;
  return int_array(env, st, 6);
}

// refIdentity(obj) -> [a, b]: the value read back twice through a weak reference
static napi_value RefIdentity(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_ref r;
  napi_value a, b, arr;
  NAPI_CALL(env, napi_create_reference(env, args[0], 0, &r));
  NAPI_CALL(env, napi_get_reference_value(env, r, &a));
  NAPI_CALL(env, napi_get_reference_value(env, r, &b));
  NAPI_CALL(env, napi_delete_reference(env, r));
  NAPI_CALL(env, napi_create_array(env, &arr));
  NAPI_CALL(env, napi_set_element(env, arr, 0, a));
  NAPI_CALL(env, napi_set_element(env, arr, 1, b));
  return arr;
}

// makeFresh(n, count) -> indices of references to n fresh objects created in C
static napi_value MakeFresh(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  int n = arg_int(env, args[0]), count = arg_int(env, args[1]);
  napi_value arr, o, idx;
  NAPI_CALL(env, napi_create_array(env, &arr));
  for (int i = 0; i < n && nrefs < MAX_REFS; i++) {
    NAPI_CALL(env, napi_create_object(env, &o));
    NAPI_CALL(env, napi_create_reference(env, o, (uint32_t)count, &refs[nrefs]));
    NAPI_CALL(env, napi_create_int32(env, nrefs++, &idx));
    NAPI_CALL(env, napi_set_element(env, arr, (uint32_t)i, idx));
  }
  return arr;
}

NAPI_MODULE_INIT() {
  nrefs = 0;  // napi-jvm's tests load this library once per JVM and init it once per run
  EXPORT_FN(env, exports, "createRef", CreateRef);
  EXPORT_FN(env, exports, "deleteRef", DeleteRef);
  EXPORT_FN(env, exports, "refRef", RefRef);
  EXPORT_FN(env, exports, "unrefRef", UnrefRef);
  EXPORT_FN(env, exports, "getRef", GetRef);
  EXPORT_FN(env, exports, "badArgs", BadArgs);
  EXPORT_FN(env, exports, "withPendingException", WithPendingException);
  EXPORT_FN(env, exports, "refIdentity", RefIdentity);
  EXPORT_FN(env, exports, "makeFresh", MakeFresh);
  return exports;
}
