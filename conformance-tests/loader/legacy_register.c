/* An addon that registers the old way: napi_module_register() from a static constructor during dlopen. */
#include <node_api.h>

static napi_value Hello(napi_env env, napi_callback_info info) {
  napi_value s;
  napi_create_string_utf8(env, "legacy", NAPI_AUTO_LENGTH, &s);
  return s;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn;
  napi_create_function(env, "hello", NAPI_AUTO_LENGTH, Hello, NULL, &fn);
  napi_set_named_property(env, exports, "hello", fn);
  return exports;
}

static napi_module legacy_module = {1, 0, __FILE__, Init, "legacy_register", NULL, {0}};

__attribute__((constructor)) static void register_legacy(void) { napi_module_register(&legacy_module); }
