package kz.kepil.catalog.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.signing.infrastructure.pki.OrganisationRole;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.signing.infrastructure.pki.Pkcs12;
import kz.kepil.testsupport.Browser;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.SupplierFiling;
import kz.kepil.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supplier's product pages in Chromium: the staff of a listed supplier offer a card with the
 * attributes its type requires, see it on My products and through the API, change its price, add a
 * photo and withdraw the card, after which the catalog no longer finds it. A card missing a required
 * attribute is refused on the page; a supplier not yet listed is told it cannot offer cards.
 */
class SupplierProductsPageIT {

    private static final String CATEGORY = "HYGIENE_MEANS";

    private ChromeDriver browser;
    private Path files;

    @BeforeEach
    void open() throws IOException {
        browser = Browser.start();
        files = Files.createTempDirectory("kepil-products");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** A supplier and its head, who applied for it and is its manager and signatory. */
    private record Company(PersonalKeys head, long supplierId, String token) {
    }

    private static Company applied() {
        String bin = TestDatabase.freshBin();
        PersonalKeys head = Eds.newCompanyStaff(bin, "Карточка медтехника", OrganisationRole.CEO);
        String token = Eds.signIn(head.authentication());
        Reply reply = Portal.post("/api/v1/suppliers", """
                {"kind":"LEGAL_ENTITY","bin":"%s","name":"Карточка медтехника %s","regions":["KZ-75","KZ-71"],
                 "categories":["%s"],"iban":"KZ86125KZT5004100100","bik":"HSBKKZKX","email":"office@example.kz",
                 "phone":"+77270000000"}""".formatted(bin, bin, CATEGORY), token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return new Company(head, reply.json().getJsonNumber("id").longValue(), token);
    }

    /** A supplier through the whole admission: documents, the signed contract, the authority's signed decision. */
    private static Company listed() {
        Company c = applied();
        SupplierFiling.fileForGoods(c.supplierId(), c.token());
        String contract = "/api/v1/suppliers/" + c.supplierId() + "/public-contract/";
        Reply signed = Eds.signDocument(contract + "document", contract + "signature", c.head().signing(), c.token());
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        String authority = Eds.signIn(DemoKeys.demo("authority", "auth"));
        Reply draft = Portal.post("/api/v1/suppliers/" + c.supplierId() + "/decisions",
                "{\"decision\":\"ADMIT\",\"ground\":\"DOCUMENTS_COMPLETE\",\"note\":\"test\"}", authority);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String decision = "/api/v1/suppliers/" + c.supplierId() + "/decisions/" + draft.json().getJsonNumber("id") + "/";
        Reply admitted = Eds.signDocument(decision + "document", decision + "signature", DemoKeys.demo("authority", "sign"),
                authority);
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(200);
        assertThat(admitted.json().getString("statusAfter")).isEqualTo("LISTED");
        return c;
    }

    /** A type of the category sold on the portal that requires attributes and has a national sum today. */
    private static JsonObject typeWithRequiredAttributes() {
        Reply types = Portal.get("/api/v1/classifier?channel=PORTAL&category=" + CATEGORY);
        assertThat(types.status()).as(types.toString()).isEqualTo(200);
        return types.jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getJsonArray("attributes").stream().anyMatch(a -> a.asJsonObject().getBoolean("required")))
                .filter(t -> !t.isNull("guaranteedSum"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + CATEGORY + " type with required attributes: " + types));
    }

    /** A word no other card has: the catalog's search finds exactly this card by it. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("kepil");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + r.nextInt(26)));
        }
        return word.toString();
    }

    private static String tenge(BigDecimal amount) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount) + " ₸";
    }

    private void signIn(PersonalKeys who) {
        Path key = files.resolve("auth-" + System.nanoTime() + ".p12");
        Pkcs12.write(key, who.authentication(), "staff", DemoKeys.PASSWORD.toCharArray());
        browser.get(Portal.baseUrl() + "/login.xhtml?lang=en");
        browser.findElement(By.id("login-key")).sendKeys(key.toAbsolutePath().toString());
        browser.findElement(By.id("login-password")).sendKeys(DemoKeys.PASSWORD, Keys.ENTER);
        waiting().until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    }

    /** Opens a new card and chooses its type: the form then asks for that type's attributes. */
    private void startCard(JsonObject type) {
        browser.get(Portal.baseUrl() + "/supplier/products.xhtml");
        browser.findElement(By.id("new-product")).sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.id("type:code")).isEmpty());
        new Select(browser.findElement(By.id("type:code"))).selectByValue(type.getString("code"));
        browser.findElement(By.id("type:choose")).sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.id("card:name")).isEmpty());
    }

    /** Fills the type's required attributes, all but {@code leftOut}; numbers get 12. */
    private void fillRequiredAttributes(JsonObject type, String leftOut) {
        for (JsonValue value : type.getJsonArray("attributes")) {
            JsonObject a = value.asJsonObject();
            if (!a.getBoolean("required") || a.getString("code").equals(leftOut)) {
                continue;
            }
            WebElement field = browser.findElement(By.cssSelector("[data-attribute='" + a.getString("code") + "']"));
            switch (a.getString("valueType")) {
                case "CHOICE" -> new Select(field.findElement(By.tagName("select"))).selectByValue(a.getJsonArray("choices").getString(0));
                case "NUMBER" -> field.findElement(By.tagName("input")).sendKeys("12");
                default -> field.findElement(By.tagName("input")).sendKeys("Тест");
            }
        }
    }

    private void typeInto(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private String messages() {
        return browser.findElements(By.id("messages")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /**
     * Waits for what only the page after a post shows. Controls are worked with the keyboard, as many of
     * the portal's users do; the portal's smooth scrolling would also move a clicked control under the pointer.
     */
    private Wait<WebDriver> waiting() {
        // The page is replaced under the wait after each post: elements may vanish between finding and reading.
        return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class);
    }

    /** Polls the catalog, which indexes changes shortly after they are committed. */
    private static void eventually(Supplier<Boolean> condition, String what) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("never: " + what);
    }

    private static boolean searchFinds(String word, long productId) {
        Reply found = Portal.get("/api/v1/products?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json().getJsonArray("items").stream()
                .anyMatch(h -> h.asJsonObject().getJsonNumber("id").longValue() == productId);
    }

    private Path png() throws IOException {
        BufferedImage image = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(11, 79, 108));
        g.fillRect(0, 0, 480, 360);
        g.setColor(Color.WHITE);
        g.fillOval(140, 80, 200, 200);
        g.dispose();
        Path file = files.resolve("жөргек.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void listedSupplierOffersACardChangesItsPriceAddsAPhotoAndWithdrawsIt() throws Exception {
        Company company = listed();
        JsonObject type = typeWithRequiredAttributes();
        BigDecimal sum = type.getJsonNumber("guaranteedSum").bigDecimalValue();
        String word = uniqueWord();
        String name = "Жөргек " + word;

        signIn(company.head());
        startCard(type);
        assertThat(browser.findElement(By.id("guaranteed-sum")).getText()).contains(tenge(sum));
        typeInto("card:name", name);
        typeInto("card:description", "<p>Жұмсақ <b>және</b> құрғақ</p><script>alert(1)</script>");
        typeInto("card:deliveryDays", "3");
        browser.findElement(By.cssSelector("input[name='card:regions'][value='KZ-75']")).sendKeys(Keys.SPACE);
        fillRequiredAttributes(type, null);
        BigDecimal price = sum.add(new BigDecimal("25.50"));
        typeInto("card:price", price.toPlainString());
        browser.findElement(By.id("card:price")).sendKeys(Keys.TAB);
        // Computed on the server as the price changes: the state pays the sum, the beneficiary the rest.
        waiting().until(d -> d.findElement(By.id("top-up")).getText().startsWith(tenge(new BigDecimal("25.50"))));
        assertThat(browser.findElement(By.id("state-amount")).getText()).isEqualTo(tenge(sum));

        browser.findElement(By.id("card:save")).sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("/supplier/product.xhtml?id="));
        assertThat(messages()).contains("The card is created");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        Reply card = Portal.get("/api/v1/products/" + id);
        assertThat(card.status()).as(card.toString()).isEqualTo(200);
        assertThat(card.json().getString("name")).isEqualTo(name);
        assertThat(card.json().getString("classifierCode")).isEqualTo(type.getString("code"));
        assertThat(card.json().getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo(price);
        assertThat(card.json().getJsonNumber("topUp").bigDecimalValue()).isEqualByComparingTo("25.50");
        assertThat(card.json().getString("description")).contains("<b>және</b>").doesNotContain("script");
        assertThat(card.json().getJsonArray("regions").getString(0)).isEqualTo("KZ-75");
        JsonObject attributes = card.json().getJsonObject("attributes");
        type.getJsonArray("attributes").stream().map(JsonValue::asJsonObject).filter(a -> a.getBoolean("required"))
                .forEach(a -> assertThat(attributes.getString(a.getString("code"))).isEqualTo(switch (a.getString("valueType")) {
                    case "CHOICE" -> a.getJsonArray("choices").getString(0);
                    case "NUMBER" -> "12";
                    default -> "Тест";
                }));

        browser.get(Portal.baseUrl() + "/supplier/products.xhtml");
        By row = By.cssSelector("tr[data-product-id='" + id + "']");
        assertThat(browser.findElement(row).getText()).contains(name, tenge(price), "Active");

        browser.get(Portal.baseUrl() + "/supplier/product.xhtml?id=" + id);
        Reply meanwhile = Portal.request("PUT", "/api/v1/products/" + id).token(company.token())
                .json(Json.createObjectBuilder(card.json()).add("deliveryDays", 7).build().toString()).send();
        assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(200);
        BigDecimal newPrice = sum.add(BigDecimal.TEN);
        typeInto("card:price", newPrice.toPlainString());
        browser.findElement(By.id("card:save")).sendKeys(Keys.ENTER);
        // The form was loaded before that change: saving it would overwrite it, so it is refused.
        waiting().until(d -> messages().contains("STALE_VERSION"));
        browser.findElement(By.id("stale:reload")).sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("card:deliveryDays")).getAttribute("value").equals("7"));
        typeInto("card:price", newPrice.toPlainString());
        browser.findElement(By.id("card:save")).sendKeys(Keys.ENTER);
        waiting().until(d -> messages().contains("The changes are saved."));
        assertThat(Portal.get("/api/v1/products/" + id).json().getJsonNumber("price").bigDecimalValue())
                .isEqualByComparingTo(newPrice);
        browser.get(Portal.baseUrl() + "/supplier/products.xhtml");
        assertThat(browser.findElement(row).getText()).contains(tenge(newPrice));

        browser.get(Portal.baseUrl() + "/supplier/product.xhtml?id=" + id);
        browser.findElement(By.id("photo:file")).sendKeys(png().toAbsolutePath().toString());
        browser.findElement(By.id("photo:upload")).sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElements(By.cssSelector("#photo-list img")).size() == 1);
        String thumbnail = browser.findElement(By.cssSelector("#photo-list img")).getAttribute("src");
        assertThat(thumbnail).contains("/api/v1/products/" + id + "/photos/").contains("size=thumbnail");
        Reply served = Portal.get(thumbnail.substring(Portal.baseUrl().length()));
        assertThat(served.status()).as(served.request()).isEqualTo(200);
        assertThat(served.contentType()).startsWith("image/");
        Path notAnImage = files.resolve("not-a-photo.png");
        Files.writeString(notAnImage, "a text file that calls itself a PNG");
        browser.findElement(By.id("photo:file")).sendKeys(notAnImage.toAbsolutePath().toString());
        browser.findElement(By.id("photo:upload")).sendKeys(Keys.ENTER);
        waiting().until(d -> messages().contains("PHOTO_TYPE"));
        assertThat(browser.findElements(By.cssSelector("#photo-list img"))).hasSize(1);
        browser.get(Portal.baseUrl() + "/supplier/products.xhtml");
        assertThat(browser.findElement(row).findElements(By.cssSelector("img.product-thumbnail"))).hasSize(1);

        String authority = Eds.signIn(DemoKeys.demo("authority", "auth"));
        Reply hidden = Portal.post("/api/v1/products/" + id + "/hiding", "{\"reason\":\"Photo to be checked\"}", authority);
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(200);
        browser.navigate().refresh();
        assertThat(browser.findElement(row).findElement(By.className("product-state")).getText())
                .contains("Hidden by the authorised body", "Photo to be checked");
        assertThat(Portal.request("DELETE", "/api/v1/products/" + id + "/hiding").token(authority).send().status()).isEqualTo(200);
        browser.navigate().refresh();

        eventually(() -> searchFinds(word, id), "the catalog finds the new card by its name");
        browser.findElement(row).findElement(By.cssSelector("input[type='submit']")).sendKeys(Keys.ENTER);
        waiting().until(d -> !d.findElements(By.id("withdraw:confirm")).isEmpty());
        assertThat(browser.findElement(By.id("withdraw")).getText()).contains(name);
        browser.findElement(By.id("withdraw:confirm")).sendKeys(Keys.ENTER);
        waiting().until(d -> d.findElement(row).findElement(By.className("product-state")).getText().contains("Withdrawn"));
        assertThat(messages()).contains("is withdrawn");
        assertThat(Portal.get("/api/v1/products/" + id, company.token()).json().getString("status")).isEqualTo("WITHDRAWN");
        eventually(() -> !searchFinds(word, id), "the withdrawn card leaves the catalog");
    }

    @Test
    void aCardMissingARequiredAttributeIsRefusedAndNothingIsCreated() {
        Company company = listed();
        JsonObject type = typeWithRequiredAttributes();
        JsonObject leftOut = type.getJsonArray("attributes").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getBoolean("required")).findFirst().orElseThrow();

        signIn(company.head());
        startCard(type);
        typeInto("card:name", "Жөргек " + uniqueWord());
        typeInto("card:price", "150");
        typeInto("card:deliveryDays", "2");
        browser.findElement(By.cssSelector("input[name='card:regions'][value='KZ-71']")).sendKeys(Keys.SPACE);
        fillRequiredAttributes(type, leftOut.getString("code"));
        browser.findElement(By.id("card:save")).sendKeys(Keys.ENTER);

        String label = leftOut.getJsonObject("names").getString("en");
        waiting().until(d -> d.findElement(By.id("card:card-errors")).getText().contains(label));
        assertThat(messages()).contains("The card is not saved");
        assertThat(browser.findElement(By.cssSelector("[data-attribute='" + leftOut.getString("code") + "'] .field-error"))
                .getText()).startsWith(label + ":");
        assertThat(browser.getCurrentUrl()).doesNotContain("id=");
        Reply cards = Portal.get("/api/v1/suppliers/" + company.supplierId() + "/products", company.token());
        assertThat(cards.status()).as(cards.toString()).isEqualTo(200);
        assertThat(cards.jsonArray()).isEmpty();
    }

    @Test
    void aSupplierNotYetListedIsToldItCannotOfferCards() {
        Company company = applied();

        signIn(company.head());
        browser.get(Portal.baseUrl() + "/supplier/products.xhtml");
        assertThat(browser.findElement(By.id("not-listed")).getText()).contains("“Applied”", "cannot be created");
        assertThat(browser.findElements(By.id("new-product"))).isEmpty();

        browser.get(Portal.baseUrl() + "/supplier/product.xhtml");
        assertThat(browser.findElement(By.id("not-listed")).getText()).contains("“Applied”");
        assertThat(browser.findElements(By.id("type:code"))).isEmpty();
        assertThat(browser.findElements(By.id("card:save"))).isEmpty();

        JsonObject type = typeWithRequiredAttributes();
        Reply refused = Portal.post("/api/v1/products", """
                {"supplierId":%d,"classifierCode":"%s","name":"Жөргек","price":100,"deliveryDays":1,"regions":["KZ-75"]}"""
                .formatted(company.supplierId(), type.getString("code")), company.token());
        assertThat(refused.problemCode()).as(refused.toString()).isEqualTo("SUPPLIER_NOT_LISTED");
        assertThat(Portal.get("/api/v1/suppliers/" + company.supplierId() + "/products", company.token()).jsonArray()).isEmpty();
    }
}
