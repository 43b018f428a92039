// Conformance tests: napi_get_last_error_info, napi_get_version,
// napi_get_undefined / napi_get_null / napi_get_global / napi_get_boolean.
#include <node_api.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../common.h"

typedef struct {
  napi_status status;       // status of the call under test
  napi_status info_status;  // status of napi_get_last_error_info itself
  int code;
  bool has_msg;
  char msg[256];
} snapshot_t;

// Copies the last error info right now (before any other N-API call).
static void take_snapshot(napi_env env, napi_status status, snapshot_t* out) {
  const napi_extended_error_info* info = NULL;
  out->status = status;
  out->info_status = napi_get_last_error_info(env, &info);
  out->code = info ? (int)info->error_code : -1;
  out->has_msg = info && info->error_message != NULL;
  out->msg[0] = 0;
  if (out->has_msg) snprintf(out->msg, sizeof(out->msg), "%s", info->error_message);
}

// Builds {status, infoStatus, code, message}.
static napi_value snapshot_object(napi_env env, const snapshot_t* sn) {
  napi_value obj, v;
  NAPI_CALL(env, napi_create_object(env, &obj));
  NAPI_CALL(env, napi_create_int32(env, (int)sn->status, &v));
  NAPI_CALL(env, napi_set_named_property(env, obj, "status", v));
  NAPI_CALL(env, napi_create_int32(env, (int)sn->info_status, &v));
  NAPI_CALL(env, napi_set_named_property(env, obj, "infoStatus", v));
  NAPI_CALL(env, napi_create_int32(env, sn->code, &v));
  NAPI_CALL(env, napi_set_named_property(env, obj, "code", v));
  if (sn->has_msg) {
    NAPI_CALL(env, napi_create_string_utf8(env, sn->msg, NAPI_AUTO_LENGTH, &v));
  } else {
    NAPI_CALL(env, napi_get_null(env, &v));
  }
  NAPI_CALL(env, napi_set_named_property(env, obj, "message", v));
  return obj;
}

static napi_value error_info_object(napi_env env, napi_status status) {
  snapshot_t sn;
  take_snapshot(env, status, &sn);
  return snapshot_object(env, &sn);
}

// lastErrorAfterInt32(value): napi_get_value_int32(value) then last error.
static napi_value LastErrorAfterInt32(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int32_t out;
  napi_status s = napi_get_value_int32(env, args[0], &out);
  return error_info_object(env, s);
}

// lastErrorAfterSuccess(): a failing call, then a successful one.
static napi_value LastErrorAfterSuccess(napi_env env, napi_callback_info info) {
  napi_value str, undef;
  NAPI_CALL(env, napi_create_string_utf8(env, "x", NAPI_AUTO_LENGTH, &str));
  int32_t out;
  napi_get_value_int32(env, str, &out);  // fails: number expected
  napi_status s = napi_get_undefined(env, &undef);
  return error_info_object(env, s);
}

// lastErrorQueriedTwice(): failing call, then napi_get_last_error_info twice.
// The second query must still report the failure (querying does not reset).
static napi_value LastErrorQueriedTwice(napi_env env, napi_callback_info info) {
  napi_value str;
  NAPI_CALL(env, napi_create_string_utf8(env, "x", NAPI_AUTO_LENGTH, &str));
  bool b;
  napi_status s = napi_get_value_bool(env, str, &b);  // boolean expected
  const napi_extended_error_info* first = NULL;
  napi_get_last_error_info(env, &first);  // first query
  return error_info_object(env, s);       // second query
}

// lastErrorNullResult(): napi_get_last_error_info(env, NULL).
static napi_value LastErrorNullResult(napi_env env, napi_callback_info info) {
  napi_status s = napi_get_last_error_info(env, NULL);
  return ret_int(env, (int)s);
}

