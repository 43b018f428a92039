// Conformance tests: napi_get/set/has/delete_property, napi_has_own_property,
// napi_get/set/has/delete_element, napi_strict_equals, napi_get_prototype,
// napi_object_freeze, napi_object_seal, napi_define_properties edge cases.
#include <node_api.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

static napi_value rec_bool(napi_env env, napi_status st, bool b, bool have) {
  napi_value v = NULL;
  if (have && st == napi_ok) NAPI_CALL(env, napi_get_boolean(env, b, &v));
  return rec(env, st, v);
}

static napi_value GetProp(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_value r = NULL;
  napi_status st = napi_get_property(env, args[0], args[1], &r);
  return rec(env, st, st == napi_ok ? r : NULL);
}

static napi_value SetProp(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  return rec(env, napi_set_property(env, args[0], args[1], args[2]), NULL);
}

static napi_value HasProp(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool b = false;
  napi_status st = napi_has_property(env, args[0], args[1], &b);
  return rec_bool(env, st, b, true);
}

static napi_value HasOwn(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool b = false;
  napi_status st = napi_has_own_property(env, args[0], args[1], &b);
  return rec_bool(env, st, b, true);
}

static napi_value DelProp(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool b = false;
  napi_status st = napi_delete_property(env, args[0], args[1], &b);
  return rec_bool(env, st, b, true);
}

// delete with a NULL result pointer (allowed)
static napi_value DelPropNoResult(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  return rec(env, napi_delete_property(env, args[0], args[1], NULL), NULL);
}

static napi_value GetEl(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_value r = NULL;
  napi_status st = napi_get_element(env, args[0], arg_u32(env, args[1]), &r);
  return rec(env, st, st == napi_ok ? r : NULL);
}

static napi_value SetEl(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  return rec(env, napi_set_element(env, args[0], arg_u32(env, args[1]), args[2]), NULL);
}

static napi_value HasEl(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool b = false;
  napi_status st = napi_has_element(env, args[0], arg_u32(env, args[1]), &b);
  return rec_bool(env, st, b, true);
}

static napi_value DelEl(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool b = false;
  napi_status st = napi_delete_element(env, args[0], arg_u32(env, args[1]), &b);
  return rec_bool(env, st, b, true);
}

static napi_value StrictEquals(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool b = false;
  napi_status st = napi_strict_equals(env, args[0], args[1], &b);
  return rec_bool(env, st, b, true);
}

static napi_value GetProto(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value r = NULL;
  napi_status st = napi_get_prototype(env, args[0], &r);
  return rec(env, st, st == napi_ok ? r : NULL);
}

// instanceOf(v, ctor) -> {status, value?, exc?}
static napi_value InstanceOf(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool r = false;
  napi_status st = napi_instanceof(env, args[0], args[1], &r);
  napi_value b = NULL;
  if (st == napi_ok) NAPI_CALL(env, napi_get_boolean(env, r, &b));
  return rec(env, st, b);
}

// arrayLength(v) -> {status, value?}
static napi_value ArrayLength(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t n = 0;
  napi_status st = napi_get_array_length(env, args[0], &n);
  napi_value v = NULL;
  if (st == napi_ok) NAPI_CALL(env, napi_create_uint32(env, n, &v));
  return rec(env, st, v);
}

static napi_value Freeze(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  return rec(env, napi_object_freeze(env, args[0]), NULL);
}

static napi_value Seal(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  return rec(env, napi_object_seal(env, args[0]), NULL);
}

