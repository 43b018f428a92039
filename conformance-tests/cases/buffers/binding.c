// Conformance tests: Node's Buffer and node_api.h's buffer functions: napi_create_buffer,
// napi_create_buffer_copy, napi_create_external_buffer, napi_get_buffer_info, napi_is_buffer
// (node_api_create_buffer_from_arraybuffer, Node-API 10: buffers_v10/). Data pointers must alias the JS bytes.
#include <node_api.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common.h"

// create(len, seed) -> Buffer whose byte i is (seed + i) & 0xff, written through napi_create_buffer's data pointer
static napi_value Create(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t len = arg_u32(env, args[0]), seed = arg_u32(env, args[1]);
  void* data = NULL;
  napi_value buf;
  NAPI_CALL(env, napi_create_buffer(env, len, &data, &buf));
  if (len > 0 && data == NULL) return throw_msg(env, "data is NULL");
  for (uint32_t i = 0; i < len; i++) ((uint8_t*)data)[i] = (uint8_t)(seed + i);
  void* d2 = NULL;
  size_t l2 = 12345;
  NAPI_CALL(env, napi_get_buffer_info(env, buf, &d2, &l2));
  if (l2 != len) return throw_msg(env, "napi_get_buffer_info length differs");
  if (len > 0 && d2 != data) return throw_msg(env, "napi_get_buffer_info data differs");
  return buf;
}

// createNoData(len) -> Buffer made with a NULL data out-parameter
static napi_value CreateNoData(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value buf;
  NAPI_CALL(env, napi_create_buffer(env, arg_u32(env, args[0]), NULL, &buf));
  return buf;
}

// createSize(n) -> napi_create_buffer with size_t n (-1 = SIZE_MAX); status to lastStatus(), exception left pending
static napi_value CreateSize(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* data = (void*)1;
  napi_value buf = NULL;
  g_last_status = napi_create_buffer(env, arg_size(env, args[0]), &data, &buf);
  return g_last_status == napi_ok ? buf : NULL;
}

// copy(len, seed) -> {buffer, distinct, aliased}: napi_create_buffer_copy of malloc'd bytes (seed + i), which are
// then overwritten and freed; result_data must be the new Buffer's bytes, not the source
static napi_value Copy(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t len = arg_u32(env, args[0]), seed = arg_u32(env, args[1]);
  uint8_t* src = malloc(len > 0 ? len : 1);
  for (uint32_t i = 0; i < len; i++) src[i] = (uint8_t)(seed + i);
  void* rd = NULL;
  napi_value buf, o;
  napi_status st = napi_create_buffer_copy(env, len, src, &rd, &buf);
  bool distinct = rd != (void*)src;
  memset(src, 0xAA, len);
  free(src);
  NAPI_CALL(env, st);
  void* d2 = NULL;
  size_t l2 = 0;
  NAPI_CALL(env, napi_get_buffer_info(env, buf, &d2, &l2));
  NAPI_CALL(env, napi_create_object(env, &o));
  NAPI_CALL(env, napi_set_named_property(env, o, "buffer", buf));
  set_bool(env, o, "distinct", distinct);
  set_bool(env, o, "aliased", len == 0 || (d2 == rd && l2 == len));
  return o;
}

// copyNoResultData(len) -> napi_create_buffer_copy of len bytes 1..len with a NULL result_data
static napi_value CopyNoResultData(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint8_t src[16];
  uint32_t len = arg_u32(env, args[0]);
  if (len > sizeof(src)) len = sizeof(src);
  for (uint32_t i = 0; i < len; i++) src[i] = (uint8_t)(i + 1);
  napi_value buf;
  NAPI_CALL(env, napi_create_buffer_copy(env, len, src, NULL, &buf));
  return buf;
}

// copyEmptyNull() -> napi_create_buffer_copy(0, NULL): an empty Buffer
static napi_value CopyEmptyNull(napi_env env, napi_callback_info info) {
  napi_value buf;
  void* rd = NULL;
  NAPI_CALL(env, napi_create_buffer_copy(env, 0, NULL, &rd, &buf));
  return buf;
}

// external(len, seed) -> Buffer over malloc'd memory filled with seed + i, finalizer frees it and counts
static uint8_t* g_ext = NULL;
static size_t g_ext_len = 0;
static int g_finalized = 0;
static void* g_final_hint = NULL;
static void FinalizeExt(napi_env env, void* data, void* hint) {
  g_finalized++;
  g_final_hint = hint;
  if (data == g_ext) { g_ext = NULL; g_ext_len = 0; }
  free(data);
}
static napi_value External(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t len = arg_u32(env, args[0]), seed = arg_u32(env, args[1]);
  uint8_t* mem = malloc(len > 0 ? len : 1);
  for (uint32_t i = 0; i < len; i++) mem[i] = (uint8_t)(seed + i);
  napi_value buf;
  NAPI_CALL(env, napi_create_external_buffer(env, len, mem, FinalizeExt, (void*)&g_finalized, &buf));
  g_ext = mem;
  g_ext_len = len;
  void* data;
  size_t l2;
  NAPI_CALL(env, napi_get_buffer_info(env, buf, &data, &l2));
  if (l2 != len || (len > 0 && data != mem)) return throw_msg(env, "external buffer info differs");
  return buf;
}
static napi_value Finalized(napi_env env, napi_callback_info info) {
  napi_value o = status_obj(env, napi_ok);
  set_num(env, o, "count", g_finalized);
  set_bool(env, o, "hintOk", g_finalized == 0 || g_final_hint == (void*)&g_finalized);
  return o;
}
// externalByte(i) / setExternalByte(i, v): the external memory, read and written directly
static napi_value ExternalByte(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t i = arg_u32(env, args[0]);
  if (i >= g_ext_len) { napi_throw_range_error(env, NULL, "out of range"); return NULL; }
  return ret_int(env, g_ext[i]);
}
static napi_value SetExternalByte(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t i = arg_u32(env, args[0]);
  if (i >= g_ext_len) { napi_throw_range_error(env, NULL, "out of range"); return NULL; }
  g_ext[i] = (uint8_t)arg_u32(env, args[1]);
  return NULL;
}
// externalStatic(len) -> external Buffer over static memory (100 + i), no finalizer
static uint8_t g_static[16];
static napi_value ExternalStatic(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t len = arg_u32(env, args[0]);
  if (len > sizeof(g_static)) len = sizeof(g_static);
  for (uint32_t i = 0; i < len; i++) g_static[i] = (uint8_t)(100 + i);
  napi_value buf;
  NAPI_CALL(env, napi_create_external_buffer(env, len, g_static, NULL, NULL, &buf));
  return buf;
}

