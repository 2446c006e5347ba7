package kz.kepil.entitlement.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.shared.domain.Iin;
import kz.kepil.testsupport.FacesBrowser;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestDatabase.TestUser;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entitlement pages as their users meet them: the beneficiary's measures with their deadline, blocked
 * and reactivated on the page; the cabinet's notices marked read; the akimat's queue and SMS journal; and
 * a beneficiary kept out of the akimat's pages.
 */
class EntitlementPagesIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));

    private static String portalType() {
        return Portal.get("/api/v1/classifier?channel=PORTAL&category=WHEELCHAIRS").jsonArray().getJsonObject(0).getString("code");
    }

    /** E-Sobes sends a measure for the beneficiary in akimat SD-75; its id. */
    private static long send(String iin, String name, String type) {
        String body = """
                {"iin":"%s","fullName":"%s","birthDate":"%s","phone":"+77010009999","akimatCode":"SD-75",
                 "region":"KZ-75","classifierCode":"%s","quantity":2,"iprValidFrom":"%s","iprValidTo":"%s",
                 "queueNumber":"%s","queueDate":"%s"}"""
                .formatted(iin, name, Iin.of(iin).birthDate().orElseThrow(), type, TODAY.minusMonths(1), TODAY.plusYears(1),
                        "Q-" + UUID.randomUUID().toString().substring(0, 8), TODAY.minusDays(10));
        Reply sent = Portal.post("/api/v1/integration/esobes/measures", body,
                TestDatabase.longSession(TestDatabase.userWithRoles("ESOBES").id()));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        return sent.json().getJsonNumber("id").longValue();
    }

    private static JsonObject entitlement(String token, long id) {
        return Portal.get("/api/v1/me/entitlements", token).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    /** The name of the one button of the page whose client id ends with the given id. */
    private static String button(String html, String id) {
        Matcher m = Pattern.compile("name=\"([^\"]*:" + id + ")\"").matcher(html);
        assertThat(m.find()).as("a button " + id + " on the page").isTrue();
        return m.group(1);
    }

    @Test
    void theBeneficiarySeesTheirMeasureWithItsDeadlineAndNotAnotherPersons() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        TestUser other = TestDatabase.userWithRoles("BENEFICIARY");
        String type = portalType();
        long mine = send(beneficiary.iin(), "Алиева Мадина", type);
        long theirs = send(other.iin(), "Сейітов Нұрлан", type);

        FacesBrowser browser = new FacesBrowser(beneficiary.token());
        browser.open("/cabinet/index.xhtml?lang=en");
        assertThat(browser.open("/cabinet/entitlements.xhtml").statusCode()).isEqualTo(200);
        assertThat(browser.html()).contains("data-measure-id=\"" + mine + "\"")
                .doesNotContain("data-measure-id=\"" + theirs + "\"")
                .contains("Choosing a supplier").contains("Choose a supplier by").contains("(Almaty time)")
                .contains("A reminder will be sent by SMS on")
                .contains("0 used, 2 remaining, of 2")
                .contains("/catalog/index.xhtml?type=" + type + "&amp;region=KZ-75")
                .doesNotContain("Activate supplier selection\"");
        String until = entitlement(beneficiary.token(), mine).getString("selectableUntil");
        assertThat(browser.html()).as("the deadline's year").contains(String.valueOf(Instant.parse(until)
                .atZone(ZoneId.of("Asia/Almaty")).getYear()));

        assertThat(browser.open("/cabinet/entitlements.xhtml?for=" + other.iin()).statusCode()).isEqualTo(200);
        assertThat(browser.html()).doesNotContain("data-measure-id=\"" + theirs + "\"").contains("Refused (FORBIDDEN)");
    }

    @Test
    void afterTheWindowPassesThePageShowsItBlockedAndActivateReopensIt() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        String token = TestDatabase.longSession(beneficiary.id());
        long id = send(beneficiary.iin(), "Бекова Сәуле", portalType());
        Instant until = Instant.parse(entitlement(token, id).getString("selectableUntil"));
        try {
            moveClock(until.plusSeconds(60));
            assertThat(entitlement(token, id).getString("status")).isEqualTo("BLOCKED");

            FacesBrowser browser = new FacesBrowser(token);
            browser.open("/cabinet/index.xhtml?lang=en");
            browser.open("/cabinet/entitlements.xhtml");
            assertThat(browser.html()).contains("Selection blocked").contains("Selection was blocked on")
                    .contains("to go back to the queue").contains("goes back to E-Sobes")
                    .contains("value=\"Activate supplier selection\"");
            browser.submit("entitlements", button(browser.html(), "activate"), Map.of());

            assertThat(browser.html()).contains("Selection is open again").contains("Choosing a supplier")
                    .doesNotContain("Selection was blocked on");
            assertThat(entitlement(token, id).getString("status")).isEqualTo("SELECTABLE");
        } finally {
            Portal.request("DELETE", "/api/v1/platform/clock").send();
        }
    }

    @Test
    void aReplacementAwaitingConsentShowsItsDeadlineAndIsAgreedToOnThePage() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        String body = """
                {"iin":"%s","fullName":"Ауыстыру Бетов","birthDate":"%s","phone":"+77010009999","akimatCode":"SD-75",
                 "region":"KZ-75","classifierCode":"%s","quantity":1,"iprValidFrom":"%s","iprValidTo":"%s",
                 "queueNumber":"%s","queueDate":"%s","replacementOf":"WCH-OLD-1"}"""
                .formatted(beneficiary.iin(), Iin.of(beneficiary.iin()).birthDate().orElseThrow(), portalType(), TODAY.minusMonths(1),
                        TODAY.plusYears(1), "Q-" + UUID.randomUUID().toString().substring(0, 8), TODAY.minusDays(10));
        Reply sent = Portal.post("/api/v1/integration/esobes/measures", body, TestDatabase.userWithRoles("ESOBES").token());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        long id = sent.json().getJsonNumber("id").longValue();
        String diapers = Portal.get("/api/v1/classifier?channel=PORTAL&category=HYGIENE_MEANS").jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getInt("quarterlyMin", 0) == 360).findFirst().orElseThrow()
                .getString("code");
        send(beneficiary.iin(), "Ауыстыру Бетов", diapers);

        TestUser specialist = TestDatabase.userWithRoles("AKIMAT_SPECIALIST");
        FacesBrowser akimat = new FacesBrowser(specialist.token());
        akimat.open("/akimat/index.xhtml?lang=en");
        akimat.open("/akimat/queue.xhtml?status=AWAITING_CONSENT");
        assertThat(akimat.html()).contains("data-measure-id=\"" + id + "\"").contains("Awaiting consent").contains("Consent due by");

        FacesBrowser browser = new FacesBrowser(beneficiary.token());
        browser.open("/cabinet/index.xhtml?lang=en");
        browser.open("/cabinet/entitlements.xhtml");
        assertThat(browser.html()).contains("Awaiting consent").contains("Answer by").contains("(Almaty time)")
                .contains("value=\"I agree to the replacement\"").contains("value=\"I refuse the replacement\"")
                .contains("Least per order").contains("360 (a quarter");
        browser.submit("entitlements", button(browser.html(), "consent"), Map.of());

        assertThat(browser.html()).contains("You agreed to the replacement").contains("Choosing a supplier")
                .contains("Consent to the replacement was given on").contains("in the cabinet")
                .doesNotContain("value=\"I agree to the replacement\"");
        JsonObject m = entitlement(beneficiary.token(), id);
        assertThat(m.getString("status")).isEqualTo("SELECTABLE");
        assertThat(m.getString("consentVia")).isEqualTo("CABINET");
    }

    @Test
    void theNoticesPageShowsTheSelectionNoticeAndMarkingItReadWorks() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        send(beneficiary.iin(), "Жанова Айгүл", portalType());

        FacesBrowser browser = new FacesBrowser(beneficiary.token());
        browser.open("/cabinet/index.xhtml?lang=en");
        assertThat(browser.open("/cabinet/index.xhtml").statusCode()).isEqualTo(200);
        assertThat(browser.html()).contains("Unread notices: 1.").contains("/cabinet/notices.xhtml")
                .contains("/cabinet/entitlements.xhtml");

        assertThat(browser.open("/cabinet/notices.xhtml").statusCode()).isEqualTo(200);
        assertThat(browser.html()).contains("You may choose a supplier").contains("Unread:")
                .contains("Unread notices: 1.").contains("Mark as read");
        browser.submit("notices", button(browser.html(), "read"), Map.of());

        assertThat(browser.html()).contains("The notice is marked as read.").contains("All notices are read.")
                .contains("You may choose a supplier").doesNotContain("Unread:");
        assertThat(Portal.get("/api/v1/me/notices", beneficiary.token()).jsonArray().getJsonObject(0)
                .containsKey("readAt")).isTrue();
    }

    @Test
    void theAkimatSpecialistSeesTheMeasureInTheQueueAndTheSmsInTheJournal() {
        TestUser beneficiary = TestDatabase.userWithRoles("BENEFICIARY");
        long id = send(beneficiary.iin(), "Оспанова Гүлнар", portalType());
        TestUser specialist = TestDatabase.userWithRoles("AKIMAT_SPECIALIST");

        FacesBrowser browser = new FacesBrowser(specialist.token());
        browser.open("/akimat/index.xhtml?lang=en");
        assertThat(browser.html()).contains("/akimat/queue.xhtml").contains("/akimat/sms.xhtml");
        assertThat(browser.open("/akimat/queue.xhtml?status=SELECTABLE").statusCode()).isEqualTo(200);
        assertThat(browser.html()).contains("data-measure-id=\"" + id + "\"").contains("Оспанова Гүлнар")
                .contains(beneficiary.iin()).contains("Window ends").contains("aria-current=\"page\"");
        browser.open("/akimat/queue.xhtml?status=BLOCKED");
        assertThat(browser.html()).doesNotContain("data-measure-id=\"" + id + "\"");

        assertThat(browser.open("/akimat/sms.xhtml?iin=" + beneficiary.iin() + "&from=" + TODAY.minusDays(1) + "&to=" + TODAY)
                .statusCode()).isEqualTo(200);
        assertThat(browser.html()).contains("M-" + id).contains("Оспанова Гүлнар").contains("You may choose a supplier")
                .contains("+77010009999").contains("SMS found: 1.").contains("for=\"journal-iin\"");
        browser.open("/akimat/sms.xhtml?iin=" + beneficiary.iin() + "&from=" + TODAY.plusDays(1));
        assertThat(browser.html()).doesNotContain("M-" + id).contains("SMS found: 0.");
    }

    @Test
    void aBeneficiaryIsKeptOutOfTheAkimatPages() {
        FacesBrowser browser = new FacesBrowser(TestDatabase.userWithRoles("BENEFICIARY").token());
        assertThat(browser.open("/akimat/queue.xhtml").statusCode()).isEqualTo(403);
        assertThat(browser.open("/akimat/sms.xhtml").statusCode()).isEqualTo(403);
    }

    private static void moveClock(Instant to) {
        Reply moved = Portal.request("PUT", "/api/v1/platform/clock").json("{\"now\":\"" + to + "\"}").send();
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        Reply ran = Portal.request("POST", "/api/v1/platform/jobs").send();
        assertThat(ran.status()).as(ran.toString()).isEqualTo(200);
    }
}
