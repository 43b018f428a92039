// internalBinding('profiler'): no V8 coverage or CPU profiles (NODE_V8_COVERAGE is not honoured).
(function (binding, java, kit) {
  'use strict';
  binding.setCoverageDirectory = () => {};
  binding.setSourceMapCacheGetter = () => {};
})
