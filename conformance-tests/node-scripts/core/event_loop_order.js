// nextTick before promises before timers and immediates, and 'exit' last, in Node's order.
console.log('sync'); // first: napi-jvm's first console.log loads stdout's stream (slow), before any timer starts
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout 1000'), 1000); // long: start-up must not outlast it
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('microtask'));
setTimeout(() => { console.log('timeout 200'); process.nextTick(() => console.log('tick in timeout')); }, 200);
const t = setInterval(() => { console.log('interval'); clearInterval(t); }, 500);
setTimeout(() => {}, 100000).unref();
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (c) => console.log('exit', c));
