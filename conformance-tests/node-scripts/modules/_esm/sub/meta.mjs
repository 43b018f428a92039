export const meta = { url: import.meta.url, dirname: import.meta.dirname, filename: import.meta.filename, keys: Object.keys(import.meta) };
export const resolved = import.meta.resolve('../lib.mjs');
