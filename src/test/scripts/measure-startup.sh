#!/usr/bin/env bash
# Measures start-up and memory of the provisioned server with the built WAR (figures for docs/performance.md).
# Usage: src/test/scripts/measure-startup.sh [runs]   (after `mvn -DskipTests package`)
# Each run: a fresh copy of target/server (empty H2 database on the first run, kept for later runs),
# the time from launching standalone.sh to the first 200 from /login.xhtml, and the server JVM's RSS
# 30 s after that page.
set -euo pipefail
runs="${1:-3}"
here="$(cd "$(dirname "$0")/../../.." && pwd)"
copy="$here/target/measure-server"
rm -rf "$copy"
cp -a "$here/target/server" "$copy"
rm -rf "$copy"/standalone/data "$copy"/standalone/deployments/* "$copy"/standalone/log "$copy"/standalone/tmp
cp "$here/target/sec-governance.war" "$copy/standalone/deployments/"
for i in $(seq 1 "$runs"); do
    start=$(date +%s.%N)
    LAUNCH_JBOSS_IN_BACKGROUND=1 SECGOV_DEMO=true "$copy/bin/standalone.sh" -Djboss.socket.binding.port-offset=500 \
        > "$copy/run-$i.log" 2>&1 &
    launcher=$!
    until curl -fs -o /dev/null http://localhost:8580/login.xhtml; do
        kill -0 "$launcher" 2>/dev/null || { echo "the server stopped; see $copy/run-$i.log" >&2; exit 1; }
        grep -q "WFLYSRV0026" "$copy/run-$i.log" && { echo "the server started with errors; see $copy/run-$i.log" >&2; kill "$launcher"; exit 1; }
        sleep 0.1
    done
    end=$(date +%s.%N)
    sleep 30
    pid=$(pgrep -f "jboss.home.dir=$copy" | head -1)
    rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    printf 'run %d: %.1f s to first page, RSS %d MB after 30 s idle\n' "$i" "$(echo "$end - $start" | bc)" $((rss_kb / 1024))
    kill "$launcher"
    wait "$launcher" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
done
