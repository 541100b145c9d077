#!/usr/bin/env bash
# The run command's last step: starts the provisioned server in the foreground with the WAR just built,
# deployed by the deployment scanner (nothing is written into standalone.xml). Ctrl-C stops it.
set -euo pipefail
server="$1"
war="$2"
deployments="$server/standalone/deployments"
rm -f "$deployments"/sec-governance.war "$deployments"/sec-governance.war.*
cp "$war" "$deployments/sec-governance.war"
echo "Starting SEC governance on http://${SECGOV_BIND:-localhost}:8080/ (Ctrl-C stops it)"
exec "$server/bin/standalone.sh" -b "${SECGOV_BIND:-127.0.0.1}"
