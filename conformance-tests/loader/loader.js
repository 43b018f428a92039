// Run by LoaderTest with ADDON_DIR set; prints one line per case. The same script runs on node as the oracle.
const dir = process.env.ADDON_DIR;
function attempt(name, f) {
  try {
    const r = f();
    console.log(name + ': ok ' + r);
  } catch (e) {
    const msg = String(e.message).split(dir + '/').join('<dir>/');
    console.log(name + ': ' + (e instanceof Error ? 'Error' : typeof e) + ' ' + (e.code || '-') + ' ' + msg.split('\n')[0]);
  }
}
attempt('legacy', () => require(dir + '/legacy_register.node').hello());
attempt('legacy again (cached)', () => require(dir + '/legacy_register.node').hello());
attempt('dlsym', () => { const m = require(dir + '/dlsym_resolve.node'); return m.greeting + ' ' + m.versionOk; });
attempt('not a module', () => require(dir + '/no_register.node'));
attempt('legacy module without a register function', () => require(dir + '/legacy_null_init.node'));
attempt('init returns NULL', () => JSON.stringify(require(dir + '/init_returns_null.node')));
attempt('init returns another value', () => JSON.stringify(require(dir + '/init_returns_other.node')));
