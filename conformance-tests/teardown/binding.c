// What an addon sees when its env is torn down (TeardownTest): env cleanup hooks (last added first), then the
// finalizers of what is still alive (Node: references with finalizers newest first, instance data among them), with
// JS no longer callable; an async cleanup hook that finishes a loop turn later holds the env (its finalizers wait
// for napi_remove_async_cleanup_hook). Everything is logged to the file given to setLog().
#include <node_api.h>
#include <uv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE* log_file;
static napi_env the_env;
static napi_ref plain_ref;  // deleted by a finalizer during teardown

static void log_line(const char* what, const char* name) {
  if (log_file == NULL) return;
  // napi calls during teardown: one that may run JS (refused: JS cannot run), one that does not
  napi_value g = NULL, v = NULL;
  int st1 = napi_get_global(the_env, &g);
  int st2 = g == NULL ? -1 : napi_get_named_property(the_env, g, "Object", &v);
  fprintf(log_file, "%s %s (get_global %d, get_named_property %d)\n", what, name, st1, st2);
  fflush(log_file);
}

static void fin(napi_env env, void* data, void* hint) {
  log_line("finalize", (const char*)data);
  if (hint != NULL && plain_ref != NULL) {
    int st = napi_delete_reference(env, plain_ref);
    plain_ref = NULL;
    if (log_file != NULL) { fprintf(log_file, "  deleted a reference: %d\n", st); fflush(log_file); }
  }
}
// (a cleanup hook runs outside any handle scope: in Node it may not create napi_values)
static void hook(void* arg) {
  if (log_file != NULL) { fprintf(log_file, "hook %s\n", (const char*)arg); fflush(log_file); }
}

// An async cleanup hook that finishes later, as Node's test_async_cleanup_hook: a uv_async sent, then closed.
typedef struct { uv_async_t async; napi_async_cleanup_hook_handle handle; const char* name; } async_hook_data;

static void async_hook_closed(uv_handle_t* h) {
  async_hook_data* d = (async_hook_data*)h->data;
  if (log_file != NULL) fprintf(log_file, "async hook %s closed\n", d->name);
  int st = napi_remove_async_cleanup_hook(d->handle);
  if (log_file != NULL) { fprintf(log_file, "  removed: %d\n", st); fflush(log_file); }
  free(d);
}

static void async_hook_woken(uv_async_t* a) {
  async_hook_data* d = (async_hook_data*)a->data;
  if (log_file != NULL) { fprintf(log_file, "async hook %s woken\n", d->name); fflush(log_file); }
  uv_close((uv_handle_t*)a, async_hook_closed);
}

static void async_hook(napi_async_cleanup_hook_handle handle, void* arg) {
  async_hook_data* d = (async_hook_data*)arg;
  uv_loop_t* loop = NULL;
  napi_get_uv_event_loop(the_env, &loop);
  if (log_file != NULL) { fprintf(log_file, "async hook %s called\n", d->name); fflush(log_file); }
  d->handle = handle;
  d->async.data = d;
  uv_async_init(loop, &d->async, async_hook_woken);
  uv_async_send(&d->async);
}

static char names[64][32];
static int nnames;
static const char* name_of(napi_env env, napi_value v) {
  size_t len;
  char* n = names[nnames++ % 64];
  napi_get_value_string_utf8(env, v, n, 32, &len);
  return n;
}

static napi_value SetLog(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value a[1];
  char path[4096];
  size_t len;
  napi_get_cb_info(env, info, &argc, a, NULL, NULL);
  napi_get_value_string_utf8(env, a[0], path, sizeof(path), &len);
  log_file = fopen(path, "w");
  return NULL;
}

// op(kind, value, name): 0 wrap, 1 add_finalizer, 2 wrap + strong ref, 3 hook, 4 remove hook, 5 instance data,
// 6 external (returned), 7 wrap whose finalizer deletes a plain reference to value, 8 async cleanup hook
static napi_value Op(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value a[3], r = NULL;
  int32_t kind;
  napi_get_cb_info(env, info, &argc, a, NULL, NULL);
  napi_get_value_int32(env, a[0], &kind);
  const char* name = name_of(env, a[2]);
  napi_ref ref;
  uint32_t c;
  int st = -1;
  switch (kind) {
    case 0: st = napi_wrap(env, a[1], (void*)name, fin, NULL, NULL); break;
    case 1: st = napi_add_finalizer(env, a[1], (void*)name, fin, NULL, NULL); break;
    case 2: st = napi_wrap(env, a[1], (void*)name, fin, NULL, &ref); napi_reference_ref(env, ref, &c); break;
    case 3: st = napi_add_env_cleanup_hook(env, hook, (void*)name); break;
    case 4:
      for (int i = 0; i < nnames; i++)
        if (strcmp(names[i], name) == 0 && names[i] != name) st = napi_remove_env_cleanup_hook(env, hook, names[i]);
      break;
    case 5: st = napi_set_instance_data(env, (void*)name, fin, NULL); break;
    case 6: st = napi_create_external(env, (void*)name, fin, NULL, &r); break;
    case 7:
      napi_create_reference(env, a[1], 1, &plain_ref);
      st = napi_wrap(env, a[1], (void*)name, fin, (void*)1, NULL);
      break;
    case 8: {
      async_hook_data* d = calloc(1, sizeof(async_hook_data));
      d->name = name;
      st = napi_add_async_cleanup_hook(env, async_hook, d, NULL);
      break;
    }
  }
  if (r == NULL) napi_create_int32(env, st, &r);
  return r;
}

NAPI_MODULE_INIT() {
  the_env = env;
  napi_value f;
  napi_create_function(env, "setLog", NAPI_AUTO_LENGTH, SetLog, NULL, &f);
  napi_set_named_property(env, exports, "setLog", f);
  napi_create_function(env, "op", NAPI_AUTO_LENGTH, Op, NULL, &f);
  napi_set_named_property(env, exports, "op", f);
  return exports;
}
