/* A shared library that is not a Node-API module at all. */
__attribute__((visibility("default"))) int napi_jvm_test_nothing(void) { return 0; }
