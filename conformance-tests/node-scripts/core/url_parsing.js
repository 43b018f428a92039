// WHATWG URL parsing as node_url.cc over ada: failures (a plain TypeError with code, input and base), hosts with
// forbidden code points, IPv4 numbers with a leading zero, empty hosts after '@' or before ':', pathToFileURL for
// Windows paths (EncodePathChars, then the hostname setter); url.parse's DEP0169 skipped inside node_modules and
// util.getCallSites starting at the caller (napi-jvm's own binding frames are not counted).
const assert = require('assert');
const url = require('url');
const util = require('util');

const warnings = [];
process.on('warning', (w) => warnings.push(w.code));

const inputs = [['http://a\u0001b/'], ['http://ho%01st/'], ['http://ho%7Fst/'], ['http://1.2.3.08'], ['http://09.2.3.4.'],
  ['http://010.0.0.1'], ['http://0x7f.1'], ['sc://@/'], ['sc://:/'], ['sc://u@/'], ['sc://h:/x'], ['about:blank', 'http://a\u0005b/'],
  ['http://exa mple.com'], ['http://[::1]:8080/p?q#f'], ['https://user:pa ss@host/'], ['non-special://h/a\\b'], ['test', null]];
for (const [input, base] of inputs) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify(input), 'ok', u.href);
  } catch (e) {
    console.log(JSON.stringify(input), `${e}`, e.code, JSON.stringify(e.input), JSON.stringify(e.base),
      Object.keys(e).join(','), e instanceof TypeError);
  }
  console.log('  canParse', URL.canParse(input, ...(base === undefined ? [] : [base])));
}

assert.throws(() => new URL('nope', 'http://[x'), (e) => {
  assert.strictEqual(`${e}`, 'TypeError: Invalid URL'); // not a NodeError's 'TypeError [ERR_INVALID_URL]: ...'
  assert.deepStrictEqual({ ...e }, { code: 'ERR_INVALID_URL', input: 'nope', base: 'http://[x' });
  return true;
});
for (const p of ['C:\\foo', 'C:\\dir\\', 'C:\\foo bar#x?y%z', 'C:\\foo\tbar\n', 'C:\\fóó\\€\\🚀', 'C:\\a^b[c]d|e~f',
  '\\\\?\\C:\\path\\to\\file.txt', '\\\\nas\\My Docs\\File.doc', '\\\\?\\UNC\\server\\share\\folder\\file.txt']) {
  console.log('%s %s', JSON.stringify(p), url.pathToFileURL(p, { windows: true }).href);
}
for (const p of ['/foo\\bar', '/a b%c#d?e', '/~user/[x]', '/x\u0001y']) {
  console.log('%s %s', JSON.stringify(p), url.pathToFileURL(p, { windows: false }).href);
}

// the first frame of util.getCallSites() is this script's own line
function here() { return util.getCallSites(2); }
const sites = here();
console.log(sites.length, sites.map((s) => `${s.functionName}@${require('path').basename(s.scriptName)}:${s.lineNumber}`).join(' '));

console.log(require('url-user')('/inside/node_modules'));
setImmediate(() => {
  console.log('warnings after a node_modules caller:', warnings);
  url.parse('/from/the/app');
  setImmediate(() => console.log('warnings after an app caller:', warnings));
});
