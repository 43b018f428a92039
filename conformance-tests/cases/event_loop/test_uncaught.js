'use strict';
// An exception thrown by a timer or immediate callback goes to process.on('uncaughtException') listeners; the loop
// goes on.
const seen = [];
process.on('uncaughtException', (e, origin) => seen.push('caught ' + e.message + ' ' + origin));
process.on('exit', (code) => console.log(seen.join('\n') + '\nexit ' + code));
setTimeout(() => { throw new Error('from timeout'); }, 1);
setTimeout(() => seen.push('next timer runs'), 20);
setTimeout(() => {
  setImmediate(() => { throw new Error('from immediate'); });
  setImmediate(() => seen.push('next immediate runs'));
  process.nextTick(() => { throw new Error('from nextTick'); });
}, 40);
