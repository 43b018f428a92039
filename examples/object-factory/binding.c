// Node-API "object factory" example: createObject(msg) returns { msg }.
#include <node_api.h>

#define NAPI_CALL(env, call)                                              \
  do {                                                                    \
    if ((call) != napi_ok) {                                              \
      napi_throw_error((env), NULL, "Node-API call failed: " #call);      \
      return NULL;                                                        \
    }                                                                     \
  } while (0)

static napi_value CreateObject(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value args[1];
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, args, NULL, NULL));

  napi_value obj;
  NAPI_CALL(env, napi_create_object(env, &obj));
  if (argc < 1) {
    napi_value undefined;
    NAPI_CALL(env, napi_get_undefined(env, &undefined));
    NAPI_CALL(env, napi_set_named_property(env, obj, "msg", undefined));
  } else {
    NAPI_CALL(env, napi_set_named_property(env, obj, "msg", args[0]));
  }
  return obj;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn;
  NAPI_CALL(env, napi_create_function(env, "createObject", NAPI_AUTO_LENGTH,
                                      CreateObject, NULL, &fn));
  NAPI_CALL(env, napi_set_named_property(env, exports, "createObject", fn));
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
