/* napi_register_module_v1 returning a value other than its exports object: that value is module.exports. */
#include <node_api.h>

NAPI_MODULE_INIT() {
  napi_value s;
  napi_create_string_utf8(env, "replaced", NAPI_AUTO_LENGTH, &s);
  return s;
}
