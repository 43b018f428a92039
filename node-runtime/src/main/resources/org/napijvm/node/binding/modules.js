// internalBinding('modules') (node_modules.cc): package.json reading for both module loaders, cached per file:
// [name, main, type, imports, exports, path], imports/exports as raw JSON text unless they are plain strings.
(function (binding, java, kit) {
  'use strict';
  const { host } = kit;
  const cache = new Map();
  const field = (v) => (v === undefined ? undefined : typeof v === 'string' ? v : JSON.stringify(v));
  function read(path) {
    if (cache.has(path)) return cache.get(path);
    const text = host.readPackageFile(path);
    let record;
    if (text !== null) {
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        record = { invalid: true };
      }
      if (json !== undefined) {
        const obj = json !== null && typeof json === 'object' && !Array.isArray(json) ? json : {};
        const type = obj.type === 'module' || obj.type === 'commonjs' ? obj.type : 'none';
        record = [typeof obj.name === 'string' ? obj.name : undefined, typeof obj.main === 'string' ? obj.main : undefined,
          type, field(obj.imports), field(obj.exports), path];
      }
    }
    cache.set(path, record);
    return record;
  }
  function invalid(path, base, specifier) {
    const { codes: { ERR_INVALID_PACKAGE_CONFIG } } = kit.loaders.require('internal/errors');
    let msg = `Invalid package config ${path}`;
    if (base !== undefined && specifier !== undefined) msg += ` while importing "${specifier}" from ${base}`;
    const e = new Error(`${msg}.`);
    e.code = 'ERR_INVALID_PACKAGE_CONFIG';
    Object.setPrototypeOf(e, ERR_INVALID_PACKAGE_CONFIG.prototype);
    return e;
  }
  const get = (path, isESM, base, specifier) => {
    const r = read(path);
    if (r && r.invalid) throw invalid(path, isESM ? base : undefined, specifier);
    return r;
  };
  binding.readPackageJSON = (path, isESM, base, specifier) => get(path, isESM, base, specifier);
  // the nearest package.json above a file (not beyond node_modules boundaries: node checks every parent)
  function nearest(checkPath) {
    let dir = checkPath.slice(0, checkPath.lastIndexOf('/'));
    for (;;) {
      const r = get(`${dir}/package.json`);
      if (r !== undefined) return r;
      if (dir === '' || dir === '/') return undefined;
      dir = dir.slice(0, dir.lastIndexOf('/'));
    }
  }
  binding.getNearestParentPackageJSON = (checkPath) => nearest(checkPath);
  binding.getNearestParentPackageJSONType = (checkPath) => {
    const r = nearest(checkPath);
    return r === undefined ? 'none' : r[2];
  };
  const fileURLToPath = (url) => decodeURIComponent(new URL(url).pathname);
  binding.getPackageScopeConfig = (resolved) => {
    let url = new URL('./package.json', resolved);
    for (;;) {
      const path = fileURLToPath(url.href);
      if (path.endsWith('/node_modules/package.json')) break;
      const r = get(path);
      if (r !== undefined) return r;
      const parent = new URL('../package.json', url);
      if (parent.pathname === url.pathname) break;
      url = parent;
    }
    return fileURLToPath(url.href);
  };
  binding.getPackageType = (url) => {
    const r = binding.getPackageScopeConfig(url);
    return typeof r === 'string' ? 'none' : r[2];
  };
  binding.enableCompileCache = () => [0]; // compileCacheStatus.DISABLED? napi-jvm has no V8 code cache
  binding.getCompileCacheDir = () => '';
  binding.flushCompileCache = () => {};
  binding.getCompileCacheEntry = () => undefined;
  binding.saveCompileCacheEntry = () => {};
})
