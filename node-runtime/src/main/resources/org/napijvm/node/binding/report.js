// internalBinding('report') (node_report_module.cc): the settings live in Java, per process (Node's
// per_process::cli_options); the report is made there too (DiagnosticReport), from the JS stack given here.
(function (binding, java, kit) {
  'use strict';
  const names = ['compact', 'excludeNetwork', 'excludeEnv', 'directory', 'filename', 'signal', 'onFatalError',
    'onSignal', 'onUncaughtException'];
  const get = (name) => java.settings()[names.indexOf(name)];
  const set = (name) => (v) => { java.setting(name, v); };
  binding.getCompact = () => get('compact'); binding.setCompact = set('compact');
  binding.getExcludeNetwork = () => get('excludeNetwork'); binding.setExcludeNetwork = set('excludeNetwork');
  binding.getExcludeEnv = () => get('excludeEnv'); binding.setExcludeEnv = set('excludeEnv');
  binding.getDirectory = () => get('directory'); binding.setDirectory = set('directory');
  binding.getFilename = () => get('filename'); binding.setFilename = set('filename');
  binding.getSignal = () => get('signal'); binding.setSignal = set('signal');
  binding.shouldReportOnFatalError = () => get('onFatalError'); binding.setReportOnFatalError = set('onFatalError');
  binding.shouldReportOnSignal = () => get('onSignal'); binding.setReportOnSignal = set('onSignal');
  binding.shouldReportOnUncaughtException = () => get('onUncaughtException');
  binding.setReportOnUncaughtException = set('onUncaughtException');

  // node_report.cc PrintJavaScriptErrorStack: the message is the stack's text before its first frame, the frames
  // trimmed; without an error object, the current stack under "No stack." (as node with no error given)
  function jsStack(error) {
    let text = error !== null && typeof error === 'object' && typeof error.stack === 'string' ? error.stack : undefined;
    let message;
    if (text === undefined) {
      text = new Error().stack.split('\n').slice(1).join('\n');
      message = 'No stack.';
    }
    const lines = text.split('\n');
    let first = lines.findIndex((l) => /^\s+at /.test(l));
    if (first < 0) first = lines.length;
    if (message === undefined) message = lines.slice(0, first).join('\n');
    const stack = lines.slice(first).map((l) => l.trim()).filter((l) => l !== '');
    // PrintJavaScriptErrorProperties: the error's own enumerable properties but its stack and message, as strings
    const props = {};
    if (error !== null && typeof error === 'object') {
      for (const key of Object.keys(error)) {
        if (key === 'stack' || key === 'message') continue;
        try { props[key] = typeof error[key] === 'string' ? error[key] : String(error[key]); } catch { props[key] = ''; }
      }
    }
    return [message, stack, props];
  }
  binding.getReport = (error) => java.report('JavaScript API', 'GetReport', ...jsStack(error));
  binding.writeReport = (event, trigger, file, error) =>
    java.writeReport(event, trigger, ...jsStack(error), typeof file === 'string' ? file : '');
})
