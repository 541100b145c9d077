#!/usr/bin/env bash
# Retakes the user guide's pictures (docs/images/*.png) from a fresh server with only the demo data.
# Usage: src/test/scripts/docs-screenshots.sh   (after `mvn -DskipTests package`; needs chromium and chromedriver)
set -euo pipefail
here="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$here"
copy="$here/target/docs-server"
rm -rf "$copy"
cp -a target/server "$copy"
rm -rf "$copy"/standalone/data "$copy"/standalone/deployments/* "$copy"/standalone/log "$copy"/standalone/tmp
cp target/sec-governance.war "$copy/standalone/deployments/"
LAUNCH_JBOSS_IN_BACKGROUND=1 SECGOV_DEMO=true "$copy/bin/standalone.sh" -Djboss.socket.binding.port-offset=600 \
    > "$copy/run.log" 2>&1 &
launcher=$!
trap 'kill $launcher 2>/dev/null || true' EXIT
until curl -fs -o /dev/null http://localhost:8680/login.xhtml; do
    kill -0 "$launcher" 2>/dev/null || { echo "the server stopped; see $copy/run.log" >&2; exit 1; }
    sleep 0.5
done
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    uk.secgov.it.DocumentationScreenshots http://localhost:8680/ docs/images
echo "docs/images updated"
