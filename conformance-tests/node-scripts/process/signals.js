// process.on(signal) over signal_wrap: a handler runs on the loop; removing the last listener stops the handle
'use strict';
let n = 0;
const keep = setTimeout(() => console.log('timed out'), 120000);
process.on('SIGUSR2', (name, num) => {
  console.log('got', name, num, ++n);
  if (n === 2) {
    process.removeAllListeners('SIGUSR2');
    clearTimeout(keep);
    console.log('done', process.listenerCount('SIGUSR2'));
  } else {
    process.kill(process.pid, 'SIGUSR2');
  }
});
process.on('SIGHUP', () => console.log('never'));
process.kill(process.pid, 'SIGUSR2');
