// A V8 addon in miniature: it needs one of node's C++ symbols (v8::Isolate::GetCurrent()), which napi-jvm has not.
#include <node_api.h>

extern void* _ZN2v87Isolate10GetCurrentEv(void);

NAPI_MODULE_INIT() {
  return _ZN2v87Isolate10GetCurrentEv() ? exports : NULL;
}
