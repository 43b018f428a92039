# Sourced by ./napi-jvm, ./run-tests and bench scripts: finds a Java 25 and the JVM flags that engage the Truffle JIT.
napi_root=${napi_root:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME")" != 25 ]; then
  JAVA_HOME=
  for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/*25*; do
    if [ -x "$j/bin/java" ] && [ "$(java_major "$j")" = 25 ]; then JAVA_HOME=$j; break; fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "napi-jvm: no Java 25 found (looked at \$JAVA_HOME and /usr/lib/jvm). Install Temurin 25, e.g. /usr/lib/jvm/temurin-25-jdk-amd64." >&2
    exit 1
  fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# The Graal compiler jars (copied by the native-loader build) on the upgrade module path: the Truffle JIT.
NAPI_JVM_FLAGS=(-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "--upgrade-module-path=$napi_root/native-loader/target/jvmci"
  --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -Xss8m)
