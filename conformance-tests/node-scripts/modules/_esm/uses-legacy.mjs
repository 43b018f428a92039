// a bare specifier resolves from this folder's node_modules
export async function results(name, attrs) {
  try {
    const m = await import(name, attrs);
    return { via: m.default.via, keys: Object.keys(m).sort() };
  } catch (e) {
    return { error: e.code, message: e.message };
  }
}
