// Conformance tests: which functions refuse with napi_pending_exception while an exception is pending (Node's
// NAPI_PREAMBLE users) and which still work; the napi_get_last_error_info messages of statuses provoked here.
#define NAPI_VERSION 9
#include <node_api.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common.h"

typedef struct {
  const char* name;
  napi_status status;
} row;

static row rows[128];
static int nrows;

static napi_value cb_noop(napi_env env, napi_callback_info info) { return NULL; }

// Each call runs with an exception thrown by napi_throw_error just before; the exception is cleared afterwards.
#define T(label_, call_)                                           \
  do {                                                          \
    napi_throw_error(env, NULL, "pending");                     \
    rows[nrows].name = (label_);                                  \
    rows[nrows].status = (call_);                                \
    nrows++;                                                    \
    napi_value exc_;                                            \
    napi_get_and_clear_last_exception(env, &exc_);              \
  } while (0)

// whilePending(obj, fn, arraybuffer, date, promiseConstructor): [[name, status], ...]
static napi_value WhilePending(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 4);
  napi_value obj = args[0], fn = args[1], ab = args[2], date = args[3];
  napi_value str, num, arr, big, key, sym, r, ext;
  napi_create_string_utf8(env, "k", NAPI_AUTO_LENGTH, &key);
  napi_create_string_utf8(env, "str", NAPI_AUTO_LENGTH, &str);
  napi_create_int32(env, 5, &num);
  napi_create_array_with_length(env, 2, &arr);
  napi_create_bigint_int64(env, 5, &big);
  napi_create_symbol(env, NULL, &sym);
  napi_create_external(env, NULL, NULL, NULL, &ext);
  napi_deferred deferred;
  napi_value promise;
  napi_create_promise(env, &deferred, &promise);
  bool b;
  int32_t i32;
  uint32_t u32;
  int64_t i64;
  uint64_t u64;
  double d;
  size_t sz;
  void* data;
  char buf[16];
  char16_t buf16[16];
  napi_valuetype t;
  int sign;
  uint64_t words[2] = {1, 0};
  napi_handle_scope hs;
  napi_escapable_handle_scope ehs;
  const napi_node_version* nv;
  napi_property_descriptor desc = {"p", NULL, NULL, NULL, NULL, NULL, napi_default, NULL};
  nrows = 0;

  // creating values
  T("napi_get_undefined", napi_get_undefined(env, &r));
  T("napi_get_null", napi_get_null(env, &r));
  T("napi_get_global", napi_get_global(env, &r));
  T("napi_get_boolean", napi_get_boolean(env, true, &r));
  T("napi_create_object", napi_create_object(env, &r));
  T("napi_create_array", napi_create_array(env, &r));
  T("napi_create_array_with_length", napi_create_array_with_length(env, 3, &r));
  T("napi_create_double", napi_create_double(env, 1.5, &r));
  T("napi_create_int32", napi_create_int32(env, 1, &r));
  T("napi_create_uint32", napi_create_uint32(env, 1, &r));
  T("napi_create_int64", napi_create_int64(env, 1, &r));
  T("napi_create_string_utf8", napi_create_string_utf8(env, "s", 1, &r));
  T("napi_create_string_latin1", napi_create_string_latin1(env, "s", 1, &r));
  T("napi_create_string_utf16", napi_create_string_utf16(env, u"s", 1, &r));
  T("napi_create_symbol", napi_create_symbol(env, str, &r));
  T("node_api_symbol_for", node_api_symbol_for(env, "s", 1, &r));
  T("napi_create_function", napi_create_function(env, "f", NAPI_AUTO_LENGTH, cb_noop, NULL, &r));
  T("napi_create_error", napi_create_error(env, NULL, str, &r));
  T("napi_create_type_error", napi_create_type_error(env, NULL, str, &r));
  T("napi_create_range_error", napi_create_range_error(env, NULL, str, &r));
  T("node_api_create_syntax_error", node_api_create_syntax_error(env, NULL, str, &r));
  T("napi_create_external", napi_create_external(env, NULL, NULL, NULL, &r));
  T("napi_create_bigint_int64", napi_create_bigint_int64(env, 1, &r));
  T("napi_create_bigint_uint64", napi_create_bigint_uint64(env, 1, &r));
  T("napi_create_bigint_words", napi_create_bigint_words(env, 0, 1, words, &r));
  T("napi_create_date", napi_create_date(env, 1, &r));
  T("napi_create_promise", napi_create_promise(env, (napi_deferred*)&data, &r));
  // reading values
  T("napi_typeof", napi_typeof(env, obj, &t));
  T("napi_get_value_double", napi_get_value_double(env, num, &d));
  T("napi_get_value_int32", napi_get_value_int32(env, num, &i32));
  T("napi_get_value_uint32", napi_get_value_uint32(env, num, &u32));
  T("napi_get_value_int64", napi_get_value_int64(env, num, &i64));
  T("napi_get_value_bool", napi_get_value_bool(env, num, &b) == napi_boolean_expected ? napi_ok : napi_generic_failure);
  T("napi_get_value_string_utf8", napi_get_value_string_utf8(env, str, buf, sizeof buf, &sz));
  T("napi_get_value_string_latin1", napi_get_value_string_latin1(env, str, buf, sizeof buf, &sz));
  T("napi_get_value_string_utf16", napi_get_value_string_utf16(env, str, buf16, 16, &sz));
  T("napi_get_value_bigint_int64", napi_get_value_bigint_int64(env, big, &i64, &b));
  T("napi_get_value_bigint_uint64", napi_get_value_bigint_uint64(env, big, &u64, &b));
  sz = 2;
  T("napi_get_value_bigint_words", napi_get_value_bigint_words(env, big, &sign, &sz, words));
  T("napi_get_value_external", napi_get_value_external(env, ext, &data));
  T("napi_get_date_value", napi_get_date_value(env, date, &d));
  T("napi_is_array", napi_is_array(env, arr, &b));
  T("napi_is_arraybuffer", napi_is_arraybuffer(env, ab, &b));
  T("napi_is_error", napi_is_error(env, obj, &b));
  T("napi_is_date", napi_is_date(env, date, &b));
  T("napi_is_promise", napi_is_promise(env, promise, &b));
  T("napi_get_array_length", napi_get_array_length(env, arr, &u32));
  T("napi_detach_arraybuffer", napi_detach_arraybuffer(env, ab));
  // coercion, scripts, promises
  T("napi_coerce_to_bool", napi_coerce_to_bool(env, num, &r));
  T("napi_coerce_to_number", napi_coerce_to_number(env, num, &r));
  T("napi_coerce_to_object", napi_coerce_to_object(env, num, &r));
  T("napi_coerce_to_string", napi_coerce_to_string(env, num, &r));
  T("napi_run_script", napi_run_script(env, str, &r));
  T("napi_resolve_deferred", napi_resolve_deferred(env, deferred, num));
  T("napi_reject_deferred", napi_reject_deferred(env, deferred, num));
  // objects and functions
  T("napi_set_property", napi_set_property(env, obj, key, num));
  T("napi_get_property", napi_get_property(env, obj, key, &r));
  T("napi_has_property", napi_has_property(env, obj, key, &b));
  T("napi_has_own_property", napi_has_own_property(env, obj, key, &b));
  T("napi_set_named_property", napi_set_named_property(env, obj, "k", num));
  T("napi_get_named_property", napi_get_named_property(env, obj, "k", &r));
  T("napi_has_named_property", napi_has_named_property(env, obj, "k", &b));
  T("napi_set_element", napi_set_element(env, arr, 0, num));
  T("napi_get_element", napi_get_element(env, arr, 0, &r));
  T("napi_has_element", napi_has_element(env, arr, 0, &b));
  T("napi_delete_element", napi_delete_element(env, arr, 1, &b));
  T("napi_define_properties", napi_define_properties(env, obj, 1, &desc));
  T("napi_call_function", napi_call_function(env, obj, fn, 0, NULL, &r));
  T("napi_instanceof", napi_instanceof(env, obj, fn, &b));
  T("napi_get_new_target", napi_get_new_target(env, info, &r));
  T("napi_get_cb_info", napi_get_cb_info(env, info, NULL, NULL, NULL, NULL));
  // errors
  T("napi_throw", napi_throw(env, num));
  T("napi_throw_error", napi_throw_error(env, NULL, "second"));
  T("napi_throw_type_error", napi_throw_type_error(env, NULL, "second"));
  T("napi_throw_range_error", napi_throw_range_error(env, NULL, "second"));
  T("node_api_throw_syntax_error", node_api_throw_syntax_error(env, NULL, "second"));
  T("napi_is_exception_pending", napi_is_exception_pending(env, &b));
  // scopes, versions
  T("napi_open_handle_scope", napi_open_handle_scope(env, &hs));
  T("napi_close_handle_scope", napi_close_handle_scope(env, hs));
  T("napi_open_escapable_handle_scope", napi_open_escapable_handle_scope(env, &ehs));
  T("napi_escape_handle", napi_escape_handle(env, ehs, num, &r));
  T("napi_close_escapable_handle_scope", napi_close_escapable_handle_scope(env, ehs));
  T("napi_get_version", napi_get_version(env, &u32));
  T("napi_get_node_version", napi_get_node_version(env, &nv));

  napi_resolve_deferred(env, deferred, num);
  napi_value out, pair, v;
  NAPI_CALL(env, napi_create_array_with_length(env, nrows, &out));
  for (int k = 0; k < nrows; k++) {
    NAPI_CALL(env, napi_create_array_with_length(env, 2, &pair));
    NAPI_CALL(env, napi_create_string_utf8(env, rows[k].name, NAPI_AUTO_LENGTH, &v));
    NAPI_CALL(env, napi_set_element(env, pair, 0, v));
    NAPI_CALL(env, napi_create_int32(env, rows[k].status, &v));
    NAPI_CALL(env, napi_set_element(env, pair, 1, v));
    NAPI_CALL(env, napi_set_element(env, out, k, pair));
  }
  return out;
}

