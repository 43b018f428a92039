// A per-env counter (napi_set_instance_data) and a cleanup hook that appends "cleanup <count>" to a file at env
// teardown: a worker must get its own instance, and its hook must run once when the worker exits.
#include <node_api.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  int count;
  char path[4096];
} Instance;

static void Cleanup(void* arg) {
  Instance* in = arg;
  if (in->path[0] == 0) return;
  FILE* f = fopen(in->path, "a");
  if (f != NULL) {
    fprintf(f, "cleanup %d\n", in->count);
    fclose(f);
  }
}

static void Free(napi_env env, void* data, void* hint) {
  free(data);
}

static napi_value Inc(napi_env env, napi_callback_info info) {
  Instance* in;
  napi_value r;
  napi_get_instance_data(env, (void**)&in);
  napi_create_int32(env, ++in->count, &r);
  return r;
}

// logTo(path): the cleanup hook appends to path
static napi_value LogTo(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  Instance* in;
  size_t len;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_instance_data(env, (void**)&in);
  napi_get_value_string_utf8(env, argv[0], in->path, sizeof(in->path), &len);
  return NULL;
}

static void FreeBytes(napi_env env, void* data, void* hint) {
  free(data);
}

// externalArrayBuffer(n) / externalBuffer(n): n bytes of the addon's memory, freed by its finalizer
static napi_value External(napi_env env, napi_callback_info info, int buffer) {
  size_t argc = 1;
  napi_value argv[1], r;
  uint32_t n;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_uint32(env, argv[0], &n);
  char* bytes = calloc(n, 1);
  memset(bytes, 'x', n);
  if (buffer) napi_create_external_buffer(env, n, bytes, FreeBytes, NULL, &r);
  else napi_create_external_arraybuffer(env, bytes, n, FreeBytes, NULL, &r);
  return r;
}

static napi_value ExternalArrayBuffer(napi_env env, napi_callback_info info) {
  return External(env, info, 0);
}

static napi_value ExternalBuffer(napi_env env, napi_callback_info info) {
  return External(env, info, 1);
}

static napi_value Init(napi_env env, napi_value exports) {
  Instance* in = calloc(1, sizeof(Instance));
  napi_value fn;
  napi_set_instance_data(env, in, Free, NULL);
  napi_add_env_cleanup_hook(env, Cleanup, in);
  napi_create_function(env, "inc", NAPI_AUTO_LENGTH, Inc, NULL, &fn);
  napi_set_named_property(env, exports, "inc", fn);
  napi_create_function(env, "logTo", NAPI_AUTO_LENGTH, LogTo, NULL, &fn);
  napi_set_named_property(env, exports, "logTo", fn);
  napi_create_function(env, "externalArrayBuffer", NAPI_AUTO_LENGTH, ExternalArrayBuffer, NULL, &fn);
  napi_set_named_property(env, exports, "externalArrayBuffer", fn);
  napi_create_function(env, "externalBuffer", NAPI_AUTO_LENGTH, ExternalBuffer, NULL, &fn);
  napi_set_named_property(env, exports, "externalBuffer", fn);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
