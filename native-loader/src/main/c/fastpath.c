/* The hand-written part of the trampoline: Node-API functions answered entirely in C from the env's value stack
 * (primitives, callback info, last error), so that the hot call path never crosses into Java for them, plus the
 * two functions that are not about an env (module registration, fatal error). Everything else is generated; the
 * layout Java checks is in layout.c. */
#define _GNU_SOURCE /* dladdr */
#include "napi_jvm.h"
#include <dlfcn.h>
#include <execinfo.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

napi_jvm_internal napi_jvm_internals;

/* Node's message per napi_status (src/js_native_api_v8.cc); written by Java from org.napijvm.core.Status, their one
 * source, before any addon loads. */
const char* napi_jvm_error_messages[NAPI_JVM_STATUS_COUNT];

/* Node's OnFatalError after its "FATAL ERROR" line: the diagnostic report (Java decides whether one is asked for),
 * then the native stack. */
static void fatal_report(const char* location, size_t location_len, const char* message, size_t message_len) {
  void* frames[64];
  int n = backtrace(frames, 64);
  if (napi_jvm_internals.fatal != NULL) napi_jvm_internals.fatal(location, location_len, message, message_len, frames, n);
  /* then, as Node's DumpNativeBacktrace: " N: 0xPC symbol [file]" per frame, this function's own left out */
  fputs("----- Native stack trace -----\n\n", stderr);
  for (int i = 1; i < n; i++) {
    Dl_info info;
    int found = dladdr(frames[i], &info);
    fprintf(stderr, "%2d: %p %s [%s]\n", i, frames[i], found && info.dli_sname ? info.dli_sname : "",
            found && info.dli_fname ? info.dli_fname : "");
  }
}

void napi_jvm_gc_access_fatal(napi_env env, const char* fn) {
  /* checked mode first names the function and the addon (Java prints the line and returns) */
  if (env->checks) napi_jvm_internals.checked(env, fn, 0, NAPI_JVM_CHECKED_GC_ACCESS);
  /* Node: v8impl::OnFatalError(nullptr, message) -> "FATAL ERROR: message" (no location), then abort */
  fflush(stdout);
  fputs("FATAL ERROR: Finalizer is calling a function that may affect GC state.\n"
        "The finalizers are run directly from GC and must not affect GC state.\n"
        "Use `node_api_post_finalizer` from inside of the finalizer to work around this issue.\n"
        "It schedules the call as a new task in the event loop.\n",
        stderr);
  fflush(stderr);
  static const char gc_message[] = "Finalizer is calling a function that may affect GC state.";
  fatal_report(NULL, 0, gc_message, sizeof gc_message - 1);
  fflush(stderr);
  abort();
}

void napi_jvm_checked_fatal(const char* message) {
  /* no native backtrace: glibc's unwinder stops at the JVM's frames, above the addon's (a debugger shows them) */
  fflush(stdout);
  fprintf(stderr, "%s\n", message);
  fflush(stderr);
  abort();
}

napi_status napi_jvm_unimplemented(napi_env env, const char* message) {
  if (env == NULL) return napi_generic_failure;
  napi_jvm_set_last_error(env, napi_generic_failure);
  env->error_override = message;
  return napi_generic_failure;
}

/* A napi_value names a live slot of the env's value stack. */
static inline int valid_slot(napi_env env, napi_value v) {
  uintptr_t s = (uintptr_t)v;
  return s != 0 && s < (uintptr_t)env->sp;
}
#define SLOT(v) ((int32_t)(uintptr_t)(v))
#define CHECK_ARG(env, arg) \
  do { if ((arg) == NULL) return napi_jvm_set_last_error((env), napi_invalid_arg); } while (0)

/* Checked mode (--napi-checks): handles are not bare slot numbers and the calling thread is checked, both in Java.
 * Off, each fast path pays one load and a branch predicted not taken. */
#define CHECKED(env) __builtin_expect((env)->checks != 0, 0)
#define CHECK_THREAD(env) \
  do { if (CHECKED(env)) napi_jvm_internals.checked((env), __func__, 0, NAPI_JVM_CHECKED_THREAD); } while (0)

/* The slot a napi_value names, or -1 (napi_invalid_arg) if it names none. */
static inline int32_t slot_of(napi_env env, napi_value v, const char* fn) {
  if (CHECKED(env)) return (int32_t)napi_jvm_internals.checked(env, fn, (int64_t)(uintptr_t)v, NAPI_JVM_CHECKED_VALUE);
  return valid_slot(env, v) ? SLOT(v) : -1;
}

/* The napi_value of a live slot. */
static inline napi_value handle_of(napi_env env, int32_t s, const char* fn) {
  if (CHECKED(env)) return (napi_value)(uintptr_t)napi_jvm_internals.checked(env, fn, s, NAPI_JVM_CHECKED_HANDLE_OF);
  return (napi_value)(uintptr_t)s;
}

