// Conformance tests: napi_create_async_work, napi_queue_async_work, napi_cancel_async_work, napi_delete_async_work:
// execute on a libuv threadpool thread, complete on the JS thread with napi_ok or napi_cancelled.
#include <node_api.h>
#include "../common.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


static pthread_t js_thread;

// ---- sum work: run(n, sleepMs, requeue, cb) ----
typedef struct {
  napi_async_work work;
  napi_ref cb;
  int n, sleep_ms, requeue, runs;
  long long sum;
  int other_thread;
} sum_data;

static void sum_execute(napi_env env, void* data) {
  sum_data* d = data;
  d->other_thread = !pthread_equal(pthread_self(), js_thread);
  if (d->sleep_ms) usleep(d->sleep_ms * 1000);
  long long s = 0;
  for (int i = 0; i < d->n; i++) s += i;
  d->sum = s;
}

static void sum_complete(napi_env env, napi_status status, void* data) {
  sum_data* d = data;
  d->runs++;
  napi_value cb, global, argv[4];
  napi_get_reference_value(env, d->cb, &cb);
  napi_get_global(env, &global);
  napi_create_int32(env, status, &argv[0]);
  napi_create_int64(env, d->sum, &argv[1]);
  napi_get_boolean(env, d->other_thread && pthread_equal(pthread_self(), js_thread), &argv[2]);
  napi_create_int32(env, d->runs, &argv[3]);
  napi_call_function(env, global, cb, 4, argv, NULL);
  if (d->runs < d->requeue) {
    napi_queue_async_work(env, d->work);  // a completed work may be queued again
    return;
  }
  napi_delete_reference(env, d->cb);
  napi_delete_async_work(env, d->work);
  free(d);
}

static napi_value run(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 4);
  sum_data* d = calloc(1, sizeof(sum_data));
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &d->n));
  NAPI_CALL(env, napi_get_value_int32(env, args[1], &d->sleep_ms));
  NAPI_CALL(env, napi_get_value_int32(env, args[2], &d->requeue));
  NAPI_CALL(env, napi_create_reference(env, args[3], 1, &d->cb));
  napi_value name;
  NAPI_CALL(env, napi_create_string_utf8(env, "sum", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_create_async_work(env, NULL, name, sum_execute, sum_complete, d, &d->work));
  NAPI_CALL(env, napi_queue_async_work(env, d->work));
  return NULL;
}

// ---- cancellation: 4 works block the threadpool; a 5th is queued and cancelled ----
static pthread_mutex_t gate_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gate_cv = PTHREAD_COND_INITIALIZER;
static int gate_open, started;

typedef struct { napi_async_work work; napi_ref cb; int tag; } block_data;

static void block_execute(napi_env env, void* data) {
  pthread_mutex_lock(&gate_mu);
  started++;
  pthread_cond_broadcast(&gate_cv);
  while (!gate_open) pthread_cond_wait(&gate_cv, &gate_mu);
  pthread_mutex_unlock(&gate_mu);
}

static void block_complete(napi_env env, napi_status status, void* data) {
  block_data* d = data;
  napi_value cb, global, argv[2];
  napi_get_reference_value(env, d->cb, &cb);
  napi_get_global(env, &global);
  napi_create_int32(env, d->tag, &argv[0]);
  napi_create_int32(env, status, &argv[1]);
  napi_call_function(env, global, cb, 2, argv, NULL);
  napi_delete_reference(env, d->cb);
  napi_delete_async_work(env, d->work);
  free(d);
}

static block_data* new_block(napi_env env, napi_value cb, int tag) {
  block_data* d = calloc(1, sizeof(block_data));
  d->tag = tag;
  napi_value name;
  napi_create_string_utf8(env, "block", NAPI_AUTO_LENGTH, &name);
  napi_create_reference(env, cb, 1, &d->cb);
  napi_create_async_work(env, NULL, name, block_execute, block_complete, d, &d->work);
  return d;
}

// cancelTest(cb): [started in time, cancel queued, cancel running]
static napi_value cancel_test(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 1);
  gate_open = 0;
  started = 0;
  block_data* running[4];
  for (int i = 0; i < 4; i++) {
    running[i] = new_block(env, args[0], i + 1);
    NAPI_CALL(env, napi_queue_async_work(env, running[i]->work));
  }
  block_data* queued = new_block(env, args[0], 5);
  NAPI_CALL(env, napi_queue_async_work(env, queued->work));
  pthread_mutex_lock(&gate_mu);
  int waited = 0;
  while (started < 4 && waited < 500) {
    pthread_mutex_unlock(&gate_mu);
    usleep(10000);
    waited++;
    pthread_mutex_lock(&gate_mu);
  }
  int all_started = started == 4;
  pthread_mutex_unlock(&gate_mu);
  int st_cancel = napi_cancel_async_work(env, queued->work);
  int st_running = napi_cancel_async_work(env, running[0]->work);
  pthread_mutex_lock(&gate_mu);
  gate_open = 1;
  pthread_cond_broadcast(&gate_cv);
  pthread_mutex_unlock(&gate_mu);
  int vals[3] = {all_started, st_cancel, st_running};
  return int_array(env, vals, 3);
}

