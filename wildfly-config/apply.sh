#!/usr/bin/env bash
# Applies wildfly-config/*.cli, in order, to a WildFly installation that is not running
# (offline, through embed-server). Each script is idempotent: applying twice changes nothing.
# Usage: wildfly-config/apply.sh <jboss-home> <mariadb-java-client.jar> [server-config]
# For a running server use: jboss-cli.sh --connect --properties=... --file=<script> (docs/operations.md).
set -euo pipefail
home=${1:?usage: apply.sh <jboss-home> <mariadb-java-client.jar> [server-config]}
jar=${2:?usage: apply.sh <jboss-home> <mariadb-java-client.jar> [server-config]}
config=${3:-standalone.xml}
here=$(cd "$(dirname "$0")" && pwd)
batch=$(mktemp)
trap 'rm -f "$batch"' EXIT
{
  echo "embed-server --std-out=discard --server-config=$config"
  for f in "$here"/[0-9][0-9]-*.cli; do cat "$f"; echo; done
  if [ -n "${HROMADA_DB_PASSWORD:-}" ]; then cat "$here/optional/datasource-password.cli"; echo; fi
  echo "stop-embedded-server"
} > "$batch"
JAVA_OPTS="${JAVA_OPTS:-} -Dhromada.mariadb.jar=$jar" "$home/bin/jboss-cli.sh" --file="$batch" \
  -Dhromada.mariadb.jar="$jar" > "$home/hromada-config.log" 2>&1 || { cat "$home/hromada-config.log"; exit 1; }
echo "wildfly-config: applied $(ls "$here"/[0-9][0-9]-*.cli | wc -l) scripts to $home/standalone/configuration/$config"
