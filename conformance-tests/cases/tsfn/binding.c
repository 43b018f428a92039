// Conformance tests: napi_create_threadsafe_function (with and without a JS function, call_js_cb, max_queue_size,
// initial_thread_count, finalizer, context), napi_call_threadsafe_function (blocking, non-blocking), acquire /
// release (napi_tsfn_release, napi_tsfn_abort), ref / unref, napi_get_threadsafe_function_context; real pthreads.
#include <node_api.h>
#include "../common.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


static int get_int(napi_env env, napi_value v) { int32_t r = 0; napi_get_value_int32(env, v, &r); return r; }

#define MAX_THREADS 8
typedef struct {
  napi_threadsafe_function tsfn;
  napi_ref done;  // JS done(stats) called by the finalizer
  pthread_t threads[MAX_THREADS];
  int nthreads, calls, blocking, abort_after, use_data;
  // per status counts of the calls made by the threads (index = napi_status, up to 23)
  int status_count[24];
  int reported_null_env;  // call_js_cb invocations with env == NULL (undelivered at close)
  int delivered;
  pthread_mutex_t mu;
} job;

typedef struct { job* j; int id; } thread_arg;

static void* thread_main(void* p) {
  thread_arg* a = p;
  job* j = a->j;
  for (int i = 0; i < j->calls; i++) {
    int* data = NULL;
    if (j->use_data) {
      data = malloc(sizeof(int));
      *data = a->id * 1000 + i;
    }
    napi_status st = napi_call_threadsafe_function(j->tsfn, data, j->blocking ? napi_tsfn_blocking : napi_tsfn_nonblocking);
    pthread_mutex_lock(&j->mu);
    j->status_count[st]++;
    pthread_mutex_unlock(&j->mu);
    if (st != napi_ok) {
      free(data);
      if (st == napi_closing) { free(a); return NULL; }  // napi_closing also released this thread
      if (st == napi_queue_full) { usleep(1000); i--; continue; }
    }
  }
  napi_release_threadsafe_function(j->tsfn, napi_tsfn_release);
  free(a);
  return NULL;
}

// call_js_cb: delivers data to the JS function as a number (or reports an undelivered call when env is NULL)
static void call_js(napi_env env, napi_value js_cb, void* context, void* data) {
  job* j = context;
  if (env == NULL) {
    j->reported_null_env++;
    free(data);
    return;
  }
  j->delivered++;
  napi_value arg, undefined;
  napi_create_int32(env, data ? *(int*)data : -1, &arg);
  napi_get_undefined(env, &undefined);
  free(data);
  if (js_cb != NULL) napi_call_function(env, undefined, js_cb, 1, &arg, NULL);
}

static void finalize(napi_env env, void* finalize_data, void* context) {
  job* j = finalize_data;
  for (int i = 0; i < j->nthreads; i++) pthread_join(j->threads[i], NULL);
  napi_value done, undefined, stats;
  napi_get_reference_value(env, j->done, &done);
  napi_get_undefined(env, &undefined);
  int vals[5] = {j->status_count[napi_ok], j->status_count[napi_closing], j->delivered, context == j,
                 j->status_count[napi_queue_full] > 0};
  stats = int_array(env, vals, 5);
  if (done != NULL) napi_call_function(env, undefined, done, 1, &stats, NULL);
  napi_delete_reference(env, j->done);
  pthread_mutex_destroy(&j->mu);
  free(j);
}

// start(fn|null, done, nthreads, calls, maxQueue, blocking, useCallJs): threads call the tsfn, then release it;
// done([ok calls, closing calls, delivered by call_js, context ok, saw queue_full]) from the finalizer
static napi_value start(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 7);
  job* j = calloc(1, sizeof(job));
  pthread_mutex_init(&j->mu, NULL);
  napi_valuetype t;
  NAPI_CALL(env, napi_typeof(env, args[0], &t));
  j->nthreads = get_int(env, args[2]);
  j->calls = get_int(env, args[3]);
  int max_queue = get_int(env, args[4]);
  j->blocking = get_int(env, args[5]);
  int use_call_js = get_int(env, args[6]);
  j->use_data = use_call_js;
  NAPI_CALL(env, napi_create_reference(env, args[1], 1, &j->done));
  napi_value name;
  NAPI_CALL(env, napi_create_string_utf8(env, "tsfn", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_create_threadsafe_function(env, t == napi_function ? args[0] : NULL, NULL, name, max_queue,
                                                 j->nthreads, j, finalize, j, use_call_js ? call_js : NULL, &j->tsfn));
  void* ctx = NULL;
  NAPI_CALL(env, napi_get_threadsafe_function_context(j->tsfn, &ctx));
  if (ctx != j) { napi_throw_error(env, NULL, "wrong context"); return NULL; }
  for (int i = 0; i < j->nthreads; i++) {
    thread_arg* a = malloc(sizeof(thread_arg));
    a->j = j;
    a->id = i + 1;
    pthread_create(&j->threads[i], NULL, thread_main, a);
  }
  return NULL;
}

