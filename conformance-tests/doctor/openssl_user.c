// An addon that calls a function node exports from its bundled OpenSSL (a JVM process has none), and names
// Node-API functions only as packed strings, as napi-rs v3 does before looking them up with dlsym.
#include <node_api.h>

extern void* EVP_MD_CTX_new(void);
static const char looked_up[] = "napi_create_object" "napi_wrap";
const char* volatile doctor_names = looked_up;

static napi_value Digest(napi_env env, napi_callback_info info) {
  napi_value r;
  napi_get_boolean(env, EVP_MD_CTX_new() != NULL, &r);
  return r;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "digest", NAPI_AUTO_LENGTH, Digest, NULL, &fn);
  napi_set_named_property(env, exports, "digest", fn);
  return exports;
}
