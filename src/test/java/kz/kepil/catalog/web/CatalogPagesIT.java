package kz.kepil.catalog.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.signing.infrastructure.pki.OrganisationRole;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.testsupport.Browser;
import kz.kepil.testsupport.DemoKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.FacesBrowser;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.SupplierFiling;
import kz.kepil.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog's pages against the running portal: a listed supplier of this test offers cards through
 * the API, and the pages find them by a Russian word and by the type's Kazakh and English names, show
 * price, guaranteed sum and top-up per unit, narrow by filters, price a product for a region, compare
 * products side by side; the authority hides a card on its page and sets a sum on the sums page, and
 * search follows both. Every product name carries a fresh word, so other data never matches.
 */
class CatalogPagesIT {

    /** Regions this test's suppliers serve; Ulytau is where the sums test sets its own sum. */
    private static final String ALMATY = "KZ-75";
    private static final String ULYTAU = "KZ-62";

    /** A classifier type sold on the portal, with its national sum today and the attributes it needs. */
    private record Type(String code, String nameKk, String nameEn, BigDecimal sum, String attributes) {
    }

    /** A listed supplier of this test and a token of its staff. */
    private record Shop(long id, String name, String token) {
    }

    // ---- The search page ------------------------------------------------------------------------

    @Test
    void searchFindsAProductByARussianWordAndByTheTypesKazakhAndEnglishNamesWithItsAmounts() {
        Type type = hygieneType();
        Shop shop = listedShop();
        String word = freshWord();
        BigDecimal price = type.sum().add(new BigDecimal("150.50"));
        long id = offer(shop, type, "Подгузники впитывающие " + word, price, 3, ALMATY);
        FacesBrowser visitor = visitor();

        visitor.open("/catalog/index.xhtml?q=" + encode("впитывающие " + word));
        assertThat(hitIds(visitor.html())).containsExactly(id);
        String hit = hit(visitor.html(), id);
        assertThat(hit).contains("Подгузники впитывающие " + word, shop.name(), type.nameEn());
        assertThat(field(hit, "hit-price")).isEqualTo(tenge(price));
        assertThat(field(hit, "hit-sum")).isEqualTo(tenge(type.sum()));
        assertThat(field(hit, "hit-top-up")).isEqualTo(tenge(new BigDecimal("150.50")));
        assertThat(field(hit, "hit-delivery")).isEqualTo("3");
        assertThat(hit).contains("<span class=\"photo-none\">No photo</span>");
        assertThat(visitor.html()).contains("id=\"catalog-count\" class=\"catalog-count\" role=\"status\">Products found: 1.");

        visitor.open("/catalog/index.xhtml?q=" + encode(longestWord(type.nameKk()) + " " + word));
        assertThat(hitIds(visitor.html())).containsExactly(id);
        visitor.open("/catalog/index.xhtml?q=" + encode(longestWord(type.nameEn()) + " " + word));
        assertThat(hitIds(visitor.html())).containsExactly(id);
        visitor.open("/catalog/index.xhtml?q=" + encode(word + " " + freshWord()));
        assertThat(hitIds(visitor.html())).isEmpty();
        assertThat(visitor.html()).contains("id=\"catalog-none\"");
    }

    @Test
    void filtersAndTheNoTopUpBoxNarrowTheResultsAndTheAddressKeepsThem() {
        Type type = hygieneType();
        Shop shop = listedShop();
        String word = freshWord();
        long cheap = offer(shop, type, "Cheap " + word, type.sum().subtract(BigDecimal.TEN), 5, ALMATY);
        long dear = offer(shop, type, "Dear " + word, type.sum().add(new BigDecimal("500")), 1, ALMATY);
        long far = offer(shop, type, "Far " + word, type.sum().add(new BigDecimal("50")), 9, ULYTAU);
        FacesBrowser visitor = visitor();
        String q = "/catalog/index.xhtml?q=" + word;

        visitor.open(q);
        assertThat(hitIds(visitor.html())).containsExactlyInAnyOrder(cheap, dear, far);
        visitor.open(q + "&noTopUp=true");
        assertThat(hitIds(visitor.html())).containsExactly(cheap);
        assertThat(visitor.html()).contains("name=\"noTopUp\" value=\"true\" checked=\"checked\"");
        visitor.open(q + "&maxTopUp=100");
        assertThat(hitIds(visitor.html())).containsExactlyInAnyOrder(cheap, far);
        visitor.open(q + "&region=" + ULYTAU);
        assertThat(hitIds(visitor.html())).containsExactly(far);
        visitor.open(q + "&minPrice=" + type.sum() + "&maxPrice=" + type.sum().add(new BigDecimal("100")));
        assertThat(hitIds(visitor.html())).containsExactly(far);
        visitor.open(q + "&type=" + type.code() + "&supplier=" + shop.id() + "&category=HYGIENE_MEANS&sort=price_desc");
        assertThat(hitIds(visitor.html())).containsExactly(dear, far, cheap);
        visitor.open(q + "&sort=delivery");
        assertThat(hitIds(visitor.html())).containsExactly(dear, cheap, far);
        visitor.open(q + "&category=WHEELCHAIRS");
        assertThat(hitIds(visitor.html())).isEmpty();

        visitor.open(q + "&maxPrice=lots&sort=price");
        assertThat(hitIds(visitor.html())).containsExactly(cheap, far, dear);
        assertThat(visitor.html()).contains("Not understood, so left out: Price up to, ₸.");
    }

