package kz.kepil.registry.web;

import jakarta.json.JsonObject;
import kz.kepil.signing.infrastructure.pki.Pkcs12;
import kz.kepil.testsupport.Browser;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.FacesBrowser;
import kz.kepil.testsupport.TestSuppliers;
import kz.kepil.testsupport.TestSuppliers.Company;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestDatabase.TestUser;
import kz.kepil.testsupport.TestTrust;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supplier's registry standing page: under exclusion proceedings the signatory objects there and
 * the authority reads the objection over the API; an objection sent after the deadline is refused with
 * a message that says so; a listed supplier's signatory asks to leave, confirming in a second step; a
 * manager sees all of it and can do none of it.
 */
class SupplierStandingPageIT {

    private static final String PAGE = "/supplier/standing.xhtml";

    private static JsonObject supplier(long id) {
        return Portal.get("/api/v1/suppliers/" + id).json();
    }

    private static void openExclusion(Company s) {
        Reply opened = TestSuppliers.decide(s.id(), "OPEN_EXCLUSION", "UNANSWERED_ORDERS", TestSuppliers.authority());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    }

    @Test
    void signatoryObjectsOnThePageAndTheAuthorityReadsTheObjection() {
        Company s = TestSuppliers.listed("Қарсылық медтехника");
        openExclusion(s);
        FacesBrowser browser = new FacesBrowser(s.headToken());

        browser.open("/supplier/index.xhtml?lang=en");
        assertThat(browser.html()).contains("Exclusion pending").contains("Orders left unanswered")
                .contains("until the end of the day, Almaty time").contains(PAGE);

        assertThat(browser.open(PAGE + "?id=" + s.id()).statusCode()).isEqualTo(200);
        assertThat(browser.html()).contains("Exclusion proceedings").contains("for=\"objection:text\"")
                .contains("maxlength=\"4000\"");

        browser.submit("objection", "objection:send", Map.of("objection:text", ""));
        assertThat(browser.html()).contains("Write the objection before sending it.");
        assertThat(objection(s).getString("objection")).isEmpty();

        String text = "Барлық тапсырыстарға бес жұмыс күні ішінде жауап берілді.\nEvery order was answered in time.";
        browser.submit("objection", "objection:send", Map.of("objection:text", text));

        assertThat(browser.html()).contains("The objection has been sent").contains("Objection sent")
                .contains("Барлық тапсырыстарға").doesNotContain("objection:send");
        JsonObject read = objection(s);
        assertThat(read.getString("objection")).isEqualTo(text);
        assertThat(read.getString("objectedAt")).isNotBlank();
        assertThat(supplier(s.id()).getString("status")).isEqualTo("EXCLUSION_PENDING");
    }

    @Test
    void aSuspensionByThePortalIsObjectedToOnThePage() {
        Company s = TestSuppliers.listed("Тоқтатылған медтехника");
        TestTrust.revoke(s.head().signing().chain().get(0));
        assertThat(Portal.request("POST", "/api/v1/platform/jobs").send().status()).isEqualTo(200);
        assertThat(supplier(s.id()).getString("status")).isEqualTo("SUSPENDED");
        FacesBrowser browser = new FacesBrowser(s.headToken());

        browser.open("/supplier/index.xhtml?lang=en");
        assertThat(browser.html()).contains("Suspended").contains("certificate revoked")
                .contains("Your supplier has been suspended: the signatory may object").contains("Almaty time");

        browser.open(PAGE + "?id=" + s.id());
        assertThat(browser.html()).contains("The portal has suspended your supplier by itself")
                .contains("Ground of the suspension").contains("Object to the suspension")
                .doesNotContain("Exclusion proceedings");
        browser.submit("objection", "objection:send", Map.of("objection:text", "The head has a new certificate."));

        assertThat(browser.html()).contains("The objection has been sent").doesNotContain("objection:send");
        assertThat(objection(s).getString("objection")).isEqualTo("The head has a new certificate.");
        assertThat(supplier(s.id()).getString("status")).isEqualTo("SUSPENDED");
    }

