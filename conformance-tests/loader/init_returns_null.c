/* napi_register_module_v1 that fills the exports it was given and returns NULL: the module's exports are that object. */
#include <node_api.h>

NAPI_MODULE_INIT() {
  napi_value v;
  napi_create_int32(env, 7, &v);
  napi_set_named_property(env, exports, "seven", v);
  return NULL;
}
