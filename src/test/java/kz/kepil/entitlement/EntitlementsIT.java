package kz.kepil.entitlement;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.shared.domain.Iin;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestDatabase.TestUser;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entitlements through the API: E-Sobes sends measures in queue order, the beneficiary is told and
 * chooses within the window; reminders, blocks and reactivation follow the portal's clock.
 */
class EntitlementsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));

    private static String esobes() {
        return TestDatabase.userWithRoles("ESOBES").token();
    }

    private static String measure(String iin, String classifier, String queueNumber, LocalDate validTo) {
        return """
                {"iin":"%s","fullName":"Тестова Әйгерім","birthDate":"%s","phone":"+77010009999","akimatCode":"SD-75",
                 "region":"KZ-75","classifierCode":"%s","quantity":2,"iprValidFrom":"%s","iprValidTo":"%s",
                 "queueNumber":"%s","queueDate":"%s"}"""
                .formatted(iin, Iin.of(iin).birthDate().orElseThrow(), classifier, TODAY.minusMonths(1), validTo,
                        queueNumber, TODAY.minusDays(10));
    }

    private static String portalType() {
        return Portal.get("/api/v1/classifier?channel=PORTAL&category=WHEELCHAIRS").jsonArray().getJsonObject(0).getString("code");
    }

    private static JsonObject entitlement(String token, long id) {
        return Portal.get("/api/v1/me/entitlements", token).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static String queue() {
        return "Q-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aMeasureFromEsobesIsReceivedOnceAndOpensForSelectionForTwoMonths() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        String esobes = esobes();
        String body = measure(beneficiary.iin(), portalType(), queue(), TODAY.plusYears(1));
        Reply first = Portal.post("/api/v1/integration/esobes/measures", body, esobes);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getString("status")).isEqualTo("SELECTABLE");
        long id = first.json().getJsonNumber("id").longValue();
        Reply again = Portal.post("/api/v1/integration/esobes/measures", body, esobes);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getJsonNumber("id").longValue()).isEqualTo(id);

        JsonObject mine = entitlement(beneficiary.token(), id);
        Instant notified = Instant.parse(mine.getString("notifiedAt"));
        Instant until = Instant.parse(mine.getString("selectableUntil"));
        assertThat(Duration.between(notified, until).toDays()).isBetween(59L, 62L);
        assertThat(mine.getInt("remainingQuantity")).isEqualTo(2);
        TestUser other = TestDatabase.userWithRoles("BENEFICIARY");
        assertThat(Portal.get("/api/v1/me/entitlements", other.token()).jsonArray()).isEmpty();
        assertThat(Portal.get("/api/v1/entitlements/" + id, other.token()).status()).isEqualTo(404);
        assertThat(Portal.get("/api/v1/me/entitlements?iin=" + beneficiary.iin(), other.token()).status()).isEqualTo(403);

        String specialist = TestDatabase.userWithRoles("AKIMAT_SPECIALIST").token();
        JsonArray sms = Portal.get("/api/v1/notifications/sms?iin=" + beneficiary.iin(), specialist).jsonArray();
        assertThat(sms.stream().map(JsonValue::asJsonObject).filter(r -> r.getString("type").equals("SELECTION_OPEN"))
                .map(r -> r.getString("caseNumber")).toList()).containsExactly("M-" + id);
        JsonArray queue = Portal.get("/api/v1/akimats/SD-75/entitlements?status=SELECTABLE", specialist).jsonArray();
        assertThat(queue.stream().anyMatch(m -> m.asJsonObject().getJsonNumber("id").longValue() == id)).isTrue();
        assertThat(Portal.get("/api/v1/akimats/SD-75/entitlements", beneficiary.token()).status()).isEqualTo(403);
    }

    @Test
    void whatEsobesSendsIsCheckedBeforeAnythingIsStored() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        String esobes = esobes();
        String type = portalType();
        assertThat(Portal.post("/api/v1/integration/esobes/measures",
                measure(beneficiary.iin(), type, queue(), TODAY.minusDays(1)), esobes).problemCode()).isEqualTo("IPR_EXPIRED");
        String procurement = Portal.get("/api/v1/classifier?channel=PROCUREMENT").jsonArray().getJsonObject(0).getString("code");
        assertThat(Portal.post("/api/v1/integration/esobes/measures",
                measure(beneficiary.iin(), procurement, queue(), TODAY.plusYears(1)), esobes).problemCode())
                .isEqualTo("PRODUCT_TYPE_NOT_ON_PORTAL");
        String wrongRegion = measure(beneficiary.iin(), type, queue(), TODAY.plusYears(1)).replace("\"KZ-75\"", "\"KZ-71\"");
        assertThat(Portal.post("/api/v1/integration/esobes/measures", wrongRegion, esobes).problemCode())
                .isEqualTo("REGION_MISMATCH");
        String wrongBirth = measure(beneficiary.iin(), type, queue(), TODAY.plusYears(1))
                .replace(Iin.of(beneficiary.iin()).birthDate().orElseThrow().toString(), "1900-01-01");
        assertThat(Portal.post("/api/v1/integration/esobes/measures", wrongBirth, esobes).problemCode())
                .isEqualTo("BIRTH_DATE_MISMATCH");
        assertThat(Portal.post("/api/v1/integration/esobes/measures",
                measure(beneficiary.iin(), type, queue(), TODAY.plusYears(1)), beneficiary.token()).status()).isEqualTo(403);
        assertThat(Portal.get("/api/v1/me/entitlements", beneficiary.token()).jsonArray()).isEmpty();
    }

    @Test
    void theBeneficiaryIsRemindedAfterAMonthBlockedAfterTwoAndReactivationReopensSelection() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        String esobes = TestDatabase.longSession(TestDatabase.userWithRoles("ESOBES").id());
        String token = TestDatabase.longSession(beneficiary.id());
        Reply received = Portal.post("/api/v1/integration/esobes/measures",
                measure(beneficiary.iin(), portalType(), queue(), TODAY.plusYears(1)), esobes);
        long id = received.json().getJsonNumber("id").longValue();
        JsonObject opened = entitlement(token, id);
        Instant remindAt = Instant.parse(opened.getString("remindAt"));
        Instant until = Instant.parse(opened.getString("selectableUntil"));
        try {
            moveClock(remindAt.plusSeconds(60));
            assertThat(entitlement(token, id).getString("status")).isEqualTo("SELECTABLE");
            assertThat(entitlement(token, id).containsKey("remindedAt")).isTrue();

            moveClock(until.plusSeconds(60));
            JsonObject blocked = entitlement(token, id);
            assertThat(blocked.getString("status")).isEqualTo("BLOCKED");

            Reply activated = Portal.post("/api/v1/entitlements/" + id + "/activation", "{}", token);
            assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
            assertThat(activated.json().getString("status")).isEqualTo("SELECTABLE");
            assertThat(Instant.parse(activated.json().getString("selectableUntil"))).isAfter(until.plus(Duration.ofDays(55)));
            assertThat(Portal.post("/api/v1/entitlements/" + id + "/activation", "{}", token).problemCode())
                    .isEqualTo("ILLEGAL_TRANSITION");
            JsonArray outbound = Portal.get("/api/v1/integration/esobes/outbound?after=0&limit=1000", esobes).jsonArray();
            assertThat(outbound.stream().map(JsonValue::asJsonObject)
                    .anyMatch(e -> e.getJsonNumber("measureId").longValue() == id
                            && e.getString("kind").equals("ACTIVATION_REQUESTED"))).isTrue();
        } finally {
            Portal.request("DELETE", "/api/v1/platform/clock").send();
        }
    }

    @Test
    void deathClosesTheMeasuresStillWaitingAndEsobesIsToldBack() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        String esobes = esobes();
        long id = Portal.post("/api/v1/integration/esobes/measures",
                measure(beneficiary.iin(), portalType(), queue(), TODAY.plusYears(1)), esobes).json().getJsonNumber("id").longValue();
        Reply died = Portal.post("/api/v1/integration/esobes/events",
                "{\"type\":\"DEATH\",\"iin\":\"" + beneficiary.iin() + "\",\"date\":\"" + TODAY + "\"}", esobes);
        assertThat(died.json().getInt("closed")).isEqualTo(1);
        JsonObject closed = entitlement(beneficiary.token(), id);
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("closedReason")).isEqualTo("DEATH");
        List<String> kinds = Portal.get("/api/v1/integration/esobes/outbound?limit=1000", esobes).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getJsonNumber("measureId").longValue() == id)
                .map(e -> e.getString("kind")).toList();
        assertThat(kinds).containsExactly("MEASURE_CLOSED");
        assertThat(Portal.post("/api/v1/integration/esobes/events",
                "{\"type\":\"MOVE\",\"iin\":\"" + beneficiary.iin() + "\",\"date\":\"" + TODAY + "\"}", esobes).status())
                .isEqualTo(400);
    }

    private static void moveClock(Instant to) {
        Reply moved = Portal.request("PUT", "/api/v1/platform/clock").json("{\"now\":\"" + to + "\"}").send();
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        Reply ran = Portal.request("POST", "/api/v1/platform/jobs").send();
        assertThat(ran.status()).as(ran.toString()).isEqualTo(200);
    }
}
