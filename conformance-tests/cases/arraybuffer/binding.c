// Conformance tests: napi_create_arraybuffer, napi_create_external_arraybuffer,
// napi_get_arraybuffer_info, napi_is_arraybuffer, napi_detach_arraybuffer,
// napi_is_detached_arraybuffer. Data pointers must alias the JS bytes.
#include <node_api.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common.h"

// create(len, seed) -> ArrayBuffer whose byte i is (seed + i) & 0xff, written through the data pointer
static napi_value Create(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t len = arg_u32(env, args[0]), seed = arg_u32(env, args[1]);
  void* data = NULL;
  napi_value ab;
  NAPI_CALL(env, napi_create_arraybuffer(env, len, &data, &ab));
  for (uint32_t i = 0; i < len; i++) ((uint8_t*)data)[i] = (uint8_t)(seed + i);
  // the pointer napi_get_arraybuffer_info gives is the same one
  void* data2 = NULL;
  size_t len2 = 0;
  NAPI_CALL(env, napi_get_arraybuffer_info(env, ab, &data2, &len2));
  if (len > 0 && data2 != data) { napi_throw_error(env, NULL, "info data differs from create data"); return NULL; }
  if (len2 != len) { napi_throw_error(env, NULL, "info length differs"); return NULL; }
  return ab;
}

// createNoData(len) -> ArrayBuffer (data out-param NULL is allowed)
static napi_value CreateNoData(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value ab;
  NAPI_CALL(env, napi_create_arraybuffer(env, arg_u32(env, args[0]), NULL, &ab));
  return ab;
}

// info(v) -> {status, byteLength}
static napi_value Info(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  size_t len = 12345;
  void* data = NULL;
  napi_status st = napi_get_arraybuffer_info(env, args[0], &data, &len);
  napi_value o = status_obj(env, st);
  if (st == napi_ok) {
    set_num(env, o, "byteLength", (double)len);
    set_bool(env, o, "dataIsNull", data == NULL);
  }
  return o;
}

// sum(ab) -> sum of the bytes read through the data pointer
static napi_value Sum(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* data;
  size_t len;
  NAPI_CALL(env, napi_get_arraybuffer_info(env, args[0], &data, &len));
  double s = 0;
  for (size_t i = 0; i < len; i++) s += ((uint8_t*)data)[i];
  napi_value r;
  NAPI_CALL(env, napi_create_double(env, s, &r));
  return r;
}

// poke(ab, index, byte): writes through the data pointer
static napi_value Poke(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  void* data;
  size_t len;
  NAPI_CALL(env, napi_get_arraybuffer_info(env, args[0], &data, &len));
  uint32_t i = arg_u32(env, args[1]);
  if (i >= len) { napi_throw_range_error(env, NULL, "poke out of range"); return NULL; }
  ((uint8_t*)data)[i] = (uint8_t)arg_u32(env, args[2]);
  return NULL;
}

// peek(ab, index) -> byte read through the data pointer
static napi_value Peek(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  void* data;
  size_t len;
  NAPI_CALL(env, napi_get_arraybuffer_info(env, args[0], &data, &len));
  uint32_t i = arg_u32(env, args[1]);
  if (i >= len) { napi_throw_range_error(env, NULL, "peek out of range"); return NULL; }
  return ret_int(env, ((uint8_t*)data)[i]);
}

// remember(ab) keeps its data pointer; samePointer(ab) -> whether it is still the same;
// pokeRemembered(i, byte) writes through the kept pointer
static void* g_kept = NULL;
static size_t g_kept_len = 0;
static napi_value Remember(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  NAPI_CALL(env, napi_get_arraybuffer_info(env, args[0], &g_kept, &g_kept_len));
  return NULL;
}
static napi_value SamePointer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* data;
  size_t len;
  NAPI_CALL(env, napi_get_arraybuffer_info(env, args[0], &data, &len));
  napi_value r;
  NAPI_CALL(env, napi_get_boolean(env, data == g_kept && len == g_kept_len, &r));
  return r;
}
static napi_value PokeRemembered(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t i = arg_u32(env, args[0]);
  if (i >= g_kept_len) { napi_throw_range_error(env, NULL, "out of range"); return NULL; }
  ((uint8_t*)g_kept)[i] = (uint8_t)arg_u32(env, args[1]);
  return NULL;
}

