#!/usr/bin/env python3
"""Writes docs/node-api-suite.md from one run of Node's own Node-API suites on napi-jvm.

  tools/node-api-suite-table.py [-o OUT] LOGDIR...     (OUT default: docs/node-api-suite.md)

LOGDIR is the LOGDIR of `../shared/bin/node-api-suite run` (results.txt and one <suite>__<dir>__<file>.{out,err}
per test file); several LOGDIRs (runs of parts, e.g. REGEX '^node-api/') are merged, the last verdict of a file
winning. This tool only reads that directory: it neither fetches nor builds Node's tests. Every file gets a
verdict and a one-line reason:
  pass                 exit 0 (SKIP: the test skipped itself, as on node 25 when it prints "1..0 # Skipped")
  missing core module  the failure is a Node core module or binding napi-jvm does not have yet (read from the
                       error: ERR_NAPI_JVM_NOT_IMPLEMENTED names the internalBinding, or a module not found)
  engine difference    listed in ENGINE_DIFFERENCES below with the reason (GraalJS is not V8), and failing
  fails                anything else, with the first line of the error
"""
import os, re, sys, datetime

# Files whose failure is GraalJS behaving differently from V8 where Node-API passes the engine's answer through;
# each reason says what differs. Applied only while the file fails.
_V8_WORDS = ("the TypeError comes from the test's own strict-mode assignment (no Node-API call in between), so it "
             "is GraalJS's wording; Node-API cannot reword it without rewording every such error of the engine: ")
ENGINE_DIFFERENCES = {
    "js-native-api/6_object_wrap/test.js": _V8_WORDS + "V8 `Cannot set property x of #<MyObject> which has only a getter`, "
        "GraalJS `... of [object Object] which has only a getter`",
    "js-native-api/test_constructor/test.js": _V8_WORDS + "V8 `Cannot assign to read only property 'x' of object '#<MyObject>'`, "
        "GraalJS `... of {readwriteValue: 2}`",
    "js-native-api/test_properties/test.js": _V8_WORDS + "V8 `Cannot assign to read only property 'x' of object '#<Object>'`, "
        "GraalJS `... of {echo: ..., ...}`",
    "js-native-api/test_object/test.js": _V8_WORDS + "V8 `Cannot add property w, object is not extensible`, "
        "GraalJS `Cannot add new property \"w\" to non-extensible [object Object]`",
    "js-native-api/test_finalizer/test.js": "the object made in `(() => { const obj = {}; addFinalizerWithJS(obj, () => {...}) })()` "
        "stays reachable: GraalJS's arrow function keeps its enclosing frame (with `obj`) as its scope, and the addon holds "
        "the arrow through a strong napi_ref; V8 captures only the variables used. With the arrow made outside the IIFE the "
        "JS-calling finalizer runs on napi-jvm as on node (checked by hand)",
    "js-native-api/test_string/test.js": "GraalJS has no external strings: `node_api_create_external_string_latin1` copies "
        "(`copied = true`, the finalizer run during the call, as Node's V8-sandbox builds do); the test's helper turns "
        "`copied == true` into a bare napi_generic_failure (\"empty error message\")",
}

# Failures whose error names a core module napi-jvm does not have yet, though not through ERR_NAPI_JVM_NOT_IMPLEMENTED:
# (regex on stderr, module, reason)
CAUSES = [
    (r"'setPromiseHooks' of null", "async_hooks", "async_hooks.createHook().enable(): promise hooks are not there yet"),
    (r"kit\.setImmediateNative is not a function", "async_hooks", "async_hooks destroy hooks are not delivered yet"),
    (r"No such binding: internal_only_v8", "v8", "require('v8') (which child_process's IPC serialization loads for "
     "fork): internalBinding('internal_only_v8') is not there"),
    (r"Symbol\.prototype\.get description called on incompatible receiver undefined[\s\S]*readline",
     "child_process", "require('child_process') fails loading readline: Symbol.dispose is absent (GraalJS's explicit "
     "resource management is off)"),
]

# Files that fail on a core feature (not a module) napi-jvm lacks, checked by hand: file -> (feature, reason); applied
# only while the file fails
MISSING_FEATURES = {
    "node-api/test_sea_addon/test.js": ("sea", "single executable applications (`--experimental-sea-config`, a blob "
        "injected into a copy of the executable) are not there; napi-jvm's executable is a launcher script"),
    "node-api/test_fatal/test_threads_report.js": ("report", "`--report-on-fatalerror`: napi_fatal_error aborts as "
        "node does, but no diagnostic report file is written"),
}

# What is known about files that fail for no reason above: appended to the verdict's reason while they fail.
NOTES = {
    "node-api/test_reference_by_node_api_version/test.js": "the IIFE's `objWithFinalizer` stays reachable through the "
        "IIFE's frame, which the `allEntries.forEach((entry, index) => ...)` callback holds as its scope; GraalJS's call "
        "inline cache inside `forEach` keeps that callback while the Context runs in single-context mode (the launcher's). "
        "Checked with a pure-JS probe (no Node-API): a WeakRef to an object of such a frame stays alive after 5 GCs with "
        "`Context.create`, and is cleared with a shared `Engine` (multi-context mode), where this test passes too",
}

