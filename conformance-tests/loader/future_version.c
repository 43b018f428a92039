/* Declares a Node-API version newer than Node 25 supports: loading it must fail with Node's message. */
#include <node_api.h>
__attribute__((visibility("default"))) int32_t node_api_module_get_api_version_v1(void) { return 11; }
__attribute__((visibility("default"))) napi_value napi_register_module_v1(napi_env env, napi_value exports) { return exports; }