    @Test
    void hitsArePagedTwentyToAPageWithLinksThatKeepTheSearch() {
        Type type = hygieneType();
        Shop shop = listedShop();
        String word = freshWord();
        for (int i = 0; i < 21; i++) {
            offer(shop, type, "Paged " + word + " " + i, type.sum().add(BigDecimal.valueOf(i)), 2, ALMATY);
        }
        FacesBrowser visitor = visitor();

        visitor.open("/catalog/index.xhtml?q=" + word + "&sort=price");
        assertThat(hitIds(visitor.html())).hasSize(20);
        assertThat(visitor.html()).contains("Products found: 21. Page 1 of 2.")
                .contains("href=\"/catalog/index.xhtml?q=" + word + "&amp;sort=price&amp;page=2\" rel=\"next\"");
        visitor.open("/catalog/index.xhtml?q=" + word + "&sort=price&page=2");
        assertThat(hitIds(visitor.html())).hasSize(1);
        assertThat(visitor.html()).contains("Page 2 of 2.").contains("<ol id=\"catalog-hits\" class=\"catalog-hits\" start=\"21\">");
    }

    // ---- The product page ----------------------------------------------------------------------

    @Test
    void productPageShowsWhatAUnitCostsWhomInTheRegionChosen() throws IOException {
        Type type = hygieneType();
        Shop shop = listedShop();
        String word = freshWord();
        BigDecimal regional = sumInForce(type.code(), ULYTAU);
        BigDecimal price = regional.add(new BigDecimal("1234.50"));
        long id = offer(shop, type, "Page " + word, price, 4, ALMATY, ULYTAU,
                "<p>Soft <b>and</b> dry</p><script>alert('x')</script>");
        addPhoto(shop, id);
        FacesBrowser visitor = visitor();

        visitor.open("/catalog/product.xhtml?id=" + id + "&region=" + ULYTAU);
        String html = visitor.html();
        assertThat(html).contains("<h1>Page " + word + "</h1>");
        assertThat(byId(html, "product-price")).isEqualTo(tenge(price));
        assertThat(byId(html, "product-sum")).isEqualTo(tenge(regional));
        assertThat(byId(html, "product-state-amount")).isEqualTo(tenge(regional));
        assertThat(byId(html, "product-top-up")).isEqualTo(tenge(new BigDecimal("1234.50")));
        assertThat(byId(html, "product-delivery")).isEqualTo("4");
        assertThat(byId(html, "product-orderable")).isEqualTo("Can be ordered now");
        assertThat(byId(html, "product-regions")).isEqualTo("Almaty city, Ulytau Region");
        assertThat(html).contains("<p>Soft <b>and</b> dry</p>").doesNotContain("alert(");
        assertThat(html).contains("href=\"/registry/supplier.xhtml?id=" + shop.id() + "\"");
        assertThat(html).contains("id=\"product-photo\"").contains("alt=\"Page " + word + " — Photo 1 / 1\"");
        assertThat(html).containsPattern("<option value=\"" + ULYTAU + "\" selected=\"selected\">Ulytau Region</option>");

        visitor.open("/catalog/index.xhtml?q=" + word);
        assertThat(hit(visitor.html(), id)).contains("alt=\"Page " + word + "\"")
                .contains("/api/v1/products/" + id + "/photos/");
    }

    @Test
    void unknownProductAnswersNotFound() {
        FacesBrowser visitor = visitor();

        var page = visitor.open("/catalog/product.xhtml?id=999999999");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(visitor.html()).contains("id=\"product-not-found\"").contains("<title>Product not found");
    }

    // ---- Comparison ----------------------------------------------------------------------------

