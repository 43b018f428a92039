// process.on(signal) over signal_wrap: a handler runs on the loop; the listener keeps nothing alive by itself
'use strict';
let n = 0;
process.on('SIGUSR2', (name, num) => {
  console.log('got', name, num, ++n);
  if (n === 2) process.removeAllListeners('SIGUSR2');
  else process.kill(process.pid, 'SIGUSR2');
});
process.on('SIGHUP', () => console.log('never'));
process.kill(process.pid, 'SIGUSR2');
setTimeout(() => console.log('done', n), 1500);
