// Conformance tests: napi_create_string_utf8/latin1/utf16 and
// napi_get_value_string_utf8/latin1/utf16.
#include <node_api.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

#define MAX_UNITS 512

// Reads a JS array of integers into `out` (as bytes or 16-bit units).
static bool read_units(napi_env env, napi_value arr, uint32_t* out, uint32_t* count) {
  uint32_t len;
  if (napi_get_array_length(env, arr, &len) != napi_ok) return false;
  if (len > MAX_UNITS) len = MAX_UNITS;
  for (uint32_t i = 0; i < len; i++) {
    napi_value v;
    if (napi_get_element(env, arr, i, &v) != napi_ok) return false;
    if (napi_get_value_uint32(env, v, &out[i]) != napi_ok) return false;
  }
  *count = len;
  return true;
}

static napi_value units_array(napi_env env, const uint32_t* units, size_t n) {
  napi_value arr, v;
  NAPI_CALL(env, napi_create_array_with_length(env, n, &arr));
  for (size_t i = 0; i < n; i++) {
    NAPI_CALL(env, napi_create_uint32(env, units[i], &v));
    NAPI_CALL(env, napi_set_element(env, arr, (uint32_t)i, v));
  }
  return arr;
}

// createUtf8(bytes, length): bytes is an array of byte values; the C buffer
// holds them followed by a NUL. length < 0 -> NAPI_AUTO_LENGTH.
static napi_value CreateUtf8(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t units[MAX_UNITS], n;
  char buf[MAX_UNITS + 1];
  if (!read_units(env, args[0], units, &n)) { throw_last_error(env); return NULL; }
  for (uint32_t i = 0; i < n; i++) buf[i] = (char)units[i];
  buf[n] = 0;
  int32_t len;
  NAPI_CALL(env, napi_get_value_int32(env, args[1], &len));
  napi_value r;
  NAPI_CALL(env, napi_create_string_utf8(env, buf, len < 0 ? NAPI_AUTO_LENGTH : (size_t)len, &r));
  return r;
}

static napi_value CreateLatin1(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t units[MAX_UNITS], n;
  char buf[MAX_UNITS + 1];
  if (!read_units(env, args[0], units, &n)) { throw_last_error(env); return NULL; }
  for (uint32_t i = 0; i < n; i++) buf[i] = (char)units[i];
  buf[n] = 0;
  int32_t len;
  NAPI_CALL(env, napi_get_value_int32(env, args[1], &len));
  napi_value r;
  NAPI_CALL(env, napi_create_string_latin1(env, buf, len < 0 ? NAPI_AUTO_LENGTH : (size_t)len, &r));
  return r;
}

static napi_value CreateUtf16(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  uint32_t units[MAX_UNITS], n;
  char16_t buf[MAX_UNITS + 1];
  if (!read_units(env, args[0], units, &n)) { throw_last_error(env); return NULL; }
  for (uint32_t i = 0; i < n; i++) buf[i] = (char16_t)units[i];
  buf[n] = 0;
  int32_t len;
  NAPI_CALL(env, napi_get_value_int32(env, args[1], &len));
  napi_value r;
  NAPI_CALL(env, napi_create_string_utf16(env, buf, len < 0 ? NAPI_AUTO_LENGTH : (size_t)len, &r));
  return r;
}

// Result object for the getters:
//   {status, result, buffer}
// bufsize < 0: buf = NULL (length query), buffer = null.
// Otherwise the buffer (bufsize units, pre-filled with 0xAA / 0xAAAA) is
// returned in full so that the NUL terminator and untouched units show.
static napi_value get_result(napi_env env, napi_status s, size_t result,
                             const uint32_t* units, int32_t bufsize) {
  napi_value res, v;
  NAPI_CALL(env, napi_create_object(env, &res));
  NAPI_CALL(env, napi_create_int32(env, (int)s, &v));
  NAPI_CALL(env, napi_set_named_property(env, res, "status", v));
  if (result == (size_t)-1) {
    NAPI_CALL(env, napi_get_null(env, &v));
  } else {
    NAPI_CALL(env, napi_create_double(env, (double)result, &v));
  }
  NAPI_CALL(env, napi_set_named_property(env, res, "result", v));
  if (bufsize < 0) {
    NAPI_CALL(env, napi_get_null(env, &v));
  } else {
    v = units_array(env, units, (size_t)bufsize);
    if (v == NULL) return NULL;
  }
  NAPI_CALL(env, napi_set_named_property(env, res, "buffer", v));
  return res;
}

