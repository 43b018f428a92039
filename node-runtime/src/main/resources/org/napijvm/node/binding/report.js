// internalBinding('report') (node_report.cc): the report's settings; getReport/writeReport are not here yet.
(function (binding, java, kit) {
  'use strict';
  const s = { compact: false, excludeNetwork: false, excludeEnv: false, directory: '', filename: '', signal: 'SIGUSR2',
    onFatalError: false, onSignal: false, onUncaughtException: false };
  binding.getCompact = () => s.compact; binding.setCompact = (v) => { s.compact = v; };
  binding.getExcludeNetwork = () => s.excludeNetwork; binding.setExcludeNetwork = (v) => { s.excludeNetwork = v; };
  binding.getExcludeEnv = () => s.excludeEnv; binding.setExcludeEnv = (v) => { s.excludeEnv = v; };
  binding.getDirectory = () => s.directory; binding.setDirectory = (v) => { s.directory = v; };
  binding.getFilename = () => s.filename; binding.setFilename = (v) => { s.filename = v; };
  binding.getSignal = () => s.signal; binding.setSignal = (v) => { s.signal = v; };
  binding.shouldReportOnFatalError = () => s.onFatalError; binding.setReportOnFatalError = (v) => { s.onFatalError = v; };
  binding.shouldReportOnSignal = () => s.onSignal; binding.setReportOnSignal = (v) => { s.onSignal = v; };
  binding.shouldReportOnUncaughtException = () => s.onUncaughtException;
  binding.setReportOnUncaughtException = (v) => { s.onUncaughtException = v; };
})
