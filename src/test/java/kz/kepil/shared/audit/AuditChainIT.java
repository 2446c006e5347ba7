package kz.kepil.shared.audit;

import jakarta.json.JsonObject;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestDatabase.TestUser;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail as auditors use it: state changes appear in it with who made them, and a row
 * changed or deleted by hand in the database makes the verification fail at that row. Each test puts
 * the row back, so the shared portal's trail is intact again afterwards.
 */
class AuditChainIT {

    @Test
    void roleGrantIsAuditedWithActorAndBeforeAndAfter() {
        TestUser authority = TestDatabase.userWithRoles("AUTHORITY");
        TestUser auditor = TestDatabase.userWithRoles("AUDITOR");
        TestUser staff = TestDatabase.userWithRoles();

        grant(authority, staff, "AUDITOR");

        Reply events = Portal.get("/api/v1/audit?entity=UserAccount&id=" + staff.id(), auditor.token());
        assertThat(events.status()).as(events.toString()).isEqualTo(200);
        JsonObject event = events.jsonArray().getJsonObject(0);
        assertThat(event.getString("action")).isEqualTo("ROLE_GRANTED");
        assertThat(event.getString("actor")).isEqualTo("iin:" + authority.iin());
        assertThat(event.getString("before")).contains("roles=[]");
        assertThat(event.getString("after")).contains("AUDITOR");
        assertThat(event.getString("hash")).hasSize(64);
    }

    @Test
    void intactTrailVerifies() {
        TestUser auditor = TestDatabase.userWithRoles("AUDITOR");
        grant(TestDatabase.userWithRoles("AUTHORITY"), TestDatabase.userWithRoles(), "AUDITOR");

        Reply report = Portal.get("/api/v1/audit/verification", auditor.token());

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().getBoolean("valid")).as(report.toString()).isTrue();
        assertThat(report.json().getJsonNumber("checked").longValue()).isPositive();
    }

    @Test
    void rowChangedByHandMakesTheVerificationFailAtThatRow() throws SQLException {
        TestUser auditor = TestDatabase.userWithRoles("AUDITOR");
        TestUser staff = TestDatabase.userWithRoles();
        grant(TestDatabase.userWithRoles("AUTHORITY"), staff, "AUDITOR");
        long seq = newestSeq(staff);

        try (Connection c = TestDatabase.connect()) {
            String original = afterState(c, seq);
            update(c, seq, original.replace("AUDITOR", "AUTHORITY"));
            try {
                Reply report = Portal.get("/api/v1/audit/verification", auditor.token());

                assertThat(report.json().getBoolean("valid")).isFalse();
                assertThat(report.json().getJsonNumber("brokenAt").longValue()).isEqualTo(seq);
                assertThat(report.json().getString("problem")).contains("changed");
            } finally {
                update(c, seq, original);
            }
        }
        assertThat(Portal.get("/api/v1/audit/verification", auditor.token()).json().getBoolean("valid")).isTrue();
    }

    @Test
    void rowDeletedByHandMakesTheVerificationFail() throws SQLException {
        TestUser auditor = TestDatabase.userWithRoles("AUDITOR");
        TestUser staff = TestDatabase.userWithRoles();
        grant(TestDatabase.userWithRoles("AUTHORITY"), staff, "AUDITOR");
        long seq = newestSeq(staff);

        try (Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement copy = c.prepareStatement(
                    "CREATE TEMPORARY TABLE audit_event_saved AS SELECT * FROM audit_event WHERE seq = ?")) {
                copy.setLong(1, seq);
                copy.executeUpdate();
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM audit_event WHERE seq = ?")) {
                delete.setLong(1, seq);
                delete.executeUpdate();
            }
            c.commit();
            try {
                Reply report = Portal.get("/api/v1/audit/verification", auditor.token());

                assertThat(report.json().getBoolean("valid")).isFalse();
                assertThat(report.json().getJsonNumber("brokenAt").longValue()).isEqualTo(seq);
            } finally {
                c.createStatement().executeUpdate("INSERT INTO audit_event SELECT * FROM audit_event_saved");
                c.commit();
            }
        }
        assertThat(Portal.get("/api/v1/audit/verification", auditor.token()).json().getBoolean("valid")).isTrue();
    }

    @Test
    void onlyAuditorsReadTheTrail() {
        TestUser authority = TestDatabase.userWithRoles("AUTHORITY");

        assertThat(Portal.get("/api/v1/audit?entity=UserAccount", authority.token()).status()).isEqualTo(403);
    }

    @Test
    void readingTheTrailNeedsTheEntityType() {
        Reply reply = Portal.get("/api/v1/audit", TestDatabase.userWithRoles("AUDITOR").token());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problemCode()).isEqualTo("VALIDATION_FAILED");
    }

    private static void grant(TestUser authority, TestUser to, String role) {
        Reply reply = Portal.post("/api/v1/users/" + to.id() + "/roles", "{\"role\": \"" + role + "\"}", authority.token());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static long newestSeq(TestUser user) throws SQLException {
        try (Connection c = TestDatabase.connect();
             PreparedStatement q = c.prepareStatement(
                     "SELECT MAX(seq) FROM audit_event WHERE entity_type = 'UserAccount' AND entity_id = ?")) {
            q.setString(1, Long.toString(user.id()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String afterState(Connection c, long seq) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT after_state FROM audit_event WHERE seq = ?")) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void update(Connection c, long seq, String after) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE audit_event SET after_state = ? WHERE seq = ?")) {
            u.setString(1, after);
            u.setLong(2, seq);
            u.executeUpdate();
        }
    }
}
