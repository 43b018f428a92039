// Conformance tests: napi_wrap, napi_unwrap, napi_remove_wrap, napi_add_finalizer, napi_type_tag_object,
// napi_check_object_type_tag, node_api_post_finalizer, napi_set/get_instance_data,
// napi_add/remove_env_cleanup_hook, napi_adjust_external_memory; finalizers driven by the GC.
#include <node_api.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

// wrap_experimental/binding.c is this file compiled with NAPI_EXPERIMENTAL.
#ifndef NAPI_EXPERIMENTAL
// experimental in node_api.h; declared here so that this default-version module can call it
NAPI_EXTERN napi_status NAPI_CDECL node_api_post_finalizer(node_api_basic_env env, napi_finalize finalize_cb,
                                                          void* finalize_data, void* finalize_hint);
#endif

#include "../common.h"

#define ID(p) ((int)(intptr_t)(p))
#define PTR(i) ((void*)(intptr_t)(i))
#define HINT ((void*)(intptr_t)0x5eed)

// finalizers record what they saw
static int fin_count, fin_bad_hint;
static int fin_sum;            // sum of ids finalized (order among GC finalizers is unspecified)
static napi_ref on_finalize;   // JS callback (strong) called by finalizers that call JS
#define MAX_REFS 4096
static napi_ref refs[MAX_REFS];
static int nrefs;

static void count_fin(napi_env env, void* data, void* hint) {
  fin_count++;
  fin_sum += ID(data);
  if (hint != HINT) fin_bad_hint++;
}

// calls onFinalize(id) from the finalizer: allowed for default-version modules (finalizers run from SetImmediate)
static void js_fin(napi_env env, void* data, void* hint) {
  count_fin(env, data, hint);
  napi_value cb, undef, arg, res;
  if (on_finalize == NULL || napi_get_reference_value(env, on_finalize, &cb) != napi_ok || cb == NULL) return;
  napi_get_undefined(env, &undef);
  napi_create_int32(env, ID(data), &arg);
  napi_call_function(env, undef, cb, 1, &arg, &res);
}

// posts js_fin (node_api_post_finalizer: how a GC finalizer of an experimental module gets to call JS later)
static void post_fin(napi_env env, void* data, void* hint) { node_api_post_finalizer(env, js_fin, data, hint); }

// deletes its own reference (hint = index in refs) as addons that keep the wrap's reference do
static void delete_ref_fin(napi_env env, void* data, void* hint) {
  fin_count++;
  fin_sum += ID(data);
  int i = ID(hint);
  napi_value v = (napi_value)1;
  int st1 = napi_get_reference_value(env, refs[i], &v);
  int st2 = napi_delete_reference(env, refs[i]);
  refs[i] = NULL;
  if (st1 != napi_ok || v != NULL || st2 != napi_ok) fin_bad_hint += 100;
}

static napi_value ret_pair(napi_env env, int a, int b) {
  int v[2] = {a, b};
  return int_array(env, v, 2);
}

// wrap(obj, id, finalizer: 0 none, 1 counting, 2 calling JS, 3 deleting its reference; wantRef) -> [status, ref index]
static napi_value Wrap(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 4);
  int id = arg_int(env, args[1]), kind = arg_int(env, args[2]), want = arg_int(env, args[3]);
  napi_finalize cb = kind == 1 ? count_fin : kind == 2 ? js_fin : kind == 3 ? delete_ref_fin : NULL;
  void* hint = kind == 3 ? PTR(nrefs) : HINT;
  napi_ref r = NULL;
  int st = napi_wrap(env, args[0], PTR(id), cb, hint, want ? &r : NULL);
  int idx = -1;
  if (st == napi_ok && want) { refs[nrefs] = r; idx = nrefs++; }
  return ret_pair(env, st, idx);
}

// unwrap(obj) -> [status, id]
static napi_value Unwrap(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* p = PTR(-7);
  int st = napi_unwrap(env, args[0], &p);
  return ret_pair(env, st, ID(p));
}

// removeWrap(obj, wantResult) -> [status, id]
static napi_value RemoveWrap(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  void* p = PTR(-7);
  int st = napi_remove_wrap(env, args[0], arg_int(env, args[1]) ? &p : NULL);
  return ret_pair(env, st, ID(p));
}

