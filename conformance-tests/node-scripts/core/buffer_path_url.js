// Node's Buffer, path and URL over napi-jvm's bindings.
const path = require('path');
console.log(Buffer.from('héllo wörld').toString('hex'), Buffer.from('héllo').toString('base64'), Buffer.from('aGk=', 'base64').toString());
console.log(Buffer.concat([Buffer.from([1, 2]), Buffer.alloc(2, 'ab')]), Buffer.from('abcabc').indexOf('ca'), Buffer.compare(Buffer.from('a'), Buffer.from('b')));
const b = Buffer.alloc(8); b.writeDoubleLE(1.5); console.log(b, b.readDoubleLE(0), Buffer.byteLength('€'), Buffer.from('€').toString('latin1'));
console.log(path.join('/a', '../b', 'c'), path.resolve('/x', 'y'), path.win32.join('a', 'b'), path.parse('/home/u/f.txt'));
console.log(new URL('../x?y=1#z', 'http://u:p@h.com:81/a/b').href, new URL('file:///tmp/a%20b').pathname, require('url').pathToFileURL('/tmp/a b#c').href);
const u = new URL('https://example.com/p?q=1'); u.searchParams.append('r', '2 3'); u.port = '8443'; console.log(u.href, u.origin, u.host);
console.log(new TextDecoder().decode(new TextEncoder().encode('ü€')), encodeURIComponent('ü'), atob(btoa('hi')));
const { StringDecoder } = require('string_decoder'); const d = new StringDecoder('utf8'); console.log(d.write(Buffer.from([0xe2, 0x82])) + d.write(Buffer.from([0xac])) + d.end());
console.log(require('querystring').stringify({ a: [1, 2], b: 'x y' }), require('querystring').parse('a=1&a=2&b=%20'));
