// Function-call micro-benchmark addon.
//   noop()        -> undefined, makes no Node-API calls at all
//   identity(x)   -> x          (napi_get_cb_info, argc 1)
//   add(a, b)     -> a + b      (napi_get_cb_info argc 2, 2x napi_get_value_double,
//                                napi_create_double)
// Error handling is deliberately minimal to keep the measured path lean.
#include <node_api.h>

static napi_value Noop(napi_env env, napi_callback_info info) {
  (void)env;
  (void)info;
  return NULL;  // NULL is returned to JavaScript as undefined
}

static napi_value Identity(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return NULL;
  return argv[0];  // undefined when called without arguments (filled by get_cb_info)
}

static napi_value Add(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  double a, b;
  napi_value result;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return NULL;
  if (napi_get_value_double(env, argv[0], &a) != napi_ok) return NULL;
  if (napi_get_value_double(env, argv[1], &b) != napi_ok) return NULL;
  if (napi_create_double(env, a + b, &result) != napi_ok) return NULL;
  return result;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor desc[] = {
      {"noop", NULL, Noop, NULL, NULL, NULL, napi_default, NULL},
      {"identity", NULL, Identity, NULL, NULL, NULL, napi_default, NULL},
      {"add", NULL, Add, NULL, NULL, NULL, napi_default, NULL},
  };
  if (napi_define_properties(env, exports, sizeof(desc) / sizeof(desc[0]), desc) != napi_ok)
    return NULL;
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
