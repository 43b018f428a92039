// Node's permission model in internalBinding('fs') and ('fs_dir') (node_file.cc THROW_IF_INSUFFICIENT_PERMISSIONS
// and CheckOpenPermissions), installed by fs.js only under --permission: each binding call that names a path checks
// it first. Refused, a synchronous call throws ERR_ACCESS_DENIED, an FSReqCallback gets it in oncomplete at once and
// a promise rejects with it (node's AsyncThrowAccessDenied). Calls node leaves unchecked in C++ stay so: lstat (its
// lib checks fs.lstat itself), realpath, internalModuleStat, symlink (the lib asks for full access), fd calls.
(function (fs, fsDir, permission, kit) {
  'use strict';
  const { pathStr } = kit.fs;
  const { kUsePromises } = fs;
  const R = 'fs.read', W = 'fs.write';
  const NAME = { 'fs.read': 'FileSystemRead', 'fs.write': 'FileSystemWrite' };
  const O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0o100, O_TRUNC = 0o1000, O_APPEND = 0o2000;
  // the error for `path` under `scope`, or undefined when allowed
  const check = (scope, path) => {
    if (typeof path === 'number') return undefined; // an fd: checked when it was opened
    const p = pathStr(path);
    if (permission.has(scope, p)) return undefined;
    kit.publishDenied(NAME[scope], p);
    return kit.accessDenied(NAME[scope], p);
  };
  // CheckOpenPermissions: read unless write-only; write unless read-only without write side effects
  const checkOpen = (path, flags) => {
    const rw = flags & (O_WRONLY | O_RDWR);
    return (rw !== O_WRONLY ? check(R, path) : undefined) ??
      (rw !== 0 || (flags & (O_APPEND | O_CREAT | O_TRUNC)) !== 0 ? check(W, path) : undefined);
  };
  const refuse = (req, err) => {
    if (req === undefined) throw err;
    if (req === kUsePromises) return Promise.reject(err);
    req.oncomplete(err);
    return undefined;
  };
  // binding[name] checks `checks(args)` (an error or undefined) first; args[reqAt] is the request (-1: none)
  const guard = (binding, name, reqAt, checks) => {
    const call = binding[name];
    binding[name] = { [name](...args) {
      const err = checks(args);
      return err === undefined ? call.apply(this, args) : refuse(reqAt < 0 ? undefined : args[reqAt], err);
    } }[name];
  };
  const on = (...spec) => (args) => {
    for (let i = 0; i < spec.length; i += 2) {
      const err = check(spec[i + 1], args[spec[i]]);
      if (err !== undefined) return err;
    }
    return undefined;
  };
  for (const [name, reqAt, scope] of [['access', 2, R], ['stat', 2, R], ['statfs', 2, R], ['readdir', 3, R],
    ['readlink', 2, R], ['unlink', 1, W], ['rmdir', 1, W], ['mkdir', 3, W], ['chmod', 2, W], ['chown', 3, W],
    ['lchown', 3, W], ['utimes', 3, W], ['lutimes', 3, W]]) guard(fs, name, reqAt, on(0, scope));
  guard(fs, 'existsSync', -1, on(0, R));
  guard(fs, 'getFormatOfExtensionlessFile', -1, on(0, R));
  guard(fs, 'rmSync', -1, on(0, W));
  guard(fs, 'rename', 2, on(0, R, 0, W, 1, W));
  guard(fs, 'link', 2, on(0, R, 1, W));
  guard(fs, 'copyFile', 3, on(0, R, 1, W));
  for (const name of ['cpSyncCheckPaths', 'cpSyncOverrideFile', 'cpSyncCopyDir']) guard(fs, name, -1, on(0, R, 1, W));
  guard(fs, 'mkdtemp', 2, (args) => check(W, typeof args[0] === 'string' ? `${args[0]}XXXXXX` : args[0]));
  guard(fs, 'open', 3, (args) => checkOpen(args[0], args[1]));
  guard(fs, 'openFileHandle', 3, (args) => checkOpen(args[0], args[1]));
  guard(fs, 'readFileUtf8', -1, (args) => checkOpen(args[0], args[1]));
  guard(fsDir, 'opendir', 2, on(0, R));
  const start = fs.StatWatcher.prototype.start;
  fs.StatWatcher.prototype.start = function (path, interval) {
    const err = check(R, path);
    if (err !== undefined) throw err;
    return start.call(this, path, interval);
  };
})
