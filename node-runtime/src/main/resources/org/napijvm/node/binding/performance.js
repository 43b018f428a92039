// internalBinding('performance') (node_perf.cc): the clock (uv_hrtime, as performance.now's origin), milestones,
// observer counts; GC tracking is not reported (no GC callbacks from the JVM are wired).
(function (binding, java, kit) {
  'use strict';
  const { NODE_PERFORMANCE_MILESTONE_TIME_ORIGIN, NODE_PERFORMANCE_MILESTONE_TIME_ORIGIN_TIMESTAMP,
    NODE_PERFORMANCE_MILESTONE_ENVIRONMENT, NODE_PERFORMANCE_MILESTONE_NODE_START,
    NODE_PERFORMANCE_MILESTONE_V8_START, NODE_PERFORMANCE_MILESTONE_LOOP_START,
    NODE_PERFORMANCE_MILESTONE_BOOTSTRAP_COMPLETE } = binding.constants;
  const ms = binding.milestones;
  const origin = java.hrtime(); // ns
  ms[NODE_PERFORMANCE_MILESTONE_TIME_ORIGIN] = origin;
  ms[NODE_PERFORMANCE_MILESTONE_TIME_ORIGIN_TIMESTAMP] = java.timeOriginTimestamp();
  ms[NODE_PERFORMANCE_MILESTONE_NODE_START] = java.processStart();
  ms[NODE_PERFORMANCE_MILESTONE_V8_START] = origin;
  ms[NODE_PERFORMANCE_MILESTONE_ENVIRONMENT] = origin;
  ms[NODE_PERFORMANCE_MILESTONE_LOOP_START] = -1;
  binding.now = () => (java.hrtime() - origin) / 1e6;
  binding.markBootstrapComplete = () => { ms[NODE_PERFORMANCE_MILESTONE_BOOTSTRAP_COMPLETE] = java.hrtime(); };
  kit.markLoopStart = () => { ms[NODE_PERFORMANCE_MILESTONE_LOOP_START] = java.hrtime(); };
  binding.loopIdleTime = () => 0;
  binding.setupObservers = () => {};
  binding.installGarbageCollectionTracking = () => {};
  binding.removeGarbageCollectionTracking = () => {};
  binding.notify = () => {};
  binding.uvMetricsInfo = () => [0, 0, 0];
})
