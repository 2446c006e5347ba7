package kz.kepil.signing;

import kz.kepil.testsupport.Browser;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Portal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing a text in Chromium with a signing key file, then checking it on the public verification
 * page, as a person would; and the server's own view of that signature.
 */
class BrowserSigningIT {

    private ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private org.openqa.selenium.support.ui.Wait<org.openqa.selenium.WebDriver> waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class);
    }

    private void sign(String text, String keyFile) {
        browser.get(Portal.baseUrl() + "/sign.xhtml?lang=en");
        browser.findElement(By.id("sign-text")).sendKeys(text);
        browser.findElement(By.id("sign-key")).sendKeys(DemoKeys.CERTS.resolve(keyFile).toAbsolutePath().toString());
        // The keyboard, as many of the portal's users work: Enter in the password field submits.
        browser.findElement(By.id("sign-password")).sendKeys(DemoKeys.PASSWORD, Keys.ENTER);
    }

    @Test
    void textSignedInTheBrowserVerifiesOnTheServerAndOnTheVerificationPage() {
        String text = "{\"documentType\":\"TEST\",\"text\":\"Келісемін / Согласен\"}";
        sign(text, "demo/supplier1-ceo-sign.p12");

        String cms = waiting().until(d -> {
            String value = d.findElement(By.id("sign-result-cms")).getDomProperty("value");
            return value == null || value.isBlank() ? null : value.strip();
        });
        assertThat(Base64.getMimeDecoder().decode(cms)).isNotEmpty();
        var report = Portal.post("/api/v1/signatures/verification", jakarta.json.Json.createObjectBuilder()
                .add("content", text).add("cms", cms).build().toString(), null).json();
        assertThat(report.getBoolean("valid")).as(report.toString()).isTrue();
        assertThat(report.getJsonObject("signer").getString("bin")).isEqualTo("100440000004");

        browser.findElement(By.id("sign-verify")).sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verify-result .verdict")));
        assertThat(browser.findElement(By.cssSelector("#verify-result .verdict")).getAttribute("class")).contains("is-valid");
        assertThat(browser.findElement(By.id("verify-result")).getText()).contains("100440000004");
    }

    @Test
    void signInKeyCannotSignADocument() {
        sign("anything", "demo/beneficiary1-auth.p12");

        String message = waiting().until(d -> {
            String shown = d.findElement(By.id("sign-alert")).getText();
            return shown.isBlank() ? null : shown;
        });
        assertThat(message).isNotBlank();
        assertThat(browser.findElement(By.id("sign-result")).isDisplayed()).isFalse();
    }
}