    @Test
    void compareShowsTwoProductsSideBySideWithEveryAttributeAndRemovesOne() {
        Type type = hygieneType();
        Shop shop = listedShop();
        String word = freshWord();
        long first = offer(shop, type, "First " + word, type.sum().add(BigDecimal.ONE), 2, ALMATY);
        long second = offer(shop, type, "Second " + word, type.sum().subtract(BigDecimal.ONE), 6, ALMATY);
        FacesBrowser visitor = visitor();

        visitor.open("/catalog/compare.xhtml?ids=" + first + "&ids=" + second + "&region=" + ALMATY);

        String table = byId(visitor.html(), "comparison");
        assertThat(table).contains("<th scope=\"col\" data-product-id=\"" + first + "\">")
                .contains("<th scope=\"col\" data-product-id=\"" + second + "\">")
                .contains("First " + word, "Second " + word, "<th scope=\"row\">Your top-up</th>", "Almaty city");
        assertThat(row(table, "comparison-top-up")).containsSubsequence(tenge(BigDecimal.ONE), tenge(new BigDecimal("0.00")));
        assertThat(table).contains("data-attribute=\"");
        assertThat(table).contains("href=\"/catalog/compare.xhtml?ids=" + second + "&amp;region=" + ALMATY + "\"");

        visitor.open("/catalog/compare.xhtml?ids=" + second + "," + first + ",999999999,1,2");
        assertThat(visitor.html()).contains("id=\"compare-truncated\"").containsPattern("These products cannot be shown: 999999999[.,]");
    }

    @Test
    void aVisitorSearchesTicksTwoProductsWithTheKeyboardAndComparesThem() {
        Type type = hygieneType();
        Shop shop = listedShop();
        String word = freshWord();
        long first = offer(shop, type, "Keyed " + word + " one", type.sum(), 2, ALMATY);
        long second = offer(shop, type, "Keyed " + word + " two", type.sum(), 3, ALMATY);
        ChromeDriver browser = Browser.start();
        try {
            browser.get(Portal.baseUrl() + "/catalog/index.xhtml?lang=en");
            browser.findElement(By.id("catalog-q")).sendKeys(word, Keys.ENTER);
            waiting(browser).until(d -> d.getCurrentUrl().contains("q=" + word));
            assertThat(browser.findElement(By.id("catalog-count")).getText()).isEqualTo("Products found: 2.");

            browser.findElement(By.id("compare-" + first)).sendKeys(Keys.SPACE);
            browser.findElement(By.id("compare-" + second)).sendKeys(Keys.SPACE);
            assertThat(browser.findElement(By.id("compare-status")).getText()).isEqualTo("Ticked: 2 of at most 4.");
            browser.findElement(By.id("compare-submit")).sendKeys(Keys.ENTER);
            waiting(browser).until(d -> !d.findElements(By.id("comparison")).isEmpty());

            assertThat(browser.findElements(By.cssSelector("#comparison th[scope='col']"))).hasSize(2);
            assertThat(browser.getCurrentUrl()).contains("ids=" + first).contains("ids=" + second);
        } finally {
            browser.quit();
        }
    }

    // ---- The authority -------------------------------------------------------------------------

    @Test
    void authorityHidesAProductOnItsPageAndSearchNoLongerFindsIt() {
        Type type = hygieneType();
        Shop shop = listedShop();
        String word = freshWord();
        long id = offer(shop, type, "Hidden " + word, type.sum(), 2, ALMATY);
        FacesBrowser visitor = visitor();
        visitor.open("/catalog/index.xhtml?q=" + word);
        assertThat(hitIds(visitor.html())).containsExactly(id);
        FacesBrowser authority = staff("AUTHORITY");
        authority.open("/catalog/product.xhtml?id=" + id);

        authority.submit("hide", "hide:hideButton", Map.of("hide:reason", ""));
        assertThat(authority.html()).contains("Write the reason for hiding the product.");
        authority.submit("hide", "hide:hideButton", Map.of("hide:reason", "Misleading photos"));

        assertThat(authority.html()).contains("The product is hidden from the catalog.")
                .contains("id=\"product-hidden\"").contains("Misleading photos").contains("id=\"unhide\"");
        visitor.open("/catalog/index.xhtml?q=" + word);
        assertThat(hitIds(visitor.html())).isEmpty();
        assertThat(visitor.open("/catalog/product.xhtml?id=" + id).statusCode()).isEqualTo(404);

        FacesBrowser auditor = staff("AUDITOR");
        auditor.open("/catalog/product.xhtml?id=" + id);
        assertThat(auditor.html()).contains("Misleading photos").doesNotContain("id=\"unhide\"").doesNotContain("id=\"hide\"");

        authority.submit("unhide", "unhide:unhideButton", Map.of());
        assertThat(authority.html()).contains("The product is shown in the catalog again.");
        visitor.open("/catalog/index.xhtml?q=" + word);
        assertThat(hitIds(visitor.html())).containsExactly(id);
    }

