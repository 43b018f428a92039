// internalBinding('uv') (uv.cc): libuv's error names and messages; the UV_* constants are Node's own.
(function (binding, java, kit) {
  'use strict';
  const names = new Map();
  for (const k of Object.keys(binding)) if (k.startsWith('UV_')) names.set(binding[k], k.slice(3));
  let messages;
  binding.errname = (err) => names.get(err) ?? `Unknown system error ${err}`;
  binding.getErrorMessage = (err) => kit.host.uvStrerror(err);
  binding.getErrorMap = () => {
    if (messages === undefined) {
      messages = new Map();
      for (const [code, name] of names) messages.set(code, [name, kit.host.uvStrerror(code)]);
    }
    return messages;
  };
})
