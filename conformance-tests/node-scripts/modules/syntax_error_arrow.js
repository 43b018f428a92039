// args: --expose-internals
'use strict';
// A CommonJS module that does not compile: node keeps "file:line", the source line and carets under the bad token
// on the SyntaxError (arrow_message_private_symbol) and prints them above the stack when it is uncaught.
const path = require('path');
const { spawnSync } = require('child_process');
const { internalBinding } = require('internal/test/binding');
const { arrow_message_private_symbol } = internalBinding('util').privateSymbols;

for (const name of ['bad_syntax.js', 'bad_syntax_tab.js']) {
  const file = path.join(__dirname, '_fixture', name);
  try {
    require(file);
  } catch (err) {
    console.log(err.name, JSON.stringify(err[arrow_message_private_symbol].replace(__dirname, '<dir>')));
  }
  const child = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  console.log('exit', child.status, JSON.stringify(child.stderr.split('\n').slice(0, 4).join('\n').replace(__dirname, '<dir>')));
}