// addFinalizer(obj, id, kind (1 counting, 2 calling JS), wantRef) -> [status, ref index]
static napi_value AddFinalizer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 4);
  int id = arg_int(env, args[1]), kind = arg_int(env, args[2]), want = arg_int(env, args[3]);
  napi_ref r = NULL;
  napi_finalize cb = kind == 2 ? js_fin : kind == 3 ? post_fin : count_fin;
  int st = napi_add_finalizer(env, args[0], PTR(id), cb, HINT, want ? &r : NULL);
  int idx = -1;
  if (st == napi_ok && want) { refs[nrefs] = r; idx = nrefs++; }
  return ret_pair(env, st, idx);
}

// refEmpty(i) -> 1 if the reference reads empty, 0 if not, -1 if deleted
static napi_value RefEmpty(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int i = arg_int(env, args[0]);
  if (refs[i] == NULL) return ret_int(env, -1);
  napi_value v = NULL;
  NAPI_CALL(env, napi_get_reference_value(env, refs[i], &v));
  return ret_int(env, v == NULL);
}

static napi_value DeleteRef(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int i = arg_int(env, args[0]);
  int st = napi_delete_reference(env, refs[i]);
  refs[i] = NULL;
  return ret_int(env, st);
}

// finalized() -> [count, sum of ids, bad hints]
static napi_value Finalized(napi_env env, napi_callback_info info) {
  int v[3] = {fin_count, fin_sum, fin_bad_hint};
  return int_array(env, v, 3);
}

static napi_value ResetCounts(napi_env env, napi_callback_info info) {
  fin_count = fin_sum = fin_bad_hint = 0;
  return NULL;
}

static napi_value OnFinalize(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  if (on_finalize != NULL) napi_delete_reference(env, on_finalize);
  NAPI_CALL(env, napi_create_reference(env, args[0], 1, &on_finalize));
  return NULL;
}

// wrapMany(n, firstId): wraps n objects made here, each with a counting finalizer; none stays reachable
static napi_value WrapMany(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  int n = arg_int(env, args[0]), first = arg_int(env, args[1]);
  for (int i = 0; i < n; i += 1000) {
    napi_handle_scope scope;
    NAPI_CALL(env, napi_open_handle_scope(env, &scope));
    for (int j = i; j < n && j < i + 1000; j++) {
      napi_value o;
      NAPI_CALL(env, napi_create_object(env, &o));
      NAPI_CALL(env, napi_wrap(env, o, PTR(first + j), count_fin, HINT, NULL));
    }
    NAPI_CALL(env, napi_close_handle_scope(env, scope));
  }
  return NULL;
}

// externalMany(n): externals with counting finalizers (data = 1 each)
static napi_value ExternalMany(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int n = arg_int(env, args[0]);
  napi_handle_scope scope;
  NAPI_CALL(env, napi_open_handle_scope(env, &scope));
  for (int j = 0; j < n; j++) {
    napi_value o;
    NAPI_CALL(env, napi_create_external(env, PTR(1), count_fin, HINT, &o));
  }
  NAPI_CALL(env, napi_close_handle_scope(env, scope));
  return NULL;
}

// external(id): an external with a counting finalizer (data = id)
static napi_value External(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value o;
  NAPI_CALL(env, napi_create_external(env, PTR(arg_int(env, args[0])), count_fin, HINT, &o));
  return o;
}

// externalData(v) -> [status, id]
static napi_value ExternalData(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  void* p = PTR(-7);
  int st = napi_get_value_external(env, args[0], &p);
  return ret_pair(env, st, ID(p));
}

// strictEquals(a, b) -> [status, result]
static napi_value StrictEquals(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  bool r = false;
  int st = napi_strict_equals(env, args[0], args[1], &r);
  return ret_pair(env, st, r);
}

// prototypeOf(v): napi_get_prototype's result, or the status if it failed
static napi_value PrototypeOf(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value r;
  int st = napi_get_prototype(env, args[0], &r);
  return st == napi_ok ? r : ret_int(env, st);
}

// typeOf(v): napi_typeof's napi_valuetype
static napi_value TypeOf(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_valuetype t;
  NAPI_CALL(env, napi_typeof(env, args[0], &t));
  return ret_int(env, t);
}

static napi_value PostFinalizer(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  int st = node_api_post_finalizer(env, js_fin, PTR(arg_int(env, args[0])), HINT);
  return ret_int(env, st);
}

