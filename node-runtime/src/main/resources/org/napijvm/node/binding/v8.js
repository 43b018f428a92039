// internalBinding('v8') (node_v8.cc): heap statistics from the JVM's heap, the rest as V8 without snapshots.
(function (binding, java, kit) {
  'use strict';
  binding.cachedDataVersionTag = () => 0x6e617069; // stable per napi-jvm version: cached data is never accepted
  binding.setFlagsFromString = () => {};
  binding.updateHeapStatisticsBuffer = () => {
    const b = binding.heapStatisticsBuffer;
    const h = java ? java.heap() : [0, 0, 0], total = h[0], used = h[1], max = h[2];
    b[binding.kTotalHeapSizeIndex] = total;
    b[binding.kTotalPhysicalSizeIndex] = total;
    b[binding.kTotalAvailableSize] = max - used;
    b[binding.kUsedHeapSizeIndex] = used;
    b[binding.kHeapSizeLimitIndex] = max;
    b[binding.kNumberOfNativeContextsIndex] = 1;
  };
  binding.updateHeapCodeStatisticsBuffer = () => {};
  binding.updateHeapSpaceStatisticsBuffer = () => {};
  binding.getTotalAllocatedBytes = () => 0;
  binding.isStringOneByteRepresentation = (s) => !/[^\u0000-\u00ff]/.test(s);
  binding.getHashSeed = () => 0;
})