// lastErrors(): [[what, status, error_code, message], ...] for statuses provoked here
static napi_value LastErrors(napi_env env, napi_callback_info info) {
  napi_value undef, str, num, obj, out, v, exc;
  napi_get_undefined(env, &undef);
  napi_create_string_utf8(env, "1 +", NAPI_AUTO_LENGTH, &str);
  napi_create_int32(env, 5, &num);
  napi_create_object(env, &obj);
  napi_escapable_handle_scope ehs;
  napi_value r;
  bool b;
  double d;
  nrows = 0;
#define L(label_, call_)                             \
  do {                                            \
    rows[nrows].name = (label_);                    \
    rows[nrows].status = (call_);                  \
    const napi_extended_error_info* info_;        \
    napi_get_last_error_info(env, &info_);        \
    snprintf(msgs[nrows], sizeof msgs[0], "%d %s", info_->error_code, \
             info_->error_message ? info_->error_message : "(null)"); \
    nrows++;                                      \
    napi_get_and_clear_last_exception(env, &exc); \
  } while (0)
  static char msgs[32][96];
  L("coerce_to_object(undefined)", napi_coerce_to_object(env, undef, &r));
  L("instanceof(5, {})", napi_instanceof(env, num, obj, &b));
  L("run_script(\"1 +\")", napi_run_script(env, str, &r));
  L("get_date_value(5)", napi_get_date_value(env, num, &d));
  L("create_bigint_words(2^24+1 words)", napi_create_bigint_words(env, 0, (1 << 24) + 1, (const uint64_t*)&d, &r));
  napi_throw_error(env, NULL, "pending");
  L("create_date while pending", napi_create_date(env, 1, &r));
  napi_open_escapable_handle_scope(env, &ehs);
  napi_escape_handle(env, ehs, num, &r);
  L("escape_handle twice", napi_escape_handle(env, ehs, num, &r));
  napi_close_escapable_handle_scope(env, ehs);
  L("get_value_string_utf8(5)", napi_get_value_string_utf8(env, num, NULL, 0, NULL));
  L("get_value_bigint_int64(5)", napi_get_value_bigint_int64(env, num, (int64_t*)&d, &b));
  L("create_string_utf8 length INT_MAX+1", napi_create_string_utf8(env, "x", (size_t)INT_MAX + 1, &r));
  NAPI_CALL(env, napi_create_array_with_length(env, nrows, &out));
  for (int k = 0; k < nrows; k++) {
    napi_value pair;
    NAPI_CALL(env, napi_create_array_with_length(env, 3, &pair));
    NAPI_CALL(env, napi_create_string_utf8(env, rows[k].name, NAPI_AUTO_LENGTH, &v));
    NAPI_CALL(env, napi_set_element(env, pair, 0, v));
    NAPI_CALL(env, napi_create_int32(env, rows[k].status, &v));
    NAPI_CALL(env, napi_set_element(env, pair, 1, v));
    NAPI_CALL(env, napi_create_string_utf8(env, msgs[k], NAPI_AUTO_LENGTH, &v));
    NAPI_CALL(env, napi_set_element(env, pair, 2, v));
    NAPI_CALL(env, napi_set_element(env, out, k, pair));
  }
  return out;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "whilePending", WhilePending);
  EXPORT_FN(env, exports, "lastErrors", LastErrors);
  return exports;
}