// getUtf8(value, bufsize, passResult=true)
static napi_value GetUtf8(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  int32_t bufsize;
  NAPI_CALL(env, napi_get_value_int32(env, args[1], &bufsize));
  bool pass_result = true;
  napi_valuetype t;
  NAPI_CALL(env, napi_typeof(env, args[2], &t));
  if (t == napi_boolean) NAPI_CALL(env, napi_get_value_bool(env, args[2], &pass_result));
  if (bufsize > MAX_UNITS) bufsize = MAX_UNITS;
  char buf[MAX_UNITS];
  memset(buf, 0xAA, sizeof(buf));
  size_t result = (size_t)-1;
  napi_status s = napi_get_value_string_utf8(env, args[0], bufsize < 0 ? NULL : buf,
                                             bufsize < 0 ? 0 : (size_t)bufsize,
                                             pass_result ? &result : NULL);
  uint32_t units[MAX_UNITS];
  for (int32_t i = 0; i < bufsize; i++) units[i] = (unsigned char)buf[i];
  return get_result(env, s, result, units, bufsize);
}

static napi_value GetLatin1(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  int32_t bufsize;
  NAPI_CALL(env, napi_get_value_int32(env, args[1], &bufsize));
  bool pass_result = true;
  napi_valuetype t;
  NAPI_CALL(env, napi_typeof(env, args[2], &t));
  if (t == napi_boolean) NAPI_CALL(env, napi_get_value_bool(env, args[2], &pass_result));
  if (bufsize > MAX_UNITS) bufsize = MAX_UNITS;
  char buf[MAX_UNITS];
  memset(buf, 0xAA, sizeof(buf));
  size_t result = (size_t)-1;
  napi_status s = napi_get_value_string_latin1(env, args[0], bufsize < 0 ? NULL : buf,
                                               bufsize < 0 ? 0 : (size_t)bufsize,
                                               pass_result ? &result : NULL);
  uint32_t units[MAX_UNITS];
  for (int32_t i = 0; i < bufsize; i++) units[i] = (unsigned char)buf[i];
  return get_result(env, s, result, units, bufsize);
}

static napi_value GetUtf16(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  int32_t bufsize;
  NAPI_CALL(env, napi_get_value_int32(env, args[1], &bufsize));
  bool pass_result = true;
  napi_valuetype t;
  NAPI_CALL(env, napi_typeof(env, args[2], &t));
  if (t == napi_boolean) NAPI_CALL(env, napi_get_value_bool(env, args[2], &pass_result));
  if (bufsize > MAX_UNITS) bufsize = MAX_UNITS;
  char16_t buf[MAX_UNITS];
  for (int i = 0; i < MAX_UNITS; i++) buf[i] = 0xAAAA;
  size_t result = (size_t)-1;
  napi_status s = napi_get_value_string_utf16(env, args[0], bufsize < 0 ? NULL : buf,
                                              bufsize < 0 ? 0 : (size_t)bufsize,
                                              pass_result ? &result : NULL);
  uint32_t units[MAX_UNITS];
  for (int32_t i = 0; i < bufsize; i++) units[i] = buf[i];
  return get_result(env, s, result, units, bufsize);
}

// createBadArgs(): statuses
//  utf8:   [0] NULL result [1] NULL str, len 3 [2] NULL str, len 0 (ok)
//          [3] NULL str, AUTO  [4] len INT_MAX+1
//  latin1: [5..9] same
//  utf16:  [10..14] same
static napi_value CreateBadArgs(napi_env env, napi_callback_info info) {
  int st[15];
  napi_value r;
  const char16_t u16[] = {'a', 'b', 'c', 0};
  size_t big = (size_t)INT_MAX + 1;
  st[0] = napi_create_string_utf8(env, "abc", 3, NULL);
  st[1] = napi_create_string_utf8(env, NULL, 3, &r);
  st[2] = napi_create_string_utf8(env, NULL, 0, &r);
  st[3] = napi_create_string_utf8(env, NULL, NAPI_AUTO_LENGTH, &r);
  st[4] = napi_create_string_utf8(env, "abc", big, &r);
  st[5] = napi_create_string_latin1(env, "abc", 3, NULL);
  st[6] = napi_create_string_latin1(env, NULL, 3, &r);
  st[7] = napi_create_string_latin1(env, NULL, 0, &r);
  st[8] = napi_create_string_latin1(env, NULL, NAPI_AUTO_LENGTH, &r);
  st[9] = napi_create_string_latin1(env, "abc", big, &r);
  st[10] = napi_create_string_utf16(env, u16, 3, NULL);
  st[11] = napi_create_string_utf16(env, NULL, 3, &r);
  st[12] = napi_create_string_utf16(env, NULL, 0, &r);
  st[13] = napi_create_string_utf16(env, NULL, NAPI_AUTO_LENGTH, &r);
  st[14] = napi_create_string_utf16(env, u16, big, &r);
  return int_array(env, st, 15);
}

