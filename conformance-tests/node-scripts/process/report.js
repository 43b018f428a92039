'use strict';
// process.report as node's: the sections and header fields, the JS stack of an error given or not, writeReport to
// a file in process.report.directory, and --report-uncaught-exception in a child
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const keys = (o) => Object.keys(o).sort().join(' ');

const r = process.report.getReport();
console.log('sections', Object.keys(r).join(' '));
console.log('header', keys(r.header));
console.log('trigger', r.header.trigger, '| event', r.header.event, '| threadId', r.header.threadId,
            '| reportVersion', r.header.reportVersion, '| pid', r.header.processId === process.pid);
console.log('release', JSON.stringify(r.header.release), '| version', r.header.nodejsVersion === process.version);
console.log('no error:', r.javascriptStack.message, r.javascriptStack.stack.every((l) => l.startsWith('at ')));
console.log('heap', keys(r.javascriptHeap), typeof r.javascriptHeap.heapSpaces);
console.log('resourceUsage', keys(r.resourceUsage));
console.log('uvthread', keys(r.uvthreadResourceUsage));
console.log('limits', keys(r.userLimits), keys(r.userLimits.open_files));
console.log('libuv entries', r.libuv.every((h) => typeof h.type === 'string' && /^0x[0-9a-f]{16}$/.test(h.address)));
console.log('env', JSON.stringify(r.environmentVariables) === JSON.stringify(process.env));
console.log('libc mapped', r.sharedObjects.some((s) => /libc\.so/.test(s)), '| workers', JSON.stringify(r.workers));

const e = new TypeError('boom');
e.extra = 42;
e.code = 'E_X';
const js = process.report.getReport(e).javascriptStack;
console.log('error:', js.message, JSON.stringify(js.errorProperties), js.stack[0].startsWith('at '));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
process.report.directory = dir;
console.log('directory', process.report.directory === dir, '| compact', process.report.compact);
process.report.compact = true;
const name = process.report.writeReport('given.json');
const text = fs.readFileSync(path.join(dir, 'given.json'), 'utf8');
console.log('written', name, '| one line', text.trim().split('\n').length === 1, '| trigger',
            JSON.parse(text).header.trigger, JSON.parse(text).header.event);

const child = spawnSync(process.execPath, ['--report-uncaught-exception', `--report-directory=${dir}`, '-e',
                                           'throw 5'], { encoding: 'utf8' });
const files = fs.readdirSync(dir).filter((f) => f !== 'given.json');
const u = JSON.parse(fs.readFileSync(path.join(dir, files[0]), 'utf8'));
console.log('child exit', child.status, '| reports', files.length,
            /^report\.\d{8}\.\d{6}\.\d+\.0\.001\.json$/.test(files[0]), '| stderr names it',
            child.stderr.includes(`Writing Node.js report to file: ${files[0]}`));
// (a thrown primitive: node's report takes its string; an error's stack there starts with the throw site's source
// line, which napi-jvm does not print yet)
console.log('uncaught:', u.header.trigger, '|', u.header.event, '|', JSON.stringify(u.javascriptStack));
fs.rmSync(dir, { recursive: true });
