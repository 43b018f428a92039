// Event names that are Object.prototype's keys are ordinary events, on process too: node's constants groups
// (os.constants.signals, errno, ...) have null prototypes, so process.on('__proto__') is not taken for a signal.
const os = require('os');
const fs = require('fs');
for (const [name, o] of Object.entries({ os: os.constants, signals: os.constants.signals, errno: os.constants.errno,
  priority: os.constants.priority, dlopen: os.constants.dlopen, fs: fs.constants })) {
  console.log(name, Object.getPrototypeOf(o), o.toString, o.__proto__, 'SIGINT' in o);
}
for (const event of ['__proto__', 'toString', 'hasOwnProperty', 'constructor']) {
  process.on(event, (v) => console.log('got', event, v));
  process.emit(event, 1);
  console.log(event, process.listenerCount(event));
  process.removeAllListeners(event);
}
