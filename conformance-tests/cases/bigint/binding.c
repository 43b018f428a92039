// Conformance tests: napi_create_bigint_int64 / uint64 / words, napi_get_value_bigint_int64 / uint64 / words.
#include <node_api.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common.h"

#define SENTINEL 0xA5A5A5A5A5A5A5A5ULL

static napi_value hex_words(napi_env env, const uint64_t* w, size_t n) {
  napi_value arr, s;
  char buf[24];
  napi_create_array_with_length(env, n, &arr);
  for (size_t i = 0; i < n; i++) {
    if (w[i] == SENTINEL) snprintf(buf, sizeof buf, "untouched");
    else snprintf(buf, sizeof buf, "%016llx", (unsigned long long)w[i]);
    napi_create_string_utf8(env, buf, NAPI_AUTO_LENGTH, &s);
    napi_set_element(env, arr, (uint32_t)i, s);
  }
  return arr;
}

// createInt64(decimalString, nullResult) / createUint64(...)
static napi_value CreateInt64(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  char buf[64];
  long long v = strtoll(arg_cstr(env, args[0], buf, sizeof buf), NULL, 10);
  bool null_result = false;
  napi_get_value_bool(env, args[1], &null_result);
  napi_value r = NULL;
  napi_status st = napi_create_bigint_int64(env, (int64_t)v, null_result ? NULL : &r);
  napi_value o = result(env, st);
  if (st == napi_ok) set_value(env, o, "value", r);
  return o;
}

static napi_value CreateUint64(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  char buf[64];
  unsigned long long v = strtoull(arg_cstr(env, args[0], buf, sizeof buf), NULL, 10);
  bool null_result = false;
  napi_get_value_bool(env, args[1], &null_result);
  napi_value r = NULL;
  napi_status st = napi_create_bigint_uint64(env, (uint64_t)v, null_result ? NULL : &r);
  napi_value o = result(env, st);
  if (st == napi_ok) set_value(env, o, "value", r);
  return o;
}

// getInt64(value, mode): mode 0 normal, 1 NULL value, 2 NULL result, 3 NULL lossless
static napi_value GetInt64(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  int mode = (int)arg_num(env, args[1]);
  int64_t v = 77;
  bool lossless = false;
  napi_status st = napi_get_value_bigint_int64(env, mode == 1 ? NULL : args[0], mode == 2 ? NULL : &v,
                                               mode == 3 ? NULL : &lossless);
  napi_value o = result(env, st);
  char buf[32];
  snprintf(buf, sizeof buf, "%lld", (long long)v);
  set_str(env, o, "value", buf);
  set_bool(env, o, "lossless", lossless);
  return o;
}

static napi_value GetUint64(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  int mode = (int)arg_num(env, args[1]);
  uint64_t v = 77;
  bool lossless = false;
  napi_status st = napi_get_value_bigint_uint64(env, mode == 1 ? NULL : args[0], mode == 2 ? NULL : &v,
                                                mode == 3 ? NULL : &lossless);
  napi_value o = result(env, st);
  char buf[32];
  snprintf(buf, sizeof buf, "%llu", (unsigned long long)v);
  set_str(env, o, "value", buf);
  set_bool(env, o, "lossless", lossless);
  return o;
}

// createWords(sign, hexWords | null, wordCount (-1: the array's length), nullResult)
static napi_value CreateWords(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 4);
  int32_t sign = 0;
  napi_get_value_int32(env, args[0], &sign);
  napi_valuetype t;
  napi_typeof(env, args[1], &t);
  uint64_t words[64];
  uint32_t n = 0;
  if (t == napi_object) {
    napi_get_array_length(env, args[1], &n);
    if (n > 64) n = 64;
    for (uint32_t i = 0; i < n; i++) {
      napi_value e;
      char buf[32];
      napi_get_element(env, args[1], i, &e);
      words[i] = strtoull(arg_cstr(env, e, buf, sizeof buf), NULL, 16);
    }
  }
  double count = arg_num(env, args[2]);
  size_t word_count = count < 0 ? n : (size_t)count;
  bool null_result = false;
  napi_get_value_bool(env, args[3], &null_result);
  napi_value r = NULL;
  napi_status st = napi_create_bigint_words(env, sign, word_count, t == napi_object ? words : NULL,
                                            null_result ? NULL : &r);
  napi_value o = result(env, st);
  if (st == napi_ok) set_value(env, o, "value", r);
  return o;
}

// getWords(value, capacity, mode): mode 0 sign+words, 1 count only (sign and words NULL), 2 sign NULL,
// 3 words NULL, 4 word_count NULL, 5 value NULL
static napi_value GetWords(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  double cap = arg_num(env, args[1]);
  int mode = (int)arg_num(env, args[2]);
  uint64_t words[16];
  for (int i = 0; i < 16; i++) words[i] = SENTINEL;
  int sign = 7;
  size_t count = (size_t)cap;
  bool nosign = mode == 1 || mode == 2, nowords = mode == 1 || mode == 3;
  napi_status st = napi_get_value_bigint_words(env, mode == 5 ? NULL : args[0], nosign ? NULL : &sign,
                                               mode == 4 ? NULL : &count, nowords ? NULL : words);
  napi_value o = result(env, st);
  set_num(env, o, "sign", sign);
  set_num(env, o, "count", (double)count);
  size_t shown = cap < 0 || cap > 16 ? 16 : (size_t)cap;
  if (shown < 4) shown = 4;
  set_value(env, o, "words", hex_words(env, words, shown));
  return o;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "createInt64", CreateInt64);
  EXPORT_FN(env, exports, "createUint64", CreateUint64);
  EXPORT_FN(env, exports, "getInt64", GetInt64);
  EXPORT_FN(env, exports, "getUint64", GetUint64);
  EXPORT_FN(env, exports, "createWords", CreateWords);
  EXPORT_FN(env, exports, "getWords", GetWords);
  return exports;
}
