// Planted Node-API misuses, one per kind (CheckedModeTest, napi-jvm only: node has no checked mode, and every one of
// these is undefined behaviour there). misuse(kind) makes the misuse and returns what the misused call answered
// ("status" or "status detail"), which is what runs without --napi-checks see; with it, the call never returns.
#include <node_api.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static napi_value str(napi_env env, const char* s) {
  napi_value v;
  napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &v);
  return v;
}

static napi_value saved;        // a napi_value kept past its callback (kind "stale")
static napi_env thread_env;     // kind "thread"
static napi_status thread_status;

static void* other_thread(void* p) {
  napi_value v;
  thread_status = napi_create_int32(thread_env, 7, &v);  // answered in C (fast path)
  return NULL;
}

static napi_value Misuse(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  char kind[32] = "", out[128];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_value_string_utf8(env, argv[0], kind, sizeof kind, NULL);
  napi_status st = napi_ok;
  if (!strcmp(kind, "scope")) {
    // a napi_value of a closed scope, its slot reused since: the body runs in Java
    napi_handle_scope scope;
    napi_value inner, later, key = str(env, "k");
    napi_open_handle_scope(env, &scope);
    napi_create_object(env, &inner);
    napi_close_handle_scope(env, scope);
    napi_create_object(env, &later);
    st = napi_set_property(env, inner, key, key);
    bool has = false;
    napi_has_property(env, later, key, &has);
    snprintf(out, sizeof out, "%d the other object got the property: %s", st, has ? "yes" : "no");
    return str(env, out);
  } else if (!strcmp(kind, "save")) {
    saved = argv[1];
  } else if (!strcmp(kind, "stale")) {
    // the napi_value "save" kept, used in a later callback: answered in C (fast path)
    double d = 0;
    st = napi_get_value_double(env, saved, &d);
    snprintf(out, sizeof out, "%d %g", st, d);
    return str(env, out);
  } else if (!strcmp(kind, "foreign")) {
    // argv[1]: another env's napi_value (of the global object), carried as a decimal string
    char buf[32] = "";
    napi_get_value_string_utf8(env, argv[1], buf, sizeof buf, NULL);
    napi_value theirs = (napi_value)(uintptr_t)strtoull(buf, NULL, 10), global;
    bool eq = false;
    napi_get_global(env, &global);
    st = napi_strict_equals(env, theirs, global, &eq);
    snprintf(out, sizeof out, "%d %s", st, eq ? "equal" : "not equal");
    return str(env, out);
  } else if (!strcmp(kind, "thread")) {
    pthread_t t;
    thread_env = env;
    pthread_create(&t, NULL, other_thread, NULL);
    pthread_join(t, NULL);
    st = thread_status;
  } else if (!strcmp(kind, "delete-twice")) {
    napi_ref ref;
    napi_create_reference(env, argv[1], 1, &ref);
    napi_delete_reference(env, ref);
    st = napi_delete_reference(env, ref);
  } else if (!strcmp(kind, "use-deleted")) {
    napi_ref ref;
    uint32_t count = 0;
    napi_create_reference(env, argv[1], 1, &ref);
    napi_delete_reference(env, ref);
    st = napi_reference_ref(env, ref, &count);
  } else if (!strcmp(kind, "escape-closed")) {
    napi_escapable_handle_scope scope;
    napi_value v, escaped;
    napi_open_escapable_handle_scope(env, &scope);
    napi_create_object(env, &v);
    napi_close_escapable_handle_scope(env, scope);
    st = napi_escape_handle(env, scope, argv[1], &escaped);
  } else if (!strcmp(kind, "escape-twice")) {
    napi_escapable_handle_scope scope;
    napi_value v, escaped;
    napi_open_escapable_handle_scope(env, &scope);
    napi_create_object(env, &v);
    napi_escape_handle(env, scope, v, &escaped);
    st = napi_escape_handle(env, scope, v, &escaped);
    napi_close_escapable_handle_scope(env, scope);
  } else {
    return str(env, "unknown kind");
  }
  snprintf(out, sizeof out, "%d", st);
  return str(env, out);
}

// the napi_value of the global object, as a decimal string (kind "foreign" of another copy of this addon)
static napi_value Global(napi_env env, napi_callback_info info) {
  napi_value g;
  char buf[32];
  napi_get_global(env, &g);
  snprintf(buf, sizeof buf, "%llu", (unsigned long long)(uintptr_t)g);
  return str(env, buf);
}

NAPI_MODULE_INIT() {
  napi_value f;
  napi_create_function(env, "misuse", NAPI_AUTO_LENGTH, Misuse, NULL, &f);
  napi_set_named_property(env, exports, "misuse", f);
  napi_create_function(env, "global", NAPI_AUTO_LENGTH, Global, NULL, &f);
  napi_set_named_property(env, exports, "global", f);
  return exports;
}
