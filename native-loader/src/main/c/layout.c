/* Every constant and struct offset C and Java share, by name: napi_jvm_layout() reports them and Java compares them
 * with its own (org.napijvm.graal.Layout) before any addon loads, so that the two sides never silently disagree. The
 * Node and Node-API versions are checked against the headers the trampoline is built with. */
#include "napi_jvm.h"
#include <node_version.h>

typedef struct napi_jvm_fact {
  const char* name;
  int64_t value;
} napi_jvm_fact;

#define SIZE(T) {"sizeof " #T, (int64_t)sizeof(T)}
#define OFF(T, f) {#T "." #f, (int64_t)offsetof(T, f)}
#define VAL(x) {#x, (int64_t)(x)}

static const napi_jvm_fact facts[] = {
    /* the native half of a napi_env (NativeEnv) */
    SIZE(struct napi_env__),
    OFF(struct napi_env__, id),
    OFF(struct napi_env__, sp),
    OFF(struct napi_env__, capacity),
    OFF(struct napi_env__, module_api_version),
    OFF(struct napi_env__, tags),
    OFF(struct napi_env__, vals),
    OFF(struct napi_env__, last_error),
    OFF(struct napi_env__, error_override),
    OFF(struct napi_env__, message_buf),
    {"sizeof napi_env__.message_buf", (int64_t)sizeof(((struct napi_env__*)0)->message_buf)},
    OFF(struct napi_env__, in_gc_finalizer),
    OFF(struct napi_env__, checks),
    SIZE(napi_extended_error_info),
    OFF(napi_extended_error_info, error_message),
    OFF(napi_extended_error_info, engine_reserved),
    OFF(napi_extended_error_info, engine_error_code),
    OFF(napi_extended_error_info, error_code),
    SIZE(napi_jvm_callinfo),
    OFF(napi_jvm_callinfo, base),
    OFF(napi_jvm_callinfo, argc),
    OFF(napi_jvm_callinfo, data),
    /* the value stack */
    VAL(NAPI_JVM_SLOT_UNDEFINED),
    VAL(NAPI_JVM_SLOT_NULL),
    VAL(NAPI_JVM_SLOT_FALSE),
    VAL(NAPI_JVM_SLOT_TRUE),
    VAL(NAPI_JVM_SLOT_GLOBAL),
    VAL(NAPI_JVM_FIRST_FREE_SLOT),
    VAL(NAPI_JVM_TAG_UNCLASSIFIED),
    VAL(napi_undefined),
    VAL(napi_null),
    VAL(napi_boolean),
    VAL(napi_number),
    VAL(napi_string),
    VAL(napi_symbol),
    VAL(napi_object),
    VAL(napi_function),
    VAL(napi_external),
    VAL(napi_bigint),
    /* statuses */
    VAL(NAPI_JVM_STATUS_COUNT),
    VAL(napi_ok),
    VAL(napi_invalid_arg),
    VAL(napi_object_expected),
    VAL(napi_string_expected),
    VAL(napi_name_expected),
    VAL(napi_function_expected),
    VAL(napi_number_expected),
    VAL(napi_boolean_expected),
    VAL(napi_array_expected),
    VAL(napi_generic_failure),
    VAL(napi_pending_exception),
    VAL(napi_cancelled),
    VAL(napi_escape_called_twice),
    VAL(napi_handle_scope_mismatch),
    VAL(napi_callback_scope_mismatch),
    VAL(napi_queue_full),
    VAL(napi_closing),
    VAL(napi_bigint_expected),
    VAL(napi_date_expected),
    VAL(napi_arraybuffer_expected),
    VAL(napi_detachable_arraybuffer_expected),
    VAL(napi_would_deadlock),
    VAL(napi_no_external_buffers_allowed),
    VAL(napi_cannot_run_js),
    /* property descriptors and key collection (ObjectApi, ClassApi) */
    SIZE(napi_property_descriptor),
    OFF(napi_property_descriptor, utf8name),
    OFF(napi_property_descriptor, name),
    OFF(napi_property_descriptor, method),
    OFF(napi_property_descriptor, getter),
    OFF(napi_property_descriptor, setter),
    OFF(napi_property_descriptor, value),
    OFF(napi_property_descriptor, attributes),
    OFF(napi_property_descriptor, data),
    VAL(napi_writable),
    VAL(napi_enumerable),
    VAL(napi_configurable),
    VAL(napi_static),
    VAL(napi_key_include_prototypes),
    VAL(napi_key_own_only),
    VAL(napi_key_writable),
    VAL(napi_key_enumerable),
    VAL(napi_key_configurable),
    VAL(napi_key_skip_strings),
    VAL(napi_key_skip_symbols),
    VAL(napi_key_keep_numbers),
    VAL(napi_key_numbers_to_strings),
    /* typed arrays (BufferApi) */
    VAL(napi_int8_array),
    VAL(napi_uint8_array),
    VAL(napi_uint8_clamped_array),
    VAL(napi_int16_array),
    VAL(napi_uint16_array),
    VAL(napi_int32_array),
    VAL(napi_uint32_array),
    VAL(napi_float32_array),
    VAL(napi_float64_array),
    VAL(napi_bigint64_array),
    VAL(napi_biguint64_array),
    VAL(napi_float16_array),
    /* other structs Java reads or writes */
    SIZE(napi_type_tag),
    OFF(napi_type_tag, lower),
    OFF(napi_type_tag, upper),
    SIZE(napi_node_version),
    OFF(napi_node_version, major),
    OFF(napi_node_version, minor),
    OFF(napi_node_version, patch),
    OFF(napi_node_version, release),
    SIZE(napi_module),
    OFF(napi_module, nm_register_func),
    SIZE(napi_jvm_work_args),
    OFF(napi_jvm_work_args, execute),
    OFF(napi_jvm_work_args, env),
    OFF(napi_jvm_work_args, data),
    SIZE(napi_jvm_internal),
    OFF(napi_jvm_internal, grow),
    OFF(napi_jvm_internal, classify),
    OFF(napi_jvm_internal, checked),
    OFF(napi_jvm_internal, fatal),
    VAL(NAPI_JVM_CHECKED_THREAD),
    VAL(NAPI_JVM_CHECKED_VALUE),
    VAL(NAPI_JVM_CHECKED_HANDLE_OF),
    VAL(NAPI_JVM_CHECKED_NEW_SLOT),
    VAL(NAPI_JVM_CHECKED_GC_ACCESS),
    /* threadsafe function modes */
    VAL(napi_tsfn_nonblocking),
    VAL(napi_tsfn_blocking),
    VAL(napi_tsfn_release),
    VAL(napi_tsfn_abort),
    /* lengths and versions */
    {"NAPI_AUTO_LENGTH", (int64_t)(intptr_t)NAPI_AUTO_LENGTH},
    VAL(NAPI_VERSION_EXPERIMENTAL),
    VAL(NODE_MAJOR_VERSION),
    VAL(NODE_MINOR_VERSION),
    VAL(NODE_PATCH_VERSION),
    VAL(NODE_API_SUPPORTED_VERSION_MAX),
    VAL(NODE_API_DEFAULT_MODULE_API_VERSION),
};

/* Copies up to n facts into names/values; returns how many there are. */
int32_t napi_jvm_layout(const char** names, int64_t* values, int32_t n) {
  int32_t count = (int32_t)(sizeof(facts) / sizeof(facts[0]));
  for (int32_t i = 0; i < n && i < count; i++) {
    names[i] = facts[i].name;
    values[i] = facts[i].value;
  }
  return count;
}
