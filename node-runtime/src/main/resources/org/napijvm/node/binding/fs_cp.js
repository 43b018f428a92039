// The rest of internalBinding('fs') (called by fs.js, not a binding of its own): fs.cpSync's three native steps,
// which node 25 does in C++ with std::filesystem (node_file.cc CpSyncCheckPaths, CpSyncOverrideFile,
// CpSyncCopyDir), over the same libuv requests.
(function (binding, java, kit) {
  'use strict';
  const { isErr, pathStr } = kit.fs;
  const S_IFMT = 0o170000, S_IFDIR = 0o040000, S_IFLNK = 0o120000, S_IFSOCK = 0o140000, S_IFIFO = 0o010000;
  const S_IFREG = 0o100000, S_IFCHR = 0o020000, S_IFBLK = 0o060000;
  const type = (st) => st[1] & S_IFMT;
  const fail = (r, syscall, path, dest) => { throw kit.uvException(r, syscall, path, dest); };
  // node_errors.h: an Error with the code, the message formatted as C++ does
  const nodeError = (code, message) => {
    const e = new Error(message);
    e.code = code;
    return e;
  };
  const stat = (p, follow) => java.uvStat(undefined, p, !follow);
  const sameFile = (a, b) => a[0] === b[0] && a[7] === b[7]; // dev, ino
  const parentOf = (p) => {
    const i = p.lastIndexOf('/');
    return i < 0 ? '' : i === 0 ? '/' : p.slice(0, i);
  };

  binding.cpSyncCheckPaths = (src, dest, dereference, recursive) => {
    src = pathStr(src);
    dest = pathStr(dest);
    const srcSt = stat(src, dereference);
    if (isErr(srcSt)) fail(srcSt, 'cp', src);
    const destSt = stat(dest, dereference);
    const srcIsDir = type(srcSt) === S_IFDIR;
    if (!isErr(destSt)) {
      if (sameFile(srcSt, destSt)) throw nodeError('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`);
      const destIsDir = type(destSt) === S_IFDIR;
      if (srcIsDir && !destIsDir) {
        throw nodeError('ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`);
      }
      if (!srcIsDir && destIsDir) {
        throw nodeError('ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`);
      }
    }
    const srcSlash = src.endsWith('/') ? src : `${src}/`;
    if (srcIsDir && (dest === src || dest.startsWith(srcSlash))) {
      throw nodeError('ERR_FS_CP_EINVAL', `Cannot copy ${src} to a subdirectory of self ${dest}`);
    }
    // a parent of dest that is src itself (through links)
    for (let p = parentOf(dest); p && p !== parentOf(src) && p !== '/'; p = parentOf(p)) {
      const ps = stat(p, true);
      if (isErr(ps)) break;
      if (sameFile(ps, srcSt)) throw nodeError('ERR_FS_CP_EINVAL', `Cannot copy ${src} to a subdirectory of self ${dest}`);
    }
    if (srcIsDir && !recursive) {
      throw nodeError('ERR_FS_EISDIR', `Recursive option is required to copy a directory: ${src}`);
    }
    switch (type(srcSt)) {
      case S_IFSOCK: throw nodeError('ERR_FS_CP_SOCKET', `Cannot copy a socket file: ${dest}`);
      case S_IFIFO: throw nodeError('ERR_FS_CP_FIFO_PIPE', `Cannot copy a FIFO pipe: ${dest}`);
      case S_IFDIR: case S_IFREG: case S_IFLNK: case S_IFCHR: case S_IFBLK: break;
      default: throw nodeError('ERR_FS_CP_UNKNOWN', `Cannot copy an unknown file type: ${dest}`);
    }
  };

  function copyTimes(src, dest) {
    const st = stat(src, true);
    if (isErr(st)) fail(st, 'stat', src);
    const r = java.uvUtime(undefined, dest, st[10] + st[11] / 1e9, st[12] + st[13] / 1e9, 0);
    if (isErr(r)) fail(r, 'utime', dest);
  }
  function copyFile(src, dest, mode, preserveTimestamps) {
    const r = java.uvCopyfile(undefined, src, dest, mode | 0);
    if (isErr(r)) fail(r, 'copyfile', src, dest);
    if (preserveTimestamps) copyTimes(src, dest);
  }

  binding.cpSyncOverrideFile = (src, dest, mode, preserveTimestamps) => {
    src = pathStr(src);
    dest = pathStr(dest);
    const u = java.uvUnlink(undefined, dest);
    if (isErr(u)) fail(u, 'unlink', dest);
    copyFile(src, dest, mode, preserveTimestamps);
  };

  binding.cpSyncCopyDir = (src, dest, force, dereference, errorOnExist, verbatimSymlinks, preserveTimestamps) => {
    src = pathStr(src);
    dest = pathStr(dest);
    const copyDir = (from, to) => {
      const ds = stat(to, true);
      if (isErr(ds)) {
        const fromSt = stat(from, true);
        const r = java.uvMkdir(undefined, to, isErr(fromSt) ? 0o777 : fromSt[1] & 0o7777);
        if (isErr(r)) fail(r, 'mkdir', to);
      }
      const list = java.uvScandir(undefined, from, false);
      if (list.length === 1) fail(list[0], 'scandir', from);
      for (const name of list[0]) {
        const s = `${from}/${name}`, d = `${to}/${name}`;
        const st = stat(s, dereference);
        if (isErr(st)) fail(st, 'stat', s);
        const t = type(st);
        if (t === S_IFDIR) {
          copyDir(s, d);
        } else if (t === S_IFLNK) {
          let target = java.uvReadlink(undefined, s, false);
          if (isErr(target)) fail(target, 'readlink', s);
          if (!verbatimSymlinks && !target.startsWith('/')) {
            target = kit.loaders.require('path').resolve(from, target);
          }
          const existing = java.uvStat(undefined, d, true);
          if (!isErr(existing)) {
            if (type(existing) === S_IFLNK) {
              let cur = java.uvReadlink(undefined, d, false);
              if (!isErr(cur) && !cur.startsWith('/')) cur = kit.loaders.require('path').resolve(to, cur);
              const srcSlash = `${target}/`;
              if (!isErr(cur) && cur.startsWith(srcSlash)) {
                throw nodeError('ERR_FS_CP_EINVAL', `Cannot copy ${target} to a subdirectory of self ${cur}`);
              }
              if (!isErr(cur) && target.startsWith(`${cur}/`)) {
                throw nodeError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', `cannot overwrite ${cur} with ${target}`);
              }
            }
            const u = java.uvUnlink(undefined, d);
            if (isErr(u)) fail(u, 'unlink', d);
          }
          const r = java.uvSymlink(undefined, target, d, 0);
          if (isErr(r)) fail(r, 'symlink', target, d);
        } else {
          const exists = !isErr(java.uvStat(undefined, d, true));
          if (exists) {
            if (force) {
              const u = java.uvUnlink(undefined, d);
              if (isErr(u)) fail(u, 'unlink', d);
            } else if (errorOnExist) {
              const e = nodeError('ERR_FS_CP_EEXIST', `[ERR_FS_CP_EEXIST]: Target already exists: cp returned EEXIST (${d} already exists)`);
              throw e;
            } else {
              continue;
            }
          }
          copyFile(s, d, 0, preserveTimestamps);
        }
      }
    };
    copyDir(src, dest);
  };
})
