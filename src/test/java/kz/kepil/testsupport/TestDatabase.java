package kz.kepil.testsupport;

import kz.kepil.shared.domain.KzIdentifiers;
import kz.kepil.shared.domain.Sha256;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Direct access to the integration-test portal's database (the same KEPIL_DB_* settings the portal
 * got), for fixtures that would otherwise need flows later issues build, and for tampering tests.
 */
public final class TestDatabase {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        String url = env("KEPIL_DB_URL", "jdbc:mariadb://127.0.0.1:3317/kepil");
        return DriverManager.getConnection(url, env("KEPIL_DB_USER", "root"), env("KEPIL_DB_PASSWORD", ""));
    }

    /** A signed-in test user: its id, IIN and a bearer token for it. */
    public record TestUser(long id, String iin, String token) {
    }

    /**
     * A new user with a fresh, valid IIN, the given roles (an akimat role gets akimat SD-75, a
     * supplier role supplier 1) and an open session.
     */
    public static TestUser userWithRoles(String... roles) {
        String iin = freshIin();
        try (Connection c = connect()) {
            long id;
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO app_user (iin, full_name, created_at) VALUES (?, ?, UTC_TIMESTAMP(6))",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, iin);
                insert.setString(2, "Test user " + iin);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (String role : roles) {
                try (PreparedStatement grant = c.prepareStatement("INSERT INTO user_role (user_id, role, supplier_id, "
                        + "akimat_code, granted_at, granted_by) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(6), 'test')")) {
                    grant.setLong(1, id);
                    grant.setString(2, role);
                    grant.setObject(3, role.startsWith("SUPPLIER_") ? 1L : null);
                    grant.setString(4, role.startsWith("AKIMAT_") || role.startsWith("FINANCE_") ? "SD-75" : null);
                    grant.executeUpdate();
                }
            }
            return new TestUser(id, iin, openSession(c, id));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Another session of a user, valid for 400 days of real time: for tests that move the portal's
     * clock months ahead, where a normal session would have expired.
     */
    public static String longSession(long userId) {
        try (Connection c = connect()) {
            return openSession(c, userId, ChronoUnit.DAYS.getDuration().multipliedBy(400));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String openSession(Connection c, long userId) throws SQLException {
        return openSession(c, userId, ChronoUnit.HOURS.getDuration());
    }

    private static String openSession(Connection c, long userId, java.time.Duration lifetime) throws SQLException {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO auth_session (token_hash, user_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            insert.setString(1, Sha256.hex(token));
            insert.setLong(2, userId);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setTimestamp(4, Timestamp.from(now.plus(lifetime)));
            insert.executeUpdate();
        }
        return token;
    }

    /** A valid IIN of an adult born in the 1980s that no test has used yet (with overwhelming odds). */
    public static String freshIin() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (true) {
            String eleven = String.format("8%d%02d%02d%d%04d", r.nextInt(10), 1 + r.nextInt(12), 1 + r.nextInt(28),
                    3 + r.nextInt(2), r.nextInt(10_000));
            var iin = KzIdentifiers.withCheckDigit(eleven);
            if (iin.isPresent()) {
                return iin.get();
            }
        }
    }

    /** A valid BIN of a resident legal entity registered in the 2010s that no test has used yet. */
    public static String freshBin() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        while (true) {
            String eleven = String.format("1%d%02d4%d%05d", r.nextInt(10), 1 + r.nextInt(12), r.nextInt(2), r.nextInt(100_000));
            var bin = KzIdentifiers.withCheckDigit(eleven);
            if (bin.isPresent()) {
                return bin.get();
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
