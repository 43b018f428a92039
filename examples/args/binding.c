// Node-API "function arguments" example: add(a, b) returns a + b.
// Throws TypeError('Wrong number of arguments') unless exactly two
// arguments are given, and TypeError('Wrong arguments') unless both are
// numbers (mirrors the classic Node.js addon example).
#include <node_api.h>

#define NAPI_CALL(env, call)                                              \
  do {                                                                    \
    if ((call) != napi_ok) {                                              \
      napi_throw_error((env), NULL, "Node-API call failed: " #call);      \
      return NULL;                                                        \
    }                                                                     \
  } while (0)

static napi_value Add(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value args[2];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, args, NULL, NULL));

  if (argc != 2) {
    napi_throw_type_error(env, NULL, "Wrong number of arguments");
    return NULL;
  }

  napi_valuetype type0, type1;
  NAPI_CALL(env, napi_typeof(env, args[0], &type0));
  NAPI_CALL(env, napi_typeof(env, args[1], &type1));
  if (type0 != napi_number || type1 != napi_number) {
    napi_throw_type_error(env, NULL, "Wrong arguments");
    return NULL;
  }

  double value0, value1;
  NAPI_CALL(env, napi_get_value_double(env, args[0], &value0));
  NAPI_CALL(env, napi_get_value_double(env, args[1], &value1));

  napi_value sum;
  NAPI_CALL(env, napi_create_double(env, value0 + value1, &sum));
  return sum;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor desc = {
      "add", NULL, Add, NULL, NULL, NULL, napi_default, NULL};
  NAPI_CALL(env, napi_define_properties(env, exports, 1, &desc));
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
