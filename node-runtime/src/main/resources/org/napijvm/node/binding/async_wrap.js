// internalBinding('async_wrap') (async_wrap.cc, env.cc AsyncHooks): the async id fields and stack lib/internal/
// async_hooks.js reads and writes directly, the native side of push/pop when the stack outgrows its array, and what
// Node's C++ does with them for Node-API's async resources (api/hooks.cc, api/callback.cc; see napiHooks below).
(function (binding, java, kit) {
  'use strict';
  const { kExecutionAsyncId, kTriggerAsyncId, kAsyncIdCounter, kDefaultTriggerAsyncId, kStackLength, kCheck,
    kInit, kBefore, kAfter, kDestroy, kUsesExecutionAsyncResource } = binding.constants;
  const ReflectApply = Reflect.apply;
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
    // from JS (the stack outgrew its array) there is no resource: JS has already put it there
    if (resource !== undefined) resources[offset] = resource;
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
    if (destroyQueue.length === 1) setImmediateNative(() => {
      // DestroyAsyncIdsCallback: until the list stays empty (destroy hooks may destroy more)
      while (destroyQueue.length > 0) {
        const list = destroyQueue.splice(0);
        for (const id of list) if (hooks && hooks.destroy) hooks.destroy(id);
      }
    });
  };
  // env.cc SetImmediate(..., kUnrefed): the next check phase, before JS immediates
  const setImmediateNative = java.rawFunction('setImmediateNative');
  kit.setImmediateNative = setImmediateNative;
  binding.registerDestroyHook = (obj, asyncId, destroyed) => {
    const registry = kit.destroyRegistry ??= new FinalizationRegistry((id) => binding.queueDestroyAsyncId(id));
    registry.register(obj, asyncId);
  };
  const setPromiseHooks = java.rawFunction('setPromiseHooks');
  binding.setPromiseHooks = (init, before, after, resolve) => {
    promiseHooks = [init, before, after, resolve];
    setPromiseHooks(init, before, after, resolve);
  };
  binding.getPromiseHooks = () => promiseHooks;

  // Node-API's async resources, for napi-graal's AsyncResource: a context is {asyncId, triggerAsyncId, resource}
  const emitHook = (kind, name, asyncId) => { if (fields[kind] > 0 && hooks) hooks[name](asyncId); };
  java.rawFunction('setNapiHooks')({
    // api/hooks.cc EmitAsyncInit with AsyncWrap::EmitAsyncInit: a new id, the default trigger, the init hook
    init(resource, name) {
      const asyncId = ++ids[kAsyncIdCounter];
      let triggerAsyncId = ids[kDefaultTriggerAsyncId];
      if (triggerAsyncId < 0) triggerAsyncId = ids[kExecutionAsyncId];
      if (fields[kInit] > 0 && hooks) ReflectApply(hooks.init, resource, [asyncId, name, triggerAsyncId, resource]);
      return { asyncId, triggerAsyncId, resource };
    },
    // node::MakeCallback with async context {0, 0}: the receiver is the resource
    unmanaged: (resource) => ({ asyncId: 0, triggerAsyncId: 0, resource }),
    // InternalCallbackScope's constructor and Close (the ticks are napi-graal's, after this)
    enter(c) {
      binding.pushAsyncContext(c.asyncId, c.triggerAsyncId, c.resource);
      if (c.asyncId !== 0) emitHook(kBefore, 'before', c.asyncId);
    },
    exit(c, failed) {
      if (!failed && c.asyncId !== 0) emitHook(kAfter, 'after', c.asyncId);
      binding.popAsyncContext(c.asyncId);
    },
    // InternalMakeCallback: with async_hooks' trampoline installed the scope skips the hooks and the trampoline runs
    // them (and executionAsyncResource, and the domain of a {0, 0} callback) when any may be observed
    makeCallback(c, recv, fn, args) {
      const a = [];
      for (let i = 0; i < args.length; i++) a.push(args[i]);
      const skipHooks = trampoline != null;
      const useTrampoline = skipHooks &&
        fields[kBefore] + fields[kAfter] + fields[kUsesExecutionAsyncResource] > 0;
      binding.pushAsyncContext(c.asyncId, c.triggerAsyncId, c.resource);
      if (!skipHooks && c.asyncId !== 0) emitHook(kBefore, 'before', c.asyncId);
      let result;
      try {
        result = useTrampoline ? ReflectApply(trampoline, recv, [c.asyncId, c.resource, fn, ...a]) : ReflectApply(fn, recv, a);
      } catch (e) {
        binding.popAsyncContext(c.asyncId);
        throw e;
      }
      if (!skipHooks && c.asyncId !== 0) emitHook(kAfter, 'after', c.asyncId);
      binding.popAsyncContext(c.asyncId);
      return result;
    },
    // AsyncWrap::EmitDestroy
    destroy(c) {
      if (fields[kDestroy] > 0) binding.queueDestroyAsyncId(c.asyncId);
    },
  });
})
