// .env files as node 25 reads them: util.parseEnv's line rules, --env-file / --env-file-if-exists (order, the real
// environment winning, NODE_OPTIONS from a file, a missing file), process.loadEnvFile.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const cases = [
  'A=1', 'A = 1 ', ' export B=2', 'C="x\\ny"', "D='x\\ny'", 'E=`q`', 'F="multi\nline"', 'G=a # c', 'H="a # c"',
  'I=', 'J', '#K=1', 'L=a=b', 'M: 1', "N='unterminated", 'O="a"b"', 'P=1\r\nQ=2\rR=3', 'S= "  sp  " ', 'T=x\nT=y',
  'U.V-W=1', 'export  X=1', '   =y', 'Y="a\\\\nb"', "Z=''", 'AA=""', 'BB=`a\nb`', 'CC=a\\nb', 'DD="x" # c', 'EE= # c',
  'FF="unterminated\nGG=1', 'HH=1\n\n\nII=2', 'KEY WITH SPACE=1', 'JJ=\t1\t', 'KK="\'"', "LL='\"'", 'B=1\nA=2',
  '[s]\nX=1', 'export =1', 'A="x"#c\nB=2', 'É=1\nZ=2\nА=3', '',
];
for (const c of cases) console.log(JSON.stringify(c), '=>', JSON.stringify(util.parseEnv(c)));
console.log('parseEnv prototype:', Object.getPrototypeOf(util.parseEnv('A=1')));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'napi-env-file-'));
const write = (name, text) => { const p = path.join(dir, name); fs.writeFileSync(p, text); return p; };
const one = write('one.env', 'FROM_ONE=1\nSHARED=one\nFROM_ENV=file\n# comment\nQUOTED="a\\nb"\n');
const two = write('two.env', 'SHARED=two\nNODE_OPTIONS=--no-deprecation\n');
const show = 'console.log(JSON.stringify([process.env.FROM_ONE, process.env.SHARED, process.env.FROM_ENV, process.env.QUOTED,' +
  ' process.env.NODE_OPTIONS, process.noDeprecation]))';
const run = (args, env) => {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
  // the executable's name starts node's messages: only what follows it is compared
  const err = r.stderr.replace(process.execPath, 'EXEC').trim();
  console.log(args.map((a) => a.replace(dir, 'DIR')).join(' '), '->', r.status, r.stdout.trim(), err.replaceAll(dir, 'DIR'));
};
run([`--env-file=${one}`, '-e', show], {});
run(['--env-file', one, `--env-file=${two}`, '-e', show], { FROM_ENV: 'env' });
run([`--env-file=${two}`, '-e', show], { NODE_OPTIONS: '--pending-deprecation' });
run([`--env-file=${path.join(dir, 'missing.env')}`, '-e', show], {});
run([`--env-file-if-exists=${path.join(dir, 'missing.env')}`, `--env-file-if-exists=${one}`, '-e', show], {});
run([`--env-file=${dir}`, '-e', show], {});
run(['-e', show, '--', `--env-file=${one}`], {}); // after --: the script's argument, not read

process.chdir(dir);
write('.env', 'LOADED_DEFAULT=yes\nPATH=not-this\n');
process.loadEnvFile();
console.log('loadEnvFile()', process.env.LOADED_DEFAULT, process.env.PATH !== 'not-this');
process.loadEnvFile(one);
console.log('loadEnvFile(one)', process.env.FROM_ONE, process.env.QUOTED === 'a\nb');
try {
  process.loadEnvFile(path.join(dir, 'missing.env'));
} catch (e) {
  console.log('missing:', e.code, e.syscall);
}
fs.rmSync(dir, { recursive: true });
