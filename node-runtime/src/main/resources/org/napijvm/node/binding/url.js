// internalBinding('url') (node_url.cc over ada): WHATWG URL parsing into ada's url_aggregator form — the href and
// the component offsets lib/internal/url.js reads from urlComponents:
// [protocol_end, username_end, host_start, host_end, port, pathname_start, search_start, hash_start, scheme_type].
(function (binding, java, kit) {
  'use strict';
  const OMITTED = 4294967295;
  const SPECIAL = { __proto__: null, 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443, 'ftp:': 21, 'file:': null };
  const SCHEME_TYPE = { __proto__: null, 'http:': 0, 'https:': 2, 'ws:': 3, 'ftp:': 4, 'wss:': 5, 'file:': 6 };
  const C0 = (c) => c <= 0x1f || c > 0x7e;
  const FRAGMENT_SET = (c) => C0(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
  const QUERY_SET = (c) => C0(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
  const SPECIAL_QUERY_SET = (c) => QUERY_SET(c) || c === 0x27;
  const PATH_SET = (c) => QUERY_SET(c) || c === 0x3f || c === 0x5e || c === 0x60 || c === 0x7b || c === 0x7d;
  const USERINFO_SET = (c) => PATH_SET(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40
    || (c >= 0x5b && c <= 0x5d) || c === 0x7c;
  function encode(str, set) {
    let out = '';
    for (const ch of str) {
      const c = ch.codePointAt(0);
      if (!set(c)) { out += ch; continue; }
      for (const b of kit.getInternalBinding('encoding_binding').encodeUtf8String(ch)) {
        out += '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
      }
    }
    return out;
  }
  class Failure extends Error {}
  const fail = () => { throw new Failure(); };

  function parseHost(input, special) {
    if (input.startsWith('[')) {
      if (!input.endsWith(']')) fail();
      return '[' + parseIPv6(input.slice(1, -1)) + ']';
    }
    if (!special) {
      if (/[\u0000\t\n\r #/:<>?@[\\\]^|]/.test(input)) fail();
      return encode(input, C0);
    }
    let domain;
    try { domain = decodeURIComponent(input.replace(/%(?![0-9a-fA-F]{2})/g, '%25')); } catch { domain = input; }
    const ascii = kit.host.domainToASCII(domain);
    // forbidden domain code points: forbidden host code points, C0 controls, % and DEL
    if (ascii === '' || /[\u0000-\u0020#%/:<>?@[\\\]^|\u007f]/.test(ascii)) fail();
    const v4 = parseIPv4(ascii);
    return v4 === null ? ascii : v4;
  }
  function parseIPv4(s) {
    const parts = s.split('.');
    if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
    const last = parts[parts.length - 1];
    if (!/^(0[xX][0-9a-fA-F]*|[0-9]+)$/.test(last)) return null;
    if (parts.length > 4) fail();
    const nums = parts.map((p) => {
      if (p === '') fail();
      if (/^0[xX]/.test(p)) return p.length === 2 ? 0 : /^0[xX][0-9a-fA-F]+$/.test(p) ? parseInt(p.slice(2), 16) : fail();
      if (/^0[0-9]+$/.test(p)) return /^0[0-7]+$/.test(p) ? parseInt(p, 8) : fail(); // a leading 0: octal
      if (/^[0-9]+$/.test(p)) return parseInt(p, 10);
      return fail();
    });
    for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) fail();
    if (nums[nums.length - 1] >= 256 ** (5 - nums.length)) fail();
    let ip = nums[nums.length - 1];
    for (let i = 0; i < nums.length - 1; i++) ip += nums[i] * 256 ** (3 - i);
    return [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join('.');
  }
  function parseIPv6(s) {
    const pieces = [0, 0, 0, 0, 0, 0, 0, 0];
    let idx = 0, compress = null, i = 0;
    if (s[0] === ':') { if (s[1] !== ':') fail(); i = 2; compress = ++idx; }
    while (i < s.length) {
      if (idx === 8) fail();
      if (s[i] === ':') { if (compress !== null) fail(); i++; compress = ++idx; continue; }
      let value = 0, len = 0;
      while (len < 4 && /[0-9a-fA-F]/.test(s[i] || '')) { value = value * 16 + parseInt(s[i], 16); i++; len++; }
      if (s[i] === '.') {
        if (len === 0 || idx > 6) fail();
        i -= len;
        const v4 = s.slice(i).split('.');
        if (v4.length !== 4 || v4.some((p) => !/^(0|[1-9][0-9]{0,2})$/.test(p) || +p > 255)) fail();
        pieces[idx++] = +v4[0] * 256 + +v4[1];
        pieces[idx++] = +v4[2] * 256 + +v4[3];
        i = s.length;
        break;
      }
      if (s[i] === ':') { i++; if (i >= s.length) fail(); } else if (i < s.length) fail();
      pieces[idx++] = value;
    }
    if (compress !== null) {
      let swaps = idx - compress;
      idx = 7;
      while (idx !== 0 && swaps > 0) { const t = pieces[compress + swaps - 1]; pieces[compress + swaps - 1] = pieces[idx]; pieces[idx] = t; idx--; swaps--; }
    } else if (idx !== 8) fail();
    // serialize with the longest run of zeros compressed
    let best = -1, bestLen = 1;
    for (let j = 0; j < 8;) {
      if (pieces[j] !== 0) { j++; continue; }
      let k = j;
      while (k < 8 && pieces[k] === 0) k++;
      if (k - j > bestLen) { best = j; bestLen = k - j; }
      j = k;
    }
    let out = '';
    for (let j = 0; j < 8; j++) {
      if (j === best) { out += j === 0 ? '::' : ':'; j += bestLen - 1; continue; }
      out += pieces[j].toString(16) + (j < 7 ? ':' : '');
    }
    return out;
  }
  const isWindowsDriveLetter = (s, normalized) => s.length === 2 && /[a-zA-Z]/.test(s[0]) && (s[1] === ':' || (!normalized && s[1] === '|'));
  function shortenPath(url) {
    if (url.scheme === 'file:' && url.path.length === 1 && isWindowsDriveLetter(url.path[0], true)) return;
    url.path.pop();
  }
  function pushSegment(url, seg, special) {
    const lower = seg.toLowerCase();
    const dot = lower === '.' || lower === '%2e';
    const dotdot = lower === '..' || lower === '.%2e' || lower === '%2e.' || lower === '%2e%2e';
    return { dot, dotdot };
  }

  // the WHATWG basic URL parser (no state override), over a URL record
  function basicParse(input, base) {
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
    const url = { scheme: '', username: '', password: '', host: null, port: null, path: [], opaque: null, query: null, fragment: null };
    let i = 0;
    const m = /^([a-zA-Z][a-zA-Z0-9+\-.]*):/.exec(input);
    let rest;
    if (m) {
      url.scheme = m[1].toLowerCase() + ':';
      rest = input.slice(m[0].length);
    } else {
      if (!base) fail();
      if (base.opaque !== null) {
        if (!input.startsWith('#')) fail();
        return { ...base, path: [], fragment: encode(input.slice(1), FRAGMENT_SET) };
      }
      url.scheme = base.scheme;
      return relative(url, input, base);
    }
    const special = url.scheme in SPECIAL;
    if (url.scheme === 'file:') return fileUrl(url, rest, base && base.scheme === 'file:' ? base : null);
    if (special) {
      if (base && base.scheme === url.scheme && !/^[\\/]{1}/.test(rest)) return relative(url, rest, base);
      rest = rest.replace(/^[\\/]*/, '');
      return authorityAndPath(url, rest, true);
    }
    if (rest.startsWith('//')) return authorityAndPath(url, rest.slice(2), false);
    if (rest.startsWith('/')) return pathQueryFragment(url, rest, false);
    // opaque path
    const qf = splitQF(rest);
    url.opaque = encode(qf.path, C0);
    setQF(url, qf, false);
    return url;
  }
  function splitQF(s) {
    let hash = null, query = null;
    const h = s.indexOf('#');
    if (h >= 0) { hash = s.slice(h + 1); s = s.slice(0, h); }
    const q = s.indexOf('?');
    if (q >= 0) { query = s.slice(q + 1); s = s.slice(0, q); }
    return { path: s, query, hash };
  }
  function setQF(url, qf, special) {
    if (qf.query !== null) url.query = encode(qf.query, special ? SPECIAL_QUERY_SET : QUERY_SET);
    if (qf.hash !== null) url.fragment = encode(qf.hash, FRAGMENT_SET);
  }
  function authorityAndPath(url, s, special) {
    const end = s.search(special ? /[\\/?#]/ : /[/?#]/);
    let auth = end < 0 ? s : s.slice(0, end);
    const after = end < 0 ? '' : s.slice(end);
    const at = auth.lastIndexOf('@');
    if (at >= 0) {
      const cred = auth.slice(0, at);
      auth = auth.slice(at + 1);
      const colon = cred.indexOf(':');
      url.username = encode(colon < 0 ? cred : cred.slice(0, colon), USERINFO_SET);
      if (colon >= 0) url.password = encode(cred.slice(colon + 1), USERINFO_SET);
    }
    const pm = /:([0-9]*)$/.exec(auth.startsWith('[') ? auth.slice(auth.indexOf(']') + 1) : auth);
    let hostStr = auth;
    if (pm) {
      hostStr = auth.slice(0, auth.length - pm[0].length);
      if (pm[1] !== '') {
        const port = parseInt(pm[1], 10);
        if (port > 65535) fail();
        url.port = SPECIAL[url.scheme] === port ? null : port;
      }
    } else if (/:/.test(auth.startsWith('[') ? auth.slice(auth.indexOf(']') + 1) : auth)) fail();
    if (special && hostStr === '') fail();
    url.host = parseHost(hostStr, special);
    // an empty host after '@' or before ':' is a failure (host-missing), for every scheme
    if ((at >= 0 || pm || url.username || url.password) && hostStr === '') fail();
    return pathQueryFragment(url, after, special);
  }
  function pathQueryFragment(url, s, special) {
    const qf = splitQF(s);
    let p = qf.path;
    if (special) p = p.replace(/\\/g, '/');
    if (p !== '' || special) {
      const segs = p.split('/');
      if (segs[0] === '') segs.shift();
      for (let k = 0; k < segs.length; k++) {
        const seg = segs[k];
        const { dot, dotdot } = pushSegment(url, seg, special);
        const last = k === segs.length - 1;
        if (dotdot) { shortenPath(url); if (last) url.path.push(''); }
        else if (dot) { if (last) url.path.push(''); }
        else url.path.push(encode(seg, PATH_SET));
      }
    }
    setQF(url, qf, special);
    return url;
  }
  function relative(url, s, base) {
    const special = url.scheme in SPECIAL;
    url.username = base.username; url.password = base.password; url.host = base.host; url.port = base.port;
    if (s === '') { url.path = base.path.slice(); url.query = base.query; return url; }
    if (s[0] === '/' || (special && s[0] === '\\')) {
      if (s[1] === '/' || (special && s[1] === '\\')) {
        url.username = ''; url.password = ''; url.port = null;
        return authorityAndPath(url, s.slice(2), special);
      }
      return pathQueryFragment(url, s, special);
    }
    if (s[0] === '?') { url.path = base.path.slice(); setQF(url, splitQF(s), special); return url; }
    if (s[0] === '#') { url.path = base.path.slice(); url.query = base.query; setQF(url, splitQF(s), special); return url; }
    url.path = base.path.slice(0, -1);
    return pathQueryFragment(url, '/' + s, special).path && url;
  }
  function fileUrl(url, rest, base) {
    url.host = '';
    rest = rest.replace(/\\/g, '/');
    if (rest.startsWith('//')) {
      const s = rest.slice(2);
      const end = s.search(/[/?#]/);
      const hostStr = end < 0 ? s : s.slice(0, end);
      if (isWindowsDriveLetter(hostStr, false)) return pathQueryFragment(url, '/' + s, true);
      url.host = hostStr === '' ? '' : parseHost(hostStr, true);
      if (url.host === 'localhost') url.host = '';
      return pathQueryFragment(url, end < 0 ? '' : s.slice(end), true);
    }
    if (base) {
      url.host = base.host;
      if (rest === '') { url.path = base.path.slice(); url.query = base.query; return url; }
      if (rest[0] === '?') { url.path = base.path.slice(); setQF(url, splitQF(rest), true); return url; }
      if (rest[0] === '#') { url.path = base.path.slice(); url.query = base.query; setQF(url, splitQF(rest), true); return url; }
      if (rest[0] !== '/') { url.path = base.path.slice(0, -1); return pathQueryFragment(url, '/' + rest, true); }
    }
    return pathQueryFragment(url, rest, true);
  }

  // serialize, with ada's offsets
  function serialize(url) {
    let href = url.scheme;
    const c = [href.length, 0, 0, 0, OMITTED, 0, OMITTED, OMITTED, SCHEME_TYPE[url.scheme] ?? 1];
    if (url.host !== null) {
      href += '//';
      c[1] = href.length;
      if (url.username !== '' || url.password !== '') {
        href += url.username;
        c[1] = href.length;
        if (url.password !== '') href += ':' + url.password;
        c[2] = href.length;
        href += '@';
      } else {
        c[2] = href.length;
      }
      href += url.host;
      c[3] = href.length;
      if (url.port !== null) { href += ':' + url.port; c[4] = url.port; }
    } else {
      c[1] = c[2] = c[3] = href.length;
      if (url.opaque === null && url.path.length > 1 && url.path[0] === '') href += '/.';
    }
    c[5] = href.length;
    href += url.opaque !== null ? url.opaque : url.path.length === 0 && url.host !== null && url.scheme in SPECIAL ? '/' : url.path.map((p) => '/' + p).join('');
    if (url.query !== null) { c[6] = href.length; href += '?' + url.query; }
    if (url.fragment !== null) { c[7] = href.length; href += '#' + url.fragment; }
    return { href, c };
  }
  const records = new Map(); // href -> record (the last parsed), for update()
  function parseToRecord(input, base) {
    let b = null;
    if (base !== undefined) b = basicParse(`${base}`, null);
    return basicParse(`${input}`, b);
  }
  function publish(url) {
    const { href, c } = serialize(url);
    binding.urlComponents.set(c);
    records.set(href, url);
    if (records.size > 1000) records.delete(records.keys().next().value);
    return href;
  }
  // ThrowInvalidURL of node_url.cc: a plain TypeError with `code`, `input` (and `base`), not a NodeError
  function invalidUrl(input, base) {
    const e = new TypeError('Invalid URL');
    e.code = 'ERR_INVALID_URL';
    e.input = `${input}`;
    if (base !== undefined) e.base = `${base}`;
    return e;
  }
  binding.parse = (input, base, raiseException) => {
    try {
      return publish(parseToRecord(input, base));
    } catch (e) {
      if (!(e instanceof Failure)) throw e;
      if (raiseException) throw invalidUrl(input, base);
      return undefined;
    }
  };
  binding.canParse = (input, base) => {
    try { parseToRecord(input, base); return true; } catch (e) { if (e instanceof Failure) return false; throw e; }
  };
  // node_url.cc's EncodePathChars: these ASCII characters are escaped (on Windows `\\` becomes `/`), then the
  // "file://" string goes through the URL parser, which escapes the rest as any URL's path
  const PATH_ESCAPES = { __proto__: null, '\0': '%00', '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22',
    '#': '%23', '%': '%25', '?': '%3F', '[': '%5B', '\\': '%5C', ']': '%5D', '^': '%5E', '|': '%7C', '~': '%7E' };
  binding.pathToFileURL = (path, windows, hostname) => {
    let encoded = 'file://';
    for (const ch of `${path}`) encoded += windows && ch === '\\' ? '/' : (PATH_ESCAPES[ch] ?? ch);
    let url;
    try {
      url = basicParse(encoded, null);
    } catch (e) {
      if (e instanceof Failure) throw invalidUrl(path);
      throw e;
    }
    const href = publish(url);
    // ada's set_hostname (the URL hostname setter: `\\?\C:\...` comes here with hostname '?', an empty host)
    if (windows && hostname !== undefined) return binding.update(href, 2, `${hostname}`) || href;
    return href;
  };
  binding.update = (href, action, value) => {
    // updateActions: kProtocol 0, kHost 1, kHostname 2, kPort 3, kUsername 4, kPassword 5, kPathname 6, kSearch 7,
    // kHash 8, kHref 9 — re-parse with the component replaced (setters never throw: false when refused)
    let url;
    try { url = records.get(href) || basicParse(href, null); } catch { return false; }
    const copy = { ...url, path: url.path.slice() };
    try {
      switch (action) {
        case 9: return publish(basicParse(value, null));
        case 7: copy.query = value === '' ? null : encode(value.replace(/^\?/, ''), copy.scheme in SPECIAL ? SPECIAL_QUERY_SET : QUERY_SET); break;
        case 8: copy.fragment = value === '' ? null : encode(value.replace(/^#/, ''), FRAGMENT_SET); break;
        case 6: {
          if (copy.opaque !== null) return false;
          copy.path = [];
          pathQueryFragment(copy, (value.startsWith('/') || (copy.scheme in SPECIAL && value.startsWith('\\')) ? '' : '/') + value.replace(/[?#]/g, (ch) => encodeURIComponent(ch)), copy.scheme in SPECIAL);
          copy.query = url.query; copy.fragment = url.fragment;
          break;
        }
        case 4: if (copy.host === null || copy.host === '' || copy.scheme === 'file:') return false; copy.username = encode(value, USERINFO_SET); break;
        case 5: if (copy.host === null || copy.host === '' || copy.scheme === 'file:') return false; copy.password = encode(value, USERINFO_SET); break;
        case 3: {
          if (copy.host === null || copy.host === '' || copy.scheme === 'file:') return false;
          if (value === '') { copy.port = null; break; }
          const pm = /^[0-9]+/.exec(value);
          if (!pm) return false;
          const port = parseInt(pm[0], 10);
          if (port > 65535) return false;
          copy.port = SPECIAL[copy.scheme] === port ? null : port;
          break;
        }
        case 1: case 2: {
          if (copy.opaque !== null) return false;
          let h = value.split(/[/?#\\]/)[0];
          if (action === 1) {
            const pm = /:([0-9]*)$/.exec(h.startsWith('[') ? h.slice(h.indexOf(']') + 1) : h);
            if (pm) { h = h.slice(0, h.length - pm[0].length); if (pm[1] !== '') copy.port = SPECIAL[copy.scheme] === +pm[1] ? null : +pm[1]; }
          } else if (h.includes(':') && !h.startsWith('[')) return false;
          if (h === '' && copy.scheme in SPECIAL && copy.scheme !== 'file:') return false;
          copy.host = parseHost(h, copy.scheme in SPECIAL);
          if (copy.scheme === 'file:' && copy.host === 'localhost') copy.host = '';
          break;
        }
        case 0: {
          const scheme = value.split(':')[0].toLowerCase() + ':';
          if (!/^[a-z][a-z0-9+\-.]*:$/.test(scheme)) return false;
          if ((scheme in SPECIAL) !== (copy.scheme in SPECIAL)) return false;
          if (scheme === 'file:' && (copy.username || copy.password || copy.port !== null)) return false;
          if (copy.scheme === 'file:' && copy.host === '' && scheme !== 'file:') return false;
          copy.scheme = scheme;
          if (SPECIAL[scheme] === copy.port) copy.port = null;
          break;
        }
        default: return false;
      }
    } catch (e) {
      if (e instanceof Failure) return false;
      throw e;
    }
    return publish(copy);
  };
  binding.getOrigin = (href) => {
    const url = basicParse(href, null);
    if (url.scheme === 'blob:') { try { return binding.getOrigin(url.opaque ?? ''); } catch { return 'null'; } }
    if (!(url.scheme in SPECIAL) || url.scheme === 'file:') return 'null';
    return url.scheme + '//' + url.host + (url.port !== null ? ':' + url.port : '');
  };
  binding.format = (href, hash, unicode, search, auth) => {
    const url = basicParse(href, null);
    if (!hash) url.fragment = null;
    if (unicode && url.host) url.host = kit.host.domainToUnicode(url.host);
    if (!search) url.query = null;
    if (!auth) { url.username = ''; url.password = ''; }
    return serialize(url).href;
  };
  binding.domainToASCII = (d) => { try { return parseHost(d, true); } catch { return ''; } };
  binding.domainToUnicode = (d) => { try { return kit.host.domainToUnicode(parseHost(d, true)); } catch { return ''; } };
})
