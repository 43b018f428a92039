// fs.promises: the binding's promise mode, FileHandle, opendir and errors as rejections.
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');
const os = require('os');
(async () => {
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'napi-jvm-fs-p-'));
  const rel = (s) => `${s}`.split(root).join('<tmp>');
  const f = path.join(root, 'a.txt');
  await fsp.writeFile(f, 'promised\n');
  await fsp.appendFile(f, 'more\n');
  console.log(JSON.stringify(await fsp.readFile(f, 'utf8')));
  const h = await fsp.open(f, 'r+');
  console.log(typeof h.fd, (await h.stat()).size);
  const { bytesRead, buffer } = await h.read(Buffer.alloc(4), 0, 4, 0);
  console.log(bytesRead, buffer.toString());
  console.log((await h.write('PRO', 0)).bytesWritten);
  console.log(JSON.stringify(await h.readFile({ encoding: 'utf8' })));
  await h.truncate(3);
  await h.close();
  console.log(JSON.stringify(await fsp.readFile(f, 'utf8')));
  try {
    await fsp.readFile(path.join(root, 'missing'));
  } catch (e) {
    console.log(e.name, rel(e.message), e.code, e.errno, e.syscall, rel(e.path));
  }
  try {
    await fsp.mkdir(root);
  } catch (e) {
    console.log(e.code, e.syscall, rel(e.message));
  }
  console.log(rel(await fsp.mkdir(path.join(root, 'p', 'q'), { recursive: true })));
  await fsp.symlink('a.txt', path.join(root, 'l'));
  console.log(await fsp.readlink(path.join(root, 'l')), (await fsp.lstat(path.join(root, 'l'))).isSymbolicLink());
  console.log(await fsp.readdir(root), (await fsp.readdir(root, { withFileTypes: true })).map((d) => d.name + d.isDirectory()));
  console.log((await fsp.stat(f, { bigint: true })).size, await fsp.stat(path.join(root, 'nope'), { throwIfNoEntry: false }).catch((e) => e.code));
  await fsp.access(f);
  await fsp.chmod(f, 0o600);
  console.log(((await fsp.stat(f)).mode & 0o777).toString(8));
  await fsp.utimes(f, 100, 200);
  console.log((await fsp.stat(f)).mtimeMs);
  const names = [];
  for await (const d of await fsp.opendir(root)) names.push(d.name);
  console.log(names.sort());
  await fsp.rename(f, path.join(root, 'p', 'moved'));
  await fsp.copyFile(path.join(root, 'p', 'moved'), path.join(root, 'copied'));
  await fsp.unlink(path.join(root, 'copied'));
  await fsp.rm(root, { recursive: true });
  console.log('removed', fs.existsSync(root));
})();
