// internalBinding('async_context_frame'): V8's continuation-preserved embedder data (AsyncContextFrame): the
// frame current when a promise reaction is queued is current again when it runs (GraalJS's async context).
(function (binding, java, kit) {
  'use strict';
  let data;
  binding.getContinuationPreservedEmbedderData = () => data;
  binding.setContinuationPreservedEmbedderData = (d) => { data = d; };
})
