// Conformance tests: napi_create_object, napi_set_named_property,
// napi_get_named_property, napi_has_named_property, napi_define_properties.
#include <node_api.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

#define NAME_MAX_LEN 128

static bool get_name(napi_env env, napi_value v, char* buf) {
  size_t len;
  return napi_get_value_string_utf8(env, v, buf, NAME_MAX_LEN, &len) == napi_ok;
}

static napi_value CreateObject(napi_env env, napi_callback_info info) {
  napi_value obj;
  NAPI_CALL(env, napi_create_object(env, &obj));
  return obj;
}

// setNamed(obj, name, value) -> status
static napi_value SetNamed(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  char name[NAME_MAX_LEN];
  if (!get_name(env, args[1], name)) { throw_last_error(env); return NULL; }
  return ret_int(env, (int)napi_set_named_property(env, args[0], name, args[2]));
}

// getNamed(obj, name) -> value
static napi_value GetNamed(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  char name[NAME_MAX_LEN];
  if (!get_name(env, args[1], name)) { throw_last_error(env); return NULL; }
  napi_value result;
  NAPI_CALL(env, napi_get_named_property(env, args[0], name, &result));
  return result;
}

// hasNamed(obj, name) -> bool
static napi_value HasNamed(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  char name[NAME_MAX_LEN];
  if (!get_name(env, args[1], name)) { throw_last_error(env); return NULL; }
  bool has;
  NAPI_CALL(env, napi_has_named_property(env, args[0], name, &has));
  napi_value r;
  NAPI_CALL(env, napi_get_boolean(env, has, &r));
  return r;
}

// statusesOn(target, fn): [set, get, has] statuses of the named property
// functions on `target` (any value), property "p". If an exception is
// pending afterwards it is cleared and passed to fn (when fn is a function)
// so JS can inspect it; returns {set, get, has, pending}.
static napi_value StatusesOn(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value one, got, res, v;
  bool has;
  int st[3];
  bool pend[3];
  napi_value excs[3];
  NAPI_CALL(env, napi_create_int32(env, 1, &one));
  st[0] = napi_set_named_property(env, args[0], "p", one);
  NAPI_CALL(env, napi_is_exception_pending(env, &pend[0]));
  NAPI_CALL(env, napi_get_and_clear_last_exception(env, &excs[0]));
  st[1] = napi_get_named_property(env, args[0], "p", &got);
  NAPI_CALL(env, napi_is_exception_pending(env, &pend[1]));
  NAPI_CALL(env, napi_get_and_clear_last_exception(env, &excs[1]));
  st[2] = napi_has_named_property(env, args[0], "p", &has);
  NAPI_CALL(env, napi_is_exception_pending(env, &pend[2]));
  NAPI_CALL(env, napi_get_and_clear_last_exception(env, &excs[2]));
  NAPI_CALL(env, napi_create_object(env, &res));
  const char* names[3] = {"set", "get", "has"};
  const char* pnames[3] = {"setPending", "getPending", "hasPending"};
  for (int i = 0; i < 3; i++) {
    NAPI_CALL(env, napi_create_int32(env, st[i], &v));
    NAPI_CALL(env, napi_set_named_property(env, res, names[i], v));
    NAPI_CALL(env, napi_get_boolean(env, pend[i], &v));
    NAPI_CALL(env, napi_set_named_property(env, res, pnames[i], v));
  }
  return res;
}

// namedBadArgs(): statuses with NULL arguments:
//  [0] set NULL object  [1] set NULL name  [2] set NULL value
//  [3] get NULL object  [4] get NULL name  [5] get NULL result
//  [6] has NULL object  [7] has NULL name  [8] has NULL result
//  [9] create_object NULL result
static napi_value NamedBadArgs(napi_env env, napi_callback_info info) {
  napi_value obj, v, r;
  bool b;
  int st[10];
  NAPI_CALL(env, napi_create_object(env, &obj));
  NAPI_CALL(env, napi_create_int32(env, 1, &v));
  st[0] = napi_set_named_property(env, NULL, "a", v);
  st[1] = napi_set_named_property(env, obj, NULL, v);
  st[2] = napi_set_named_property(env, obj, "a", NULL);
  st[3] = napi_get_named_property(env, NULL, "a", &r);
  st[4] = napi_get_named_property(env, obj, NULL, &r);
  st[5] = napi_get_named_property(env, obj, "a", NULL);
  st[6] = napi_has_named_property(env, NULL, "a", &b);
  st[7] = napi_has_named_property(env, obj, NULL, &b);
  st[8] = napi_has_named_property(env, obj, "a", NULL);
  st[9] = napi_create_object(env, NULL);
  return int_array(env, st, 10);
}

