// Node-API "hello world": exports hello() which returns the string "world".
#include <node_api.h>

#define NAPI_CALL(env, call)                                              \
  do {                                                                    \
    if ((call) != napi_ok) {                                              \
      napi_throw_error((env), NULL, "Node-API call failed: " #call);      \
      return NULL;                                                        \
    }                                                                     \
  } while (0)

static napi_value Hello(napi_env env, napi_callback_info info) {
  napi_value world;
  NAPI_CALL(env, napi_create_string_utf8(env, "world", NAPI_AUTO_LENGTH, &world));
  return world;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor desc = {
      "hello", NULL, Hello, NULL, NULL, NULL, napi_default, NULL};
  NAPI_CALL(env, napi_define_properties(env, exports, 1, &desc));
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
