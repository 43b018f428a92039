// Conformance tests: napi_create_typedarray (every napi_typedarray_type), napi_is_typedarray,
// napi_get_typedarray_info. The data pointer is the JS bytes at byte_offset.
#include <node_api.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

// create(type, arraybuffer, byteOffset, length) -> typed array, or undefined; status in lastStatus().
// An exception it leaves pending is thrown to JS.
static napi_value Create(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 4);
  napi_value r = NULL;
  g_last_status = napi_create_typedarray(env, (napi_typedarray_type)arg_u32(env, args[0]), (size_t)arg_num(env, args[3]),
                                         args[1], (size_t)arg_num(env, args[2]), &r);
  return g_last_status == napi_ok ? r : NULL;
}

// createHuge(type, arraybuffer, byteOffset) -> length SIZE_MAX/2 (overflowing length * size)
static napi_value CreateHuge(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  napi_value r = NULL;
  g_last_status = napi_create_typedarray(env, (napi_typedarray_type)arg_u32(env, args[0]), SIZE_MAX / 2, args[1],
                                         (size_t)arg_num(env, args[2]), &r);
  return g_last_status == napi_ok ? r : NULL;
}

// info(v) -> {status, type, length, byteOffset, buffer, dataOk}; dataOk: data == arraybuffer data + byteOffset
static napi_value Info(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_typedarray_type type = (napi_typedarray_type)-1;
  size_t length = 999, offset = 999;
  void* data = NULL;
  napi_value buffer = NULL, o, st;
  napi_status s = napi_get_typedarray_info(env, args[0], &type, &length, &data, &buffer, &offset);
  NAPI_CALL(env, napi_create_object(env, &o));
  NAPI_CALL(env, napi_create_int32(env, s, &st));
  NAPI_CALL(env, napi_set_named_property(env, o, "status", st));
  if (s != napi_ok) return o;
  set_num(env, o, "type", type);
  set_num(env, o, "length", (double)length);
  set_num(env, o, "byteOffset", (double)offset);
  NAPI_CALL(env, napi_set_named_property(env, o, "buffer", buffer));
  void* abdata = NULL;
  size_t ablen = 0;
  NAPI_CALL(env, napi_get_arraybuffer_info(env, buffer, &abdata, &ablen));
  napi_value ok;
  NAPI_CALL(env, napi_get_boolean(env, abdata == NULL ? data == NULL : (uint8_t*)abdata + offset == (uint8_t*)data, &ok));
  NAPI_CALL(env, napi_set_named_property(env, o, "dataOk", ok));
  return o;
}

// infoPartial(v) -> statuses with each out-param but one NULL, all NULL
static napi_value InfoPartial(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_typedarray_type type;
  size_t length, offset;
  void* data;
  napi_value buffer;
  int s[] = {
      napi_get_typedarray_info(env, args[0], &type, NULL, NULL, NULL, NULL),
      napi_get_typedarray_info(env, args[0], NULL, &length, NULL, NULL, NULL),
      napi_get_typedarray_info(env, args[0], NULL, NULL, &data, NULL, NULL),
      napi_get_typedarray_info(env, args[0], NULL, NULL, NULL, &buffer, NULL),
      napi_get_typedarray_info(env, args[0], NULL, NULL, NULL, NULL, &offset),
      napi_get_typedarray_info(env, args[0], NULL, NULL, NULL, NULL, NULL),
  };
  return int_array(env, s, sizeof(s) / sizeof(s[0]));
}

// fillBytes(ta, byte): memset over the typed array's bytes through the data pointer
static napi_value FillBytes(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_typedarray_type type;
  size_t length;
  void* data;
  NAPI_CALL(env, napi_get_typedarray_info(env, args[0], &type, &length, &data, NULL, NULL));
  static const size_t sizes[] = {1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8, 2};
  memset(data, (int)arg_u32(env, args[1]), length * sizes[type]);
  return NULL;
}

