package kz.kepil.signing;

import kz.kepil.testsupport.Browser;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Portal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in as a person does: in Chromium, on the login page, with a key file and its password. The
 * page's script signs the portal's challenge with the key in the browser; the server verifies it.
 */
class BrowserSignInIT {

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

    private void signIn(String keyFile) {
        browser.get(Portal.baseUrl() + "/login.xhtml?lang=en");
        browser.findElement(By.id("login-key")).sendKeys(DemoKeys.CERTS.resolve(keyFile).toAbsolutePath().toString());
        browser.findElement(By.id("login-password")).sendKeys(DemoKeys.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
    }

    @Test
    void beneficiarySignsInWithTheAuthenticationKeyFileAndLandsInTheCabinet() {
        signIn("demo/beneficiary1-auth.p12");

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/cabinet/"));
        assertThat(browser.getPageSource()).contains("Қасымов Асан");
    }

    @Test
    void signingKeyFileIsRefusedWithAMessage() {
        signIn("demo/beneficiary1-sign.p12");

        String message = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            String shown = d.findElement(By.id("login-alert")).getText() + d.findElement(By.id("login-key-error")).getText();
            return shown.isBlank() ? null : shown;
        });
        assertThat(message).isNotBlank();
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }
}
