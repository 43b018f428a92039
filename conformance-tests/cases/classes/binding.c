// Conformance tests: napi_define_class, napi_new_instance, napi_get_new_target,
// classes extended from JS, napi_instanceof with native classes.
#include <node_api.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

static int g_ctor_data = 100, g_method_data = 200, g_getter_data = 300, g_static_data = 400;

// The constructor: records into `this`: args (array), data, newTarget (the
// new.target or null), thisType. When the first argument is the string
// "return-object", it returns a fresh object {replaced: true}; when it is
// "throw", it throws an Error("ctor threw").
static napi_value Ctor(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4], self, nt, arr, v;
  void* data;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, &self, &data));
  NAPI_CALL(env, napi_get_new_target(env, info, &nt));
  if (argc > 0) {
    napi_valuetype t;
    NAPI_CALL(env, napi_typeof(env, argv[0], &t));
    if (t == napi_string) {
      char buf[32];
      size_t len;
      NAPI_CALL(env, napi_get_value_string_utf8(env, argv[0], buf, sizeof(buf), &len));
      if (strcmp(buf, "throw") == 0) {
        napi_throw_error(env, "ECTOR", "ctor threw");
        return NULL;
      }
      if (strcmp(buf, "return-object") == 0) {
        napi_value o, t2;
        NAPI_CALL(env, napi_create_object(env, &o));
        NAPI_CALL(env, napi_get_boolean(env, true, &t2));
        NAPI_CALL(env, napi_set_named_property(env, o, "replaced", t2));
        return o;
      }
      if (strcmp(buf, "return-number") == 0) return ret_int(env, 42);
    }
  }
  napi_valuetype st;
  NAPI_CALL(env, napi_typeof(env, self, &st));
  if (st != napi_object) {
    // called without new: report what we got
    napi_value o, s;
    NAPI_CALL(env, napi_create_object(env, &o));
    NAPI_CALL(env, napi_create_int32(env, (int)st, &s));
    NAPI_CALL(env, napi_set_named_property(env, o, "thisType", s));
    return o;
  }
  NAPI_CALL(env, napi_create_array(env, &arr));
  for (size_t i = 0; i < argc && i < 4; i++) NAPI_CALL(env, napi_set_element(env, arr, (uint32_t)i, argv[i]));
  NAPI_CALL(env, napi_set_named_property(env, self, "args", arr));
  NAPI_CALL(env, napi_set_named_property(env, self, "data", data_int(env, data)));
  if (nt == NULL) NAPI_CALL(env, napi_get_null(env, &nt));
  NAPI_CALL(env, napi_set_named_property(env, self, "newTarget", nt));
  NAPI_CALL(env, napi_create_int32(env, (int)argc, &v));
  NAPI_CALL(env, napi_set_named_property(env, self, "argc", v));
  return NULL;
}

// Method: returns {self, data, args, newTarget}
static napi_value Method(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4], self, res, arr, nt;
  void* data;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, &self, &data));
  NAPI_CALL(env, napi_get_new_target(env, info, &nt));
  NAPI_CALL(env, napi_create_object(env, &res));
  NAPI_CALL(env, napi_set_named_property(env, res, "self", self));
  NAPI_CALL(env, napi_set_named_property(env, res, "data", data_int(env, data)));
  NAPI_CALL(env, napi_create_array(env, &arr));
  for (size_t i = 0; i < argc && i < 4; i++) NAPI_CALL(env, napi_set_element(env, arr, (uint32_t)i, argv[i]));
  NAPI_CALL(env, napi_set_named_property(env, res, "args", arr));
  if (nt == NULL) NAPI_CALL(env, napi_get_null(env, &nt));
  NAPI_CALL(env, napi_set_named_property(env, res, "newTarget", nt));
  return res;
}

// Getter: returns {self, data}
static napi_value Getter(napi_env env, napi_callback_info info) {
  napi_value self, res;
  void* data;
  NAPI_CALL(env, napi_get_cb_info(env, info, NULL, NULL, &self, &data));
  NAPI_CALL(env, napi_create_object(env, &res));
  NAPI_CALL(env, napi_set_named_property(env, res, "self", self));
  NAPI_CALL(env, napi_set_named_property(env, res, "data", data_int(env, data)));
  return res;
}

