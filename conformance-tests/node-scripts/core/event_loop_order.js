// nextTick before promises before timers and immediates, and 'exit' last, in Node's order.
console.log('sync'); // first: napi-jvm's first console.log loads stdout's stream (slow), before any timer starts
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout 3000'), 3000); // long timers: a slow start must not outlast them
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('microtask'));
setTimeout(() => { console.log('timeout 1500'); process.nextTick(() => console.log('tick in timeout')); }, 1500);
const t = setInterval(() => { console.log('interval'); clearInterval(t); }, 2200);
setTimeout(() => {}, 100000).unref();
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (c) => console.log('exit', c));
