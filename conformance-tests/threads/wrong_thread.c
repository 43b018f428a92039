/* Calls Node-API functions that need the JS thread from a pthread: napi-jvm refuses them with napi_generic_failure
 * and a message saying why (in Node this is undefined behaviour, so there is no oracle). */
#include <node_api.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
static napi_env g_env;
static int st1, st2;
static char msg[256];
static void* worker(void* p) {
  napi_value o;
  st1 = napi_create_object(g_env, &o);
  const napi_extended_error_info* info;
  napi_get_last_error_info(g_env, &info);
  snprintf(msg, sizeof msg, "%s", info->error_message ? info->error_message : "(null)");
  napi_value s;
  st2 = napi_create_string_utf8(g_env, "x", 1, &s);
  return NULL;
}
static napi_value Run(napi_env env, napi_callback_info info) {
  g_env = env;
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  pthread_join(t, NULL);
  char out[400];
  snprintf(out, sizeof out, "%d %d %s", st1, st2, msg);
  napi_value r;
  napi_create_string_utf8(env, out, NAPI_AUTO_LENGTH, &r);
  return r;
}
NAPI_MODULE_INIT() {
  napi_value f;
  napi_create_function(env, "run", NAPI_AUTO_LENGTH, Run, NULL, &f);
  napi_set_named_property(env, exports, "run", f);
  return exports;
}