// Setter: this.lastSet = {value, data}
static napi_value Setter(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], self, r;
  void* data;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, &self, &data));
  NAPI_CALL(env, napi_create_object(env, &r));
  NAPI_CALL(env, napi_set_named_property(env, r, "value", argv[0]));
  NAPI_CALL(env, napi_set_named_property(env, r, "data", data_int(env, data)));
  NAPI_CALL(env, napi_set_named_property(env, self, "lastSet", r));
  return NULL;
}

// defineClass(name, nameLength, symbolKey) -> the class "Point"-like class:
//   instance: kind (value "point", enumerable), ro (value 1, napi_default),
//             wr (value 2, writable|configurable), describe (method),
//             acc (getter+setter), getOnly (getter), [symbolKey] (method),
//   static:   create (method), VERSION (value 3, enumerable), sacc (getter)
// name: string, or null for a NULL utf8name; nameLength -1 = NAPI_AUTO_LENGTH.
static napi_value DefineClass(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  char name[64];
  size_t len;
  const char* np = NULL;
  napi_valuetype t;
  NAPI_CALL(env, napi_typeof(env, args[0], &t));
  if (t == napi_string) {
    NAPI_CALL(env, napi_get_value_string_utf8(env, args[0], name, sizeof(name), &len));
    np = name;
  }
  int32_t nl;
  NAPI_CALL(env, napi_get_value_int32(env, args[1], &nl));
  napi_value kind, one, two, three, cls;
  NAPI_CALL(env, napi_create_string_utf8(env, "point", NAPI_AUTO_LENGTH, &kind));
  NAPI_CALL(env, napi_create_int32(env, 1, &one));
  NAPI_CALL(env, napi_create_int32(env, 2, &two));
  NAPI_CALL(env, napi_create_int32(env, 3, &three));
  napi_property_descriptor props[] = {
      {"kind", NULL, NULL, NULL, NULL, kind, napi_enumerable, NULL},
      {"ro", NULL, NULL, NULL, NULL, one, napi_default, NULL},
      {"wr", NULL, NULL, NULL, NULL, two, napi_writable | napi_configurable, NULL},
      {"describe", NULL, Method, NULL, NULL, NULL, napi_default_method, &g_method_data},
      {"acc", NULL, NULL, Getter, Setter, NULL, napi_enumerable | napi_configurable, &g_getter_data},
      {"getOnly", NULL, NULL, Getter, NULL, NULL, napi_default, &g_getter_data},
      {NULL, args[2], Method, NULL, NULL, NULL, napi_default, &g_method_data},
      {"create", NULL, Method, NULL, NULL, NULL, napi_static | napi_default_method, &g_static_data},
      {"VERSION", NULL, NULL, NULL, NULL, three, napi_static | napi_enumerable, NULL},
      {"sacc", NULL, NULL, Getter, NULL, NULL, napi_static | napi_configurable, &g_static_data},
  };
  NAPI_CALL(env, napi_define_class(env, np, nl < 0 ? NAPI_AUTO_LENGTH : (size_t)nl, Ctor, &g_ctor_data,
                                   sizeof(props) / sizeof(props[0]), props, &cls));
  return cls;
}

// plainClass(): a class with no properties and NULL data.
static napi_value PlainClass(napi_env env, napi_callback_info info) {
  napi_value cls;
  NAPI_CALL(env, napi_define_class(env, "Plain", NAPI_AUTO_LENGTH, Ctor, NULL, 0, NULL, &cls));
  return cls;
}

// newInstance(ctor, ...args) -> rec(napi_new_instance)
static napi_value NewInstance(napi_env env, napi_callback_info info) {
  size_t argc = 5;
  napi_value argv[5], r = NULL;
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (argc < 1) { napi_throw_error(env, NULL, "need ctor"); return NULL; }
  napi_status st = napi_new_instance(env, argv[0], argc - 1, argc > 1 ? argv + 1 : NULL, &r);
  return rec(env, st, st == napi_ok ? r : NULL);
}

