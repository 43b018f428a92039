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
  // node_report.cc's report, with what napi-jvm knows: header, JS stack, resource usage, environment, libraries
  function report(event, trigger, error) {
    const os = kit.loaders.require('os');
    const now = new Date();
    const ru = process.resourceUsage();
    const info = os.userInfo ? (() => { try { return os.userInfo(); } catch { return {}; } })() : {};
    const stack = error && typeof error.stack === 'string' ? error.stack.split('\n') : new Error().stack.split('\n').slice(1);
    return {
      header: {
        reportVersion: 5, event, trigger, filename: null,
        dumpEventTime: now.toISOString(), dumpEventTimeStamp: `${now.getTime()}`,
        processId: process.pid, threadId: 0, cwd: process.cwd(),
        commandLine: [process.argv0 || process.execPath, ...process.execArgv, ...process.argv.slice(1)],
        nodejsVersion: process.version, glibcVersionRuntime: java.glibcVersionRuntime(), glibcVersionCompiler: java.glibcVersionRuntime(),
        wordSize: 64, arch: process.arch, platform: process.platform, componentVersions: { ...process.versions },
        release: { ...process.release }, osName: os.type(), osRelease: os.release(), osVersion: os.version ? os.version() : '',
        osMachine: os.machine ? os.machine() : 'x86_64',
        cpus: os.cpus().map((c) => ({ model: c.model, speed: c.speed, user: c.times.user, nice: c.times.nice, sys: c.times.sys, idle: c.times.idle, irq: c.times.irq })),
        networkInterfaces: [], host: os.hostname(),
      },
      javascriptStack: { message: error ? `${error}` : 'No stack.', stack: stack.map((l) => l.trim()) },
      javascriptHeap: { totalMemory: process.memoryUsage().heapTotal, usedMemory: process.memoryUsage().heapUsed, heapSpaces: {} },
      nativeStack: [],
      resourceUsage: { userCpuSeconds: ru.userCPUTime / 1e6, kernelCpuSeconds: ru.systemCPUTime / 1e6, maxRss: ru.maxRSS * 1024,
        pageFaults: { IORequired: ru.majorPageFault, IONotRequired: ru.minorPageFault },
        fsActivity: { reads: ru.fsRead, writes: ru.fsWrite } },
      libuv: [], workers: [],
      environmentVariables: s.excludeEnv ? undefined : { ...process.env },
      userLimits: {},
      sharedObjects: Array.from(java.sharedObjects()),
    };
  }
  binding.getReport = (error) => JSON.stringify(report('JavaScript API', 'GetReport', error));
  binding.writeReport = (event, trigger, file, error) => {
    const json = JSON.stringify(report(event, trigger, error), null, 2);
    const name = file || `report.${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}.${process.pid}.0.001.json`;
    const target = name === 'stdout' || name === 'stderr' ? name : kit.loaders.require('path').resolve(s.directory || process.cwd(), name);
    if (target === 'stdout') process._rawDebug(json); else if (target === 'stderr') process._rawDebug(json);
    else kit.loaders.require('fs').writeFileSync(target, json + '\n');
    return target;
  };
})
