#!/bin/sh
# The BrAPI allele-matrix benchmark (issue 11, docs/performance.md): one GET /brapi/v2/allelematrix
# page of 1,000 variants x 1,000 call sets out of a 100,000 x 1,000 synthetic library, written by
# the server's own writer (registry test class org.seedprint.registry.brapi.AlleleMatrixBenchmark).
# Arguments: warm-up pages, measured pages (default 20 30). JAVA_HOME: a JDK 21 or newer.
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -pl registry -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
cp="registry/target/test-classes:registry/target/classes:$(cat registry/target/test-classpath.txt)"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx2g -XX:ActiveProcessorCount=2 -cp "$cp" \
  org.seedprint.registry.brapi.AlleleMatrixBenchmark "$@"
