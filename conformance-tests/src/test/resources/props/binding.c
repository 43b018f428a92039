// The addon of PropertyDiffTest: conversion functions driven by generated batches, run on node and on napi-jvm.
// Every function returns a string describing statuses and results exactly (hex for bytes and double bits).
#include <node_api.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OUT_SIZE 65536
static char out[OUT_SIZE];
static size_t pos;

static void put(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
#include <stdarg.h>
static void put(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(out + pos, OUT_SIZE - pos, fmt, ap);
  va_end(ap);
  if (n > 0) pos += (size_t)n < OUT_SIZE - pos ? (size_t)n : OUT_SIZE - pos - 1;
}

static napi_value ret_out(napi_env env) {
  napi_value r;
  napi_create_string_utf8(env, out, pos, &r);
  pos = 0;
  return r;
}

static size_t arg_size(napi_env env, napi_value v) {
  double d = 0;
  napi_get_value_double(env, v, &d);
  return (size_t)d;
}

static size_t unhex(napi_env env, napi_value v, uint8_t* dst, size_t cap) {
  char hex[8192];
  size_t n = 0;
  napi_get_value_string_utf8(env, v, hex, sizeof hex, &n);
  size_t k = 0;
  for (size_t i = 0; i + 1 < n && k < cap; i += 2) {
    char b[3] = {hex[i], hex[i + 1], 0};
    dst[k++] = (uint8_t)strtoul(b, NULL, 16);
  }
  return k;
}

// numOut(x): int32 / uint32 / int64 / double of a JS value
static napi_value NumOut(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value a;
  napi_get_cb_info(env, info, &argc, &a, NULL, NULL);
  int32_t i32 = 0;
  uint32_t u32 = 0;
  int64_t i64 = 0;
  double d = 0;
  napi_status s1 = napi_get_value_int32(env, a, &i32);
  napi_status s2 = napi_get_value_uint32(env, a, &u32);
  napi_status s3 = napi_get_value_int64(env, a, &i64);
  napi_status s4 = napi_get_value_double(env, a, &d);
  uint64_t bits;
  memcpy(&bits, &d, 8);
  if (d != d) bits = 0x7ff8000000000000ULL; /* NaN payloads are the engine's business */
  put("i32 %d:%d u32 %d:%u i64 %d:%lld dbl %d:%016llx", s1, i32, s2, u32, s3, (long long)i64, s4, (unsigned long long)bits);
  return ret_out(env);
}

// numIn(hexBytesOfInt64): napi_create_int64 / int32 / uint32 / double of the (low bits of the) value
static napi_value NumIn(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value a, arr, v;
  napi_get_cb_info(env, info, &argc, &a, NULL, NULL);
  uint8_t b[8] = {0};
  unhex(env, a, b, 8);
  int64_t x = 0;
  for (int i = 0; i < 8; i++) x = (int64_t)(((uint64_t)x << 8) | b[i]);
  double d;
  memcpy(&d, &x, 8);
  napi_create_array_with_length(env, 4, &arr);
  napi_create_int64(env, x, &v);
  napi_set_element(env, arr, 0, v);
  napi_create_int32(env, (int32_t)x, &v);
  napi_set_element(env, arr, 1, v);
  napi_create_uint32(env, (uint32_t)x, &v);
  napi_set_element(env, arr, 2, v);
  napi_create_double(env, d, &v);
  napi_set_element(env, arr, 3, v);
  return arr;
}

static void dump(const uint8_t* p, size_t n) {
  for (size_t i = 0; i < n; i++) put("%02x", p[i]);
}

// strOut(s, size8, sizeL, size16): lengths, then each encoding written into a buffer of that size (filled with 0xEE
// first: the dump shows every byte written, and that nothing beyond the buffer was)
static napi_value StrOut(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value a[4];
  napi_get_cb_info(env, info, &argc, a, NULL, NULL);
  size_t n8 = 0, nl = 0, n16 = 0, r = 777;
  napi_status s = napi_get_value_string_utf8(env, a[0], NULL, 0, &n8);
  put("len8 %d:%zu ", s, n8);
  s = napi_get_value_string_latin1(env, a[0], NULL, 0, &nl);
  put("lenL %d:%zu ", s, nl);
  s = napi_get_value_string_utf16(env, a[0], NULL, 0, &n16);
  put("len16 %d:%zu ", s, n16);
  static uint8_t buf[16384];
  size_t size8 = arg_size(env, a[1]), sizeL = arg_size(env, a[2]), size16 = arg_size(env, a[3]);
  if (size8 + 4 > sizeof buf || sizeL + 4 > sizeof buf || 2 * size16 + 8 > sizeof buf) {
    put("buffer too small for the test");
    return ret_out(env);
  }
  memset(buf, 0xEE, sizeof buf);
  r = 777;
  s = napi_get_value_string_utf8(env, a[0], (char*)buf, size8, &r);
  put("utf8[%zu] %d:%zu ", size8, s, r);
  dump(buf, size8 + 2);
  memset(buf, 0xEE, sizeof buf);
  r = 777;
  s = napi_get_value_string_latin1(env, a[0], (char*)buf, sizeL, &r);
  put(" latin1[%zu] %d:%zu ", sizeL, s, r);
  dump(buf, sizeL + 2);
  memset(buf, 0xEE, sizeof buf);
  r = 777;
  s = napi_get_value_string_utf16(env, a[0], (char16_t*)buf, size16, &r);
  put(" utf16[%zu] %d:%zu ", size16, s, r);
  dump(buf, 2 * size16 + 4);
  return ret_out(env);
}

// strIn(kind, hexBytes): kind 0 utf8, 1 latin1, 2 utf16 (little-endian code units); returns
// [status, string with the explicit length, status, string with NAPI_AUTO_LENGTH (bytes NUL-terminated)]
static napi_value StrIn(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value a[2], arr, v;
  napi_get_cb_info(env, info, &argc, a, NULL, NULL);
  int32_t kind = 0;
  napi_get_value_int32(env, a[0], &kind);
  static uint8_t bytes[4100];
  size_t n = unhex(env, a[1], bytes, 4096);
  memset(bytes + n, 0, 4);
  napi_create_array_with_length(env, 4, &arr);
  napi_value r1 = NULL, r2 = NULL;
  napi_status s1, s2;
  if (kind == 0) {
    s1 = napi_create_string_utf8(env, (const char*)bytes, n, &r1);
    s2 = napi_create_string_utf8(env, (const char*)bytes, NAPI_AUTO_LENGTH, &r2);
  } else if (kind == 1) {
    s1 = napi_create_string_latin1(env, (const char*)bytes, n, &r1);
    s2 = napi_create_string_latin1(env, (const char*)bytes, NAPI_AUTO_LENGTH, &r2);
  } else {
    s1 = napi_create_string_utf16(env, (const char16_t*)bytes, n / 2, &r1);
    s2 = napi_create_string_utf16(env, (const char16_t*)bytes, NAPI_AUTO_LENGTH, &r2);
  }
  napi_create_int32(env, s1, &v);
  napi_set_element(env, arr, 0, v);
  if (r1) napi_set_element(env, arr, 1, r1);
  napi_create_int32(env, s2, &v);
  napi_set_element(env, arr, 2, v);
  if (r2) napi_set_element(env, arr, 3, r2);
  return arr;
}

// bigOut(b): int64 and uint64 with lossless, word count, then sign and words
static napi_value BigOut(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value a;
  napi_get_cb_info(env, info, &argc, &a, NULL, NULL);
  int64_t i64 = 0;
  uint64_t u64 = 0;
  bool l1 = false, l2 = false;
  napi_status s1 = napi_get_value_bigint_int64(env, a, &i64, &l1);
  napi_status s2 = napi_get_value_bigint_uint64(env, a, &u64, &l2);
  size_t count = 0;
  napi_status s3 = napi_get_value_bigint_words(env, a, NULL, &count, NULL);
  put("i64 %d:%lld:%d u64 %d:%llu:%d count %d:%zu", s1, (long long)i64, l1, s2, (unsigned long long)u64, l2, s3, count);
  static uint64_t words[600];
  int sign = 9;
  size_t cap = count < 600 ? count : 600;
  size_t c2 = cap;
  napi_status s4 = napi_get_value_bigint_words(env, a, &sign, &c2, words);
  put(" words %d:%d:%zu:", s4, sign, c2);
  for (size_t i = 0; i < cap; i++) put("%016llx", (unsigned long long)words[cap - 1 - i]);
  return ret_out(env);
}

// bigIn(sign, hexWords (most significant first, 16 hex digits each)): napi_create_bigint_words
static napi_value BigIn(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value a[2], r = NULL, arr, v;
  napi_get_cb_info(env, info, &argc, a, NULL, NULL);
  int32_t sign = 0;
  napi_get_value_int32(env, a[0], &sign);
  static uint8_t bytes[8 * 600];
  size_t n = unhex(env, a[1], bytes, sizeof bytes) / 8;
  static uint64_t words[600];
  for (size_t i = 0; i < n; i++) {
    uint64_t w = 0;
    for (int k = 0; k < 8; k++) w = (w << 8) | bytes[8 * i + k];
    words[n - 1 - i] = w;
  }
  napi_status s = napi_create_bigint_words(env, sign, n, words, &r);
  napi_create_array_with_length(env, 2, &arr);
  napi_create_int32(env, s, &v);
  napi_set_element(env, arr, 0, v);
  if (r) napi_set_element(env, arr, 1, r);
  return arr;
}

NAPI_MODULE_INIT() {
  struct { const char* name; napi_callback cb; } fns[] = {
      {"numOut", NumOut}, {"numIn", NumIn}, {"strOut", StrOut}, {"strIn", StrIn}, {"bigOut", BigOut}, {"bigIn", BigIn}};
  for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
    napi_value f;
    napi_create_function(env, fns[i].name, NAPI_AUTO_LENGTH, fns[i].cb, NULL, &f);
    napi_set_named_property(env, exports, fns[i].name, f);
  }
  return exports;
}
