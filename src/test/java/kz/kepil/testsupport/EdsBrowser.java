package kz.kepil.testsupport;

import kz.kepil.signing.infrastructure.pki.KeyAndChain;
import kz.kepil.signing.infrastructure.pki.Pkcs12;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * Chromium with a person's key files at hand, as a user of the portal meets it: signs in with the
 * authentication key on the login page and signs documents with the signing key in a page's signing
 * form ({@code k:signForm}: {@code <id>-key}, {@code <id>-password}, {@code <id>-alert}).
 */
public final class EdsBrowser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path keys;

    private EdsBrowser(ChromeDriver driver, Path keys) {
        this.driver = driver;
        this.keys = keys;
    }

    public static EdsBrowser start() {
        try {
            Path keys = Files.createTempDirectory("kepil-browser-keys");
            return new EdsBrowser(Browser.start(), keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the portal by its path. */
    public EdsBrowser open(String path) {
        driver.get(Portal.baseUrl() + path);
        return this;
    }

    /** The key as a PKCS#12 file protected by the demo password, as a user keeps it. */
    public String keyFile(KeyAndChain key) {
        Path file = keys.resolve(UUID.randomUUID() + ".p12");
        Pkcs12.write(file, key, "key", DemoKeys.PASSWORD.toCharArray());
        return file.toAbsolutePath().toString();
    }

    /** Signs in on the login page with the authentication key, in English. */
    public EdsBrowser signIn(KeyAndChain authentication) {
        open("/login.xhtml?lang=en");
        driver.findElement(By.id("login-key")).sendKeys(keyFile(authentication));
        driver.findElement(By.id("login-password")).sendKeys(DemoKeys.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
        return this;
    }

    /**
     * Signs with the page's signing form {@code id}: the key file and its password, then waits until the
     * page has reloaded after the signature or the form says what went wrong. Returns the problem said,
     * empty when the signature was taken.
     */
    public String sign(String id, KeyAndChain signing) {
        WebElement form = driver.findElement(By.id(id + "-form"));
        driver.findElement(By.id(id + "-key")).sendKeys(keyFile(signing));
        // Enter in the password field submits the form, as a keyboard user does.
        driver.findElement(By.id(id + "-password")).sendKeys(DemoKeys.PASSWORD, Keys.ENTER);
        waiting().until(d -> !text(id + "-alert").isBlank() || ExpectedConditions.stalenessOf(form).apply(d));
        return text(id + "-alert");
    }

    /**
     * Activates a link or button from the keyboard (Enter), as a keyboard user does, and waits until the
     * browser has left the page it was on: every link and button on these pages loads a whole page, and
     * reading the next page before it has come would read the old one.
     */
    public EdsBrowser press(String id) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.id(id)).sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.stalenessOf(page));
        return this;
    }

    /** The text of an element by id, empty when the page has none. */
    public String text(String id) {
        return driver.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public Wait<WebDriver> waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
