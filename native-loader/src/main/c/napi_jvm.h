/* napi-jvm: what the C trampoline and Java share: the native half of a napi_env (org.napijvm.graal.NativeEnv), the
 * fixed value slots, the callback info, the work arguments of async work. Java reads and writes these by offset;
 * napi_jvm_layout() (layout.c) reports every shared constant and offset by name, and Java checks them all at startup
 * (org.napijvm.graal.Layout) instead of trusting two copies to agree. */
#ifndef NAPI_JVM_H
#define NAPI_JVM_H
#define NAPI_EXPERIMENTAL /* declare all 160 functions: we export every one */
#include <js_native_api.h>
#include <node_api.h>
#include <stdint.h>
#include <stddef.h>

/* Fixed value slots: a napi_value is a slot index into the env's value stack (0 is never a valid handle). */
enum {
  NAPI_JVM_SLOT_UNDEFINED = 1,
  NAPI_JVM_SLOT_NULL = 2,
  NAPI_JVM_SLOT_FALSE = 3,
  NAPI_JVM_SLOT_TRUE = 4,
  NAPI_JVM_SLOT_GLOBAL = 5,
  NAPI_JVM_FIRST_FREE_SLOT = 6
};

/* Tag of an object slot not typed yet (Java stores `this` and object arguments untyped; classify() types them). */
#define NAPI_JVM_TAG_UNCLASSIFIED 0xFE

/* One entry per active native callback (napi_callback_info points at one). */
typedef struct napi_jvm_callinfo {
  int32_t base; /* slot of `this`; new.target at base+1 (undefined unless constructing); arguments from base+2 */
  int32_t argc; /* actual argument count */
  void* data;   /* the data pointer given when the function was created */
} napi_jvm_callinfo;

struct napi_env__ {
  int32_t id;                 /* index of the Java env in the JVM-wide registry */
  int32_t sp;                 /* first free value slot */
  int32_t capacity;           /* slots allocated in tags/vals */
  int32_t module_api_version; /* the addon's declared Node-API version */
  uint8_t* tags;              /* per slot: its napi_valuetype or NAPI_JVM_TAG_UNCLASSIFIED; slots tagged >= napi_string hold a Java object */
  double* vals;               /* per slot: the number (or 0/1 for booleans) */
  napi_extended_error_info last_error;
  const char* error_override; /* when set, napi_get_last_error_info reports this message instead of Node's table */
  char message_buf[256];      /* storage for messages written by Java */
  int32_t in_gc_finalizer;    /* 1 while an experimental-version module's finalizer runs "from the GC" */
  int32_t checks;             /* 1 in checked mode (--napi-checks): the fast paths ask Java (napi_jvm_internal.checked) */
};

/* Java upcalls that are not Node-API functions, filled in by Java before any addon loads. */
typedef struct napi_jvm_internal {
  int32_t (*grow)(napi_env env, int32_t needed); /* make room for `needed` slots; 0 on success */
  int32_t (*classify)(napi_env env, int32_t slot); /* napi_valuetype of an UNCLASSIFIED slot (stored); -1 on failure */
  /* checked mode only (env->checks): `what` is one of NAPI_JVM_CHECKED_*, `fn` the Node-API function asking; a misuse is
   * reported and the process aborted in Java (org.napijvm.graal.CheckedMode), so this returns only for correct use */
  int64_t (*checked)(napi_env env, const char* fn, int64_t handle, int32_t what);
  /* napi_fatal_error and the GC-state abort, before abort(): Java writes the diagnostic report if asked to
   * (--report-on-fatalerror); `frames` is the calling thread's native backtrace. NULL until Java binds it. */
  void (*fatal)(const char* location, size_t location_len, const char* message, size_t message_len, void** frames,
                int32_t frame_count);
} napi_jvm_internal;

/* napi_jvm_internal.checked's questions: the calling thread only (returns 0); the slot a napi_value names (-1 for
 * NULL); the napi_value of an existing slot; the napi_value of a slot just pushed by C; a call from a GC finalizer. */
enum {
  NAPI_JVM_CHECKED_THREAD = 0,
  NAPI_JVM_CHECKED_VALUE = 1,
  NAPI_JVM_CHECKED_HANDLE_OF = 2,
  NAPI_JVM_CHECKED_NEW_SLOT = 3,
  NAPI_JVM_CHECKED_GC_ACCESS = 4
};

extern napi_jvm_internal napi_jvm_internals;

/* napi_get_last_error_info's messages, by napi_status (filled by Java). */
#define NAPI_JVM_STATUS_COUNT (napi_cannot_run_js + 1)
extern const char* napi_jvm_error_messages[NAPI_JVM_STATUS_COUNT];

/* What async.c runs on a threadpool thread for napi_queue_async_work (written by Java after the uv_work_t). */
typedef struct napi_jvm_work_args {
  napi_async_execute_callback execute;
  napi_env env;
  void* data;
} napi_jvm_work_args;
extern void* napi_jvm_upcalls[];
extern const int32_t napi_jvm_symbol_count;

napi_status napi_jvm_unimplemented(napi_env env, const char* message);

static inline napi_status napi_jvm_clear_last_error(napi_env env) {
  env->last_error.error_code = napi_ok;
  env->last_error.engine_error_code = 0;
  env->last_error.engine_reserved = NULL;
  env->last_error.error_message = NULL;
  env->error_override = NULL;
  return napi_ok;
}

static inline napi_status napi_jvm_set_last_error(napi_env env, napi_status status) {
  env->last_error.error_code = status;
  env->last_error.engine_error_code = 0;
  env->last_error.engine_reserved = NULL;
  env->error_override = NULL;
  return status;
}

#define NAPI_JVM_CHECK_ENV(env) \
  do { if ((env) == NULL) return napi_invalid_arg; } while (0)

/* Node's CheckGCAccess: a finalizer run from the GC (experimental modules) may call only functions that take a
 * node_api_basic_env; anything else is a fatal error, as in Node. */
void napi_jvm_gc_access_fatal(napi_env env, const char* fn) __attribute__((noreturn));
#define NAPI_JVM_CHECK_GC_ACCESS(env) \
  do { if (__builtin_expect((env)->in_gc_finalizer != 0, 0)) napi_jvm_gc_access_fatal((env), __func__); } while (0)

/* Checked mode's report (Java composes the message): stderr, then abort as napi_fatal_error. */
void napi_jvm_checked_fatal(const char* message) __attribute__((noreturn));

#endif
