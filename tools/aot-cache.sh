# Sourced by ./napi-jvm: the JDK's AOT cache (JEP 483/514/515: classes loaded and linked, method profiles) for the
# launcher's JVM, trained by running tools/aot-training.js. The cache is valid only for the exact jars (size, mtime),
# the JVM and the flags it was trained with: a key file beside it says which; a stale cache is deleted, never used.
# If training fails the launcher runs without the cache (the log is in DIR/training.log).

# aot_key JAVA CP FLAGS...: what the cache depends on, as one line
aot_key() {
  local java=$1 cp=$2
  shift 2
  local IFS=:
  # shellcheck disable=SC2086 # the class path is split on ':' on purpose
  { printf '%s\n' "$java" "$*"; stat -c '%n %s %Y' $cp "$(dirname "$(dirname "$java")")/release"; } | cksum
}

# aot_train DIR JAVA CP FLAGS...: trains the cache now (one at a time: another run already training is left alone)
aot_train() {
  local dir=$1 java=$2 cp=$3
  shift 3
  mkdir -p "$dir"
  (
    flock -n 9 || exit 0
    local key
    key=$(aot_key "$java" "$cp" "$@")
    rm -f "$dir/napi-jvm.aot" "$dir/napi-jvm.aot.tmp" "$dir/key"
    # the user's NODE_OPTIONS or trace switch must not shape (or print into) the training run
    if (cd "$dir" && env -u NODE_OPTIONS -u NAPI_JVM_STARTUP_TRACE "$java" "$@" -XX:AOTCacheOutput="$dir/napi-jvm.aot.tmp" org.napijvm.node.Launcher \
        "$napi_root/tools/aot-training.js" "$napi_root") >"$dir/training.log" 2>&1 && [ -s "$dir/napi-jvm.aot.tmp" ]; then
      mv "$dir/napi-jvm.aot.tmp" "$dir/napi-jvm.aot"
      echo "$key" >"$dir/key"
    else
      rm -f "$dir/napi-jvm.aot.tmp"
      echo "$key" >"$dir/failed-key" # not again for the same jars and flags
      echo "napi-jvm: AOT cache training failed; running without it (see $dir/training.log)" >>"$dir/training.log"
    fi
  ) 9>"$dir/.lock"
}

# aot_flags DIR JAVA CP FLAGS...: sets aot=(-XX:AOTCache=...) when DIR holds a cache trained for exactly this;
# otherwise aot=() and, unless a training failed for this key before, starts one in the background at low priority
# (detached from our stdin/stdout/stderr, so whoever reads our output is not kept waiting)
aot_flags() {
  local dir=$1 java=$2 cp=$3
  shift 3
  aot=()
  local key
  key=$(aot_key "$java" "$cp" "$@")
  if [ -f "$dir/napi-jvm.aot" ] && [ "$(cat "$dir/key" 2>/dev/null)" = "$key" ]; then
    aot=(-XX:AOTCache="$dir/napi-jvm.aot" -Xlog:aot=off -Xlog:cds=off)
    return
  fi
  [ "$(cat "$dir/failed-key" 2>/dev/null)" = "$key" ] && return
  mkdir -p "$dir"
  (
    renice -n 19 -p "$BASHPID" >/dev/null 2>&1 || true
    aot_train "$dir" "$java" "$cp" "$@"
  ) </dev/null >/dev/null 2>&1 &
  disown
}