// badArgs(): NULL pointer statuses, in this order:
//  get_property:  [0] obj [1] key [2] result
//  set_property:  [3] obj [4] key [5] value
//  has_property:  [6] obj [7] key [8] result
//  has_own:       [9] obj [10] key [11] result
//  delete:        [12] obj [13] key [14] result (allowed)
//  get_element:   [15] obj [16] result
//  set_element:   [17] obj [18] value
//  has_element:   [19] obj [20] result
//  delete_elem:   [21] obj [22] result (allowed)
//  strict_equals: [23] lhs [24] rhs [25] result
//  get_prototype: [26] obj [27] result
//  freeze:        [28] obj   seal: [29] obj
static napi_value BadArgs(napi_env env, napi_callback_info info) {
  napi_value o, k, v, r;
  bool b;
  int st[30];
  NAPI_CALL(env, napi_create_object(env, &o));
  NAPI_CALL(env, napi_create_string_utf8(env, "k", NAPI_AUTO_LENGTH, &k));
  NAPI_CALL(env, napi_create_int32(env, 1, &v));
  st[0] = napi_get_property(env, NULL, k, &r);
  st[1] = napi_get_property(env, o, NULL, &r);
  st[2] = napi_get_property(env, o, k, NULL);
  st[3] = napi_set_property(env, NULL, k, v);
  st[4] = napi_set_property(env, o, NULL, v);
  st[5] = napi_set_property(env, o, k, NULL);
  st[6] = napi_has_property(env, NULL, k, &b);
  st[7] = napi_has_property(env, o, NULL, &b);
  st[8] = napi_has_property(env, o, k, NULL);
  st[9] = napi_has_own_property(env, NULL, k, &b);
  st[10] = napi_has_own_property(env, o, NULL, &b);
  st[11] = napi_has_own_property(env, o, k, NULL);
  st[12] = napi_delete_property(env, NULL, k, &b);
  st[13] = napi_delete_property(env, o, NULL, &b);
  st[14] = napi_delete_property(env, o, k, NULL);
  st[15] = napi_get_element(env, NULL, 0, &r);
  st[16] = napi_get_element(env, o, 0, NULL);
  st[17] = napi_set_element(env, NULL, 0, v);
  st[18] = napi_set_element(env, o, 0, NULL);
  st[19] = napi_has_element(env, NULL, 0, &b);
  st[20] = napi_has_element(env, o, 0, NULL);
  st[21] = napi_delete_element(env, NULL, 0, &b);
  st[22] = napi_delete_element(env, o, 0, NULL);
  st[23] = napi_strict_equals(env, NULL, v, &b);
  st[24] = napi_strict_equals(env, v, NULL, &b);
  st[25] = napi_strict_equals(env, v, v, NULL);
  st[26] = napi_get_prototype(env, NULL, &r);
  st[27] = napi_get_prototype(env, o, NULL);
  st[28] = napi_object_freeze(env, NULL);
  st[29] = napi_object_seal(env, NULL);
  return int_array(env, st, 30);
}

// withPending(obj): every function called while an exception is pending;
// returns [statuses..., sameException]. Order: get, set, has, has_own, delete,
// get_el, set_el, has_el, del_el, strict_equals, get_prototype, freeze, seal,
// define_properties.
static napi_value WithPending(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value k, v, r, err, msg, exc;
  bool b;
  int st[15];
  NAPI_CALL(env, napi_create_string_utf8(env, "k", NAPI_AUTO_LENGTH, &k));
  NAPI_CALL(env, napi_create_int32(env, 1, &v));
  NAPI_CALL(env, napi_create_string_utf8(env, "first", NAPI_AUTO_LENGTH, &msg));
  NAPI_CALL(env, napi_create_error(env, NULL, msg, &err));
  NAPI_CALL(env, napi_throw(env, err));
  napi_property_descriptor d = {"x", NULL, NULL, NULL, NULL, v, napi_default, NULL};
  st[0] = napi_get_property(env, args[0], k, &r);
  st[1] = napi_set_property(env, args[0], k, v);
  st[2] = napi_has_property(env, args[0], k, &b);
  st[3] = napi_has_own_property(env, args[0], k, &b);
  st[4] = napi_delete_property(env, args[0], k, &b);
  st[5] = napi_get_element(env, args[0], 0, &r);
  st[6] = napi_set_element(env, args[0], 0, v);
  st[7] = napi_has_element(env, args[0], 0, &b);
  st[8] = napi_delete_element(env, args[0], 0, &b);
  st[9] = napi_strict_equals(env, v, v, &b);
  st[10] = napi_get_prototype(env, args[0], &r);
  st[11] = napi_object_freeze(env, args[0]);
  st[12] = napi_object_seal(env, args[0]);
  st[13] = napi_define_properties(env, args[0], 1, &d);
  NAPI_CALL(env, napi_get_and_clear_last_exception(env, &exc));
  NAPI_CALL(env, napi_strict_equals(env, exc, err, &b));
  st[14] = b ? 1 : 0;
  return int_array(env, st, 15);
}