// ---- type tags ----
static napi_type_tag tag_of(napi_env env, napi_value lo, napi_value hi) {
  napi_type_tag t = {0, 0};
  int64_t a = 0, b = 0;
  napi_get_value_int64(env, lo, &a);
  napi_get_value_int64(env, hi, &b);
  t.lower = (uint64_t)a;
  t.upper = (uint64_t)b;
  return t;
}

// typeTag(value, lo, hi) -> status
static napi_value TypeTag(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  napi_type_tag t = tag_of(env, args[1], args[2]);
  int st = napi_type_tag_object(env, args[0], &t);
  bool pending = false;
  napi_value e;
  napi_is_exception_pending(env, &pending);
  if (pending) napi_get_and_clear_last_exception(env, &e);
  return ret_pair(env, st, pending);
}

// checkTag(value, lo, hi) -> [status, result, exception pending]
static napi_value CheckTag(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 3);
  napi_type_tag t = tag_of(env, args[1], args[2]);
  bool r = true, pending = false;
  napi_value e;
  int st = napi_check_object_type_tag(env, args[0], &t, &r);
  napi_is_exception_pending(env, &pending);
  if (pending) napi_get_and_clear_last_exception(env, &e);
  int v[3] = {st, r, pending};
  return int_array(env, v, 3);
}

// badArgs(obj, num) -> statuses with NULL / wrong-type arguments
static napi_value BadArgs(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_value obj = args[0], num = args[1], str, o2;
  void* p;
  napi_ref r;
  napi_type_tag t = {1, 2};
  bool b;
  int64_t adj;
  int st[22];
  NAPI_CALL(env, napi_create_string_utf8(env, "s", NAPI_AUTO_LENGTH, &str));
  NAPI_CALL(env, napi_create_object(env, &o2));
  st[0] = napi_wrap(env, NULL, PTR(1), NULL, NULL, NULL);
  st[1] = napi_wrap(env, num, PTR(1), NULL, NULL, NULL);
  st[2] = napi_wrap(env, str, PTR(1), NULL, NULL, NULL);
  st[3] = napi_wrap(env, o2, PTR(1), NULL, NULL, &r);    // a result needs a finalizer
  st[4] = napi_unwrap(env, NULL, &p);
  st[5] = napi_unwrap(env, obj, NULL);
  st[6] = napi_unwrap(env, num, &p);
  st[7] = napi_remove_wrap(env, NULL, &p);
  st[8] = napi_remove_wrap(env, num, &p);
  st[9] = napi_add_finalizer(env, NULL, NULL, count_fin, NULL, NULL);
  st[10] = napi_add_finalizer(env, obj, NULL, NULL, NULL, NULL);
  st[11] = napi_add_finalizer(env, num, NULL, count_fin, NULL, NULL);
  st[12] = napi_type_tag_object(env, NULL, &t);
  st[13] = napi_type_tag_object(env, o2, NULL);
  st[14] = napi_check_object_type_tag(env, NULL, &t, &b);
  st[15] = napi_check_object_type_tag(env, o2, NULL, &b);
  st[16] = napi_check_object_type_tag(env, o2, &t, NULL);
  st[17] = node_api_post_finalizer(env, NULL, NULL, NULL);
  st[18] = napi_get_instance_data(env, NULL);
  st[19] = napi_add_env_cleanup_hook(env, NULL, NULL);
  st[20] = napi_remove_env_cleanup_hook(env, NULL, NULL);
  st[21] = napi_adjust_external_memory(env, 1, NULL);
  (void)adj;
  return int_array(env, st, 22);
}

// withPending(obj, wrappedObj) -> statuses while an exception is pending
static napi_value WithPending(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  void* p;
  napi_type_tag t = {1, 2};
  bool b;
  napi_value e;
  int64_t adj;
  int st[8];
  napi_throw_error(env, NULL, "pending");
  st[0] = napi_wrap(env, args[0], PTR(1), NULL, NULL, NULL);
  st[1] = napi_unwrap(env, args[1], &p);
  st[2] = napi_remove_wrap(env, args[1], &p);
  st[3] = napi_add_finalizer(env, args[0], NULL, count_fin, HINT, NULL);
  st[4] = napi_type_tag_object(env, args[0], &t);
  st[5] = napi_check_object_type_tag(env, args[0], &t, &b);
  st[6] = napi_adjust_external_memory(env, 0, &adj);
  st[7] = node_api_post_finalizer(env, count_fin, PTR(0), HINT);
  napi_get_and_clear_last_exception(env, &e);
  return int_array(env, st, 8);
}

