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

# shellcheck source=bench/portal.sh
source "$root/bench/portal.sh"
bench_build
# The portal's own settings apply: the batch threshold (5000 claims) and chunk (1000 lines) unless
# KEPIL_REIMBURSEMENT_BATCH_* say otherwise.
start_portal

echo "== $suppliers listed suppliers with a few products each"
generate_catalog $((suppliers * 4)) "$suppliers"

echo "== registers over $claims claims"
java -Duser.timezone=UTC -cp "$cp" kz.kepil.bench.RegisterBench --base="http://localhost:$port" \
    --url="jdbc:mariadb://127.0.0.1:$db_port/kepil" --user=kepil --password=kepil \
    --claims="$claims" --suppliers="$suppliers" --launcher-pid="$launcher" --out="$out" \
    --label="claims=$claims suppliers=$suppliers batch-threshold=${KEPIL_REIMBURSEMENT_BATCH_THRESHOLD:-5000} chunk=${KEPIL_REIMBURSEMENT_BATCH_CHUNK:-1000} KEPIL_JAVA_OPTS=${KEPIL_JAVA_OPTS:-<launcher default>}"
