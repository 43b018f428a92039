// internalBinding('fs_dir') (node_dir.cc): DirHandle over libuv's uv_fs_opendir/readdir/closedir, in node's modes
// (synchronous, FSReqCallback, kUsePromises) through the fs binding's JS half.
(function (binding, java, kit) {
  'use strict';
  kit.getInternalBinding('fs'); // its JS half sets kit.fs
  const { java: fs, perform, decodeName } = kit.fs;
  const kDir = Symbol('kDir');
  const DIRENT_SIZE = 16; // sizeof(uv_dirent_t)
  const onCollect = new FinalizationRegistry((dir) => {
    fs.uvClosedir(undefined, dir);
  });
  class DirHandle {
    constructor(dir) {
      this[kDir] = dir;
      this.ents = 0;
      this.entsSize = 0;
      onCollect.register(this, dir, this);
    }
    // [name, type, name, type, ...] of up to bufferSize entries, null at the end
    read(encoding, bufferSize, req) {
      const n = bufferSize > 0 ? bufferSize : 32;
      if (this.entsSize < n) {
        if (this.ents) fs.freeMemory(this.ents);
        this.ents = fs.allocMemory(n * DIRENT_SIZE);
        this.entsSize = n;
      }
      return perform(req, 'scandir', undefined, undefined,
        (cb) => fs.uvReaddir(cb, this[kDir], this.ents, n, !kit.fs.isUtf8(encoding)), (r) => {
          const names = r[0], types = r[1];
          if (names.length === 0) return null;
          const out = [];
          for (let i = 0; i < names.length; i++) out.push(decodeName(names[i], encoding), types[i]);
          return out;
        });
    }
    close(req) {
      const dir = this[kDir];
      onCollect.unregister(this);
      const ents = this.ents;
      this.ents = 0;
      return perform(req, 'closedir', undefined, undefined, (cb) => fs.uvClosedir(cb, dir), () => {
        if (ents) fs.freeMemory(ents);
        return undefined;
      });
    }
  }
  binding.DirHandle = DirHandle;
  binding.opendir = (path, encoding, req) =>
    perform(req, 'opendir', path, undefined, (cb) => fs.uvOpendir(cb, path), (dir) => new DirHandle(dir));
  binding.opendirSync = (path) => binding.opendir(path, undefined, undefined);
})
