// Conformance tests (Node-API 10): node_api_create_external_string_latin1 / utf16 (copied, finalizer) and
// node_api_create_property_key_latin1 / utf8 / utf16.
#define NAPI_VERSION 10
#include <node_api.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common.h"

static int finalized;
static void* finalized_data;
static void* finalized_hint;
static int hint_value;

static void finalize(node_api_basic_env env, void* data, void* hint) {
  finalized++;
  finalized_data = data;
  finalized_hint = hint;
}

static char latin1_buf[64];
static char16_t utf16_buf[64];

// external(kind, string, length, mode): kind 0 latin1, 1 utf16; the string's code units (< 256 for latin1) are copied
// into a static buffer. mode 0 with finalizer and copied, 1 no finalizer, 2 copied NULL, 3 NULL str, 4 NULL result.
// Returns {status, value, copied, finalizedNow, dataIsBuffer, hintIsHint, mutated}: mutated is the string after the
// buffer was changed (only when the runtime copied it).
static napi_value External(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 4);
  int kind = (int)arg_num(env, args[0]);
  double len = arg_num(env, args[2]);
  int mode = (int)arg_num(env, args[3]);
  size_t n = 0;
  if (kind == 0) {
    char16_t tmp[64];
    napi_get_value_string_utf16(env, args[1], tmp, 64, &n);
    for (size_t i = 0; i <= n; i++) latin1_buf[i] = (char)tmp[i];
  } else {
    napi_get_value_string_utf16(env, args[1], utf16_buf, 64, &n);
  }
  void* buf = kind == 0 ? (void*)latin1_buf : (void*)utf16_buf;
  size_t length = len < 0 ? NAPI_AUTO_LENGTH : (size_t)len;
  finalized = 0;
  finalized_data = NULL;
  finalized_hint = NULL;
  bool copied = false;
  napi_value r = NULL;
  node_api_basic_finalize fin = mode == 1 ? NULL : finalize;
  napi_status st;
  if (kind == 0)
    st = node_api_create_external_string_latin1(env, mode == 3 ? NULL : latin1_buf, length, fin, &hint_value,
                                                mode == 4 ? NULL : &r, mode == 2 ? NULL : &copied);
  else
    st = node_api_create_external_string_utf16(env, mode == 3 ? NULL : utf16_buf, length, fin, &hint_value,
                                               mode == 4 ? NULL : &r, mode == 2 ? NULL : &copied);
  int finalized_now = finalized;
  napi_value o = result(env, st);
  if (st != napi_ok) return o;
  set_value(env, o, "value", r);
  set_bool(env, o, "copied", copied);
  set_num(env, o, "finalizedNow", finalized_now);
  if (finalized_now) {
    set_bool(env, o, "dataIsBuffer", finalized_data == buf);
    set_bool(env, o, "hintIsHint", finalized_hint == &hint_value);
  }
  if (copied) {
    // the runtime no longer uses the buffer: changing it must not change the string
    if (kind == 0) latin1_buf[0] = 'Z'; else utf16_buf[0] = 'Z';
    set_value(env, o, "mutated", r);
  }
  return o;
}

// key(kind, string, length, mode): kind 0 latin1, 1 utf8, 2 utf16; mode 1 NULL str, 2 NULL result
static napi_value Key(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 4);
  int kind = (int)arg_num(env, args[0]);
  double len = arg_num(env, args[2]);
  int mode = (int)arg_num(env, args[3]);
  char buf[128];
  char16_t buf16[64];
  size_t n;
  if (kind == 0) {
    napi_get_value_string_utf16(env, args[1], buf16, 64, &n);
    for (size_t i = 0; i <= n; i++) buf[i] = (char)buf16[i];
  } else if (kind == 1) {
    napi_get_value_string_utf8(env, args[1], buf, sizeof buf, &n);
  } else {
    napi_get_value_string_utf16(env, args[1], buf16, 64, &n);
  }
  size_t length = len < 0 ? NAPI_AUTO_LENGTH : (size_t)len;
  napi_value r = NULL;
  napi_value* rp = mode == 2 ? NULL : &r;
  napi_status st;
  if (kind == 0) st = node_api_create_property_key_latin1(env, mode == 1 ? NULL : buf, length, rp);
  else if (kind == 1) st = node_api_create_property_key_utf8(env, mode == 1 ? NULL : buf, length, rp);
  else st = node_api_create_property_key_utf16(env, mode == 1 ? NULL : buf16, length, rp);
  napi_value o = result(env, st);
  if (st == napi_ok) set_value(env, o, "value", r);
  return o;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "external", External);
  EXPORT_FN(env, exports, "key", Key);
  return exports;
}
