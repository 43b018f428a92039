/* An addon that links no napi_* symbol directly and resolves each at init through dlopen(NULL) + dlsym, as newer
 * napi-rs addons do; it also declares its Node-API version through node_api_module_get_api_version_v1. */
#include <dlfcn.h>
#include <node_api.h>

typedef napi_status (*create_string_fn)(napi_env, const char*, size_t, napi_value*);
typedef napi_status (*set_named_fn)(napi_env, napi_value, const char*, napi_value);
typedef napi_status (*get_version_fn)(node_api_basic_env, uint32_t*);
typedef napi_status (*create_uint32_fn)(napi_env, uint32_t, napi_value*);

__attribute__((visibility("default"))) int32_t node_api_module_get_api_version_v1(void) { return 9; }

__attribute__((visibility("default"))) napi_value napi_register_module_v1(napi_env env, napi_value exports) {
  void* self = dlopen(NULL, RTLD_NOW);
  create_string_fn create_string = (create_string_fn)dlsym(self, "napi_create_string_utf8");
  set_named_fn set_named = (set_named_fn)dlsym(self, "napi_set_named_property");
  get_version_fn get_version = (get_version_fn)dlsym(self, "napi_get_version");
  create_uint32_fn create_uint32 = (create_uint32_fn)dlsym(self, "napi_create_uint32");
  if (!create_string || !set_named || !get_version || !create_uint32) return NULL;
  napi_value s, v;
  uint32_t version = 0;
  create_string(env, "resolved", NAPI_AUTO_LENGTH, &s);
  set_named(env, exports, "greeting", s);
  get_version(env, &version);
  create_uint32(env, version >= 9 ? 1 : 0, &v);
  set_named(env, exports, "versionOk", v);
  return exports;
}