# internalBinding name -> the core module it belongs to
BINDING_MODULE = {
    "worker": "worker_threads", "messaging": "worker_threads", "spawn_sync": "child_process",
    "process_wrap": "child_process", "pipe_wrap": "child_process / net", "tcp_wrap": "net", "stream_wrap": "net",
    "crypto": "crypto", "zlib": "zlib", "fs": "fs", "fs_dir": "fs", "fs_event_wrap": "fs", "inspector": "inspector",
    "v8": "v8", "heap_utils": "v8", "tty_wrap": "tty", "udp_wrap": "dgram", "async_wrap": "async_hooks",
    "http_parser": "http", "cares_wrap": "dns", "sqlite": "sqlite", "webstorage": "webstorage", "wasi": "wasi",
}


def reason_of(err):
    lines = [l.strip() for l in err.splitlines() if l.strip()]
    for rx, mod, why in CAUSES:
        if re.search(rx, err):
            return "missing core module", "%s: %s" % (mod, why)
    m = re.search(r"internalBinding\('([\w]+)'\)\.?(\w*) is not implemented yet", err)
    if m:
        mod = BINDING_MODULE.get(m.group(1), m.group(1))
        return "missing core module", "%s: internalBinding('%s').%s is not implemented yet" % (mod, m.group(1), m.group(2))
    m = re.search(r"Cannot find module '(node:)?([\w/]+)'", err)
    if m and "/" not in m.group(2):
        return "missing core module", "%s: the module is not there" % m.group(2)
    for l in lines:
        if re.match(r"^(Uncaught )?\w*(Error|Exception)\b|^AssertionError|^Error|^#|^FATAL|^napi-jvm:", l):
            return "fails", l[:200]
    return "fails", (lines[-1][:200] if lines else "no output")


def main():
    args = sys.argv[1:]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "node-api-suite.md")
    if args[:1] == ["-o"]:
        out, args = args[1], args[2:]
    if not args:
        sys.exit(__doc__)
    by_file = {}
    for logdir in args:
      with open(os.path.join(logdir, "results.txt")) as f:
        for line in f:
            m = re.match(r"(PASS|FAIL|SKIP) (\S+)(?: \((.*)\))?", line.strip())
            if not m:
                continue
            verdict, test, note = m.group(1), m.group(2), m.group(3) or ""
            base = os.path.join(logdir, test.replace("/", "__"))
            err = open(base + ".err", errors="replace").read() if os.path.exists(base + ".err") else ""
            if verdict == "PASS":
                by_file[test] = (test, "pass", "")
            elif verdict == "SKIP":
                by_file[test] = (test, "pass", "skipped itself, as on node 25: " + note)
            elif test in ENGINE_DIFFERENCES:
                by_file[test] = (test, "engine difference", ENGINE_DIFFERENCES[test])
            elif test in MISSING_FEATURES:
                by_file[test] = (test, "missing core module", "%s: %s" % MISSING_FEATURES[test])
            else:
                kind, why = reason_of(err)
                if "timeout" in note and kind == "fails":
                    why = note + ("; " + why if why != "no output" else "")
                if kind == "fails" and test in NOTES:
                    why += ": " + NOTES[test]
                by_file[test] = (test, kind, why)
    rows = [by_file[k] for k in sorted(by_file)]
    counts = {}
    for _, k, _ in rows:
        counts[k] = counts.get(k, 0) + 1
    when = datetime.datetime.fromtimestamp(max(os.path.getmtime(os.path.join(d, "results.txt")) for d in args), datetime.timezone.utc)
    with open(out, "w") as f:
        f.write("# Node's own Node-API suites on napi-jvm\n\n")
        f.write("Node v25.8.1's `test/js-native-api` and `test/node-api` (%d files), run with Node's own `test/common` by\n"
                "`../shared/bin/node-api-suite` (node 25.8.1 itself: 98 pass + 1 skip). Generated by\n"
                "`tools/node-api-suite-table.py` from the run of %s UTC; do not edit by hand. The run: %s%s.\n\n"
                % (len(rows), when.strftime("%Y-%m-%d %H:%M"), os.environ.get("SUITE_RUN", "the defaults of node-api-suite run"),
                   ", in parts by REGEX (a later part's verdict wins)" if len(args) > 1 else ""))
        f.write("| verdict | files |\n|---|---:|\n")
        for k in ("pass", "engine difference", "missing core module", "fails"):
            f.write("| %s | %d |\n" % (k, counts.get(k, 0)))
        f.write("\n| file | verdict | reason |\n|---|---|---|\n")
        for test, kind, why in rows:
            f.write("| `%s` | %s | %s |\n" % (test, kind, why.replace("|", "\\|")))
    print("%s: %s" % (out, ", ".join("%d %s" % (v, k) for k, v in counts.items())))


if __name__ == "__main__":
    main()