// defineBadArgs(): statuses of napi_define_class misuse:
//  [0] NULL result [1] NULL constructor [2] count>0, NULL properties
//  [3] NULL utf8name [4] length > INT_MAX [5] count 0, NULL properties (ok)
//  [6] a property whose name is a number [7] a static property whose name is a number
//  [8] exception pending [9] first exception kept
static napi_value DefineBadArgs(napi_env env, napi_callback_info info) {
  napi_value cls, num, msg, err, exc;
  bool same;
  int st[10];
  NAPI_CALL(env, napi_create_int32(env, 1, &num));
  napi_property_descriptor bad = {NULL, num, NULL, NULL, NULL, num, napi_default, NULL};
  napi_property_descriptor sbad = {NULL, num, NULL, NULL, NULL, num, napi_static, NULL};
  st[0] = napi_define_class(env, "A", NAPI_AUTO_LENGTH, Ctor, NULL, 0, NULL, NULL);
  st[1] = napi_define_class(env, "A", NAPI_AUTO_LENGTH, NULL, NULL, 0, NULL, &cls);
  st[2] = napi_define_class(env, "A", NAPI_AUTO_LENGTH, Ctor, NULL, 1, NULL, &cls);
  st[3] = napi_define_class(env, NULL, NAPI_AUTO_LENGTH, Ctor, NULL, 0, NULL, &cls);
  st[4] = napi_define_class(env, "A", (size_t)1 << 31, Ctor, NULL, 0, NULL, &cls);
  st[5] = napi_define_class(env, "A", NAPI_AUTO_LENGTH, Ctor, NULL, 0, NULL, &cls);
  st[6] = napi_define_class(env, "A", NAPI_AUTO_LENGTH, Ctor, NULL, 1, &bad, &cls);
  st[7] = napi_define_class(env, "A", NAPI_AUTO_LENGTH, Ctor, NULL, 1, &sbad, &cls);
  NAPI_CALL(env, napi_create_string_utf8(env, "first", NAPI_AUTO_LENGTH, &msg));
  NAPI_CALL(env, napi_create_error(env, NULL, msg, &err));
  NAPI_CALL(env, napi_throw(env, err));
  st[8] = napi_define_class(env, "A", NAPI_AUTO_LENGTH, Ctor, NULL, 0, NULL, &cls);
  NAPI_CALL(env, napi_get_and_clear_last_exception(env, &exc));
  NAPI_CALL(env, napi_strict_equals(env, exc, err, &same));
  st[9] = same ? 1 : 0;
  return int_array(env, st, 10);
}

// newBadArgs(ctor): napi_new_instance misuse:
//  [0] NULL constructor [1] argc>0, NULL argv [2] NULL result
//  [3] exception pending [4] first exception kept
static napi_value NewBadArgs(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value r, msg, err, exc;
  bool same;
  int st[5];
  st[0] = napi_new_instance(env, NULL, 0, NULL, &r);
  st[1] = napi_new_instance(env, args[0], 1, NULL, &r);
  st[2] = napi_new_instance(env, args[0], 0, NULL, NULL);
  NAPI_CALL(env, napi_create_string_utf8(env, "first", NAPI_AUTO_LENGTH, &msg));
  NAPI_CALL(env, napi_create_error(env, NULL, msg, &err));
  NAPI_CALL(env, napi_throw(env, err));
  st[3] = napi_new_instance(env, args[0], 0, NULL, &r);
  NAPI_CALL(env, napi_get_and_clear_last_exception(env, &exc));
  NAPI_CALL(env, napi_strict_equals(env, exc, err, &same));
  st[4] = same ? 1 : 0;
  return int_array(env, st, 5);
}

// newTargetBadArgs(): napi_get_new_target with [0] NULL cbinfo [1] NULL result
static napi_value NewTargetProbe(napi_env env, napi_callback_info info) {
  napi_value nt;
  int st[2];
  st[0] = napi_get_new_target(env, NULL, &nt);
  st[1] = napi_get_new_target(env, info, NULL);
  return int_array(env, st, 2);
}

// fn(): a plain function (napi_create_function) returning Method's record
static napi_value MakeFunction(napi_env env, napi_callback_info info) {
  napi_value f;
  NAPI_CALL(env, napi_create_function(env, "plain", NAPI_AUTO_LENGTH, Method, &g_method_data, &f));
  return f;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "defineClass", DefineClass);
  EXPORT_FN(env, exports, "plainClass", PlainClass);
  EXPORT_FN(env, exports, "newInstance", NewInstance);
  EXPORT_FN(env, exports, "defineBadArgs", DefineBadArgs);
  EXPORT_FN(env, exports, "newBadArgs", NewBadArgs);
  EXPORT_FN(env, exports, "newTargetBadArgs", NewTargetProbe);
  EXPORT_FN(env, exports, "makeFunction", MakeFunction);
  return exports;
}
