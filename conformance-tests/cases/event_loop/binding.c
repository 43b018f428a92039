// Conformance tests: napi_get_uv_event_loop (an addon's own libuv handles on the runtime's loop keep it alive and
// call back into JS with napi_make_callback), napi_add/remove_async_cleanup_hook (a hook closing a uv handle
// asynchronously at teardown).
#include <node_api.h>
#include <uv.h>
#include <stdio.h>
#include <stdlib.h>

static inline void throw_last_error(napi_env env) {
  const napi_extended_error_info* info = NULL;
  bool pending = false;
  napi_get_last_error_info(env, &info);
  napi_is_exception_pending(env, &pending);
  if (!pending) napi_throw_error(env, NULL, (info && info->error_message) ? info->error_message : "empty error message");
}
#define NAPI_CALL(env, call) do { if ((call) != napi_ok) { throw_last_error((env)); return NULL; } } while (0)
#define GET_ARGS(env, info, n) size_t argc = (n); napi_value args[(n)]; \
  NAPI_CALL(env, napi_get_cb_info(env, info, &argc, args, NULL, NULL))
#define EXPORT_FN(env, exports, name, fn) do { napi_value fn_; \
    NAPI_CALL(env, napi_create_function(env, name, NAPI_AUTO_LENGTH, fn, NULL, &fn_)); \
    NAPI_CALL(env, napi_set_named_property(env, exports, name, fn_)); } while (0)

static napi_value ret_int(napi_env env, int v) { napi_value r; NAPI_CALL(env, napi_create_int32(env, v, &r)); return r; }

// [status of a NULL result, loop non-NULL, same loop twice, uv_loop_alive-independent: uv_now > 0]
static napi_value loop_info(napi_env env, napi_callback_info info) {
  uv_loop_t *a = NULL, *b = NULL;
  int st_null = napi_get_uv_event_loop(env, NULL);
  NAPI_CALL(env, napi_get_uv_event_loop(env, &a));
  NAPI_CALL(env, napi_get_uv_event_loop(env, &b));
  napi_value arr, v;
  NAPI_CALL(env, napi_create_array(env, &arr));
  int vals[3] = {st_null, a != NULL, a == b};
  for (int i = 0; i < 3; i++) {
    NAPI_CALL(env, napi_create_int32(env, vals[i], &v));
    NAPI_CALL(env, napi_set_element(env, arr, i, v));
  }
  return arr;
}

// uvTimer(ms, cb, after): an addon-owned uv_timer_t on the loop; when it fires, cb runs through napi_make_callback
// (no JS below: the callback scope drains microtasks when it closes), then after() through napi_call_function.
typedef struct { uv_timer_t timer; napi_env env; napi_ref cb, after; } my_timer;

static void timer_closed(uv_handle_t* h) { free(h->data); }

static void on_timer(uv_timer_t* t) {
  my_timer* m = (my_timer*)t->data;
  napi_env env = m->env;
  napi_handle_scope scope;
  napi_open_handle_scope(env, &scope);
  napi_value cb, after, global, result;
  napi_get_reference_value(env, m->cb, &cb);
  napi_get_reference_value(env, m->after, &after);
  napi_get_global(env, &global);
  napi_status st = napi_make_callback(env, NULL, global, cb, 0, NULL, &result);
  napi_value arg;
  napi_create_int32(env, st, &arg);
  napi_call_function(env, global, after, 1, &arg, NULL);
  napi_delete_reference(env, m->cb);
  napi_delete_reference(env, m->after);
  napi_close_handle_scope(env, scope);
  uv_close((uv_handle_t*)t, timer_closed);
}

static napi_value uv_timer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  int32_t ms;
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &ms));
  uv_loop_t* loop;
  NAPI_CALL(env, napi_get_uv_event_loop(env, &loop));
  my_timer* m = calloc(1, sizeof(my_timer));
  m->env = env;
  m->timer.data = m;
  NAPI_CALL(env, napi_create_reference(env, args[1], 1, &m->cb));
  NAPI_CALL(env, napi_create_reference(env, args[2], 1, &m->after));
  uv_timer_init(loop, &m->timer);
  uv_timer_start(&m->timer, on_timer, (uint64_t)ms, 0);
  return NULL;
}

// ---- async cleanup hooks ----
typedef struct { uv_async_t async; napi_async_cleanup_hook_handle handle; int id; } hook_data;

static void hook_closed(uv_handle_t* h) {
  hook_data* d = (hook_data*)h->data;
  fprintf(stderr, "async cleanup hook %d: handle closed, removing: %d\n", d->id, napi_remove_async_cleanup_hook(d->handle));
  fflush(stderr);
  free(d);
}

static void async_hook(napi_async_cleanup_hook_handle handle, void* arg) {
  hook_data* d = (hook_data*)arg;
  fprintf(stderr, "async cleanup hook %d called (same handle: %d)\n", d->id, handle == d->handle);
  fflush(stderr);
  uv_close((uv_handle_t*)&d->async, hook_closed); // finishes later, on the loop
}

static void sync_hook(void* arg) {
  fprintf(stderr, "env cleanup hook %d\n", (int)(intptr_t)arg);
  fflush(stderr);
}

static void removed_hook(napi_async_cleanup_hook_handle handle, void* arg) {
  fprintf(stderr, "removed async hook called: wrong\n");
  fflush(stderr);
}

static void on_async(uv_async_t* a) {}

// addHooks(): env hook 1, async hook 2 (closes a uv handle), async hook 3 removed at once, env hook 4
static napi_value add_hooks(napi_env env, napi_callback_info info) {
  uv_loop_t* loop;
  NAPI_CALL(env, napi_get_uv_event_loop(env, &loop));
  NAPI_CALL(env, napi_add_env_cleanup_hook(env, sync_hook, (void*)1));
  hook_data* d = calloc(1, sizeof(hook_data));
  d->id = 2;
  d->async.data = d;
  uv_async_init(loop, &d->async, on_async);
  uv_unref((uv_handle_t*)&d->async);
  NAPI_CALL(env, napi_add_async_cleanup_hook(env, async_hook, d, &d->handle));
  napi_async_cleanup_hook_handle h3 = NULL;
  NAPI_CALL(env, napi_add_async_cleanup_hook(env, removed_hook, NULL, &h3));
  int st_remove = napi_remove_async_cleanup_hook(h3);
  int st_null_hook = napi_add_async_cleanup_hook(env, NULL, NULL, NULL);
  int st_null_remove = napi_remove_async_cleanup_hook(NULL);
  NAPI_CALL(env, napi_add_env_cleanup_hook(env, sync_hook, (void*)4));
  napi_value arr, v;
  NAPI_CALL(env, napi_create_array(env, &arr));
  int vals[3] = {st_remove, st_null_hook, st_null_remove};
  for (int i = 0; i < 3; i++) {
    NAPI_CALL(env, napi_create_int32(env, vals[i], &v));
    NAPI_CALL(env, napi_set_element(env, arr, i, v));
  }
  return arr;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "loopInfo", loop_info);
  EXPORT_FN(env, exports, "uvTimer", uv_timer);
  EXPORT_FN(env, exports, "addHooks", add_hooks);
  (void)ret_int;
  return exports;
}
