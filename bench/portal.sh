# Sourced by the bench scripts: builds the portal and the bench classes, and starts a fresh portal with its
# own embedded MariaDB that is stopped again when the script ends, also when something fails.
# Expects: root (the checkout), out (the results folder), port, db_port, build (1: always build).
# Sets: cp (the bench classpath) and launcher (the launcher's pid, while the portal runs).

# The portal must use its own embedded database, never one configured for something else.
unset KEPIL_DB_URL KEPIL_DB_USER KEPIL_DB_PASSWORD

bench_build() {
    mkdir -p "$out"
    if [[ $build == 1 || ! -f "$root/target/kepil.war" || ! -f "$out/classpath.txt" ]]; then
        echo "== building the portal and the bench classes"
        # shellcheck disable=SC2086
        (cd "$root" && mvn -q ${MVN_ARGS:-} -Pbench -DskipTests package dependency:build-classpath \
            -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt")
    fi
    cp="$root/target/test-classes:$root/target/classes:$(cat "$out/classpath.txt")"
}

launcher=""
stop_portal() {
    if [[ -n $launcher ]]; then
        echo "== stopping the portal"
        java -cp "$cp" kz.kepil.platform.launcher.Launcher stop --pid-file="$out/portal.pid" || kill "$launcher" 2>/dev/null || true
        wait "$launcher" 2>/dev/null || true
        launcher=""
    fi
}

# Starts the portal without demo data and waits until it is ready. The same launcher JVM options as
# `mvn -Prun` and the integration-test portal; the portal JVM gets KEPIL_JAVA_OPTS or the launcher's default.
start_portal() {
    trap stop_portal EXIT
    trap 'exit 130' INT TERM
    local log="$out/portal.log"
    echo "== starting a fresh portal on port $port (database on $db_port), log in $log"
    java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cp" kz.kepil.platform.launcher.Launcher run \
        --war="$root/target/kepil.war" --payara="$root/target/payara/payara-micro.jar" \
        --port="$port" --db-port="$db_port" --data-dir="$out/data" --fresh --no-demo \
        --log="$log" --pid-file="$out/portal.pid" >"$out/launcher.out" 2>&1 &
    launcher=$!
    java -cp "$cp" kz.kepil.platform.launcher.Launcher await --port="$port" --pid-file="$out/portal.pid" --log="$log" --timeout=240
}

# Fills the portal's database with listed suppliers and product cards; the count of orderable cards goes
# to $out/expected.txt.
generate_catalog() {
    java -Duser.timezone=UTC -cp "$cp" kz.kepil.bench.CatalogGenerator \
        --url="jdbc:mariadb://127.0.0.1:$db_port/kepil" --user=kepil --password=kepil \
        --products="$1" --suppliers="$2" --expected-file="$out/expected.txt"
}
