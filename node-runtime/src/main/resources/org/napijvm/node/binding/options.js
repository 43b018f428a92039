// internalBinding('options') (node_options.cc): the CLI option values (Node's defaults with what the launcher
// parsed, NodeOptions.java, laid over them) and Node's option table.
(function (binding, java, kit) {
  'use strict';
  const { facts, host } = kit;
  const info = JSON.parse(host.processInfo());
  binding.getCLIOptionsValues = () => {
    const values = { __proto__: null, ...facts.options.values, ...info.options };
    // booleans come in pairs: --no-x is always the negation of --x
    for (const k of Object.keys(info.options)) {
      if (typeof info.options[k] === 'boolean' && `--no-${k.slice(2)}` in values) values[`--no-${k.slice(2)}`] = !info.options[k];
    }
    // Web Storage is SQLite (internalBinding('webstorage'), not in napi-jvm): off unless asked for, as in a node
    // built without SQLite, so localStorage/sessionStorage are not exposed
    if (!('--experimental-webstorage' in info.options)) values['--experimental-webstorage'] = false;
    return values;
  };
  binding.getCLIOptionsInfo = () => ({
    options: new Map(Object.entries(facts.options.info).map(([k, v]) => [k, { __proto__: null, ...v }])),
    aliases: new Map(Object.entries(facts.options.aliases)),
  });
  binding.getEmbedderOptions = () => ({
    __proto__: null,
    shouldNotRegisterESMLoader: false,
    noGlobalSearchPaths: false,
    noBrowserGlobals: false,
    hasEmbedderPreload: false,
  });
  binding.getOptionsAsFlags = () => {
    const values = binding.getCLIOptionsValues();
    const flags = [];
    for (const k of Object.keys(info.options)) {
      const v = values[k];
      if (v === true) flags.push(k);
      else if (typeof v === 'string' || typeof v === 'number') flags.push(`${k}=${v}`);
    }
    return flags;
  };
  binding.envSettings = facts.options.envSettings;
  binding.types = facts.options.types;
})
