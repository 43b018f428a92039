export const meta = { main: import.meta.main, url: import.meta.url, dirname: import.meta.dirname, filename: import.meta.filename, keys: Object.keys(import.meta) };
export const resolved = import.meta.resolve('../lib.mjs');
