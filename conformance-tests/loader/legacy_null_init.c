/* A legacy registration (napi_module_register from a static constructor) whose napi_module has no register function:
 * node refuses it with "Module has no declared entry point." */
#include <node_api.h>

static napi_module null_module = {1, 0, __FILE__, NULL, "legacy_null_init", NULL, {0}};

__attribute__((constructor)) static void register_null(void) { napi_module_register(&null_module); }
