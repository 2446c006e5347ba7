package kz.kepil.registry.web;

import kz.kepil.signing.infrastructure.pki.KeyAndChain;
import kz.kepil.signing.infrastructure.pki.OrganisationRole;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.signing.infrastructure.pki.Pkcs12;
import kz.kepil.testsupport.Browser;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's pages in Chromium: a company's head signs the public offer contract on the supplier's
 * contract page (an authentication key refused first), the authority drafts on the decisions page (a
 * ground that does not fit refused with its code), signs the draft with its signing key, and the public
 * registry shows the company listed with the signed decision in its history.
 */
class RegistryPagesIT {

    private ChromeDriver browser;
    private Path keys;

    @BeforeEach
    void open() throws IOException {
        browser = Browser.start();
        keys = Files.createTempDirectory("kepil-registry-keys");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private record Company(PersonalKeys head, long supplierId, String name) {
    }

    private static Company applied() {
        String bin = TestDatabase.freshBin();
        String name = "Браузер медтехника " + bin;
        PersonalKeys head = Eds.newCompanyStaff(bin, "Браузер медтехника", OrganisationRole.CEO);
        Reply reply = Portal.post("/api/v1/suppliers", """
                {"kind":"LEGAL_ENTITY","bin":"%s","name":"%s","regions":["KZ-75"],"categories":["HYGIENE_MEANS"],
                 "iban":"KZ86125KZT5004100100","bik":"HSBKKZKX","email":"office@example.kz","phone":"+77270000000"}"""
                .formatted(bin, name), Eds.signIn(head.authentication()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        long id = reply.json().getJsonNumber("id").longValue();
        kz.kepil.testsupport.SupplierFiling.fileForGoods(id, Eds.signIn(head.authentication()));
        return new Company(head, id, name);
    }

    private String file(String name, KeyAndChain key) {
        Path file = keys.resolve(name + ".p12");
        Pkcs12.write(file, key, "x", DemoKeys.PASSWORD.toCharArray());
        return file.toAbsolutePath().toString();
    }

    private void signIn(String keyFile) {
        browser.get(Portal.baseUrl() + "/login.xhtml?lang=en");
        browser.findElement(By.id("login-key")).sendKeys(keyFile);
        browser.findElement(By.id("login-password")).sendKeys(DemoKeys.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class).until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    }

    /** What an alert region says, empty when the page no longer has it (after signing, it reloads). */
    private String alertText(By alert) {
        return browser.findElements(alert).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    private org.openqa.selenium.support.ui.Wait<org.openqa.selenium.WebDriver> waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class);
    }

    @Test
    void headSignsTheContractInTheBrowserAndTheAuthorityAdmitsOnItsPage() {
        Company company = applied();

        signIn(file("head-auth", company.head().authentication()));
        browser.get(Portal.baseUrl() + "/supplier/contract.xhtml?id=" + company.supplierId());
        assertThat(browser.findElement(By.id("contract-signed")).getText()).isEqualTo("Not signed");

        browser.findElement(By.id("contract-key")).sendKeys(file("head-auth-again", company.head().authentication()));
        browser.findElement(By.id("contract-password")).sendKeys(DemoKeys.PASSWORD, Keys.ENTER);
        waiting().until(d -> !d.findElement(By.id("contract-alert")).getText().isBlank());
        assertThat(browser.findElement(By.id("contract-key-error")).getText()).contains("authentication key");

        browser.findElement(By.id("contract-key")).clear();
        browser.findElement(By.id("contract-key")).sendKeys(file("head-sign", company.head().signing()));
        browser.findElement(By.id("contract-password")).clear();
        browser.findElement(By.id("contract-password")).sendKeys(DemoKeys.PASSWORD, Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("contract-signed")).getText().equals("The current version is signed.")
                || !alertText(By.id("contract-alert")).isBlank());
        assertThat(browser.findElement(By.id("contract-signed")).getText()).as(alertText(By.id("contract-alert")))
                .isEqualTo("The current version is signed.");

        browser.manage().deleteAllCookies();
        signIn(DemoKeys.CERTS.resolve("demo/authority-auth.p12").toAbsolutePath().toString());
        browser.get(Portal.baseUrl() + "/admin/suppliers.xhtml?id=" + company.supplierId());
        assertThat(browser.findElement(By.id("awaiting")).getText()).contains(company.name());
        new Select(browser.findElement(By.id("draft:decision"))).selectByValue("ADMIT");
        new Select(browser.findElement(By.id("draft:ground"))).selectByValue("COLLUSION");
        browser.findElement(By.id("draft:draftButton")).sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("messages")).getText().contains("GROUND_INVALID"));

        new Select(browser.findElement(By.id("draft:decision"))).selectByValue("ADMIT");
        new Select(browser.findElement(By.id("draft:ground"))).selectByValue("DOCUMENTS_COMPLETE");
        browser.findElement(By.id("draft:note")).sendKeys("Documents checked");
        browser.findElement(By.id("draft:draftButton")).sendKeys(Keys.ENTER);
        By signForm = By.cssSelector("form[data-sign-document^='decision-']");
        waiting().until(d -> !d.findElements(signForm).isEmpty());
        var form = browser.findElement(signForm);
        form.findElement(By.cssSelector("input[type='file']"))
                .sendKeys(DemoKeys.CERTS.resolve("demo/authority-sign.p12").toAbsolutePath().toString());
        form.findElement(By.cssSelector("input[type='password']")).sendKeys(DemoKeys.PASSWORD, Keys.ENTER);
        By alert = By.cssSelector("form[data-sign-document^='decision-'] [role='alert']");
        waiting().until(d -> d.findElement(By.id("chosen-status")).getText().equals("Listed") || !alertText(alert).isBlank());
        assertThat(browser.findElement(By.id("chosen-status")).getText()).as(alertText(alert)).isEqualTo("Listed");

        browser.manage().deleteAllCookies();
        browser.get(Portal.baseUrl() + "/registry/index.xhtml?lang=en&status=LISTED&region=KZ-75");
        assertThat(browser.findElement(By.id("suppliers")).getText()).contains(company.name());
        browser.get(Portal.baseUrl() + "/registry/supplier.xhtml?id=" + company.supplierId());
        assertThat(browser.findElement(By.id("supplier-status")).getText()).isEqualTo("Listed");
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("Admitted to the registry", "Documents complete and requirements met", "Documents checked");
    }

    @Test
    void auditorSeesTheApplicationButNoFormToDecideOrSign() {
        Company company = applied();

        signIn(DemoKeys.CERTS.resolve("demo/auditor-auth.p12").toAbsolutePath().toString());
        browser.get(Portal.baseUrl() + "/admin/suppliers.xhtml?lang=en&id=" + company.supplierId());

        assertThat(browser.findElement(By.id("awaiting")).getText()).contains(company.name());
        assertThat(browser.findElement(By.id("chosen-status")).getText()).isEqualTo("Applied");
        assertThat(browser.findElements(By.id("draft:decision"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("form[data-sign-document]"))).isEmpty();
        assertThat(browser.getPageSource()).contains("only the authorised body decides");
    }

    @Test
    void anotherCompanysContractPageShowsNothingOfIt() {
        Company mine = applied();
        Company theirs = applied();

        signIn(file("head-auth", mine.head().authentication()));
        browser.get(Portal.baseUrl() + "/supplier/contract.xhtml?lang=en&id=" + theirs.supplierId());

        assertThat(browser.findElements(By.id("contract-form"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(theirs.name());
    }
}
