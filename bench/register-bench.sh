#!/usr/bin/env bash
# Payment registers over many claims: builds the portal and the bench classes, starts a fresh portal with
# its own embedded MariaDB on ports of its own, generates READY claims straight into its database, and
# for each scale times, on the same data in the same run, the portal's build through its API (the batch
# job) against a plain INSERT … SELECT of the same lines (and the same with the UPDATE that marks the
# claims); stops the portal again, also when something fails. Results: target/register-bench/register-bench.{md,json}.
#
#   bench/register-bench.sh [--claims=100000,1000000] [--suppliers=5] [--no-build]
#
# Environment: KEPIL_BENCH_PORT (8484), KEPIL_BENCH_DB_PORT (3347), MVN_ARGS (extra Maven options, e.g. -o),
# KEPIL_JAVA_OPTS (the portal JVM's options; unset, the launcher's default as for `mvn -Prun` and the tests).
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/target/register-bench"
port=${KEPIL_BENCH_PORT:-8484}
db_port=${KEPIL_BENCH_DB_PORT:-3347}
claims=100000,1000000
suppliers=5
build=1
for arg in "$@"; do
    case "$arg" in
        --claims=*) claims=${arg#*=} ;;
        --suppliers=*) suppliers=${arg#*=} ;;
        --no-build) build=0 ;;
        *) echo "unknown option $arg" >&2; exit 2 ;;
    esac
done

# The portal must use its own embedded database, never one configured for something else.
unset KEPIL_DB_URL KEPIL_DB_USER KEPIL_DB_PASSWORD

mkdir -p "$out"
if [[ $build == 1 || ! -f target/kepil.war || ! -f "$out/classpath.txt" ]]; then
    echo "== building the portal and the bench classes"
    # shellcheck disable=SC2086
    mvn -q ${MVN_ARGS:-} -Pbench -DskipTests package dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt"
fi
cp="$root/target/test-classes:$root/target/classes:$(cat "$out/classpath.txt")"

pid_file="$out/portal.pid"
log="$out/portal.log"
launcher=""
stop_portal() {
    if [[ -n $launcher ]]; then
        echo "== stopping the portal"
        java -cp "$cp" kz.kepil.platform.launcher.Launcher stop --pid-file="$pid_file" || kill "$launcher" 2>/dev/null || true
        wait "$launcher" 2>/dev/null || true
        launcher=""
    fi
}
trap stop_portal EXIT
trap 'exit 130' INT TERM

echo "== starting a fresh portal on port $port (database on $db_port), log in $log"
# The same launcher JVM options as `mvn -Prun` and the integration-test portal; the portal JVM gets
# KEPIL_JAVA_OPTS or the launcher's default. The portal's own settings apply: the batch threshold
# (5000 claims) and chunk (1000 lines) unless KEPIL_REIMBURSEMENT_BATCH_* say otherwise.
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cp" kz.kepil.platform.launcher.Launcher run \
    --war="$root/target/kepil.war" --payara="$root/target/payara/payara-micro.jar" \
    --port="$port" --db-port="$db_port" --data-dir="$out/data" --fresh --no-demo \
    --log="$log" --pid-file="$pid_file" >"$out/launcher.out" 2>&1 &
launcher=$!
java -cp "$cp" kz.kepil.platform.launcher.Launcher await --port="$port" --pid-file="$pid_file" --log="$log" --timeout=240

echo "== $suppliers listed suppliers with a few products each"
java -Duser.timezone=UTC -cp "$cp" kz.kepil.bench.CatalogGenerator \
    --url="jdbc:mariadb://127.0.0.1:$db_port/kepil" --user=kepil --password=kepil \
    --products=$((suppliers * 4)) --suppliers="$suppliers" --expected-file="$out/expected.txt"

echo "== registers over $claims claims"
java -Duser.timezone=UTC -cp "$cp" kz.kepil.bench.RegisterBench --base="http://localhost:$port" \
    --url="jdbc:mariadb://127.0.0.1:$db_port/kepil" --user=kepil --password=kepil \
    --claims="$claims" --suppliers="$suppliers" --launcher-pid="$launcher" --out="$out" \
    --label="claims=$claims suppliers=$suppliers batch-threshold=${KEPIL_REIMBURSEMENT_BATCH_THRESHOLD:-5000} chunk=${KEPIL_REIMBURSEMENT_BATCH_CHUNK:-1000} KEPIL_JAVA_OPTS=${KEPIL_JAVA_OPTS:-<launcher default>}"
