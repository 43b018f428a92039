// references/binding.c compiled for Node-API version 10: the module API version is 10, so any value may be
// referenced (primitives are dropped when their count reaches 0).
#define NAPI_VERSION 10
#include "../references/binding.c"
