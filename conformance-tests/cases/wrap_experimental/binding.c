// wrap/binding.c compiled for the experimental module API version: Node runs finalizers straight from the GC
// (synchronously inside gc()), before any JS runs again.
#pragma GCC diagnostic ignored "-Wcpp"
#define NAPI_EXPERIMENTAL
#define NODE_API_EXPERIMENTAL_BASIC_ENV_OPT_OUT
#include "../wrap/binding.c"
