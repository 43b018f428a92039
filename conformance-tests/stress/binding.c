// Stress addon (StressTest, behind -Dnapi.stress=true): wraps and references by the million, threadsafe-function
// calls from native threads, async works with cancellation, and teardown with all of them pending. Every callback
// is counted per item, so a lost or doubled call shows as a count, never as a guess.
#define NAPI_VERSION 8
#include <malloc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <node_api.h>

#define CHECK(call) do { if ((call) != napi_ok) { napi_throw_error(env, NULL, #call " failed"); return NULL; } } while (0)

static napi_value num(napi_env env, double d) { napi_value v; napi_create_double(env, d, &v); return v; }
static void set(napi_env env, napi_value o, const char* k, double d) { napi_set_named_property(env, o, k, num(env, d)); }
static double arg_num(napi_env env, napi_callback_info info, size_t i) {
  napi_value a[4]; size_t n = 4; double d = 0;
  napi_get_cb_info(env, info, &n, a, NULL, NULL);
  if (i < n) napi_get_value_double(env, a[i], &d);
  return d;
}

// ---- memory: RSS from /proc, the C heap from mallinfo2 ----
static napi_value Memory(napi_env env, napi_callback_info info) {
  long pages = 0, resident = 0;
  FILE* f = fopen("/proc/self/statm", "r");
  if (f) { if (fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0; fclose(f); }
  struct mallinfo2 mi = mallinfo2();
  napi_value o; napi_create_object(env, &o);
  set(env, o, "rss", (double)resident * sysconf(_SC_PAGESIZE));
  set(env, o, "mallocInUse", (double)(mi.uordblks + mi.hblkhd));
  return o;
}

// ---- wraps and references ----
typedef struct { uint32_t id; } WrapData;
static unsigned char* g_finalized;        // per id: how many times its wrap finalizer ran
static uint32_t g_capacity, g_next_id;
static atomic_long g_wrap_finalized, g_wrap_twice, g_live_data;
static napi_ref* g_refs;                  // one weak reference per wrapped object
static uint32_t g_ref_count;

static void wrap_finalize(napi_env env, void* data, void* hint) {
  WrapData* d = data;
  if (d->id < g_capacity && g_finalized[d->id]++ > 0) g_wrap_twice++;
  g_wrap_finalized++;
  g_live_data--;
  free(d);
}

static napi_value Prepare(napi_env env, napi_callback_info info) {
  g_capacity = (uint32_t)arg_num(env, info, 0);
  g_finalized = calloc(g_capacity, 1);
  g_refs = calloc(g_capacity, sizeof(napi_ref));
  return NULL;
}

// wrap(obj): napi_wrap with a malloc'd datum and a weak (count 0) reference to obj
static napi_value Wrap(napi_env env, napi_callback_info info) {
  napi_value a[1]; size_t n = 1;
  CHECK(napi_get_cb_info(env, info, &n, a, NULL, NULL));
  if (g_next_id >= g_capacity) { napi_throw_error(env, NULL, "capacity"); return NULL; }
  WrapData* d = malloc(sizeof *d);
  d->id = g_next_id++;
  g_live_data++;
  CHECK(napi_wrap(env, a[0], d, wrap_finalize, NULL, NULL));
  CHECK(napi_create_reference(env, a[0], 0, &g_refs[g_ref_count++]));
  return NULL;
}

// sweepRefs(): deletes every reference whose object is gone; returns how many it deleted
static napi_value SweepRefs(napi_env env, napi_callback_info info) {
  uint32_t kept = 0, deleted = 0;
  for (uint32_t i = 0; i < g_ref_count; i++) {
    napi_value v = NULL;
    CHECK(napi_get_reference_value(env, g_refs[i], &v));
    if (v == NULL) { CHECK(napi_delete_reference(env, g_refs[i])); deleted++; }
    else g_refs[kept++] = g_refs[i];
  }
  g_ref_count = kept;
  return num(env, deleted);
}

static napi_value WrapStats(napi_env env, napi_callback_info info) {
  napi_value o; napi_create_object(env, &o);
  set(env, o, "created", g_next_id);
  set(env, o, "finalized", (double)g_wrap_finalized);
  set(env, o, "finalizedTwice", (double)g_wrap_twice);
  set(env, o, "liveData", (double)g_live_data);
  set(env, o, "refsHeld", g_ref_count);
  uint32_t never = 0;
  for (uint32_t i = 0; i < g_next_id; i++) if (!g_finalized[i]) never++;
  set(env, o, "neverFinalized", never);
  return o;
}

// ---- threadsafe functions: THREADS native threads x CALLS calls each ----
#define THREADS 8
typedef struct {
  napi_threadsafe_function tsfn;
  pthread_t threads[THREADS];
  uint32_t calls;
  uint32_t* next_seq;     // per thread: the sequence number expected next (calls of one thread arrive in order)
  atomic_long failed_calls, delivered, out_of_order, extra, queue_full;
  int stop_on_closing;
} Tsfn;
static Tsfn g_t;

static void* producer(void* arg) {
  uint32_t t = (uint32_t)(uintptr_t)arg;
  for (uint32_t s = 0; s < g_t.calls; s++) {
    uintptr_t item = ((uintptr_t)t << 32) | s;
    // non-blocking, retried while the queue is full: node's blocking mode wakes one waiting thread per
    // full queue drained, so several blocked producers can wait forever (not what is measured here)
    napi_status st;
    while ((st = napi_call_threadsafe_function(g_t.tsfn, (void*)item, napi_tsfn_nonblocking)) == napi_queue_full) {
      g_t.queue_full++;
      usleep(50);
    }
    if (st != napi_ok) { g_t.failed_calls++; if (st == napi_closing && g_t.stop_on_closing) return NULL; }
  }
  napi_release_threadsafe_function(g_t.tsfn, napi_tsfn_release);
  return NULL;
}

static void tsfn_call_js(napi_env env, napi_value js_cb, void* context, void* data) {
  uintptr_t item = (uintptr_t)data;
  uint32_t t = (uint32_t)(item >> 32), s = (uint32_t)item;
  if (env == NULL) return;   // teardown: the queue is drained without JS
  if (t >= THREADS) { g_t.extra++; return; }
  if (s != g_t.next_seq[t]) g_t.out_of_order++;
  g_t.next_seq[t] = s + 1;
  g_t.delivered++;
  if ((s & 1023) == 0) {   // JS sees a sample of the calls (the counting is native)
    napi_value argv[2] = { num(env, t), num(env, s) };
    napi_value undefined; napi_get_undefined(env, &undefined);
    napi_call_function(env, undefined, js_cb, 2, argv, NULL);
  }
}

static napi_ref g_done_cb;
static void tsfn_finalize(napi_env env, void* data, void* hint) {
  for (int i = 0; i < THREADS; i++) pthread_join(g_t.threads[i], NULL);
  if (env == NULL || g_done_cb == NULL) return;
  napi_value cb, undefined, o;
  napi_get_reference_value(env, g_done_cb, &cb);
  napi_get_undefined(env, &undefined);
  napi_create_object(env, &o);
  set(env, o, "delivered", (double)g_t.delivered);
  set(env, o, "failedCalls", (double)g_t.failed_calls);
  set(env, o, "outOfOrder", (double)g_t.out_of_order);
  set(env, o, "queueFull", (double)g_t.queue_full);
  uint32_t short_threads = 0;
  for (int i = 0; i < THREADS; i++) if (g_t.next_seq[i] != g_t.calls) short_threads++;
  set(env, o, "threadsShort", short_threads);
  napi_call_function(env, undefined, cb, 1, &o, NULL);
  napi_delete_reference(env, g_done_cb);
  g_done_cb = NULL;
}

// startTsfn(calls, queueSize, sampleCb, doneCb, stopOnClosing, unref)
static napi_value StartTsfn(napi_env env, napi_callback_info info) {
  napi_value a[6], name; size_t n = 6;
  CHECK(napi_get_cb_info(env, info, &n, a, NULL, NULL));
  uint32_t calls, queue; bool stop = false;
  napi_get_value_uint32(env, a[0], &calls);
  napi_get_value_uint32(env, a[1], &queue);
  bool unref = false;
  if (n > 4) napi_get_value_bool(env, a[4], &stop);
  if (n > 5) napi_get_value_bool(env, a[5], &unref);
  g_t.calls = calls;
  g_t.stop_on_closing = stop;
  g_t.next_seq = calloc(THREADS, sizeof(uint32_t));
  CHECK(napi_create_reference(env, a[3], 1, &g_done_cb));
  CHECK(napi_create_string_utf8(env, "stress", NAPI_AUTO_LENGTH, &name));
  CHECK(napi_create_threadsafe_function(env, a[2], NULL, name, queue, THREADS, NULL, tsfn_finalize, NULL, tsfn_call_js, &g_t.tsfn));
  if (unref) CHECK(napi_unref_threadsafe_function(env, g_t.tsfn));
  for (uintptr_t i = 0; i < THREADS; i++) pthread_create(&g_t.threads[i], NULL, producer, (void*)i);
  return NULL;
}

// ---- async works with cancellation ----
typedef struct { napi_async_work work; uint32_t id; } Work;
static unsigned char *g_executed, *g_completed, *g_cancel_ok;
static atomic_long g_exec_count;
static uint32_t g_works, g_completes, g_completed_cancelled, g_bad_status, g_cancelled_but_ran, g_twice;
static napi_ref g_works_done;

static void work_execute(napi_env env, void* data) {
  Work* w = data;
  g_executed[w->id]++;
  g_exec_count++;
  usleep(1000);   // long enough that works are still queued when the cancelling starts
}

static void work_complete(napi_env env, napi_status status, void* data) {
  Work* w = data;
  if (g_completed[w->id]++ > 0) g_twice++;
  g_completes++;
  if (status == napi_cancelled) { g_completed_cancelled++; if (g_executed[w->id]) g_cancelled_but_ran++; }
  else if (status != napi_ok) g_bad_status++;
  if (status == napi_ok && !g_executed[w->id]) g_bad_status++;
  if (g_cancel_ok[w->id] && status != napi_cancelled) g_bad_status++;
  napi_delete_async_work(env, w->work);
  free(w);
  if (env != NULL && g_completes == g_works && g_works_done != NULL) {
    napi_value cb, undefined, o;
    napi_get_reference_value(env, g_works_done, &cb);
    napi_get_undefined(env, &undefined);
    napi_create_object(env, &o);
    set(env, o, "works", g_works);
    set(env, o, "completed", g_completes);
    set(env, o, "cancelled", g_completed_cancelled);
    set(env, o, "executed", (double)g_exec_count);
    set(env, o, "completedTwice", g_twice);
    set(env, o, "cancelledButRan", g_cancelled_but_ran);
    set(env, o, "wrongStatus", g_bad_status);
    napi_call_function(env, undefined, cb, 1, &o, NULL);
    napi_delete_reference(env, g_works_done);
    g_works_done = NULL;
  }
}

// startWorks(n, doneCb): queues n works, then cancels every second one, the last queued first
static napi_value StartWorks(napi_env env, napi_callback_info info) {
  napi_value a[2], name; size_t n = 2;
  CHECK(napi_get_cb_info(env, info, &n, a, NULL, NULL));
  napi_get_value_uint32(env, a[0], &g_works);
  g_executed = calloc(g_works, 1); g_completed = calloc(g_works, 1); g_cancel_ok = calloc(g_works, 1);
  CHECK(napi_create_reference(env, a[1], 1, &g_works_done));
  CHECK(napi_create_string_utf8(env, "stress-work", NAPI_AUTO_LENGTH, &name));
  Work** ws = malloc(sizeof(Work*) * g_works);
  for (uint32_t i = 0; i < g_works; i++) {
    ws[i] = malloc(sizeof(Work));
    ws[i]->id = i;
    CHECK(napi_create_async_work(env, NULL, name, work_execute, work_complete, ws[i], &ws[i]->work));
    CHECK(napi_queue_async_work(env, ws[i]->work));
  }
  uint32_t refused = 0;
  for (int64_t i = (g_works - 1) | 1; i >= 1; i -= 2) {
    if (i >= g_works) continue;
    napi_status st = napi_cancel_async_work(env, ws[i]->work);
    if (st == napi_ok) g_cancel_ok[i] = 1; else refused++;   // refused: it had started already
  }
  free(ws);
  return num(env, refused);
}

// ---- teardown: what is still pending when the env goes away is logged by a destructor ----
static const char* g_log;
static napi_value SetLog(napi_env env, napi_callback_info info) {
  napi_value a[1]; size_t n = 1, len;
  static char path[512];
  CHECK(napi_get_cb_info(env, info, &n, a, NULL, NULL));
  CHECK(napi_get_value_string_utf8(env, a[0], path, sizeof path, &len));
  g_log = path;
  return NULL;
}

__attribute__((destructor)) static void log_at_exit(void) {
  if (g_log == NULL) return;
  FILE* f = fopen(g_log, "w");
  if (!f) return;
  fprintf(f, "wraps created %u finalized %ld twice %ld\n", g_next_id, (long)g_wrap_finalized, (long)g_wrap_twice);
  fprintf(f, "tsfn delivered %ld twice-or-out-of-order %ld\n", (long)g_t.delivered, (long)g_t.out_of_order);
  fprintf(f, "works %u completed %u twice %u executed %ld\n", g_works, g_completes, g_twice, (long)g_exec_count);
  fclose(f);
}

#define FN(name, f) do { napi_value fn; napi_create_function(env, name, NAPI_AUTO_LENGTH, f, NULL, &fn); \
                         napi_set_named_property(env, exports, name, fn); } while (0)
NAPI_MODULE_INIT() {
  FN("memory", Memory); FN("prepare", Prepare); FN("wrap", Wrap); FN("sweepRefs", SweepRefs); FN("wrapStats", WrapStats);
  FN("startTsfn", StartTsfn); FN("startWorks", StartWorks); FN("setLog", SetLog);
  return exports;
}