// lastErrorForCase(n): trigger a particular failure and report info.
static napi_value LastErrorForCase(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  int32_t which;
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &which));
  napi_value arg = args[1];
  napi_status s = napi_ok;
  switch (which) {
    case 1: {  // invalid arg: NULL result
      s = napi_get_value_int32(env, arg, NULL);
      break;
    }
    case 3: {  // string expected
      size_t len;
      s = napi_get_value_string_utf8(env, arg, NULL, 0, &len);
      break;
    }
    case 4: {  // name expected: property descriptor name must be a name
      napi_value obj;
      NAPI_CALL(env, napi_create_object(env, &obj));
      napi_property_descriptor d = {NULL, arg, NULL, NULL, NULL, arg,
                                    napi_default, NULL};
      s = napi_define_properties(env, obj, 1, &d);
      break;
    }
    case 5: {  // napi_call_function with a non-function: napi_invalid_arg
      napi_value global, result;
      NAPI_CALL(env, napi_get_global(env, &global));
      s = napi_call_function(env, global, arg, 0, NULL, &result);
      break;
    }
    case 6: {
      int32_t v;
      s = napi_get_value_int32(env, arg, &v);
      break;
    }
    case 7: {
      bool v;
      s = napi_get_value_bool(env, arg, &v);
      break;
    }
    case 8: {  // array expected
      uint32_t len;
      s = napi_get_array_length(env, arg, &len);
      break;
    }
    case 10: {  // pending exception: arg is a function that throws
      napi_value global, result;
      NAPI_CALL(env, napi_get_global(env, &global));
      s = napi_call_function(env, global, arg, 0, NULL, &result);
      break;
    }
    case 55: {  // function expected: instanceof with a non-function ctor
      napi_value obj;
      bool res;
      NAPI_CALL(env, napi_create_object(env, &obj));
      s = napi_instanceof(env, obj, arg, &res);
      break;
    }
    case 17: {  // bigint expected
      int64_t v;
      bool lossless;
      s = napi_get_value_bigint_int64(env, arg, &v, &lossless);
      break;
    }
    case 19: {  // arraybuffer expected: detach a non-arraybuffer
      s = napi_detach_arraybuffer(env, arg);
      break;
    }
    case 119: {  // napi_get_arraybuffer_info on a non-arraybuffer: invalid arg
      void* data;
      size_t len;
      s = napi_get_arraybuffer_info(env, arg, &data, &len);
      break;
    }
    default:
      napi_throw_error(env, NULL, "unknown case");
      return NULL;
  }
  // Snapshot the error info first, then clear any pending exception so
  // that the result object can be built.
  snapshot_t sn;
  take_snapshot(env, s, &sn);
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  napi_value exc;
  NAPI_CALL(env, napi_get_and_clear_last_exception(env, &exc));
  napi_value obj = snapshot_object(env, &sn);
  if (obj == NULL) return NULL;
  napi_value pv;
  NAPI_CALL(env, napi_get_boolean(env, pending, &pv));
  NAPI_CALL(env, napi_set_named_property(env, obj, "pending", pv));
  NAPI_CALL(env, napi_set_named_property(env, obj, "exception", exc));
  return obj;
}

// failNow(): a call fails (napi_number_expected) and the callback returns without clearing it.
static napi_value FailNow(napi_env env, napi_callback_info info) {
  napi_value s;
  double d;
  NAPI_CALL(env, napi_create_string_utf8(env, "xyz", 3, &s));
  if (napi_get_value_double(env, s, &d) != napi_number_expected) return throw_msg(env, "expected napi_number_expected");
  return NULL;
}
// errorOnEntry(): the last error code as the callback finds it before any other call (Node's CallIntoModule
// clears it on the way in).
static napi_value ErrorOnEntry(napi_env env, napi_callback_info info) {
  const napi_extended_error_info* ei = NULL;
  napi_get_last_error_info(env, &ei);
  int code = ei == NULL ? -1 : (int)ei->error_code;
  return ret_int(env, code);
}

static napi_value GetVersion(napi_env env, napi_callback_info info) {
  uint32_t version = 0;
  NAPI_CALL(env, napi_get_version(env, &version));
  napi_value r;
  NAPI_CALL(env, napi_create_uint32(env, version, &r));
  return r;
}

static napi_value GetVersionNull(napi_env env, napi_callback_info info) {
  return ret_int(env, (int)napi_get_version(env, NULL));
}

static napi_value GetUndefined(napi_env env, napi_callback_info info) {
  napi_value r;
  NAPI_CALL(env, napi_get_undefined(env, &r));
  return r;
}