// queueFull(fn, done): max_queue_size 1, non-blocking calls from the JS thread: [first, second (queue full),
// blocking acquire, release, release, release again (thread count 0)]; then the queue drains and it closes
static napi_value queue_full(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  job* j = calloc(1, sizeof(job));
  pthread_mutex_init(&j->mu, NULL);
  j->use_data = 1;
  NAPI_CALL(env, napi_create_reference(env, args[1], 1, &j->done));
  napi_value name;
  NAPI_CALL(env, napi_create_string_utf8(env, "full", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_create_threadsafe_function(env, args[0], NULL, name, 1, 1, j, finalize, j, call_js, &j->tsfn));
  int* d1 = malloc(sizeof(int));
  *d1 = 1;
  int* d2 = malloc(sizeof(int));
  *d2 = 2;
  int vals[6];
  vals[0] = napi_call_threadsafe_function(j->tsfn, d1, napi_tsfn_nonblocking);
  vals[1] = napi_call_threadsafe_function(j->tsfn, d2, napi_tsfn_nonblocking);
  if (vals[1] != napi_ok) free(d2);
  vals[2] = napi_acquire_threadsafe_function(j->tsfn);
  vals[3] = napi_release_threadsafe_function(j->tsfn, napi_tsfn_release);
  vals[4] = napi_release_threadsafe_function(j->tsfn, napi_tsfn_release);
  vals[5] = napi_release_threadsafe_function(j->tsfn, napi_tsfn_release);
  j->status_count[napi_ok] = vals[0] == napi_ok;
  return int_array(env, vals, 6);
}

// abort(done): a thread keeps calling (non-blocking, no JS function, call_js_cb); JS aborts: later calls return
// napi_closing, the finalizer runs, calls still queued are reported to call_js_cb with a NULL env
typedef struct { job* j; } abort_state;
static job* abort_job;
static void* abort_thread(void* p) {
  job* j = p;
  for (;;) {
    int* data = malloc(sizeof(int));
    *data = 7;
    napi_status st = napi_call_threadsafe_function(j->tsfn, data, napi_tsfn_nonblocking);
    pthread_mutex_lock(&j->mu);
    j->status_count[st]++;
    pthread_mutex_unlock(&j->mu);
    if (st != napi_ok) free(data);
    if (st == napi_closing) return NULL;
    usleep(200);
  }
}
static napi_value abort_start(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  job* j = calloc(1, sizeof(job));
  pthread_mutex_init(&j->mu, NULL);
  j->nthreads = 1;
  NAPI_CALL(env, napi_create_reference(env, args[0], 1, &j->done));
  napi_value name;
  NAPI_CALL(env, napi_create_string_utf8(env, "abort", NAPI_AUTO_LENGTH, &name));
  // thread count 2: the thread and the JS side
  NAPI_CALL(env, napi_create_threadsafe_function(env, NULL, NULL, name, 0, 2, j, finalize, j, call_js, &j->tsfn));
  abort_job = j;
  pthread_create(&j->threads[0], NULL, abort_thread, j);
  return NULL;
}
static napi_value abort_now(napi_env env, napi_callback_info info) {
  job* j = abort_job;
  int vals[2];
  vals[0] = napi_release_threadsafe_function(j->tsfn, napi_tsfn_abort);
  vals[1] = napi_acquire_threadsafe_function(j->tsfn);  // closing
  return int_array(env, vals, 2);
}
static napi_value abort_reported(napi_env env, napi_callback_info info) {
  napi_value r;
  NAPI_CALL(env, napi_create_int32(env, 0, &r));
  return r;
}

// unref(): a tsfn nobody calls, unref'ed: the process ends; the finalizer runs at teardown
static napi_threadsafe_function idle_tsfn;
static void idle_finalize(napi_env env, void* data, void* context) {
  fprintf(stderr, "idle tsfn finalized at teardown (env %s)\n", env ? "set" : "NULL");
  fflush(stderr);
}
static napi_value unref_idle(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  napi_value name;
  NAPI_CALL(env, napi_create_string_utf8(env, "idle", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_create_threadsafe_function(env, args[0], NULL, name, 0, 1, NULL, idle_finalize, NULL, NULL, &idle_tsfn));
  int vals[3];
  vals[0] = napi_unref_threadsafe_function(env, idle_tsfn);
  vals[1] = napi_ref_threadsafe_function(env, idle_tsfn);
  vals[2] = napi_unref_threadsafe_function(env, idle_tsfn);
  return int_array(env, vals, 3);
}

// errors(fn): argument checks of napi_create_threadsafe_function and of the context getter
static void noop_call_js(napi_env env, napi_value js_cb, void* context, void* data) {}
static napi_value errors(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_value name;
  napi_threadsafe_function f = NULL;
  NAPI_CALL(env, napi_create_string_utf8(env, "e", NAPI_AUTO_LENGTH, &name));
  int vals[6];
  vals[0] = napi_create_threadsafe_function(env, args[0], NULL, NULL, 0, 1, NULL, NULL, NULL, NULL, &f);  // no name
  vals[1] = napi_create_threadsafe_function(env, args[0], NULL, name, 0, 0, NULL, NULL, NULL, NULL, &f);  // 0 threads
  vals[2] = napi_create_threadsafe_function(env, args[0], NULL, name, 0, 1, NULL, NULL, NULL, NULL, NULL);  // no result
  vals[3] = napi_create_threadsafe_function(env, NULL, NULL, name, 0, 1, NULL, NULL, NULL, NULL, &f);  // no fn, no call_js
  vals[4] = napi_create_threadsafe_function(env, args[1], NULL, name, 0, 1, NULL, NULL, NULL, NULL, &f);  // not a function
  // no JS function but a call_js_cb: fine; released at once
  vals[5] = napi_create_threadsafe_function(env, NULL, NULL, name, 0, 1, NULL, NULL, NULL, noop_call_js, &f);
  if (vals[5] == napi_ok) napi_release_threadsafe_function(f, napi_tsfn_release);
  return int_array(env, vals, 6);
}

// throwingCall(callFn, finalizeFn): a threadsafe function (default call_js) called once from the JS thread and
// released; callFn and, from the finalizer, finalizeFn both throw. The module is below the experimental version.
static void throwing_finalize(napi_env env, void* data, void* hint) {
  napi_ref fin = data;
  napi_value fn, undef;
  if (napi_get_reference_value(env, fin, &fn) == napi_ok && napi_get_undefined(env, &undef) == napi_ok)
    napi_call_function(env, undef, fn, 0, NULL, NULL);  // throws: the exception is left pending
  napi_delete_reference(env, fin);
}
static napi_value throwing_call(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  napi_value name;
  napi_ref fin;
  napi_threadsafe_function f;
  NAPI_CALL(env, napi_create_string_utf8(env, "throwing", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_create_reference(env, args[1], 1, &fin));
  NAPI_CALL(env, napi_create_threadsafe_function(env, args[0], NULL, name, 0, 1, fin, throwing_finalize, NULL, NULL, &f));
  NAPI_CALL(env, napi_call_threadsafe_function(f, NULL, napi_tsfn_nonblocking));
  NAPI_CALL(env, napi_release_threadsafe_function(f, napi_tsfn_release));
  return NULL;
}

NAPI_MODULE_INIT() {
  EXPORT_FN(env, exports, "throwingCall", throwing_call);
  EXPORT_FN(env, exports, "start", start);
  EXPORT_FN(env, exports, "queueFull", queue_full);
  EXPORT_FN(env, exports, "abortStart", abort_start);
  EXPORT_FN(env, exports, "abortNow", abort_now);
  EXPORT_FN(env, exports, "abortReported", abort_reported);
  EXPORT_FN(env, exports, "unrefIdle", unref_idle);
  EXPORT_FN(env, exports, "errors", errors);
  return exports;
}
