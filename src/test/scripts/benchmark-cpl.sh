#!/usr/bin/env bash
# The CPL benchmarks (figures for docs/performance.md): a copy of the provisioned server on PostgreSQL (its own
# database `secgov_bench` on 127.0.0.1:5432, made afresh each run), a published CPL of 100,000 entries
# imported, public search and exports, then intake at 20 concurrent submitters.
# Usage: src/test/scripts/benchmark-cpl.sh [entries] [submitters] [submissions per submitter]
set -euo pipefail
cd "$(dirname "$0")/../../.."
export DB_URL=jdbc:postgresql://127.0.0.1:5432/secgov_bench DB_USER=${DB_USER:-postgres} DB_PASSWORD=${DB_PASSWORD:-postgres}
export SECGOV_DEMO_CPL=false
psql -h 127.0.0.1 -U "$DB_USER" -d postgres -v ON_ERROR_STOP=1 -q -c 'DROP DATABASE IF EXISTS secgov_bench' -c 'CREATE DATABASE secgov_bench'
mvn -q -Ppostgres -DskipTests package dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -Dsecgov.server.provisioned=target/server-postgres -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    uk.secgov.cpl.CplBenchmark "$@"
