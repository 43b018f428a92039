// The benchmark addon: one export per case of bench/napi/cases.js, in the shapes of Node's own benchmark/napi.
// Each function does the Node-API work its case names and as little else as possible; results are returned so the
// driver can check them (a benchmark that computes nothing measures nothing).
#include <node_api.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(call) do { if ((call) != napi_ok) return NULL; } while (0)

static napi_value ret_double(napi_env env, double v) {
  napi_value r;
  CHECK(napi_create_double(env, v, &r));
  return r;
}

static napi_value Noop(napi_env env, napi_callback_info info) { (void)env; (void)info; return NULL; }

static napi_value SumArgs(napi_env env, napi_callback_info info) {
  size_t argc = 10;
  napi_value argv[10];
  double sum = 0, v;
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  for (size_t i = 0; i < argc; i++) {
    CHECK(napi_get_value_double(env, argv[i], &v));
    sum += v;
  }
  return ret_double(env, sum);
}

static char text[16385];
static char16_t text16[16385];

// string arguments: the length copied out, as an addon reading a string argument does
#define STRING_CASE(name, getter, buf)                                               \
  static napi_value name(napi_env env, napi_callback_info info) {                    \
    size_t argc = 1, len;                                                            \
    napi_value arg;                                                                  \
    CHECK(napi_get_cb_info(env, info, &argc, &arg, NULL, NULL));                     \
    CHECK(getter(env, arg, buf, sizeof(buf) / sizeof(buf[0]), &len));                \
    return ret_double(env, (double)len);                                             \
  }
STRING_CASE(StrLatin1, napi_get_value_string_latin1, text)
STRING_CASE(StrUtf8, napi_get_value_string_utf8, text)
STRING_CASE(StrUtf16, napi_get_value_string_utf16, text16)

static napi_value MakeString(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value r;
  CHECK(napi_create_string_utf8(env, "a string made by native code", NAPI_AUTO_LENGTH, &r));
  return r;
}

// an options-object argument: three named properties read
static napi_value ObjectProps(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value obj, v;
  double sum = 0, d;
  static const char* names[] = {"x", "y", "z"};
  CHECK(napi_get_cb_info(env, info, &argc, &obj, NULL, NULL));
  for (int i = 0; i < 3; i++) {
    CHECK(napi_get_named_property(env, obj, names[i], &v));
    CHECK(napi_get_value_double(env, v, &d));
    sum += d;
  }
  return ret_double(env, sum);
}

static napi_value MakeObject(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg, obj;
  CHECK(napi_get_cb_info(env, info, &argc, &arg, NULL, NULL));
  CHECK(napi_create_object(env, &obj));
  CHECK(napi_set_named_property(env, obj, "x", arg));
  CHECK(napi_set_named_property(env, obj, "y", arg));
  CHECK(napi_set_named_property(env, obj, "z", arg));
  return obj;
}

// a Buffer / Uint8Array argument: its bytes read through the data pointer
static napi_value BufferSum(napi_env env, napi_callback_info info) {
  size_t argc = 1, len;
  napi_value arg;
  void* data;
  CHECK(napi_get_cb_info(env, info, &argc, &arg, NULL, NULL));
  CHECK(napi_get_buffer_info(env, arg, &data, &len));
  uint32_t sum = 0;
  for (size_t i = 0; i < len && i < 64; i++) sum += ((uint8_t*)data)[i];
  return ret_double(env, sum);
}

static napi_value TypedArraySum(napi_env env, napi_callback_info info) {
  size_t argc = 1, len, off;
  napi_value arg, ab;
  napi_typedarray_type type;
  void* data;
  CHECK(napi_get_cb_info(env, info, &argc, &arg, NULL, NULL));
  CHECK(napi_get_typedarray_info(env, arg, &type, &len, &data, &ab, &off));
  uint32_t sum = 0;
  for (size_t i = 0; i < len && i < 64; i++) sum += ((uint8_t*)data)[i];
  return ret_double(env, sum);
}

// a wrapped native object: new Counter(), counter.inc() unwraps per call
typedef struct { double count; } Counter;

static void CounterFinalize(napi_env env, void* data, void* hint) { (void)env; (void)hint; free(data); }