// setInt32At(ta, index, value): for an Int32Array, writes element index through the data pointer
static napi_value SetInt32At(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  void* data;
  size_t length;
  NAPI_CALL(env, napi_get_typedarray_info(env, args[0], NULL, &length, &data, NULL, NULL));
  uint32_t i = arg_u32(env, args[1]);
  if (i >= length) { napi_throw_range_error(env, NULL, "out of range"); return NULL; }
  int32_t v = 0;
  napi_get_value_int32(env, args[2], &v);
  ((int32_t*)data)[i] = v;
  return NULL;
}

// sumDoubles(ta): for a Float64Array, the sum read through the data pointer
static napi_value SumDoubles(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* data;
  size_t length;
  NAPI_CALL(env, napi_get_typedarray_info(env, args[0], NULL, &length, &data, NULL, NULL));
  double s = 0;
  for (size_t i = 0; i < length; i++) s += ((double*)data)[i];
  napi_value r;
  NAPI_CALL(env, napi_create_double(env, s, &r));
  return r;
}

// isTypedArray(v) -> {status, result}
static napi_value IsTypedArray(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool r = false;
  napi_status s = napi_is_typedarray(env, args[0], &r);
  napi_value o, v;
  NAPI_CALL(env, napi_create_object(env, &o));
  NAPI_CALL(env, napi_create_int32(env, s, &v));
  NAPI_CALL(env, napi_set_named_property(env, o, "status", v));
  NAPI_CALL(env, napi_get_boolean(env, r, &v));
  NAPI_CALL(env, napi_set_named_property(env, o, "result", v));
  return o;
}

// nullArgs(ab, ta) -> statuses of calls with NULL pointer arguments
static napi_value NullArgs(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_value r;
  bool b;
  int s[] = {
      napi_create_typedarray(env, napi_uint8_array, 1, NULL, 0, &r),
      napi_create_typedarray(env, napi_uint8_array, 1, args[0], 0, NULL),
      napi_is_typedarray(env, NULL, &b),
      napi_is_typedarray(env, args[1], NULL),
      napi_get_typedarray_info(env, NULL, NULL, NULL, NULL, NULL, NULL),
  };
  return int_array(env, s, sizeof(s) / sizeof(s[0]));
}

// withPending(which, v): throws "pending" first, then calls a function; its status goes to lastStatus()
static napi_value WithPending(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_throw_error(env, NULL, "pending");
  bool b;
  napi_value r;
  size_t length;
  switch (arg_u32(env, args[0])) {
    case 0: g_last_status = napi_create_typedarray(env, napi_uint8_array, 1, args[1], 0, &r); break;
    case 1: g_last_status = napi_is_typedarray(env, args[1], &b); break;
    case 2: g_last_status = napi_get_typedarray_info(env, args[1], NULL, &length, NULL, NULL, NULL); break;
  }
  return NULL;
}

// detach(arraybuffer) -> status
static napi_value Detach(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  return ret_int(env, (int)napi_detach_arraybuffer(env, args[0]));
}

// dataIsNull(ta) -> whether napi_get_typedarray_info gives a NULL data pointer
static napi_value DataIsNull(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* data = (void*)1;
  NAPI_CALL(env, napi_get_typedarray_info(env, args[0], NULL, NULL, &data, NULL, NULL));
  napi_value r;
  NAPI_CALL(env, napi_get_boolean(env, data == NULL, &r));
  return r;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "detach", Detach);
  EXPORT_FN(env, exports, "dataIsNull", DataIsNull);
  EXPORT_FN(env, exports, "create", Create);
  EXPORT_FN(env, exports, "createHuge", CreateHuge);
  EXPORT_FN(env, exports, "info", Info);
  EXPORT_FN(env, exports, "infoPartial", InfoPartial);
  EXPORT_FN(env, exports, "fillBytes", FillBytes);
  EXPORT_FN(env, exports, "setInt32At", SetInt32At);
  EXPORT_FN(env, exports, "sumDoubles", SumDoubles);
  EXPORT_FN(env, exports, "isTypedArray", IsTypedArray);
  EXPORT_FN(env, exports, "nullArgs", NullArgs);
  EXPORT_FN(env, exports, "withPending", WithPending);
  EXPORT_FN(env, exports, "lastStatus", LastStatus);
  return exports;
}
