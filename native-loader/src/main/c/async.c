/* napi-jvm: the C half of async work (napi_queue_async_work). libuv runs this on a threadpool thread; it calls the
 * addon's execute callback directly, so that no Java (and never JS) runs there. The uv_work_t's data field points at
 * {execute, env, data}, written by Java (org.napijvm.graal.AsyncWorkApi.Work). */
#include "napi_jvm.h"

__attribute__((visibility("default"))) void napi_jvm_work_execute(void* req) {
  napi_jvm_work_args* w = *(napi_jvm_work_args**)req; /* uv_req_t: `void* data` is the first field */
  w->execute(w->env, w->data);
}
