#!/usr/bin/env sh
# Builds what the benchmarks need: the main jar (installed in the local Maven repository, tests skipped) and the
# benchmarks jar with its dependencies in benchmarks/target/lib. Run it under the shared Maven lock:
#   flock /tmp/ibidem-mvn.lock benchmarks/build.sh
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(dirname -- "$here")
(cd "$root" && mvn -B -q -DskipTests install)
mvn -B -q -f "$here/pom.xml" package
echo "built $root/target/ibidem.jar and $here/target/benchmarks.jar"