// lastError(): the last error code after the previous call (napi_get_last_error_info)
static napi_value LastError(napi_env env, napi_callback_info info) {
  const napi_extended_error_info* ei;
  NAPI_CALL(env, napi_get_last_error_info(env, &ei));
  return ret_int(env, (int)ei->error_code);
}

/* ---- napi_define_properties edge cases ---- */

static napi_value Method(napi_env env, napi_callback_info info) {
  void* data;
  NAPI_CALL(env, napi_get_cb_info(env, info, NULL, NULL, NULL, &data));
  return ret_int(env, data == NULL ? -1 : *(int*)data);
}

static int g_data = 5;

// defineOn(obj, key, kind, attributes, value): one descriptor; key is a string
// (utf8name) or any other value (name). kind: 0 value, 1 method, 2 getter,
// 3 getter+setter. Returns rec(status).
static napi_value DefineOn(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 5);
  napi_property_descriptor d;
  memset(&d, 0, sizeof(d));
  char name[128];
  napi_valuetype t;
  size_t len;
  NAPI_CALL(env, napi_typeof(env, args[1], &t));
  if (t == napi_string) {
    NAPI_CALL(env, napi_get_value_string_utf8(env, args[1], name, sizeof(name), &len));
    d.utf8name = name;
  } else {
    d.name = args[1];
  }
  int32_t kind, attrs;
  NAPI_CALL(env, napi_get_value_int32(env, args[2], &kind));
  NAPI_CALL(env, napi_get_value_int32(env, args[3], &attrs));
  d.attributes = (napi_property_attributes)attrs;
  d.data = &g_data;
  switch (kind) {
    case 0: d.value = args[4]; break;
    case 1: d.method = Method; break;
    case 2: d.getter = Method; break;
    default: d.getter = Method; d.setter = Method; break;
  }
  return rec(env, napi_define_properties(env, args[0], 1, &d), NULL);
}

// defineStopsAtFailure(obj): [a, <number name>, b]: status, then JS sees a only.
static napi_value DefineStopsAtFailure(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value one;
  NAPI_CALL(env, napi_create_int32(env, 1, &one));
  napi_property_descriptor d[3] = {
      {"a", NULL, NULL, NULL, NULL, one, napi_default_jsproperty, NULL},
      {NULL, one, NULL, NULL, NULL, one, napi_default_jsproperty, NULL},
      {"b", NULL, NULL, NULL, NULL, one, napi_default_jsproperty, NULL},
  };
  return rec(env, napi_define_properties(env, args[0], 3, d), NULL);
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "getProp", GetProp);
  EXPORT_FN(env, exports, "setProp", SetProp);
  EXPORT_FN(env, exports, "hasProp", HasProp);
  EXPORT_FN(env, exports, "hasOwn", HasOwn);
  EXPORT_FN(env, exports, "delProp", DelProp);
  EXPORT_FN(env, exports, "delPropNoResult", DelPropNoResult);
  EXPORT_FN(env, exports, "getEl", GetEl);
  EXPORT_FN(env, exports, "setEl", SetEl);
  EXPORT_FN(env, exports, "hasEl", HasEl);
  EXPORT_FN(env, exports, "delEl", DelEl);
  EXPORT_FN(env, exports, "strictEquals", StrictEquals);
  EXPORT_FN(env, exports, "getProto", GetProto);
  EXPORT_FN(env, exports, "instanceOf", InstanceOf);
  EXPORT_FN(env, exports, "arrayLength", ArrayLength);
  EXPORT_FN(env, exports, "freeze", Freeze);
  EXPORT_FN(env, exports, "seal", Seal);
  EXPORT_FN(env, exports, "badArgs", BadArgs);
  EXPORT_FN(env, exports, "withPending", WithPending);
  EXPORT_FN(env, exports, "lastError", LastError);
  EXPORT_FN(env, exports, "defineOn", DefineOn);
  EXPORT_FN(env, exports, "defineStopsAtFailure", DefineStopsAtFailure);
  return exports;
}