/* The napi_valuetype of a live slot, asking Java for objects not typed yet (-1 if that failed). */
static inline int32_t tag_of(napi_env env, int32_t s) {
  uint8_t t = env->tags[s];
  return t == NAPI_JVM_TAG_UNCLASSIFIED ? napi_jvm_internals.classify(env, s) : (int32_t)t;
}

static inline napi_status push(napi_env env, uint8_t tag, double val, napi_value* result, const char* fn) {
  if (env->sp >= env->capacity && napi_jvm_internals.grow(env, env->sp + 1) != 0)
    return napi_jvm_set_last_error(env, napi_generic_failure);
  int32_t s = env->sp++;
  env->tags[s] = tag;
  env->vals[s] = val;
  *result = CHECKED(env) ? (napi_value)(uintptr_t)napi_jvm_internals.checked(env, fn, s, NAPI_JVM_CHECKED_NEW_SLOT)
                         : (napi_value)(uintptr_t)s;
  return napi_jvm_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_last_error_info(node_api_basic_env benv, const napi_extended_error_info** result) {
  napi_env env = (napi_env)benv;
  NAPI_JVM_CHECK_ENV(env);
  CHECK_THREAD(env);
  CHECK_ARG(env, result);
  napi_status code = env->last_error.error_code;
  env->last_error.error_message =
      env->error_override != NULL ? env->error_override
                                  : ((int)code >= 0 && code < NAPI_JVM_STATUS_COUNT ? napi_jvm_error_messages[code] : NULL);
  if (code == napi_ok) napi_jvm_clear_last_error(env);
  *result = &env->last_error;
  return napi_ok;
}

napi_status NAPI_CDECL napi_get_cb_info(napi_env env, napi_callback_info cbinfo, size_t* argc, napi_value* argv,
                                        napi_value* this_arg, void** data) {
  NAPI_JVM_CHECK_ENV(env); /* Node: CHECK_ENV only (basic-env in the symbol table) */
  CHECK_THREAD(env);
  CHECK_ARG(env, cbinfo);
  const napi_jvm_callinfo* ci = (const napi_jvm_callinfo*)cbinfo;
  if (argv != NULL) {
    CHECK_ARG(env, argc);
    size_t want = *argc, have = (size_t)ci->argc;
    if (CHECKED(env)) {
      for (size_t i = 0; i < want; i++)
        argv[i] = handle_of(env, i < have ? ci->base + 2 + (int32_t)i : NAPI_JVM_SLOT_UNDEFINED, __func__);
    } else {
      for (size_t i = 0; i < want; i++)
        argv[i] = (napi_value)(uintptr_t)(i < have ? (uintptr_t)(ci->base + 2 + (int32_t)i) : NAPI_JVM_SLOT_UNDEFINED);
    }
  }
  if (argc != NULL) *argc = (size_t)ci->argc;
  if (this_arg != NULL) *this_arg = handle_of(env, ci->base, __func__);
  if (data != NULL) *data = ci->data;
  return napi_jvm_clear_last_error(env);
}

napi_status NAPI_CDECL napi_typeof(napi_env env, napi_value value, napi_valuetype* result) {
  NAPI_JVM_CHECK_ENV(env);
  NAPI_JVM_CHECK_GC_ACCESS(env);
  int32_t s = slot_of(env, value, __func__);
  if (s < 0) return napi_jvm_set_last_error(env, napi_invalid_arg);
  CHECK_ARG(env, result);
  int32_t t = tag_of(env, s);
  if (t < 0) return napi_jvm_set_last_error(env, napi_generic_failure);
  *result = (napi_valuetype)t;
  return napi_jvm_clear_last_error(env);
}

#define GET_NUMBER(env, value, result, d)                                                       \
  NAPI_JVM_CHECK_ENV(env);                                                                      \
  NAPI_JVM_CHECK_GC_ACCESS(env);                                                                \
  int32_t s = slot_of(env, value, __func__);                                                    \
  if (s < 0) return napi_jvm_set_last_error(env, napi_invalid_arg);                             \
  CHECK_ARG(env, result);                                                                       \
  if (tag_of(env, s) != napi_number) return napi_jvm_set_last_error(env, napi_number_expected); \
  double d = env->vals[s]

/* ECMAScript ToUint32 of a finite double (V8's DoubleToInt32 / DoubleToUint32). */
static inline uint32_t to_uint32(double d) {
  if (!isfinite(d)) return 0;
  if (d >= -2147483648.0 && d < 4294967296.0) return (uint32_t)(int64_t)d;
  double m = fmod(trunc(d), 4294967296.0);
  if (m < 0) m += 4294967296.0;
  return (uint32_t)m;
}

napi_status NAPI_CDECL napi_get_value_double(napi_env env, napi_value value, double* result) {
  GET_NUMBER(env, value, result, d);
  *result = d;
  return napi_jvm_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_value_int32(napi_env env, napi_value value, int32_t* result) {
  GET_NUMBER(env, value, result, d);
  *result = (int32_t)to_uint32(d);
  return napi_jvm_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_value_uint32(napi_env env, napi_value value, uint32_t* result) {
  GET_NUMBER(env, value, result, d);
  *result = to_uint32(d);
  return napi_jvm_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_value_int64(napi_env env, napi_value value, int64_t* result) {
  GET_NUMBER(env, value, result, d);
  /* Node: non-finite -> 0; otherwise V8's saturating NumberToInt64 */
  if (!isfinite(d)) *result = 0;
  else if (d >= 9223372036854775808.0) *result = INT64_MAX;
  else if (d <= -9223372036854775808.0) *result = INT64_MIN;
  else *result = (int64_t)d;
  return napi_jvm_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_value_bool(napi_env env, napi_value value, bool* result) {
  NAPI_JVM_CHECK_ENV(env);
  NAPI_JVM_CHECK_GC_ACCESS(env);
  int32_t s = slot_of(env, value, __func__);
  if (s < 0) return napi_jvm_set_last_error(env, napi_invalid_arg);
  CHECK_ARG(env, result);
  if (tag_of(env, s) != napi_boolean) return napi_jvm_set_last_error(env, napi_boolean_expected);
  *result = env->vals[s] != 0;
  return napi_jvm_clear_last_error(env);
}

napi_status NAPI_CDECL napi_create_double(napi_env env, double value, napi_value* result) {
  NAPI_JVM_CHECK_ENV(env);
  NAPI_JVM_CHECK_GC_ACCESS(env);
  CHECK_THREAD(env);
  CHECK_ARG(env, result);
  return push(env, napi_number, value, result, __func__);
}

napi_status NAPI_CDECL napi_create_int32(napi_env env, int32_t value, napi_value* result) {
  NAPI_JVM_CHECK_ENV(env);
  NAPI_JVM_CHECK_GC_ACCESS(env);
  CHECK_THREAD(env);
  CHECK_ARG(env, result);
  return push(env, napi_number, (double)value, result, __func__);
}

napi_status NAPI_CDECL napi_create_uint32(napi_env env, uint32_t value, napi_value* result) {
  NAPI_JVM_CHECK_ENV(env);
  NAPI_JVM_CHECK_GC_ACCESS(env);
  CHECK_THREAD(env);
  CHECK_ARG(env, result);
  return push(env, napi_number, (double)value, result, __func__);
}

napi_status NAPI_CDECL napi_create_int64(napi_env env, int64_t value, napi_value* result) {
  NAPI_JVM_CHECK_ENV(env);
  NAPI_JVM_CHECK_GC_ACCESS(env);
  CHECK_THREAD(env);
  CHECK_ARG(env, result);
  return push(env, napi_number, (double)value, result, __func__);
}

static inline napi_status fixed(napi_env env, int32_t slot, napi_value* result, const char* fn) {
  NAPI_JVM_CHECK_ENV(env);
  if (__builtin_expect(env->in_gc_finalizer != 0, 0)) napi_jvm_gc_access_fatal(env, fn);
  CHECK_ARG(env, result);
  *result = handle_of(env, slot, fn);
  return napi_jvm_clear_last_error(env);
}

napi_status NAPI_CDECL napi_get_undefined(napi_env env, napi_value* result) { return fixed(env, NAPI_JVM_SLOT_UNDEFINED, result, __func__); }
napi_status NAPI_CDECL napi_get_null(napi_env env, napi_value* result) { return fixed(env, NAPI_JVM_SLOT_NULL, result, __func__); }
napi_status NAPI_CDECL napi_get_global(napi_env env, napi_value* result) { return fixed(env, NAPI_JVM_SLOT_GLOBAL, result, __func__); }
napi_status NAPI_CDECL napi_get_boolean(napi_env env, bool value, napi_value* result) {
  return fixed(env, value ? NAPI_JVM_SLOT_TRUE : NAPI_JVM_SLOT_FALSE, result, __func__);
}

/* Legacy registration: the addon's static constructor calls this during dlopen; the loader collects it after. */
static __thread napi_module* pending_module;

void NAPI_CDECL napi_module_register(napi_module* mod) { pending_module = mod; }

napi_module* napi_jvm_take_registered_module(void) {
  napi_module* m = pending_module;
  pending_module = NULL;
  return m;
}

void NAPI_CDECL napi_fatal_error(const char* location, size_t location_len, const char* message, size_t message_len) {
  /* as Node: "FATAL ERROR: <location> <message>", then abort */
  if (location_len == NAPI_AUTO_LENGTH) location_len = location ? strlen(location) : 0;
  if (message_len == NAPI_AUTO_LENGTH) message_len = message ? strlen(message) : 0;
  fflush(stdout);
  fprintf(stderr, "FATAL ERROR: %.*s %.*s\n", (int)location_len, location ? location : "", (int)message_len,
          message ? message : "");
  fflush(stderr);
  fatal_report(location, location_len, message, message_len);
  fflush(stderr);
  abort();
}