// createNullEmpty(kind): napi_create_string_*(NULL, 0) -> the empty string
static napi_value CreateNullEmpty(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int32_t kind;
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &kind));
  napi_value r;
  if (kind == 0) NAPI_CALL(env, napi_create_string_utf8(env, NULL, 0, &r));
  else if (kind == 1) NAPI_CALL(env, napi_create_string_latin1(env, NULL, 0, &r));
  else NAPI_CALL(env, napi_create_string_utf16(env, NULL, 0, &r));
  return r;
}

// getBadArgs(value): statuses with buf NULL and result NULL:
//  [0] utf8  [1] latin1  [2] utf16  (-> invalid arg)
//  [3..5] NULL value (utf8/latin1/utf16)
static napi_value GetBadArgs(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int st[6];
  size_t r;
  char b[4];
  char16_t b16[4];
  st[0] = napi_get_value_string_utf8(env, args[0], NULL, 0, NULL);
  st[1] = napi_get_value_string_latin1(env, args[0], NULL, 0, NULL);
  st[2] = napi_get_value_string_utf16(env, args[0], NULL, 0, NULL);
  st[3] = napi_get_value_string_utf8(env, NULL, b, 4, &r);
  st[4] = napi_get_value_string_latin1(env, NULL, b, 4, &r);
  st[5] = napi_get_value_string_utf16(env, NULL, b16, 4, &r);
  return int_array(env, st, 6);
}

// roundTripUtf8(s): copies the whole string into a C buffer and creates a
// new string from it with explicit length (tests full-size buffers).
static napi_value RoundTripUtf8(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  size_t len;
  NAPI_CALL(env, napi_get_value_string_utf8(env, args[0], NULL, 0, &len));
  if (len >= 4096) { napi_throw_range_error(env, NULL, "too long"); return NULL; }
  char buf[4096];
  size_t copied;
  NAPI_CALL(env, napi_get_value_string_utf8(env, args[0], buf, len + 1, &copied));
  napi_value r;
  NAPI_CALL(env, napi_create_string_utf8(env, buf, copied, &r));
  return r;
}

static napi_value RoundTripUtf16(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  size_t len;
  NAPI_CALL(env, napi_get_value_string_utf16(env, args[0], NULL, 0, &len));
  if (len >= 4096) { napi_throw_range_error(env, NULL, "too long"); return NULL; }
  char16_t buf[4096];
  size_t copied;
  NAPI_CALL(env, napi_get_value_string_utf16(env, args[0], buf, len + 1, &copied));
  napi_value r;
  NAPI_CALL(env, napi_create_string_utf16(env, buf, copied, &r));
  return r;
}

static napi_value RoundTripLatin1(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  size_t len;
  NAPI_CALL(env, napi_get_value_string_latin1(env, args[0], NULL, 0, &len));
  if (len >= 4096) { napi_throw_range_error(env, NULL, "too long"); return NULL; }
  char buf[4096];
  size_t copied;
  NAPI_CALL(env, napi_get_value_string_latin1(env, args[0], buf, len + 1, &copied));
  napi_value r;
  NAPI_CALL(env, napi_create_string_latin1(env, buf, copied, &r));
  return r;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "createUtf8", CreateUtf8);
  EXPORT_FN(env, exports, "createLatin1", CreateLatin1);
  EXPORT_FN(env, exports, "createUtf16", CreateUtf16);
  EXPORT_FN(env, exports, "getUtf8", GetUtf8);
  EXPORT_FN(env, exports, "getLatin1", GetLatin1);
  EXPORT_FN(env, exports, "getUtf16", GetUtf16);
  EXPORT_FN(env, exports, "createBadArgs", CreateBadArgs);
  EXPORT_FN(env, exports, "createNullEmpty", CreateNullEmpty);
  EXPORT_FN(env, exports, "getBadArgs", GetBadArgs);
  EXPORT_FN(env, exports, "roundTripUtf8", RoundTripUtf8);
  EXPORT_FN(env, exports, "roundTripUtf16", RoundTripUtf16);
  EXPORT_FN(env, exports, "roundTripLatin1", RoundTripLatin1);
  return exports;
}