static napi_value GetNull(napi_env env, napi_callback_info info) {
  napi_value r;
  NAPI_CALL(env, napi_get_null(env, &r));
  return r;
}

static napi_value GetGlobal(napi_env env, napi_callback_info info) {
  napi_value r;
  NAPI_CALL(env, napi_get_global(env, &r));
  return r;
}

static napi_value GetBoolean(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_valuetype t;
  NAPI_CALL(env, napi_typeof(env, args[0], &t));
  bool b = false;
  if (t == napi_boolean) {
    NAPI_CALL(env, napi_get_value_bool(env, args[0], &b));
  } else {
    // any int -> nonzero is true (exercise C truthiness of the bool param)
    int32_t i = 0;
    NAPI_CALL(env, napi_get_value_int32(env, args[0], &i));
    b = i != 0;
  }
  napi_value r;
  NAPI_CALL(env, napi_get_boolean(env, b, &r));
  return r;
}

// nullResultStatuses(): [undefined, null, global, boolean] with NULL result.
static napi_value NullResultStatuses(napi_env env, napi_callback_info info) {
  napi_value arr, v;
  NAPI_CALL(env, napi_create_array(env, &arr));
  napi_status s[4];
  s[0] = napi_get_undefined(env, NULL);
  s[1] = napi_get_null(env, NULL);
  s[2] = napi_get_global(env, NULL);
  s[3] = napi_get_boolean(env, true, NULL);
  for (uint32_t i = 0; i < 4; i++) {
    NAPI_CALL(env, napi_create_int32(env, (int)s[i], &v));
    NAPI_CALL(env, napi_set_element(env, arr, i, v));
  }
  return arr;
}

// Successful getters return napi_ok (0) as status.
static napi_value OkStatuses(napi_env env, napi_callback_info info) {
  napi_value arr, v, tmp;
  uint32_t ver;
  NAPI_CALL(env, napi_create_array(env, &arr));
  napi_status s[5];
  s[0] = napi_get_undefined(env, &tmp);
  s[1] = napi_get_null(env, &tmp);
  s[2] = napi_get_global(env, &tmp);
  s[3] = napi_get_boolean(env, false, &tmp);
  s[4] = napi_get_version(env, &ver);
  for (uint32_t i = 0; i < 5; i++) {
    NAPI_CALL(env, napi_create_int32(env, (int)s[i], &v));
    NAPI_CALL(env, napi_set_element(env, arr, i, v));
  }
  return arr;
}

// callNapiCallFailing(): uses NAPI_CALL on a failing call: the helper
// throws an Error carrying the last error message.
static napi_value NapiCallThrows(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int32_t v;
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &v));
  return ret_int(env, v);
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "lastErrorAfterInt32", LastErrorAfterInt32);
  EXPORT_FN(env, exports, "lastErrorAfterSuccess", LastErrorAfterSuccess);
  EXPORT_FN(env, exports, "lastErrorQueriedTwice", LastErrorQueriedTwice);
  EXPORT_FN(env, exports, "lastErrorNullResult", LastErrorNullResult);
  EXPORT_FN(env, exports, "lastErrorForCase", LastErrorForCase);
  EXPORT_FN(env, exports, "failNow", FailNow);
  EXPORT_FN(env, exports, "errorOnEntry", ErrorOnEntry);
  {
    napi_property_descriptor d = {"errorOnEntryGetter", NULL, NULL, ErrorOnEntry, NULL, NULL, napi_default, NULL};
    NAPI_CALL(env, napi_define_properties(env, exports, 1, &d));
  }
  EXPORT_FN(env, exports, "getVersion", GetVersion);
  EXPORT_FN(env, exports, "getVersionNull", GetVersionNull);
  EXPORT_FN(env, exports, "getUndefined", GetUndefined);
  EXPORT_FN(env, exports, "getNull", GetNull);
  EXPORT_FN(env, exports, "getGlobal", GetGlobal);
  EXPORT_FN(env, exports, "getBoolean", GetBoolean);
  EXPORT_FN(env, exports, "nullResultStatuses", NullResultStatuses);
  EXPORT_FN(env, exports, "okStatuses", OkStatuses);
  EXPORT_FN(env, exports, "napiCallThrows", NapiCallThrows);
  return exports;
}
