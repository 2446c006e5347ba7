#!/usr/bin/env bash
# Catalog search under load: builds the portal and the bench classes, starts a fresh portal with its own
# embedded MariaDB on ports of its own, fills it with a generated catalog, waits until search sees the
# catalog, measures the trivial endpoint and the search scenarios in one run, and stops the portal again
# (also when something fails). Results: target/search-bench/search-load.{md,json,csv}.
#
#   bench/search-bench.sh [--products=50000] [--suppliers=200] [--threads=32] [--warmup=15] [--duration=45]
#                         [--scenarios=ping,text,filters,deep,mixed] [--no-build]
#
# Environment: KEPIL_BENCH_PORT (8383), KEPIL_BENCH_DB_PORT (3337), MVN_ARGS (extra Maven options, e.g. -o),
# KEPIL_JAVA_OPTS (the portal JVM's options; unset, the launcher's default as for `mvn -Prun` and the tests).
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/target/search-bench"
port=${KEPIL_BENCH_PORT:-8383}
db_port=${KEPIL_BENCH_DB_PORT:-3337}
products=50000
suppliers=200
build=1
load_args=()
for arg in "$@"; do
    case "$arg" in
        --products=*) products=${arg#*=} ;;
        --suppliers=*) suppliers=${arg#*=} ;;
        --no-build) build=0 ;;
        --threads=* | --warmup=* | --duration=* | --scenarios=*) load_args+=("$arg") ;;
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
# KEPIL_JAVA_OPTS or the launcher's default.
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cp" kz.kepil.platform.launcher.Launcher run \
    --war="$root/target/kepil.war" --payara="$root/target/payara/payara-micro.jar" \
    --port="$port" --db-port="$db_port" --data-dir="$out/data" --fresh --no-demo \
    --log="$log" --pid-file="$pid_file" >"$out/launcher.out" 2>&1 &
launcher=$!
java -cp "$cp" kz.kepil.platform.launcher.Launcher await --port="$port" --pid-file="$pid_file" --log="$log" --timeout=240

echo "== generating $products product cards of $suppliers suppliers"
java -Duser.timezone=UTC -cp "$cp" kz.kepil.bench.CatalogGenerator \
    --url="jdbc:mariadb://127.0.0.1:$db_port/kepil" --user=kepil --password=kepil \
    --products="$products" --suppliers="$suppliers" --expected-file="$out/expected.txt"
expected=$(cat "$out/expected.txt")

echo "== waiting until search finds the $expected orderable cards"
total=0
for _ in $(seq 1 120); do
    total=$(curl -fsS "http://localhost:$port/api/v1/products?size=1" | jq -r '.total') || total=0
    [[ $total == "$expected" ]] && break
    sleep 1
done
if [[ $total != "$expected" ]]; then
    echo "search finds $total cards, expected $expected" >&2
    exit 1
fi
echo "search finds $total cards"

echo "== load"
java -cp "$cp" kz.kepil.bench.SearchLoad --base="http://localhost:$port" --out="$out" --launcher-pid="$launcher" \
    --label="products=$products suppliers=$suppliers KEPIL_JAVA_OPTS=${KEPIL_JAVA_OPTS:-<launcher default>}" \
    "${load_args[@]}"