// getThrowing(obj, name): get a property whose getter throws; returns
// {status, pending, error} after clearing the exception.
static napi_value GetCatch(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  char name[NAME_MAX_LEN];
  if (!get_name(env, args[1], name)) { throw_last_error(env); return NULL; }
  napi_value result;
  napi_status s = napi_get_named_property(env, args[0], name, &result);
  bool pending;
  NAPI_CALL(env, napi_is_exception_pending(env, &pending));
  napi_value err, res, v;
  NAPI_CALL(env, napi_get_and_clear_last_exception(env, &err));
  NAPI_CALL(env, napi_create_object(env, &res));
  NAPI_CALL(env, napi_create_int32(env, (int)s, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "status", v));
  NAPI_CALL(env, napi_get_boolean(env, pending, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "pending", v));
  NAPI_CALL(env, napi_set_named_property(env, res, "error", err));
  return res;
}

/* ---- napi_define_properties ---- */

static int g_method_data = 55;
static int g_getter_data = 77;
static int g_setter_data = 88;

// Method: returns {self, data, args}
static napi_value Method(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4], self, res, arr;
  void* data;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, &self, &data));
  NAPI_CALL(env, napi_create_object(env, &res));
  NAPI_CALL(env, napi_set_named_property(env, res, "self", self));
  NAPI_CALL(env, napi_set_named_property(env, res, "data", data_int(env, data)));
  NAPI_CALL(env, napi_create_array(env, &arr));
  for (size_t i = 0; i < argc && i < 4; i++) NAPI_CALL(env, napi_set_element(env, arr, (uint32_t)i, argv[i]));
  NAPI_CALL(env, napi_set_named_property(env, res, "args", arr));
  return res;
}

// Getter: returns {self, data, argc}
static napi_value Getter(napi_env env, napi_callback_info info) {
  size_t argc = 0;
  napi_value self, res, v;
  void* data;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, NULL, &self, &data));
  NAPI_CALL(env, napi_create_object(env, &res));
  NAPI_CALL(env, napi_set_named_property(env, res, "self", self));
  NAPI_CALL(env, napi_set_named_property(env, res, "data", data_int(env, data)));
  NAPI_CALL(env, napi_create_uint32(env, (uint32_t)argc, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "argc", v));
  return res;
}

// Setter: stores {value, data, argc} into this.lastSet
static napi_value Setter(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], self, rec, v;
  void* data;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, &self, &data));
  NAPI_CALL(env, napi_create_object(env, &rec));
  NAPI_CALL(env, napi_set_named_property(env, rec, "value", argv[0]));
  NAPI_CALL(env, napi_set_named_property(env, rec, "data", data_int(env, data)));
  NAPI_CALL(env, napi_create_uint32(env, (uint32_t)argc, &v));
  NAPI_CALL(env, napi_set_named_property(env, rec, "argc", v));
  NAPI_CALL(env, napi_set_named_property(env, self, "lastSet", rec));
  return NULL;
}

