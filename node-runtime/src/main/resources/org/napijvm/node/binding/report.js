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

  // node_report.cc PrintJavaScriptErrorStack: the stack's first line is the message, each later line that ends in a
  // newline a frame, left-trimmed (so the last line of a V8 stack is not listed, as in node); no "stack" when there
  // is no newline; "No stack." when the error is an object whose stack is not a string. `text`, when given, is the
  // stack as the uncaught-exception report prints it (its arrow, or a primitive's string).
  function jsStack(error, text) {
    const isObject = error !== null && (typeof error === 'object' || typeof error === 'function');
    if (text === undefined) {
      if (isObject) {
        try { text = error.stack; } catch { text = undefined; }
      } else {
        text = String(error);
      }
    }
    let message, stack = null;
    if (typeof text !== 'string') {
      message = 'No stack.';
      stack = ['Unavailable.'];
    } else {
      let nl = text.indexOf('\n');
      message = nl < 0 ? text : text.slice(0, nl);
      if (nl >= 0) {
        stack = [];
        let rest = text.slice(nl + 1);
        while ((nl = rest.indexOf('\n')) >= 0) {
          stack.push(rest.slice(0, nl).replace(/^\s+/, ''));
          rest = rest.slice(nl + 1);
        }
      }
    }
    // PrintJavaScriptErrorProperties: the error's own enumerable properties but its stack and message, as strings
    const props = {};
    if (isObject) {
      for (const key of Object.keys(error)) {
        if (key === 'stack' || key === 'message') continue;
        try { props[key] = typeof error[key] === 'string' ? error[key] : String(error[key]); } catch { props[key] = ''; }
      }
    }
    return [message, stack, props];
  }
  // node_errors.cc ReportFatalException under --report-uncaught-exception (bootstrap.js calls it after the stack)
  kit.writeUncaughtReport = (error, text) => {
    if (binding.shouldReportOnUncaughtException()) java.writeReport('Exception', 'Exception', ...jsStack(error, text), '');
  };
  binding.getReport = (error) => java.report('JavaScript API', 'GetReport', ...jsStack(error));
  binding.writeReport = (event, trigger, file, error) =>
    java.writeReport(event, trigger, ...jsStack(error), typeof file === 'string' ? file : '');
})