    @Test
    void sumSetOnTheSumsPageIsTheSumTheSearchPricesWith() {
        Type type = hygieneType();
        Shop shop = listedShop();
        String word = freshWord();
        BigDecimal price = new BigDecimal(5000 + ThreadLocalRandom.current().nextInt(1000) + ".00");
        long id = offer(shop, type, "Summed " + word, price, 2, ULYTAU);
        BigDecimal sum = price.subtract(new BigDecimal("300.00"));
        int year = LocalDate.now(ZoneId.of("Asia/Almaty")).getYear();
        FacesBrowser authority = staff("AUTHORITY");

        authority.open("/admin/sums.xhtml?type=" + type.code());
        assertThat(authority.html()).contains("id=\"chosen-heading\"").contains("id=\"mci\"")
                .contains("data-type=\"" + type.code() + "\"");
        authority.submit("sum", "sum:setButton", Map.of("sum:amount", "12,5x", "sum:year", String.valueOf(year),
                "sum:region", ULYTAU));
        assertThat(authority.html()).contains("Enter a positive amount in tenge");
        authority.submit("sum", "sum:setButton", Map.of("sum:amount", sum.toPlainString(),
                "sum:year", String.valueOf(year), "sum:region", ULYTAU));

        assertThat(authority.html()).contains(type.nameEn() + ": the sum for " + year + " (Ulytau Region) is " + tenge(sum) + ".");
        assertThat(byId(authority.html(), "sums-history")).contains("Ulytau Region", tenge(sum));
        FacesBrowser visitor = visitor();
        visitor.open("/catalog/index.xhtml?q=" + word + "&region=" + ULYTAU);
        String hit = hit(visitor.html(), id);
        assertThat(field(hit, "hit-sum")).isEqualTo(tenge(sum));
        assertThat(field(hit, "hit-top-up")).isEqualTo(tenge(new BigDecimal("300.00")));
    }

    @Test
    void auditorReadsTheSumsPageWithoutAForm() {
        Type type = hygieneType();
        FacesBrowser auditor = staff("AUDITOR");

        auditor.open("/admin/sums.xhtml?type=" + type.code());

        assertThat(auditor.html()).contains("id=\"sums-read-only\"").contains("id=\"sums-history\"")
                .doesNotContain("id=\"sum\"");
    }

    // ---- Fixtures ------------------------------------------------------------------------------