static napi_value CounterNew(napi_env env, napi_callback_info info) {
  napi_value self;
  CHECK(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  Counter* c = calloc(1, sizeof(Counter));
  CHECK(napi_wrap(env, self, c, CounterFinalize, NULL, NULL));
  return self;
}

static napi_value CounterInc(napi_env env, napi_callback_info info) {
  napi_value self;
  Counter* c;
  CHECK(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  CHECK(napi_unwrap(env, self, (void**)&c));
  return ret_double(env, ++c->count);
}

static napi_value RefCycle(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value obj;
  napi_ref ref;
  uint32_t count;
  CHECK(napi_get_cb_info(env, info, &argc, &obj, NULL, NULL));
  CHECK(napi_create_reference(env, obj, 1, &ref));
  CHECK(napi_reference_unref(env, ref, &count));
  CHECK(napi_delete_reference(env, ref));
  return ret_double(env, count);
}

static const napi_type_tag TAG = {0x1edf75a38336451dULL, 0xa5ed9ce2e4c00c38ULL};

static napi_value TagObject(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value obj;
  CHECK(napi_get_cb_info(env, info, &argc, &obj, NULL, NULL));
  CHECK(napi_type_tag_object(env, obj, &TAG));
  return obj;
}

static napi_value CheckTag(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value obj, r;
  bool ok;
  CHECK(napi_get_cb_info(env, info, &argc, &obj, NULL, NULL));
  CHECK(napi_check_object_type_tag(env, obj, &TAG, &ok));
  CHECK(napi_get_boolean(env, ok, &r));
  return r;
}

// async work: queue one, its complete callback calls back into JS
typedef struct { napi_async_work work; napi_ref cb; int value; } Job;

static void JobExecute(napi_env env, void* data) { (void)env; ((Job*)data)->value *= 2; }

static void JobComplete(napi_env env, napi_status status, void* data) {
  Job* j = data;
  napi_value cb, arg, global;
  if (status == napi_ok && napi_get_reference_value(env, j->cb, &cb) == napi_ok) {
    napi_create_int32(env, j->value, &arg);
    napi_get_global(env, &global);
    napi_call_function(env, global, cb, 1, &arg, NULL);
  }
  napi_delete_reference(env, j->cb);
  napi_delete_async_work(env, j->work);
  free(j);
}

static napi_value QueueWork(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2], name;
  Job* j = calloc(1, sizeof(Job));
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  CHECK(napi_get_value_int32(env, argv[0], &j->value));
  CHECK(napi_create_reference(env, argv[1], 1, &j->cb));
  CHECK(napi_create_string_utf8(env, "bench", NAPI_AUTO_LENGTH, &name));
  CHECK(napi_create_async_work(env, NULL, name, JobExecute, JobComplete, j, &j->work));
  CHECK(napi_queue_async_work(env, j->work));
  return NULL;
}

// threadsafe functions: T native threads each call the JS callback n times (blocking), then release
typedef struct { napi_threadsafe_function tsfn; int calls; int alone; pthread_t thread; } Producer;

static void CallJs(napi_env env, napi_value cb, void* context, void* data) {
  (void)context;
  (void)data;
  napi_value undefined;
  if (env == NULL) return;
  napi_get_undefined(env, &undefined);
  napi_call_function(env, undefined, cb, 0, NULL, NULL);
}

static void* Produce(void* arg) {
  Producer* p = arg;
  // one producer blocks; several call non-blocking and retry when full: node's blocking mode wakes one waiter per
  // pop, so several blocked producers can wait forever on node itself
  for (int i = 0; i < p->calls; i++)
    if (p->alone) napi_call_threadsafe_function(p->tsfn, NULL, napi_tsfn_blocking);
    else while (napi_call_threadsafe_function(p->tsfn, NULL, napi_tsfn_nonblocking) == napi_queue_full) sched_yield();
  napi_release_threadsafe_function(p->tsfn, napi_tsfn_release);
  return NULL;
}

typedef struct { int threads; Producer* producers; } Run;

static void RunFinalize(napi_env env, void* data, void* hint) {
  (void)env;
  (void)hint;
  Run* r = data;
  for (int i = 0; i < r->threads; i++) pthread_join(r->producers[i].thread, NULL);
  free(r->producers);
  free(r);
}

// tsfnRun(threads, callsPerThread, onCall): onCall runs threads * callsPerThread times; the tsfn is finalized after
static napi_value TsfnRun(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3], name;
  int32_t threads, calls;
  napi_threadsafe_function tsfn;
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  CHECK(napi_get_value_int32(env, argv[0], &threads));
  CHECK(napi_get_value_int32(env, argv[1], &calls));
  CHECK(napi_create_string_utf8(env, "bench-tsfn", NAPI_AUTO_LENGTH, &name));
  Run* r = calloc(1, sizeof(Run));
  r->threads = threads;
  r->producers = calloc(threads, sizeof(Producer));
  CHECK(napi_create_threadsafe_function(env, argv[2], NULL, name, 256, threads, r, RunFinalize, NULL, CallJs, &tsfn));
  for (int i = 0; i < threads; i++) {
    r->producers[i].tsfn = tsfn;
    r->producers[i].calls = calls;
    r->producers[i].alone = threads == 1;
    pthread_create(&r->producers[i].thread, NULL, Produce, &r->producers[i]);
  }
  return NULL;
}

#define FN(name, cb) {name, NULL, cb, NULL, NULL, NULL, napi_default, NULL}

NAPI_MODULE_INIT() {
  napi_property_descriptor desc[] = {
      FN("noop", Noop), FN("sumArgs", SumArgs), FN("strLatin1", StrLatin1), FN("strUtf8", StrUtf8),
      FN("strUtf16", StrUtf16), FN("makeString", MakeString), FN("objectProps", ObjectProps),
      FN("makeObject", MakeObject), FN("bufferSum", BufferSum), FN("typedArraySum", TypedArraySum),
      FN("refCycle", RefCycle), FN("tagObject", TagObject), FN("checkTag", CheckTag), FN("queueWork", QueueWork),
      FN("tsfnRun", TsfnRun),
  };
  napi_value counter;
  napi_property_descriptor methods[] = {FN("inc", CounterInc)};
  if (napi_define_properties(env, exports, sizeof(desc) / sizeof(desc[0]), desc) != napi_ok) return NULL;
  if (napi_define_class(env, "Counter", NAPI_AUTO_LENGTH, CounterNew, NULL, 1, methods, &counter) != napi_ok) return NULL;
  if (napi_set_named_property(env, exports, "Counter", counter) != napi_ok) return NULL;
  return exports;
}