// ---- a complete callback that throws: an uncaught exception ----
typedef struct { napi_async_work work; } throw_data;
static void noop_execute(napi_env env, void* data) {}
static void throw_complete(napi_env env, napi_status status, void* data) {
  throw_data* d = data;
  napi_delete_async_work(env, d->work);
  free(d);
  napi_throw_error(env, "ERR_FROM_COMPLETE", "thrown by complete");
}
static napi_value complete_throws(napi_env env, napi_callback_info info) {
  throw_data* d = calloc(1, sizeof(throw_data));
  napi_value name;
  NAPI_CALL(env, napi_create_string_utf8(env, "throws", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_create_async_work(env, NULL, name, noop_execute, throw_complete, d, &d->work));
  NAPI_CALL(env, napi_queue_async_work(env, d->work));
  return NULL;
}

// ---- a work without complete callback; queued, its execute still runs ----
static volatile int bare_ran;
static void bare_execute(napi_env env, void* data) { bare_ran = 1; }
static napi_value bare(napi_env env, napi_callback_info info) {
  napi_value name;
  napi_async_work w;
  NAPI_CALL(env, napi_create_string_utf8(env, "bare", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_create_async_work(env, NULL, name, bare_execute, NULL, NULL, &w));
  NAPI_CALL(env, napi_queue_async_work(env, w));
  return NULL;
}
static napi_value bare_ran_get(napi_env env, napi_callback_info info) {
  napi_value r;
  NAPI_CALL(env, napi_get_boolean(env, bare_ran, &r));
  return r;
}

// ---- argument checks ----
static napi_value errors(napi_env env, napi_callback_info info) {
  napi_value name, obj;
  napi_async_work w = NULL;
  NAPI_CALL(env, napi_create_string_utf8(env, "e", NAPI_AUTO_LENGTH, &name));
  NAPI_CALL(env, napi_create_object(env, &obj));
  int vals[9];
  vals[0] = napi_create_async_work(env, NULL, name, NULL, NULL, NULL, &w);       // no execute
  vals[1] = napi_create_async_work(env, NULL, name, noop_execute, NULL, NULL, NULL);  // no result
  vals[2] = napi_create_async_work(env, NULL, NULL, noop_execute, NULL, NULL, &w);   // no name
  vals[3] = napi_queue_async_work(env, NULL);
  vals[4] = napi_cancel_async_work(env, NULL);
  vals[5] = napi_delete_async_work(env, NULL);
  vals[6] = napi_create_async_work(env, obj, name, noop_execute, NULL, NULL, &w);  // a resource object, no complete
  vals[7] = napi_cancel_async_work(env, w) == napi_ok;  // never queued: not napi_ok
  vals[8] = napi_delete_async_work(env, w);
  return int_array(env, vals, 9);
}

// badResource(kind): a resource that ToObject rejects (1: undefined, 2: null) or a name that ToString rejects (3: a
// Symbol); returns [status, exception pending] and clears the exception
static napi_value bad_resource(napi_env env, napi_callback_info info) {
  GET_ARGS(env, info, 2);
  int32_t kind;
  NAPI_CALL(env, napi_get_value_int32(env, args[0], &kind));
  napi_value name, resource = NULL;
  NAPI_CALL(env, napi_create_string_utf8(env, "bad", NAPI_AUTO_LENGTH, &name));
  if (kind == 1) NAPI_CALL(env, napi_get_undefined(env, &resource));
  if (kind == 2) NAPI_CALL(env, napi_get_null(env, &resource));
  if (kind == 3) name = args[1];
  napi_async_work w = NULL;
  int st = napi_create_async_work(env, resource, name, noop_execute, NULL, NULL, &w);
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  napi_value exc;
  if (pending) napi_get_and_clear_last_exception(env, &exc);
  if (st == napi_ok) napi_delete_async_work(env, w);
  int vals[2] = {st, pending};
  return int_array(env, vals, 2);
}

NAPI_MODULE_INIT() {
  js_thread = pthread_self();
  EXPORT_FN(env, exports, "run", run);
  EXPORT_FN(env, exports, "cancelTest", cancel_test);
  EXPORT_FN(env, exports, "completeThrows", complete_throws);
  EXPORT_FN(env, exports, "bare", bare);
  EXPORT_FN(env, exports, "bareRan", bare_ran_get);
  EXPORT_FN(env, exports, "errors", errors);
  EXPORT_FN(env, exports, "badResource", bad_resource);
  return exports;
}
