// Handles of one env used where they do not belong (HandleCheckTest, napi-jvm only: node would accept another env's
// handles of the same isolate and crash on stale ones). Handles travel through JS as decimal strings, so that they
// can also be carried to another Context.
#include <node_api.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static napi_value str(napi_env env, const char* s) {
  napi_value v;
  napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &v);
  return v;
}

static napi_value handle_str(napi_env env, void* h) {
  char buf[32];
  snprintf(buf, sizeof buf, "%llu", (unsigned long long)(uintptr_t)h);
  return str(env, buf);
}

// "status message" of the last call
static napi_value outcome(napi_env env, napi_status st) {
  const napi_extended_error_info* info = NULL;
  char buf[400];
  if (st == napi_ok) snprintf(buf, sizeof buf, "0");
  else if (napi_get_last_error_info(env, &info) == napi_ok && info->error_code == st && info->error_message)
    snprintf(buf, sizeof buf, "%d %s", (int)st, info->error_message);
  else snprintf(buf, sizeof buf, "%d", (int)st);
  return str(env, buf);
}

static void Execute(napi_env env, void* data) {}
static void CallJs(napi_env env, napi_value cb, void* context, void* data) {}
static void Hook(napi_async_cleanup_hook_handle h, void* arg) { napi_remove_async_cleanup_hook(h); }

// make(kind): a new handle of that kind, as a string
static napi_value Make(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg, name = str(env, "handles"), promise;
  char kind[32];
  void* h = NULL;
  napi_get_cb_info(env, info, &argc, &arg, NULL, NULL);
  napi_get_value_string_utf8(env, arg, kind, sizeof kind, NULL);
  napi_status st = napi_generic_failure;
  if (!strcmp(kind, "work")) st = napi_create_async_work(env, NULL, name, Execute, NULL, NULL, (napi_async_work*)&h);
  else if (!strcmp(kind, "deferred")) st = napi_create_promise(env, (napi_deferred*)&h, &promise);
  else if (!strcmp(kind, "context")) st = napi_async_init(env, NULL, name, (napi_async_context*)&h);
  else if (!strcmp(kind, "tsfn"))
    st = napi_create_threadsafe_function(env, NULL, NULL, name, 0, 1, NULL, NULL, NULL, CallJs, (napi_threadsafe_function*)&h);
  else if (!strcmp(kind, "hook")) st = napi_add_async_cleanup_hook(env, Hook, NULL, (napi_async_cleanup_hook_handle*)&h);
  if (st != napi_ok) return outcome(env, st);
  return handle_str(env, h);
}

// use(kind, handle): the call that takes that kind of handle; its outcome
static napi_value Use(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value args[2], undefined;
  char kind[32], text[32];
  napi_get_cb_info(env, info, &argc, args, NULL, NULL);
  napi_get_value_string_utf8(env, args[0], kind, sizeof kind, NULL);
  napi_get_value_string_utf8(env, args[1], text, sizeof text, NULL);
  void* h = (void*)(uintptr_t)strtoull(text, NULL, 10);
  napi_get_undefined(env, &undefined);
  napi_status st = napi_generic_failure;
  if (!strcmp(kind, "work")) st = napi_delete_async_work(env, (napi_async_work)h);
  else if (!strcmp(kind, "queue")) st = napi_queue_async_work(env, (napi_async_work)h);
  else if (!strcmp(kind, "deferred")) st = napi_resolve_deferred(env, (napi_deferred)h, undefined);
  else if (!strcmp(kind, "context")) st = napi_async_destroy(env, (napi_async_context)h);
  else if (!strcmp(kind, "tsfn")) st = napi_release_threadsafe_function((napi_threadsafe_function)h, napi_tsfn_release);
  else if (!strcmp(kind, "hook")) st = napi_remove_async_cleanup_hook((napi_async_cleanup_hook_handle)h);
  else if (!strcmp(kind, "scope")) {
    // a scope of this env's own is open, so that the close gets past Node's mismatch check to the handle
    napi_async_context ctx;
    napi_callback_scope mine;
    napi_value resource;
    napi_create_object(env, &resource);
    napi_async_init(env, NULL, str(env, "scope"), &ctx);
    napi_open_callback_scope(env, resource, ctx, &mine);
    st = napi_close_callback_scope(env, (napi_callback_scope)h);
    napi_value r = outcome(env, st);
    napi_close_callback_scope(env, mine);
    napi_async_destroy(env, ctx);
    return r;
  }
  return outcome(env, st);
}

// scope(): a callback scope opened and closed (its handle is stale)
static napi_value Scope(napi_env env, napi_callback_info info) {
  napi_async_context ctx;
  napi_callback_scope s;
  napi_value resource;
  napi_create_object(env, &resource);
  napi_async_init(env, NULL, str(env, "scope"), &ctx);
  napi_open_callback_scope(env, resource, ctx, &s);
  napi_close_callback_scope(env, s);
  napi_async_destroy(env, ctx);
  return handle_str(env, s);
}

NAPI_MODULE_INIT() {
  napi_value f;
  napi_create_function(env, "make", NAPI_AUTO_LENGTH, Make, NULL, &f);
  napi_set_named_property(env, exports, "make", f);
  napi_create_function(env, "use", NAPI_AUTO_LENGTH, Use, NULL, &f);
  napi_set_named_property(env, exports, "use", f);
  napi_create_function(env, "scope", NAPI_AUTO_LENGTH, Scope, NULL, &f);
  napi_set_named_property(env, exports, "scope", f);
  return exports;
}
