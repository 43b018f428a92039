/* Stands in for a V8/NAN addon: it needs a V8 C++ symbol (v8::Isolate::GetCurrent()) that only node provides. */
extern void* _ZN2v87Isolate10GetCurrentEv(void);
__attribute__((visibility("default"))) void* napi_jvm_test_v8(void) { return _ZN2v87Isolate10GetCurrentEv(); }
