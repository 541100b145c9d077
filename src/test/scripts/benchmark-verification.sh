#!/usr/bin/env bash
# Runs the JMH verification benchmark (figures for docs/performance.md). Usage: src/test/scripts/benchmark-verification.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main VerificationBenchmark "$@"
