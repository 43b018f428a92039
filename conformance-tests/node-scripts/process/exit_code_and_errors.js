// args: -- a b
// process.argv, exitCode, 'exit', an uncaught exception handled by 'uncaughtException', and exit codes.
console.log(process.argv.slice(2), typeof process.env.PATH, process.version, process.platform, process.arch);
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin));
process.on('exit', (c) => console.log('exit', c, process.exitCode));
setTimeout(() => { throw new Error('later'); }, 1);
process.exitCode = 3;
