package kz.kepil.registry.web;

import kz.kepil.signing.infrastructure.pki.OrganisationRole;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.signing.infrastructure.pki.Pkcs12;
import kz.kepil.testsupport.Browser;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.SupplierFiling;
import kz.kepil.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A supplier's head files the documents of the application on the documents page, in Chromium. */
class SupplierDocumentsPageIT {

    private ChromeDriver browser;
    private Path files;

    @BeforeEach
    void open() throws Exception {
        browser = Browser.start();
        files = Files.createTempDirectory("kepil-documents");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void headFilesTheRequiredDocumentsAndSeesNothingMissing() throws Exception {
        String bin = TestDatabase.freshBin();
        PersonalKeys head = Eds.newCompanyStaff(bin, "Құжат медтехника", OrganisationRole.CEO);
        var applied = Portal.post("/api/v1/suppliers", """
                {"kind":"LEGAL_ENTITY","bin":"%s","name":"Құжат медтехника %s","regions":["KZ-75"],"categories":["WHEELCHAIRS"],
                 "iban":"KZ86125KZT5004100100","bik":"HSBKKZKX","email":"office@example.kz","phone":"+77270000000"}"""
                .formatted(bin, bin), Eds.signIn(head.authentication()));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        Path authKey = files.resolve("head-auth.p12");
        Pkcs12.write(authKey, head.authentication(), "head", DemoKeys.PASSWORD.toCharArray());
        Path pdf = files.resolve("тіркеу куәлігі.pdf");
        Files.writeString(pdf, SupplierFiling.PDF, StandardCharsets.US_ASCII);

        browser.get(Portal.baseUrl() + "/login.xhtml?lang=en");
        browser.findElement(By.id("login-key")).sendKeys(authKey.toAbsolutePath().toString());
        browser.findElement(By.id("login-password")).sendKeys(DemoKeys.PASSWORD, Keys.ENTER);
        wait(20).until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
        browser.get(Portal.baseUrl() + "/supplier/documents.xhtml");
        assertThat(browser.findElement(By.id("missing")).getText()).contains("State registration").contains("Conformity certificate");

        String[] types = {"STATE_REGISTRATION", "CONFORMITY_CERTIFICATE"};
        for (int i = 0; i < types.length; i++) {
            new Select(browser.findElement(By.id("upload:type"))).selectByValue(types[i]);
            browser.findElement(By.id("upload:file")).sendKeys(pdf.toAbsolutePath().toString());
            browser.findElement(By.id("upload:uploadButton")).sendKeys(Keys.ENTER);
            // Only the page after this upload lists this many documents: the old one cannot satisfy the wait.
            int filed = i + 1;
            wait(20).until(d -> d.findElements(By.cssSelector("#filed tbody tr")).size() == filed);
        }

        assertThat(browser.findElements(By.id("complete"))).hasSize(1);
        assertThat(browser.findElement(By.id("filed")).getText()).contains("тіркеу куәлігі.pdf");
    }

    private org.openqa.selenium.support.ui.Wait<org.openqa.selenium.WebDriver> wait(int seconds) {
        // The page is replaced under the wait after each post: elements may vanish between finding and reading.
        return new WebDriverWait(browser, Duration.ofSeconds(seconds)).ignoring(WebDriverException.class);
    }
}
