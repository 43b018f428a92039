#!/usr/bin/env bash
# jvm-image.sh JAVA_HOME OUT: a jlinked runtime image for the ./napi-jvm launcher (run by the native-loader build).
# Why an image: the JDK's AOT cache (JEP 483/514) is refused with --upgrade-module-path, and the stock JDK's own
# jdk.graal.compiler module would shadow the Graal compiler jars on --module-path. An image without that placeholder
# module takes the jars on --module-path, so the Truffle JIT engages and the AOT cache can be used.
# Skipped when OUT already holds an image of the same JDK (jlink takes ~15 s).
set -euo pipefail
java_home=$1
out=$2
# what the runtime jars need (jdeps --print-module-deps over them) plus charsets and zipfs for user code
modules=java.base,java.logging,java.management,jdk.management,jdk.unsupported,jdk.internal.vm.ci,jdk.jfr,java.sql,java.desktop,jdk.charsets,jdk.zipfs
want="$java_home $(cat "$java_home/release" | cksum) $modules"
if [ -x "$out/bin/java" ] && [ "$(cat "$out/.napi-jvm-image" 2>/dev/null)" = "$want" ]; then
  exit 0
fi
if [ ! -x "$java_home/bin/jlink" ]; then
  echo "jvm-image: no jlink in $java_home; the launcher falls back to the JDK itself (no AOT cache)" >&2
  exit 0
fi
rm -rf "$out" "$out.tmp"
# a JDK without jmods links from its own run-time image (JEP 493); a JDK that can do neither: no image, no failure
if ! "$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
    --output "$out.tmp" >"$out.log" 2>&1; then
  cat "$out.log" >&2
  echo "jvm-image: jlink failed; the launcher falls back to the JDK itself (no AOT cache)" >&2
  rm -rf "$out.tmp"
  exit 0
fi
echo "$want" >"$out.tmp/.napi-jvm-image"
mv "$out.tmp" "$out"
echo "jvm-image: $out ($(du -sh "$out" | cut -f1))"
