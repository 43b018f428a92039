'use strict';
// Reads the runs of bench/run (DIR/node.jsonl, DIR/napi-jvm.jsonl, DIR/process.txt) and prints the table: per case
// the median ns/op on node and on napi-jvm (MB/s too for byte throughput), the ratio of the medians, and the spread
// of each side's rounds ((max - min) / median). Writes the same table as Markdown to the file given second.
const fs = require('fs');
const [dir, mdFile, machine] = process.argv.slice(2);

const median = (a) => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const spread = (a) => (Math.max(...a) - Math.min(...a)) / median(a);
const read = (f) => fs.existsSync(f) ? fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)) : [];
const node = new Map(read(`${dir}/node.jsonl`).map((r) => [r.case, r]));
const jvm = new Map(read(`${dir}/napi-jvm.jsonl`).map((r) => [r.case, r]));

const fmt = (ns) => ns >= 1e6 ? (ns / 1e6).toFixed(2) + ' ms' : ns >= 1e4 ? (ns / 1e3).toFixed(1) + ' us' : ns.toFixed(1) + ' ns';
const pct = (x) => (100 * x).toFixed(0) + '%';
const rows = [];
for (const [name, n] of node) {
  const j = jvm.get(name);
  const nm = median(n.ns), jm = j ? median(j.ns) : NaN;
  const mbs = (ns) => (n.bytes / (ns / 1e9) / (1 << 20)).toFixed(0) + ' MB/s';
  rows.push([name, fmt(nm) + (n.bytes ? ` (${mbs(nm)})` : ''), j ? fmt(jm) + (n.bytes ? ` (${mbs(jm)})` : '') : 'failed',
    j ? (jm / nm).toFixed(2) + 'x' : '-', pct(spread(n.ns)), j ? pct(spread(j.ns)) : '-']);
}
for (const [name] of jvm) if (!node.has(name)) rows.push([name, 'failed', fmt(median(jvm.get(name).ns)), '-', '-', '-']);

// whole processes: "runtime case seconds rss_kib" per run
const proc = new Map();
if (fs.existsSync(`${dir}/process.txt`)) {
  for (const line of fs.readFileSync(`${dir}/process.txt`, 'utf8').split('\n')) {
    const m = /^(\S+) (\S+) ([\d.]+) (\d+)$/.exec(line);
    if (!m) continue;
    const key = m[2];
    if (!proc.has(key)) proc.set(key, { node: [], 'napi-jvm': [] });
    proc.get(key)[m[1]].push([Number(m[3]), Number(m[4])]);
  }
}
const titles = { startup: 'startup to the first addon call (wall)', million: 'start + 10^6 calls of exports.noop() (wall)', rss: 'peak RSS, examples/hello' };
for (const [key, by] of proc) {
  const pick = key === 'rss' ? 1 : 0;
  const a = by.node.map((r) => r[pick]), b = by['napi-jvm'].map((r) => r[pick]);
  if (!a.length || !b.length) continue;
  const show = (v) => key === 'rss' ? (v / 1024).toFixed(0) + ' MiB' : v.toFixed(2) + ' s';
  rows.push([titles[key] || key, show(median(a)), show(median(b)), (median(b) / median(a)).toFixed(1) + 'x', pct(spread(a)), pct(spread(b))]);
}

const head = ['case', 'node 25 (median)', 'napi-jvm (median)', 'ratio', 'node spread', 'napi-jvm spread'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(head));
for (const r of rows) console.log(line(r));
if (mdFile) {
  const md = [`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine || 'this machine'}.`, '',
    '| ' + head.join(' | ') + ' |', '|' + head.map((_, i) => (i ? '---:' : '---')).join('|') + '|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')];
  fs.writeFileSync(mdFile, md.join('\n') + '\n');
}
