package kz.kepil.bench;

import kz.kepil.shared.domain.KzIdentifiers;
import kz.kepil.shared.domain.Sha256;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Building a payment register over many claims, on a running portal: READY claims are generated straight
 * into its database for one akimat a scale, then, on the same data in the same run,
 * <ol>
 *   <li>the portal builds the register through its API ({@code POST /api/v1/reimbursement/registers}, the
 *       batch job above the threshold), timed from the request to the register being a DRAFT, polling its
 *       progress every half second; then what an approver downloads of the register built: its document (which
 *       binds the lines by their SHA-256) and the lines themselves, streamed;</li>
 *   <li>after the claims are put back, a plain {@code INSERT INTO payment_register_line … SELECT … FROM claim}
 *       of the same lines, one statement;</li>
 *   <li>after the lines are removed again, the same INSERT … SELECT plus the {@code UPDATE claim} that marks
 *       the claims taken: the data change the batch job makes, without its chunks, checkpoints and audit.</li>
 * </ol>
 *
 * <pre>
 * RegisterBench [--base=http://localhost:8484] [--url=jdbc:mariadb://127.0.0.1:3347/kepil] [--user=kepil] [--password=kepil]
 *               [--claims=100000,1000000] [--suppliers=5] [--launcher-pid=N] [--out=target/register-bench] [--label=…]
 * </pre>
 *
 * The claims of a scale belong to an akimat of their own, completed over the last full month, with
 * amounts that differ claim by claim, going round the suppliers in the database (the script has
 * {@code CatalogGenerator} list a few, with products). Each claim has its COMPLETED order, generated too;
 * the orders' entitlements are not (the register reads only claims), so the orders are inserted without
 * foreign-key checks — the claims keep theirs. Every result is checked: as many lines as claims,
 * each claim once, the total the sum of the claims. CPU time of the portal's JVM and of the database is
 * read from the operating system with {@code --launcher-pid}; "other processes" is what the machine spent
 * beyond them and this program. Results: {@code register-bench.md} and {@code .json} in the output folder.
 */
public final class RegisterBench {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final String[] AKIMATS = {"SD-71", "SD-75", "SD-11", "SD-10", "SD-15"};
    private static final int GENERATE_BATCH = 100_000;
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern DONE = Pattern.compile("\"claimsDone\"\\s*:\\s*(\\d+)");
    private static final Pattern LINES = Pattern.compile("\"lineCount\"\\s*:\\s*(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*([0-9.]+)");

    /** One way of building, timed, with the CPU it took. */
    record Measured(int claims, String way, double seconds, Double portalCpuSeconds, Double dbCpuSeconds, double busyCores,
                    Double otherCores, String loadBefore, String loadAfter, String note) {

        double claimsPerSecond() {
            return claims / seconds;
        }
    }

    private final Map<String, String> options;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private RegisterBench(Map<String, String> options) {
        this.options = options;
        this.base = options.getOrDefault("base", "http://localhost:8484");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        new RegisterBench(options).run();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(options.getOrDefault("url", "jdbc:mariadb://127.0.0.1:3347/kepil"),
                options.getOrDefault("user", "kepil"), options.getOrDefault("password", "kepil"));
    }

    private void run() throws Exception {
        Path out = Path.of(options.getOrDefault("out", "target/register-bench"));
        Files.createDirectories(out);
        int suppliers = Integer.parseInt(options.getOrDefault("suppliers", "5"));
        List<Integer> scales = Arrays.stream(options.getOrDefault("claims", "100000,1000000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        LocalDate periodTo = LocalDate.now(ALMATY).withDayOfMonth(1).minusDays(1);
        LocalDate periodFrom = periodTo.withDayOfMonth(1);
        System.out.printf(Locale.ROOT, "%s: scales %s, %d suppliers, period %s..%s, %d cores, load %s%n", base, scales, suppliers,
                periodFrom, periodTo, Runtime.getRuntime().availableProcessors(), Machine.loadAverage());
        List<Measured> results = new ArrayList<>();
        List<String> generation = new ArrayList<>();
        for (int i = 0; i < scales.size(); i++) {
            int claims = scales.get(i);
            String akimat = AKIMATS[i % AKIMATS.length];
            long firstOrder = (i + 1) * 100_000_000L;
            Instant started = Instant.now();
            generate(akimat, claims, suppliers, firstOrder, periodFrom, periodTo);
            double generated = Duration.between(started, Instant.now()).toMillis() / 1000.0;
            generation.add(String.format(Locale.ROOT, "%d claims of %s generated in %.1f s", claims, akimat, generated));
            System.out.println(generation.get(generation.size() - 1));
            BigDecimal expected = sumOfClaims(akimat);
            String token = financeOfficer(akimat);

            Measured batch = measure(claims, "portal: batch job through the API", () -> portalBuild(akimat, periodFrom, periodTo,
                    token, claims, expected));
            results.add(print(batch));
            long batchRegister = lastRegister(akimat);
            results.add(print(measure(claims, "portal: the register's document for the approver to sign",
                    () -> download(batchRegister, "/document", token))));
            results.add(print(measure(claims, "portal: the document's lines, streamed (their digest is in the document)",
                    () -> download(batchRegister, "/document/lines", token))));
            reset(akimat, batchRegister);

            long plain = register(akimat, periodFrom, periodTo, claims);
            results.add(print(measure(claims, "plain SQL: INSERT … SELECT of the lines", () -> {
                insertSelect(akimat, plain, periodFrom, periodTo, false, claims, expected);
                return null;
            })));
            reset(akimat, plain);

            long marked = register(akimat, periodFrom, periodTo, claims);
            results.add(print(measure(claims, "plain SQL: INSERT … SELECT + UPDATE claim, one transaction", () -> {
                insertSelect(akimat, marked, periodFrom, periodTo, true, claims, expected);
                return null;
            })));
            reset(akimat, marked);
        }
        String label = options.getOrDefault("label", "");
        Files.writeString(out.resolve("register-bench.md"), markdown(results, generation, label));
        Files.writeString(out.resolve("register-bench.json"), json(results, label));
        System.out.println();
        System.out.print(markdown(results, generation, label));
    }

    private static Measured print(Measured m) {
        System.out.printf(Locale.ROOT, "%9d claims  %-60s %8.1f s %9.0f claims/s%s%n", m.claims(), m.way(), m.seconds(),
                m.claimsPerSecond(), m.note() == null ? "" : "  (" + m.note() + ")");
        return m;
    }

    /**
     * COMPLETED orders and their READY claims for one akimat, completed over the period, in batches of
     * INSERT … SELECT from MariaDB's sequence engine, going round the suppliers; amounts from 1 000.00 to
     * 5 999.99 that differ claim by claim.
     */
    private void generate(String akimat, int claims, int suppliers, long firstOrder, LocalDate from, LocalDate to)
            throws SQLException {
        long seconds = ChronoUnit.SECONDS.between(from.atStartOfDay(ALMATY), to.plusDays(1).atStartOfDay(ALMATY));
        Instant start = from.atStartOfDay(ALMATY).toInstant();
        try (Connection c = connect()) {
            List<long[]> shops = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT s.id, MIN(p.id) FROM supplier s JOIN product p ON p.supplier_id = s.id"
                         + " WHERE s.status = 'LISTED' GROUP BY s.id ORDER BY s.id LIMIT " + suppliers)) {
                while (rs.next()) {
                    shops.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            if (shops.isEmpty()) {
                throw new IllegalStateException("no listed supplier with a product: run CatalogGenerator first");
            }
            String supplierOf = "ELT(1 + MOD(seq, " + shops.size() + "), " + String.join(", ", shops.stream()
                    .map(x -> Long.toString(x[0])).toList()) + ")";
            String productOf = "ELT(1 + MOD(seq, " + shops.size() + "), " + String.join(", ", shops.stream()
                    .map(x -> Long.toString(x[1])).toList()) + ")";
            String amount = "1000.00 + MOD((? + seq) * 7919, 500000) / 100";
            String completed = "? + INTERVAL MOD(seq * 37, ?) SECOND";
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION foreign_key_checks = 0");
            }
            for (int done = 0; done < claims; done += GENERATE_BATCH) {
                int n = Math.min(GENERATE_BATCH, claims - done);
                long offset = firstOrder + done;
                try (PreparedStatement insert = c.prepareStatement(("""
                        INSERT INTO purchase_order (id, measure_id, iin, product_id, supplier_id, classifier_code, region_code, akimat_code,
                            product_name, quantity, price, guaranteed_sum, state_amount, top_up, total, status, status_since, created_at,
                            created_by, completed_at)
                        SELECT ? + seq, ? + seq, '850214300001', %s, %s, 'HYG-SHEET-60X60', 'KZ-75', ?, 'Benchmark pads', 1,
                            %s, 6000.00, %s, 0, %s, 'COMPLETED', %s, %s, '850214300001', %s
                        FROM seq_1_to_%d""").formatted(productOf, supplierOf, amount, amount, amount, completed, completed, completed, n))) {
                    int i = 1;
                    insert.setLong(i++, offset);
                    insert.setLong(i++, offset);
                    insert.setString(i++, akimat);
                    for (int k = 0; k < 3; k++) {
                        insert.setLong(i++, offset);
                    }
                    for (int k = 0; k < 3; k++) {
                        insert.setTimestamp(i++, Timestamp.from(start));
                        insert.setLong(i++, seconds);
                    }
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = c.prepareStatement(("""
                        INSERT INTO claim (order_id, order_number, akimat_code, supplier_id, iin, measure_id, classifier_code, quantity,
                            guaranteed_sum, amount, order_signed_at, order_completed_at, order_sha256, order_signature_id,
                            decision_signature_id, delivery_signature_id, receipt_signature_id, status, checks, checked_at, created_at)
                        SELECT o.id, CONCAT('O-', o.id), o.akimat_code, o.supplier_id, o.iin, o.measure_id, o.classifier_code, o.quantity,
                            o.guaranteed_sum, o.state_amount, o.created_at, o.completed_at, REPEAT('a', 64), 1, 2, 3, 4, 'READY', NULL,
                            UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
                        FROM purchase_order o WHERE o.id > ? AND o.id <= ? ORDER BY o.id"""))) {
                    insert.setLong(1, offset);
                    insert.setLong(2, offset + n);
                    insert.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE claim");
            }
        }
    }

    private BigDecimal sumOfClaims(String akimat) throws SQLException {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("SELECT SUM(amount) FROM claim WHERE akimat_code = ? AND status = 'READY'")) {
            s.setString(1, akimat);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    /** A finance officer of the akimat with an open session (the bench portal has no demo users); its bearer token. */
    private String financeOfficer(String akimat) throws SQLException {
        String iin = KzIdentifiers.withCheckDigit("8502143" + String.format("%04d", (int) (Math.random() * 10_000)))
                .orElseGet(() -> KzIdentifiers.withCheckDigit("85021430001").orElseThrow());
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try (Connection c = connect()) {
            long user;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO app_user (iin, full_name, created_at) VALUES (?, ?, UTC_TIMESTAMP(6))"
                    + " ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, iin);
                s.setString(2, "Benchmark finance officer");
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    user = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO user_role (user_id, role, supplier_id, akimat_code, granted_at,"
                    + " granted_by) VALUES (?, 'FINANCE_OFFICER', NULL, ?, UTC_TIMESTAMP(6), 'bench')")) {
                s.setLong(1, user);
                s.setString(2, akimat);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO auth_session (token_hash, user_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")) {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                s.setString(1, Sha256.hex(token));
                s.setLong(2, user);
                s.setTimestamp(3, Timestamp.from(now));
                s.setTimestamp(4, Timestamp.from(now.plus(Duration.ofHours(8))));
                s.executeUpdate();
            }
        }
        return token;
    }

    /** The portal builds the register; polled every half second until it is a DRAFT, then checked against the claims. */
    private String portalBuild(String akimat, LocalDate from, LocalDate to, String token, int claims, BigDecimal expected)
            throws Exception {
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reimbursement/registers"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"akimatCode\":\"" + akimat + "\",\"periodFrom\":\"" + from
                        + "\",\"periodTo\":\"" + to + "\"}")).timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 202 && created.statusCode() != 201) {
            throw new IllegalStateException("POST registers: " + created.statusCode() + " " + created.body());
        }
        String id = first(ID, created.body()).orElseThrow();
        String body = created.body();
        int lastReported = -1;
        Instant started = Instant.now();
        while ("BUILDING".equals(first(STATUS, body).orElse(""))) {
            Thread.sleep(500);
            body = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/reimbursement/registers/" + id + "?lines=0"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            int done = first(DONE, body).map(Integer::parseInt).orElse(0);
            if (done * 10L / claims != lastReported) {
                lastReported = (int) (done * 10L / claims);
                System.out.printf(Locale.ROOT, "    %7.1f s  %d of %d claims%n", Duration.between(started, Instant.now()).toMillis() / 1000.0,
                        done, claims);
            }
        }
        String status = first(STATUS, body).orElse("?");
        int lines = first(LINES, body).map(Integer::parseInt).orElse(-1);
        BigDecimal total = first(TOTAL, body).map(BigDecimal::new).orElse(BigDecimal.ZERO);
        if (!"DRAFT".equals(status) || lines != claims || total.compareTo(expected) != 0) {
            throw new IllegalStateException("register " + id + " ended " + status + " with " + lines + " lines, total " + total
                    + "; expected " + claims + " lines, total " + expected);
        }
        checkLines(Long.parseLong(id), claims, expected);
        return created.statusCode() == 202 ? "202, batch job" : "201, built in the request";
    }

    /**
     * A download of the register ({@code /document}: what the approver signs; {@code /document/lines}: every
     * line with its supplier's account), read to its end and dropped; the note says how large it was.
     */
    private String download(long register, String what, String token) throws Exception {
        HttpResponse<java.io.InputStream> response = client.send(HttpRequest.newBuilder(URI.create(base
                + "/api/v1/reimbursement/registers/" + register + what)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(10)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (java.io.InputStream in = response.body()) {
            bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + what + " of register " + register + ": " + response.statusCode());
        }
        return bytes < 100_000 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private long lastRegister(String akimat) throws SQLException {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("SELECT MAX(id) FROM payment_register WHERE akimat_code = ?")) {
            s.setString(1, akimat);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * A register row for the plain SQL to write lines into. DISCARDED, not BUILDING: the portal would take a
     * BUILDING register without a running job for one to resume.
     */
    private long register(String akimat, LocalDate from, LocalDate to, int claims) throws SQLException {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("INSERT INTO payment_register (akimat_code, period_from, period_to, status, total,"
                     + " line_count, created_by, created_at) VALUES (?, ?, ?, 'DISCARDED', 0, 0, '850214300001', UTC_TIMESTAMP(6))",
                     Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, akimat);
            s.setObject(2, from);
            s.setObject(3, to);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void insertSelect(String akimat, long register, LocalDate from, LocalDate to, boolean markClaims, int claims,
                              BigDecimal expected) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO payment_register_line (register_id, claim_id, order_id,"
                    + " order_number, supplier_id, amount, active) SELECT ?, id, order_id, order_number, supplier_id, amount, TRUE"
                    + " FROM claim WHERE akimat_code = ? AND status = 'READY' AND order_completed_at >= ? AND order_completed_at < ?"
                    + " ORDER BY id")) {
                s.setLong(1, register);
                s.setString(2, akimat);
                s.setTimestamp(3, Timestamp.from(from.atStartOfDay(ALMATY).toInstant()));
                s.setTimestamp(4, Timestamp.from(to.plusDays(1).atStartOfDay(ALMATY).toInstant()));
                int n = s.executeUpdate();
                if (n != claims) {
                    throw new IllegalStateException("INSERT … SELECT wrote " + n + " lines, expected " + claims);
                }
            }
            if (markClaims) {
                try (PreparedStatement s = c.prepareStatement("UPDATE claim SET status = 'IN_REGISTER', register_id = ?,"
                        + " version = version + 1 WHERE akimat_code = ? AND status = 'READY' AND order_completed_at >= ?"
                        + " AND order_completed_at < ?")) {
                    s.setLong(1, register);
                    s.setString(2, akimat);
                    s.setTimestamp(3, Timestamp.from(from.atStartOfDay(ALMATY).toInstant()));
                    s.setTimestamp(4, Timestamp.from(to.plusDays(1).atStartOfDay(ALMATY).toInstant()));
                    int n = s.executeUpdate();
                    if (n != claims) {
                        throw new IllegalStateException("UPDATE claim marked " + n + " claims, expected " + claims);
                    }
                }
            }
            c.commit();
        }
        checkLines(register, claims, expected);
    }

    /** As many lines as claims, each claim once, the total the sum of the claims. */
    private void checkLines(long register, int claims, BigDecimal expected) throws SQLException {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT claim_id), SUM(amount)"
                     + " FROM payment_register_line WHERE register_id = ? AND active")) {
            s.setLong(1, register);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != claims || rs.getInt(2) != claims || rs.getBigDecimal(3).compareTo(expected) != 0) {
                    throw new IllegalStateException("register " + register + ": " + rs.getInt(1) + " lines, " + rs.getInt(2)
                            + " claims, total " + rs.getBigDecimal(3) + "; expected " + claims + " and " + expected);
                }
            }
        }
    }

    /** The claims READY again and the register's lines gone, for the next way of building on the same data. */
    private void reset(String akimat, long register) throws SQLException {
        Instant started = Instant.now();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM payment_register_line WHERE register_id = " + register);
                s.executeUpdate("UPDATE claim SET status = 'READY', register_id = NULL WHERE akimat_code = '" + akimat
                        + "' AND status = 'IN_REGISTER'");
                s.executeUpdate("UPDATE payment_register SET status = 'DISCARDED', line_count = 0, total = 0 WHERE id = " + register);
            }
            c.commit();
        }
        System.out.printf(Locale.ROOT, "    reset in %.1f s%n", Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    @FunctionalInterface
    interface Work {
        String run() throws Exception;
    }

    private Measured measure(int claims, String way, Work work) throws Exception {
        String loadBefore = Machine.loadAverage();
        Optional<Duration> portalBefore = Machine.cpuOf(options.get("launcher-pid"), "payara-micro");
        Optional<Duration> dbBefore = Machine.cpuOf(options.get("launcher-pid"), "mariadbd", "mysqld");
        Duration selfBefore = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        long[] machineBefore = Machine.jiffies();
        long started = System.nanoTime();
        String note = work.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] machineAfter = Machine.jiffies();
        Optional<Duration> portalAfter = Machine.cpuOf(options.get("launcher-pid"), "payara-micro");
        Optional<Duration> dbAfter = Machine.cpuOf(options.get("launcher-pid"), "mariadbd", "mysqld");
        Duration selfAfter = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        String loadAfter = Machine.loadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        long inProcesses = machineAfter[0] - machineBefore[0];
        long inInterrupts = machineAfter[1] - machineBefore[1];
        long elapsed = machineAfter[2] - machineBefore[2];
        double busyCores = elapsed <= 0 ? Double.NaN : (double) (inProcesses + inInterrupts) / elapsed * cores;
        double processCores = elapsed <= 0 ? Double.NaN : (double) inProcesses / elapsed * cores;
        Double portalCpu = seconds(portalBefore, portalAfter);
        Double dbCpu = seconds(dbBefore, dbAfter);
        Double other = portalCpu == null || dbCpu == null || Double.isNaN(processCores) ? null
                : Math.max(0, processCores - (portalCpu + dbCpu + selfAfter.minus(selfBefore).toNanos() / 1e9) / seconds);
        return new Measured(claims, way, seconds, portalCpu, dbCpu, busyCores, other, loadBefore, loadAfter, note);
    }

    private static Double seconds(Optional<Duration> before, Optional<Duration> after) {
        return before.isEmpty() || after.isEmpty() ? null : after.get().minus(before.get()).toNanos() / 1e9;
    }

    private static Optional<String> first(Pattern p, String body) {
        Matcher m = p.matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String markdown(List<Measured> results, List<String> generation, String label) {
        StringBuilder b = new StringBuilder();
        if (!label.isBlank()) {
            b.append(label).append("\n\n");
        }
        generation.forEach(g -> b.append("- ").append(g).append('\n'));
        b.append('\n');
        b.append("| Claims | Way | Time (s) | Claims/s | × INSERT … SELECT | Portal CPU (s) | Database CPU (s) | Busy cores |"
                + " Other processes (cores) | Load before → after |\n");
        b.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Measured m : results) {
            double plain = results.stream().filter(r -> r.claims() == m.claims() && r.way().startsWith("plain SQL: INSERT … SELECT of"))
                    .mapToDouble(Measured::seconds).findFirst().orElse(Double.NaN);
            b.append(String.format(Locale.ROOT, "| %d | %s | %.1f | %.0f | %.1f | %s | %s | %.2f | %s | %s → %s |%n", m.claims(), m.way(),
                    m.seconds(), m.claimsPerSecond(), m.seconds() / plain, m.portalCpuSeconds() == null ? "–"
                            : String.format(Locale.ROOT, "%.1f", m.portalCpuSeconds()),
                    m.dbCpuSeconds() == null ? "–" : String.format(Locale.ROOT, "%.1f", m.dbCpuSeconds()), m.busyCores(),
                    m.otherCores() == null ? "–" : String.format(Locale.ROOT, "%.2f", m.otherCores()), m.loadBefore(), m.loadAfter()));
        }
        return b.toString();
    }

    private static String json(List<Measured> results, String label) {
        StringBuilder b = new StringBuilder("{\"label\":\"").append(label.replace("\"", "'")).append("\",\"results\":[");
        for (int i = 0; i < results.size(); i++) {
            Measured m = results.get(i);
            b.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"claims\":%d,\"way\":\"%s\",\"seconds\":%.3f,\"claimsPerSecond\":%.1f,\"portalCpuSeconds\":%s,"
                            + "\"dbCpuSeconds\":%s,\"busyCores\":%.3f,\"otherCores\":%s,\"loadBefore\":\"%s\",\"loadAfter\":\"%s\"}",
                    m.claims(), m.way(), m.seconds(), m.claimsPerSecond(), num(m.portalCpuSeconds()), num(m.dbCpuSeconds()),
                    m.busyCores(), num(m.otherCores()), m.loadBefore(), m.loadAfter()));
        }
        return b.append("]}\n").toString();
    }

    private static String num(Double d) {
        return d == null ? "null" : String.format(Locale.ROOT, "%.3f", d);
    }
}