// external(len, seed) -> external ArrayBuffer over malloc'd memory filled with seed + i
static uint8_t* g_ext = NULL;
static size_t g_ext_len = 0;
static int g_finalized = 0;
static void FinalizeExt(napi_env env, void* data, void* hint) {
  g_finalized++;
  free(data);
}
static napi_value External(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t len = arg_u32(env, args[0]), seed = arg_u32(env, args[1]);
  uint8_t* mem = malloc(len > 0 ? len : 1);
  for (uint32_t i = 0; i < len; i++) mem[i] = (uint8_t)(seed + i);
  napi_value ab;
  NAPI_CALL(env, napi_create_external_arraybuffer(env, mem, len, FinalizeExt, NULL, &ab));
  g_ext = mem;
  g_ext_len = len;
  void* data;
  size_t l2;
  NAPI_CALL(env, napi_get_arraybuffer_info(env, ab, &data, &l2));
  if (data != mem || l2 != len) { napi_throw_error(env, NULL, "external info differs"); return NULL; }
  return ab;
}
// externalByte(i) -> byte of the last external memory, read directly; setExternalByte(i, v)
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
// externalNoFinalizer(len) -> external ArrayBuffer over static memory, no finalizer
static uint8_t g_static[16];
static napi_value ExternalNoFinalizer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  uint32_t len = arg_u32(env, args[0]);
  if (len > sizeof(g_static)) len = sizeof(g_static);
  for (uint32_t i = 0; i < len; i++) g_static[i] = (uint8_t)(100 + i);
  napi_value ab;
  NAPI_CALL(env, napi_create_external_arraybuffer(env, g_static, len, NULL, NULL, &ab));
  return ab;
}

// externalNull() -> an external ArrayBuffer over no memory (NULL, 0) whose finalizer counts its calls
static int g_null_finalized = 0;
static void FinalizeNull(napi_env env, void* data, void* hint) {
  if (data == NULL && hint == (void*)&g_null_finalized) g_null_finalized++;
}
static napi_value ExternalNull(napi_env env, napi_callback_info info) {
  napi_value ab;
  NAPI_CALL(env, napi_create_external_arraybuffer(env, NULL, 0, FinalizeNull, &g_null_finalized, &ab));
  return ab;
}
static napi_value NullFinalized(napi_env env, napi_callback_info info) { return ret_int(env, g_null_finalized); }

// isArrayBuffer(v) -> {status, result}
static napi_value IsArrayBuffer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool r = false;
  napi_status st = napi_is_arraybuffer(env, args[0], &r);
  napi_value o = status_obj(env, st);
  set_bool(env, o, "result", r);
  return o;
}

// detach(v) -> status
static napi_value Detach(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  return ret_int(env, (int)napi_detach_arraybuffer(env, args[0]));
}

// isDetached(v) -> {status, result}
static napi_value IsDetached(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  bool r = true;
  napi_status st = napi_is_detached_arraybuffer(env, args[0], &r);
  napi_value o = status_obj(env, st);
  set_bool(env, o, "result", r);
  return o;
}

// nullArgs(ab) -> statuses of the calls with a NULL pointer argument
static napi_value NullArgs(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value ab = args[0];
  void* data;
  size_t len;
  bool b;
  int s[] = {
      napi_create_arraybuffer(env, 4, &data, NULL),
      napi_create_external_arraybuffer(env, g_static, 4, NULL, NULL, NULL),
      napi_get_arraybuffer_info(env, NULL, &data, &len),
      napi_get_arraybuffer_info(env, ab, NULL, NULL),
      napi_is_arraybuffer(env, NULL, &b),
      napi_is_arraybuffer(env, ab, NULL),
      napi_detach_arraybuffer(env, NULL),
      napi_is_detached_arraybuffer(env, NULL, &b),
      napi_is_detached_arraybuffer(env, ab, NULL),
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
    case 0: g_last_status = napi_create_arraybuffer(env, 4, &data, &r); break;
    case 1: g_last_status = napi_create_external_arraybuffer(env, g_static, 4, NULL, NULL, &r); break;
    case 2: g_last_status = napi_get_arraybuffer_info(env, args[1], &data, &len); break;
    case 3: g_last_status = napi_is_arraybuffer(env, args[1], &b); break;
    case 4: g_last_status = napi_is_detached_arraybuffer(env, args[1], &b); break;
    case 5: g_last_status = napi_detach_arraybuffer(env, args[1]); break;
  }
  return NULL;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "create", Create);
  EXPORT_FN(env, exports, "createNoData", CreateNoData);
  EXPORT_FN(env, exports, "info", Info);
  EXPORT_FN(env, exports, "sum", Sum);
  EXPORT_FN(env, exports, "poke", Poke);
  EXPORT_FN(env, exports, "peek", Peek);
  EXPORT_FN(env, exports, "remember", Remember);
  EXPORT_FN(env, exports, "samePointer", SamePointer);
  EXPORT_FN(env, exports, "pokeRemembered", PokeRemembered);
  EXPORT_FN(env, exports, "external", External);
  EXPORT_FN(env, exports, "externalByte", ExternalByte);
  EXPORT_FN(env, exports, "setExternalByte", SetExternalByte);
  EXPORT_FN(env, exports, "externalNoFinalizer", ExternalNoFinalizer);
  EXPORT_FN(env, exports, "externalNull", ExternalNull);
  EXPORT_FN(env, exports, "nullFinalized", NullFinalized);
  EXPORT_FN(env, exports, "isArrayBuffer", IsArrayBuffer);
  EXPORT_FN(env, exports, "detach", Detach);
  EXPORT_FN(env, exports, "isDetached", IsDetached);
  EXPORT_FN(env, exports, "nullArgs", NullArgs);
  EXPORT_FN(env, exports, "withPending", WithPending);
  EXPORT_FN(env, exports, "lastStatus", LastStatus);
  return exports;
}
