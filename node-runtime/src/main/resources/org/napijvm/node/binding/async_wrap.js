// internalBinding('async_wrap') (async_wrap.cc, env.cc AsyncHooks): the async id fields and stack lib/internal/
// async_hooks.js reads and writes directly, and the native side of push/pop when the stack outgrows its array.
(function (binding, java, kit) {
  'use strict';
  const { kExecutionAsyncId, kTriggerAsyncId, kAsyncIdCounter, kDefaultTriggerAsyncId, kStackLength, kCheck } = binding.constants;
  const fields = binding.async_hook_fields, ids = binding.async_id_fields;
  ids[kAsyncIdCounter] = 1;
  ids[kDefaultTriggerAsyncId] = -1;
  fields[kCheck] = 1;
  let hooks = null, trampoline = null, promiseHooks = [undefined, undefined, undefined, undefined];
  const resources = binding.execution_async_resources;
  binding.setupHooks = (h) => { hooks = h; kit.asyncHooks = h; };
  binding.setCallbackTrampoline = (fn) => { trampoline = fn; kit.callbackTrampoline = fn; };
  binding.pushAsyncContext = (asyncId, triggerAsyncId, resource) => {
    const offset = fields[kStackLength];
    if (offset * 2 >= binding.async_ids_stack.length) {
      const grown = new Float64Array(binding.async_ids_stack.length * 2);
      grown.set(binding.async_ids_stack);
      binding.async_ids_stack = grown;
    }
    binding.async_ids_stack[2 * offset] = ids[kExecutionAsyncId];
    binding.async_ids_stack[2 * offset + 1] = ids[kTriggerAsyncId];
    fields[kStackLength] = offset + 1;
    ids[kExecutionAsyncId] = asyncId;
    ids[kTriggerAsyncId] = triggerAsyncId;
    resources[offset] = resource;
  };
  binding.popAsyncContext = (asyncId) => {
    const length = fields[kStackLength];
    if (length === 0) return false;
    if (fields[kCheck] > 0 && ids[kExecutionAsyncId] !== asyncId) {
      host().writeStderr(`Error: async hook stack has become corrupted (actual: ${ids[kExecutionAsyncId]}, expected: ${asyncId})\n`);
      host().exit(1);
    }
    const offset = length - 1;
    ids[kExecutionAsyncId] = binding.async_ids_stack[2 * offset];
    ids[kTriggerAsyncId] = binding.async_ids_stack[2 * offset + 1];
    fields[kStackLength] = offset;
    resources.length = offset;
    return offset > 0;
  };
  const host = () => kit.host;
  binding.executionAsyncResource = (index) => resources[index];
  binding.clearAsyncIdStack = () => {
    ids[kExecutionAsyncId] = 0;
    ids[kTriggerAsyncId] = 0;
    fields[kStackLength] = 0;
    resources.length = 0;
  };
  // destroy hooks run later, from the loop, as Node's DestroyAsyncIdsCallback
  const destroyQueue = [];
  binding.queueDestroyAsyncId = (asyncId) => {
    destroyQueue.push(asyncId);
    if (destroyQueue.length === 1) kit.setImmediateNative(() => {
      const list = destroyQueue.splice(0);
      for (const id of list) if (hooks && hooks.destroy) hooks.destroy(id);
    });
  };
  binding.registerDestroyHook = (obj, asyncId, destroyed) => {
    const registry = kit.destroyRegistry ??= new FinalizationRegistry((id) => binding.queueDestroyAsyncId(id));
    registry.register(obj, asyncId);
  };
  binding.setPromiseHooks = (init, before, after, resolve) => {
    promiseHooks = [init, before, after, resolve];
    java.setPromiseHooks(init, before, after, resolve);
  };
  binding.getPromiseHooks = () => promiseHooks;
})