// ---- instance data, cleanup hooks, external memory ----
static void inst_fin(napi_env env, void* data, void* hint) { fin_count += 1000; }

// instanceData(set, value) -> [status of set, status of get, value read]
static napi_value InstanceData(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  int st1 = -1;
  if (arg_int(env, args[0])) st1 = napi_set_instance_data(env, PTR(arg_int(env, args[1])), inst_fin, NULL);
  void* p = PTR(-7);
  int st2 = napi_get_instance_data(env, &p);
  int v[3] = {st1, st2, ID(p)};
  return int_array(env, v, 3);
}

static void hook(void* arg) { (void)arg; }

// hooks() -> statuses of add/remove, and the last error code after each (they do not clear it)
static napi_value Hooks(napi_env env, napi_callback_info info) {
  const napi_extended_error_info* ei;
  int st[6];
  napi_get_instance_data(env, NULL);  // sets napi_invalid_arg as the last error
  st[0] = napi_add_env_cleanup_hook(env, hook, PTR(1));
  napi_get_last_error_info(env, &ei);
  st[1] = ei->error_code;
  st[2] = napi_remove_env_cleanup_hook(env, hook, PTR(1));
  napi_get_last_error_info(env, &ei);
  st[3] = ei->error_code;
  st[4] = napi_remove_env_cleanup_hook(env, hook, PTR(2));  // never added
  st[5] = napi_add_env_cleanup_hook(env, hook, PTR(3));
  return int_array(env, st, 6);
}

// adjust() -> differences seen by napi_adjust_external_memory
static napi_value Adjust(napi_env env, napi_callback_info info) {
  int64_t a = 0, b = 0, c = 0, d = 0;
  int st[3];
  st[0] = napi_adjust_external_memory(env, 0, &a);
  st[1] = napi_adjust_external_memory(env, 1000000, &b);
  st[2] = napi_adjust_external_memory(env, -1000000, &c);
  napi_adjust_external_memory(env, 0, &d);
  int v[7] = {st[0], st[1], st[2], (int)(b - a), (int)(c - a), (int)(d - a), a >= 0};
  return int_array(env, v, 7);
}

NAPI_MODULE_INIT() {
  // napi-jvm's tests load this library once per JVM and init it once per run
  fin_count = fin_sum = fin_bad_hint = 0;
  nrefs = 0;
  on_finalize = NULL;
  EXPORT_FN(env, exports, "wrap", Wrap);
  EXPORT_FN(env, exports, "unwrap", Unwrap);
  EXPORT_FN(env, exports, "removeWrap", RemoveWrap);
  EXPORT_FN(env, exports, "addFinalizer", AddFinalizer);
  EXPORT_FN(env, exports, "refEmpty", RefEmpty);
  EXPORT_FN(env, exports, "deleteRef", DeleteRef);
  EXPORT_FN(env, exports, "finalized", Finalized);
  EXPORT_FN(env, exports, "resetCounts", ResetCounts);
  EXPORT_FN(env, exports, "onFinalize", OnFinalize);
  EXPORT_FN(env, exports, "wrapMany", WrapMany);
  EXPORT_FN(env, exports, "externalMany", ExternalMany);
  EXPORT_FN(env, exports, "postFinalizer", PostFinalizer);
  EXPORT_FN(env, exports, "external", External);
  EXPORT_FN(env, exports, "externalData", ExternalData);
  EXPORT_FN(env, exports, "strictEquals", StrictEquals);
  EXPORT_FN(env, exports, "prototypeOf", PrototypeOf);
  EXPORT_FN(env, exports, "typeOf", TypeOf);
  EXPORT_FN(env, exports, "typeTag", TypeTag);
  EXPORT_FN(env, exports, "checkTag", CheckTag);
  EXPORT_FN(env, exports, "badArgs", BadArgs);
  EXPORT_FN(env, exports, "withPending", WithPending);
  EXPORT_FN(env, exports, "instanceData", InstanceData);
  EXPORT_FN(env, exports, "hooks", Hooks);
  EXPORT_FN(env, exports, "adjust", Adjust);
  return exports;
}