// info(v) -> {status, length, sum}: napi_get_buffer_info, the sum of the bytes read through its data pointer
static napi_value Info(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* data = NULL;
  size_t len = 0;
  napi_status st = napi_get_buffer_info(env, args[0], &data, &len);
  napi_value o = status_obj(env, st);
  if (st == napi_ok) {
    double sum = 0;
    for (size_t i = 0; i < len; i++) sum += ((uint8_t*)data)[i];
    set_num(env, o, "length", (double)len);
    set_num(env, o, "sum", sum);
  }
  return o;
}

// peek(v, i) / poke(v, i, x): byte i through napi_get_buffer_info's data pointer
static uint8_t* bytes_of(napi_env env, napi_value v, size_t i) {
  void* data = NULL;
  size_t len = 0;
  if (napi_get_buffer_info(env, v, &data, &len) != napi_ok) { throw_last_error(env); return NULL; }
  if (i >= len) { napi_throw_range_error(env, NULL, "out of range"); return NULL; }
  return (uint8_t*)data + i;
}
static napi_value Peek(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint8_t* p = bytes_of(env, args[0], arg_u32(env, args[1]));
  return p == NULL ? NULL : ret_int(env, *p);
}
static napi_value Poke(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  uint8_t* p = bytes_of(env, args[0], arg_u32(env, args[1]));
  if (p != NULL) *p = (uint8_t)arg_u32(env, args[2]);
  return NULL;
}

// isBuffer(v) -> {status, result}
static napi_value IsBuffer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool r = false;
  napi_status st = napi_is_buffer(env, args[0], &r);
  napi_value o = status_obj(env, st);
  set_bool(env, o, "result", r);
  return o;
}

// nullArgs(buf) -> statuses of the calls with a NULL pointer argument
static napi_value NullArgs(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value buf = args[0];
  void* data;
  size_t len;
  bool b;
  int s[] = {
      napi_create_buffer(env, 4, &data, NULL),
      napi_create_buffer_copy(env, 4, g_static, &data, NULL),
      napi_create_external_buffer(env, 4, g_static, NULL, NULL, NULL),
      napi_get_buffer_info(env, NULL, &data, &len),
      napi_get_buffer_info(env, buf, NULL, NULL),
      napi_is_buffer(env, NULL, &b),
      napi_is_buffer(env, buf, NULL),
  };
  return int_array(env, s, sizeof(s) / sizeof(s[0]));
}

// withPending(which, v): throws "pending" first, then calls a function; its status goes to lastStatus()
static napi_value WithPending(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t which = arg_u32(env, args[0]);
  napi_throw_error(env, NULL, "pending");
  void* data;
  size_t len;
  bool b;
  napi_value r;
  switch (which) {
    case 0: g_last_status = napi_create_buffer(env, 4, &data, &r); break;
    case 1: g_last_status = napi_create_buffer_copy(env, 4, g_static, &data, &r); break;
    case 2: g_last_status = napi_create_external_buffer(env, 4, g_static, NULL, NULL, &r); break;
    case 3: g_last_status = napi_get_buffer_info(env, args[1], &data, &len); break;
    case 4: g_last_status = napi_is_buffer(env, args[1], &b); break;
  }
  return NULL;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "create", Create);
  EXPORT_FN(env, exports, "createNoData", CreateNoData);
  EXPORT_FN(env, exports, "createSize", CreateSize);
  EXPORT_FN(env, exports, "copy", Copy);
  EXPORT_FN(env, exports, "copyNoResultData", CopyNoResultData);
  EXPORT_FN(env, exports, "copyEmptyNull", CopyEmptyNull);
  EXPORT_FN(env, exports, "external", External);
  EXPORT_FN(env, exports, "finalized", Finalized);
  EXPORT_FN(env, exports, "externalByte", ExternalByte);
  EXPORT_FN(env, exports, "setExternalByte", SetExternalByte);
  EXPORT_FN(env, exports, "externalStatic", ExternalStatic);
  EXPORT_FN(env, exports, "info", Info);
  EXPORT_FN(env, exports, "peek", Peek);
  EXPORT_FN(env, exports, "poke", Poke);
  EXPORT_FN(env, exports, "isBuffer", IsBuffer);
  EXPORT_FN(env, exports, "nullArgs", NullArgs);
  EXPORT_FN(env, exports, "withPending", WithPending);
  EXPORT_FN(env, exports, "lastStatus", LastStatus);
  return exports;
}