// defineOne(obj, name, kind, attributes, value) -> status
//   name: string -> utf8name; otherwise (symbol/other) -> napi_value name
//   kind: 0 value, 1 method, 2 getter, 3 setter, 4 getter+setter
static napi_value DefineOne(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 5);
  napi_property_descriptor d;
  memset(&d, 0, sizeof(d));
  char name[NAME_MAX_LEN];
  napi_valuetype t;
  NAPI_CALL(env, napi_typeof(env, args[1], &t));
  if (t == napi_string) {
    if (!get_name(env, args[1], name)) { throw_last_error(env); return NULL; }
    d.utf8name = name;
  } else {
    d.name = args[1];
  }
  int32_t kind, attrs;
  NAPI_CALL(env, napi_get_value_int32(env, args[2], &kind));
  NAPI_CALL(env, napi_get_value_int32(env, args[3], &attrs));
  d.attributes = (napi_property_attributes)attrs;
  switch (kind) {
    case 0: d.value = args[4]; break;
    case 1: d.method = Method; d.data = &g_method_data; break;
    case 2: d.getter = Getter; d.data = &g_getter_data; break;
    case 3: d.setter = Setter; d.data = &g_setter_data; break;
    case 4: d.getter = Getter; d.setter = Setter; d.data = &g_getter_data; break;
    default: napi_throw_error(env, NULL, "bad kind"); return NULL;
  }
  return ret_int(env, (int)napi_define_properties(env, args[0], 1, &d));
}

// defineMany(obj): defines several properties in one call, mixing kinds.
static napi_value DefineMany(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value num, str, sym_desc, sym;
  NAPI_CALL(env, napi_create_int32(env, 7, &num));
  NAPI_CALL(env, napi_create_string_utf8(env, "text", NAPI_AUTO_LENGTH, &str));
  NAPI_CALL(env, napi_create_string_utf8(env, "symKey", NAPI_AUTO_LENGTH, &sym_desc));
  NAPI_CALL(env, napi_create_symbol(env, sym_desc, &sym));
  napi_property_descriptor props[] = {
      {"num", NULL, NULL, NULL, NULL, num, napi_enumerable, NULL},
      {"str", NULL, NULL, NULL, NULL, str, napi_writable | napi_enumerable, NULL},
      {"method", NULL, Method, NULL, NULL, NULL, napi_default, &g_method_data},
      {"acc", NULL, NULL, Getter, Setter, NULL, napi_enumerable, &g_getter_data},
      {NULL, sym, NULL, NULL, NULL, num, napi_enumerable, NULL},
  };
  NAPI_CALL(env, napi_define_properties(env, args[0], sizeof(props) / sizeof(props[0]), props));
  return sym;
}

// defineBadArgs(): statuses:
//  [0] NULL object  [1] count>0 with NULL properties  [2] count 0 with NULL
//  properties (ok)  [3] descriptor name is not a name (a number)
// (A descriptor with neither utf8name nor name crashes Node; not tested.)
static napi_value DefineBadArgs(napi_env env, napi_callback_info info) {
  napi_value obj, num;
  NAPI_CALL(env, napi_create_object(env, &obj));
  NAPI_CALL(env, napi_create_int32(env, 1, &num));
  int st[4];
  napi_property_descriptor good = {"x", NULL, NULL, NULL, NULL, num, napi_default, NULL};
  napi_property_descriptor badname = {NULL, num, NULL, NULL, NULL, num, napi_default, NULL};
  st[0] = napi_define_properties(env, NULL, 1, &good);
  st[1] = napi_define_properties(env, obj, 1, NULL);
  st[2] = napi_define_properties(env, obj, 0, NULL);
  st[3] = napi_define_properties(env, obj, 1, &badname);
  return int_array(env, st, 4);
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "createObject", CreateObject);
  EXPORT_FN(env, exports, "setNamed", SetNamed);
  EXPORT_FN(env, exports, "getNamed", GetNamed);
  EXPORT_FN(env, exports, "hasNamed", HasNamed);
  EXPORT_FN(env, exports, "statusesOn", StatusesOn);
  EXPORT_FN(env, exports, "namedBadArgs", NamedBadArgs);
  EXPORT_FN(env, exports, "getCatch", GetCatch);
  EXPORT_FN(env, exports, "defineOne", DefineOne);
  EXPORT_FN(env, exports, "defineMany", DefineMany);
  EXPORT_FN(env, exports, "defineBadArgs", DefineBadArgs);
  return exports;
}