    @Test
    void anObjectionSentAfterTheDeadlineIsRefusedWithAVisibleMessage() throws Exception {
        Company s = TestSuppliers.listed("Кеш медтехника");
        openExclusion(s);
        Path key = Files.createTempDirectory("kepil-standing").resolve("head-auth.p12");
        Pkcs12.write(key, s.head().authentication(), "head", DemoKeys.PASSWORD.toCharArray());
        ChromeDriver browser = Browser.start();
        try {
            // The browser's session, unlike a bearer token, does not end when the portal's clock moves on.
            browser.get(Portal.baseUrl() + "/login.xhtml?lang=en");
            browser.findElement(By.id("login-key")).sendKeys(key.toAbsolutePath().toString());
            browser.findElement(By.id("login-password")).sendKeys(DemoKeys.PASSWORD, Keys.ENTER);
            waiting(browser).until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
            browser.get(Portal.baseUrl() + PAGE);
            assertThat(browser.findElement(By.id("objection-deadline")).getText()).contains("Almaty time");
            browser.findElement(By.id("objection:text")).sendKeys("Written on the last evening.");

            Portal.request("PUT", "/api/v1/platform/clock").json("{\"now\":\"" + Instant.now().plus(Duration.ofDays(20)) + "\"}").send();
            browser.findElement(By.id("objection:send")).sendKeys(Keys.ENTER);

            waiting(browser).until(d -> d.findElement(By.id("messages")).getText().contains("OBJECTION_WINDOW_CLOSED"));
            assertThat(browser.findElement(By.id("messages")).getText()).contains("the deadline for objections has passed");
            assertThat(browser.findElement(By.id("objection-closed")).getText()).contains("The time for objections ended");
            assertThat(browser.findElement(By.id("objection-unsent")).getText()).isEqualTo("Written on the last evening.");
            assertThat(browser.findElements(By.id("objection:send"))).isEmpty();
            assertThat(Portal.get("/api/v1/suppliers/" + s.id() + "/objection", TestSuppliers.authority())
                    .json().getString("objection")).isEmpty();
        } finally {
            Portal.request("DELETE", "/api/v1/platform/clock").send();
            browser.quit();
        }
    }

    @Test
    void listedSuppliersSignatoryAsksToLeaveAndConfirms() {
        Company s = TestSuppliers.listed("Шығу медтехника");
        FacesBrowser browser = new FacesBrowser(s.headToken());
        browser.open(PAGE + "?lang=en");
        assertThat(browser.html()).contains("Leaving the registry").contains("for=\"withdraw:reason\"");

        browser.submit("withdraw", "withdraw:ask", Map.of("withdraw:reason", "Closing the shop"));
        assertThat(browser.html()).contains("Confirm: leave the registry?").contains("Closing the shop");
        browser.submit("confirm", "confirm:no", Map.of());
        assertThat(browser.html()).contains("withdraw:ask").doesNotContain("confirm:yes");
        assertThat(supplier(s.id()).getString("status")).as("nothing asked before confirming").isEqualTo("LISTED");

        browser.submit("withdraw", "withdraw:ask", Map.of("withdraw:reason", "Closing the shop"));
        browser.submit("confirm", "confirm:yes", Map.of());

        assertThat(browser.html()).contains("The request to leave the registry has been sent")
                .contains("Withdrawal requested").contains("once the orders it has accepted are done")
                .doesNotContain("withdraw:ask");
        JsonObject after = supplier(s.id());
        assertThat(after.getString("status")).isEqualTo("WITHDRAWAL_REQUESTED");
        assertThat(after.getString("ground")).isEqualTo("OWN_REQUEST");
    }

    @Test
    void aManagerSeesTheStandingButNeitherAsksToLeaveNorObjects() {
        Company s = TestSuppliers.listed("Менеджер медтехника");
        TestUser manager = TestDatabase.userWithRoles();
        Reply granted = Portal.post("/api/v1/users/" + manager.id() + "/roles",
                "{\"role\":\"SUPPLIER_MANAGER\",\"supplierId\":" + s.id() + "}", TestSuppliers.authority());
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        FacesBrowser browser = new FacesBrowser(manager.token());

        browser.open(PAGE + "?lang=en");
        assertThat(browser.html()).contains(s.name()).contains("Listed")
                .contains("signatory may ask to leave the registry").doesNotContain("withdraw:ask");
        Reply withdrawal = Portal.post("/api/v1/suppliers/" + s.id() + "/withdrawal", "{}", manager.token());
        assertThat(withdrawal.status()).isEqualTo(403);

        openExclusion(s);
        browser.open(PAGE);
        assertThat(browser.html()).contains("Orders left unanswered").contains("Almaty time")
                .contains("signatory writes and sends the objection").doesNotContain("objection:send");
        Reply objection = Portal.post("/api/v1/suppliers/" + s.id() + "/objection", "{\"text\":\"no\"}", manager.token());
        assertThat(objection.status()).isEqualTo(403);
        assertThat(supplier(s.id()).getString("status")).isEqualTo("EXCLUSION_PENDING");
    }

    @Test
    void anotherSuppliersIdShowsNothingOfIt() {
        Company mine = TestSuppliers.listed("Өз медтехника");
        Company theirs = TestSuppliers.listed("Бөгде медтехника");
        FacesBrowser browser = new FacesBrowser(mine.headToken());

        browser.open(PAGE + "?lang=en&id=" + theirs.id());

        assertThat(browser.html()).doesNotContain(theirs.name()).doesNotContain("withdraw:ask")
                .contains("You are not staff of a supplier");
    }

    private static JsonObject objection(Company s) {
        Reply reply = Portal.get("/api/v1/suppliers/" + s.id() + "/objection", TestSuppliers.authority());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static org.openqa.selenium.support.ui.Wait<org.openqa.selenium.WebDriver> waiting(ChromeDriver browser) {
        // The page is replaced under the wait after each post: elements may vanish between finding and reading.
        return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class);
    }
}