    /** A type of hygiene means sold on the portal with a national sum in force, and its required attributes. */
    private static Type hygieneType() {
        Reply reply = Portal.get("/api/v1/classifier?channel=PORTAL&category=HYGIENE_MEANS");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject t = reply.jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.get("guaranteedSum") != null && o.get("guaranteedSum").getValueType() == JsonValue.ValueType.NUMBER)
                .findFirst().orElseThrow(() -> new AssertionError("no hygiene type with a sum: " + reply));
        String attributes = kz.kepil.testsupport.TestProducts.requiredAttributes(t);
        return new Type(t.getString("code"), t.getJsonObject("names").getString("kk"),
                t.getJsonObject("names").getString("en"), t.getJsonNumber("guaranteedSum").bigDecimalValue(), attributes);
    }

    private static BigDecimal sumInForce(String code, String region) {
        Reply reply = Portal.get("/api/v1/classifier/" + code + "?region=" + region);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonNumber("guaranteedSum").bigDecimalValue();
    }

    /** A supplier of hygiene means that applied, signed the public offer and was admitted by the authority. */
    private static Shop listedShop() {
        String bin = TestDatabase.freshBin();
        String name = "Каталог медтехника " + bin;
        PersonalKeys head = Eds.newCompanyStaff(bin, "Каталог медтехника", OrganisationRole.CEO);
        String token = Eds.signIn(head.authentication());
        Reply applied = Portal.post("/api/v1/suppliers", """
                {"kind":"LEGAL_ENTITY","bin":"%s","name":"%s","regions":["%s","%s"],"categories":["HYGIENE_MEANS"],
                 "iban":"KZ86125KZT5004100100","bik":"HSBKKZKX","email":"office@example.kz","phone":"+77270000000"}"""
                .formatted(bin, name, ALMATY, ULYTAU), token);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        long id = applied.json().getJsonNumber("id").longValue();
        SupplierFiling.fileForGoods(id, token);
        String contract = "/api/v1/suppliers/" + id + "/public-contract/";
        Reply signed = Eds.signDocument(contract + "document", contract + "signature", head.signing(), token);
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);

        String authority = Eds.signIn(DemoKeys.demo("authority", "auth"));
        Reply draft = Portal.post("/api/v1/suppliers/" + id + "/decisions",
                "{\"decision\":\"ADMIT\",\"ground\":\"DOCUMENTS_COMPLETE\",\"note\":\"catalog pages\"}", authority);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String decision = "/api/v1/suppliers/" + id + "/decisions/" + draft.json().getJsonNumber("id") + "/";
        Reply admitted = Eds.signDocument(decision + "document", decision + "signature", DemoKeys.demo("authority", "sign"),
                authority);
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(200);
        return new Shop(id, name, Eds.signIn(head.authentication()));
    }

    private static long offer(Shop shop, Type type, String name, BigDecimal price, int days, String region) {
        return offer(shop, type, name, price, days, region, null, "<p>Тест</p>");
    }

    private static long offer(Shop shop, Type type, String name, BigDecimal price, int days, String region,
                              String otherRegion, String description) {
        String regions = "\"" + region + "\"" + (otherRegion == null ? "" : ",\"" + otherRegion + "\"");
        Reply created = Portal.post("/api/v1/products", """
                {"supplierId":%d,"classifierCode":"%s","name":"%s","description":"%s","price":%s,"regions":[%s],
                 "attributes":%s,"deliveryDays":%d,"available":true}"""
                .formatted(shop.id(), type.code(), name, description.replace("\"", "\\\""), price.toPlainString(), regions,
                        type.attributes(), days), shop.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static void addPhoto(Shop shop, long productId) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Reply added = Portal.request("POST", "/api/v1/products/" + productId + "/photos").token(shop.token())
                .bodyBytes("image/png", png.toByteArray()).send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
    }

    /** A visitor reading in English, without signing in. */
    private static FacesBrowser visitor() {
        FacesBrowser browser = new FacesBrowser(null);
        browser.open("/index.xhtml?lang=en");
        return browser;
    }

    /** A signed-in member of staff with the role, reading in English. */
    private static FacesBrowser staff(String role) {
        FacesBrowser browser = new FacesBrowser(TestDatabase.userWithRoles(role).token());
        browser.open("/index.xhtml?lang=en");
        return browser;
    }

    private static WebDriverWait waiting(ChromeDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** A word no product of another test or run has: Latin letters only, so it stays one search term. */
    private static String freshWord() {
        String letters = "bcdfghjklmnpqrtvwxz";
        StringBuilder word = new StringBuilder("kq");
        for (int i = 0; i < 8; i++) {
            word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return word.toString();
    }

    /** An amount as the English pages write it: "1,234.50 ₸". */
    private static String tenge(BigDecimal amount) {
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("en"));
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount) + " ₸";
    }

    private static String longestWord(String text) {
        String longest = "";
        for (String word : text.split("[^\\p{L}]+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static java.util.List<Long> hitIds(String html) {
        Matcher m = Pattern.compile("<li class=\"catalog-hit\" data-product-id=\"(\\d+)\"").matcher(html);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    /** The markup of one hit. */
    private static String hit(String html, long productId) {
        Matcher m = Pattern.compile("<li class=\"catalog-hit\" data-product-id=\"" + productId + "\">(.*?)</li>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("hit %d on the page", productId).isTrue();
        return m.group(1);
    }

    /** The text of the element of a class in a hit. */
    private static String field(String hit, String cssClass) {
        Matcher m = Pattern.compile("class=\"" + cssClass + "\">([^<]*)<").matcher(hit);
        assertThat(m.find()).as(cssClass + " in " + hit).isTrue();
        return m.group(1).strip();
    }

    /** The markup inside the element with the id, up to its first closing tag of the same name. */
    private static String byId(String html, String id) {
        Matcher m = Pattern.compile("<(\\w+) id=\"" + id + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("#" + id + " on the page").isTrue();
        return m.group(2).strip();
    }

    private static String row(String table, String cssClass) {
        Matcher m = Pattern.compile("<tr class=\"" + cssClass + "\">(.*?)</tr>", Pattern.DOTALL).matcher(table);
        assertThat(m.find()).as(cssClass + " row").isTrue();
        return m.group(1);
    }
}
