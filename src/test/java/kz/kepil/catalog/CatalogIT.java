package kz.kepil.catalog;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestSuppliers;
import kz.kepil.testsupport.TestSuppliers.Company;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog through the API: the classifier and its sums, product cards of listed suppliers, and
 * search that returns only what a beneficiary may order, priced for the region.
 */
class CatalogIT {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Almaty")).getYear();

    /** A portal type of the category with a national sum in force, and attribute values for it. */
    private record Type(String code, JsonObject json, BigDecimal sum) {

        String attributes() {
            return kz.kepil.testsupport.TestProducts.requiredAttributes(json);
        }

        String names() {
            JsonObject n = json.getJsonObject("names");
            return n.getString("kk") + " | " + n.getString("ru") + " | " + n.getString("en");
        }
    }

    private static Type portalType(String category) {
        JsonArray types = Portal.get("/api/v1/classifier?channel=PORTAL&category=" + category).jsonArray();
        JsonObject t = types.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.containsKey("guaranteedSum") && !o.containsKey("sumMciFactor"))
                .findFirst().orElseThrow(() -> new AssertionError("no portal type with a sum in " + category));
        return new Type(t.getString("code"), t, t.getJsonNumber("guaranteedSum").bigDecimalValue());
    }

    private static String productJson(long supplierId, Type type, String name, String price, String regions) {
        return """
                {"supplierId":%d,"classifierCode":"%s","name":"%s","description":"<p>Мягкие и надёжные</p><script>alert(1)</script>",
                 "price":%s,"regions":[%s],"attributes":%s,"deliveryDays":4,"available":true}"""
                .formatted(supplierId, type.code(), name, price, regions, type.attributes());
    }

    private static JsonObject offer(Company c, Type type, String name, String price, String regions) {
        Reply r = Portal.post("/api/v1/products", productJson(c.id(), type, name, price, regions), c.token());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private static JsonObject search(String query) {
        Reply r = Portal.get("/api/v1/products?" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<Long> hitIds(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String unique() {
        return "Zt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void theClassifierCoversEveryCategoryWithItsChannelAndSums() {
        JsonArray types = Portal.get("/api/v1/classifier").jsonArray();
        assertThat(types.stream().map(v -> v.asJsonObject().getString("category")).collect(Collectors.toSet()))
                .contains("HYGIENE_MEANS", "WHEELCHAIRS", "TYPHLOTECHNICAL", "SURDOTECHNICAL", "SANATORIUM_TREATMENT",
                        "PERSONAL_ASSISTANT", "SIGN_LANGUAGE_SPECIALIST", "SPECIAL_SOCIAL_SERVICES");
        assertThat(types.stream().map(v -> v.asJsonObject().getString("channel")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("PORTAL", "PROCUREMENT");
        assertThat(types.stream().map(JsonValue::asJsonObject).filter(t -> t.getString("channel").equals("PORTAL"))
                .allMatch(t -> t.containsKey("guaranteedSum"))).as("every portal type has a sum in force").isTrue();
        JsonObject mciPriced = types.stream().map(JsonValue::asJsonObject).filter(t -> t.containsKey("sumMciFactor"))
                .findFirst().orElseThrow();
        JsonObject mci = Portal.get("/api/v1/classifier/mci").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getInt("year") <= YEAR).reduce((a, b) -> b).orElseThrow();
        List<JsonObject> setSums = Portal.get("/api/v1/classifier/" + mciPriced.getString("code") + "/guaranteed-sums")
                .jsonArray().stream().map(JsonValue::asJsonObject).toList();
        if (setSums.isEmpty()) {
            assertThat(mciPriced.getJsonNumber("guaranteedSum").bigDecimalValue())
                    .isEqualByComparingTo(mci.getJsonNumber("amount").bigDecimalValue()
                            .multiply(mciPriced.getJsonNumber("sumMciFactor").bigDecimalValue())
                            .setScale(2, java.math.RoundingMode.HALF_UP));
        }
    }

    @Test
    void searchReturnsOnlyWhatABeneficiaryMayOrderPricedForTheRegion() {
        Type type = portalType("HYGIENE_MEANS");
        Company c = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-75", "KZ-71"));
        String name = unique();
        BigDecimal price = type.sum().add(new BigDecimal("37.50"));
        JsonObject dear = offer(c, type, name + " Plus", price.toPlainString(), "\"KZ-75\",\"KZ-71\"");
        JsonObject cheap = offer(c, type, name + " Eco", type.sum().subtract(BigDecimal.ONE).toPlainString(), "\"KZ-71\"");
        assertThat(dear.getString("description")).contains("Мягкие").doesNotContain("script");

        JsonObject found = search("q=" + name + "&sort=price");
        assertThat(hitIds(found)).containsExactly(cheap.getJsonNumber("id").longValue(), dear.getJsonNumber("id").longValue());
        JsonObject hit = found.getJsonArray("items").getJsonObject(1);
        assertThat(hit.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo(price);
        assertThat(hit.getJsonNumber("guaranteedSum").bigDecimalValue()).isEqualByComparingTo(type.sum());
        assertThat(hit.getJsonNumber("topUp").bigDecimalValue()).isEqualByComparingTo("37.50");
        assertThat(found.getJsonArray("items").getJsonObject(0).getJsonNumber("topUp").bigDecimalValue()).isZero();

        assertThat(hitIds(search("q=" + name + "&region=KZ-75"))).containsExactly(dear.getJsonNumber("id").longValue());
        assertThat(hitIds(search("q=" + name + "&region=KZ-19"))).isEmpty();
        assertThat(hitIds(search("q=" + name + "&noTopUp=true"))).containsExactly(cheap.getJsonNumber("id").longValue());
        assertThat(hitIds(search("q=" + name + "&maxTopUp=37.50"))).hasSize(2);
        assertThat(hitIds(search("q=" + name + "&maxTopUp=37.49"))).hasSize(1);
        assertThat(hitIds(search("q=" + name + "&category=WHEELCHAIRS"))).isEmpty();
        assertThat(hitIds(search("q=" + name + "&classifier=" + type.code() + "&supplierId=" + c.id()))).hasSize(2);
    }

    @Test
    void theSameCardIsFoundByItsTypesNameInKazakhRussianAndEnglish() {
        Type type = portalType("HYGIENE_MEANS");
        Company c = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-75"));
        long id = offer(c, type, unique(), type.sum().toPlainString(), "\"KZ-75\"").getJsonNumber("id").longValue();
        for (String language : List.of("kk", "ru", "en")) {
            String typeName = type.json().getJsonObject("names").getString(language);
            JsonObject page = search("q=" + q(typeName) + "&supplierId=" + c.id());
            assertThat(hitIds(page)).as("found by «%s» (%s)", typeName, type.names()).containsExactly(id);
        }
    }

    @Test
    void theSumInForceInTheRegionIsTheOneShownAndTheAuthoritySetsIt() {
        Type type = portalType("HYGIENE_MEANS");
        Company c = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-62"));
        String name = unique();
        BigDecimal price = type.sum().add(new BigDecimal("100.00"));
        long id = offer(c, type, name, price.toPlainString(), "\"KZ-62\"").getJsonNumber("id").longValue();

        BigDecimal regional = type.sum().add(new BigDecimal("60.00"));
        String authority = TestSuppliers.authority();
        Reply refused = Portal.request("PUT", "/api/v1/classifier/" + type.code() + "/guaranteed-sums/" + YEAR)
                .token(c.token()).json("{\"amount\":1,\"region\":\"KZ-62\"}").send();
        assertThat(refused.status()).isEqualTo(403);
        Reply set = Portal.request("PUT", "/api/v1/classifier/" + type.code() + "/guaranteed-sums/" + YEAR)
                .token(authority).json("{\"amount\":" + regional.toPlainString() + ",\"region\":\"KZ-62\"}").send();
        assertThat(set.status()).as(set.toString()).isEqualTo(200);

        JsonObject inRegion = search("q=" + name + "&region=KZ-62").getJsonArray("items").getJsonObject(0);
        assertThat(inRegion.getJsonNumber("guaranteedSum").bigDecimalValue()).isEqualByComparingTo(regional);
        assertThat(inRegion.getJsonNumber("topUp").bigDecimalValue()).isEqualByComparingTo("40.00");
        JsonObject national = search("q=" + name).getJsonArray("items").getJsonObject(0);
        assertThat(national.getJsonNumber("guaranteedSum").bigDecimalValue()).isEqualByComparingTo(type.sum());
        JsonObject card = Portal.get("/api/v1/products/" + id + "?region=KZ-62").json();
        assertThat(card.getJsonNumber("stateAmount").bigDecimalValue()).isEqualByComparingTo(regional);
        assertThat(card.getJsonNumber("topUp").bigDecimalValue()).isEqualByComparingTo("40.00");
        assertThat(Portal.get("/api/v1/classifier/" + type.code() + "/guaranteed-sums").jsonArray().stream()
                .map(JsonValue::asJsonObject).anyMatch(s -> "KZ-62".equals(s.getString("region", null))
                        && s.getInt("year") == YEAR)).isTrue();

        Reply procurement = Portal.request("PUT", "/api/v1/classifier/" + procurementType() + "/guaranteed-sums/" + YEAR)
                .token(authority).json("{\"amount\":100}").send();
        assertThat(procurement.problemCode()).isEqualTo("PRODUCT_TYPE_NOT_ON_PORTAL");
        Reply negative = Portal.request("PUT", "/api/v1/classifier/" + type.code() + "/guaranteed-sums/" + YEAR)
                .token(authority).json("{\"amount\":-5}").send();
        assertThat(negative.status()).isEqualTo(400);
    }

    private static String procurementType() {
        return Portal.get("/api/v1/classifier?channel=PROCUREMENT").jsonArray().getJsonObject(0).getString("code");
    }

    @Test
    void aSuspendedSuppliersProductsLeaveTheCatalogAndReturnWhenReinstated() {
        Type type = portalType("HYGIENE_MEANS");
        Company c = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-75"));
        String name = unique();
        long id = offer(c, type, name, type.sum().toPlainString(), "\"KZ-75\"").getJsonNumber("id").longValue();
        assertThat(hitIds(search("q=" + name))).containsExactly(id);

        String authority = TestSuppliers.authority();
        assertThat(TestSuppliers.decide(c.id(), "SUSPEND", "FALSE_INFORMATION", authority).status()).isEqualTo(200);
        assertThat(hitIds(search("q=" + name))).isEmpty();
        assertThat(Portal.get("/api/v1/products/" + id).json().getBoolean("orderable")).isFalse();
        Reply newCard = Portal.post("/api/v1/products", productJson(c.id(), type, name + "b", "100", "\"KZ-75\""), c.token());
        assertThat(newCard.problemCode()).isEqualTo("SUPPLIER_NOT_LISTED");

        assertThat(TestSuppliers.decide(c.id(), "REINSTATE", "GROUNDS_REMOVED", authority).status()).isEqualTo(200);
        assertThat(hitIds(search("q=" + name))).containsExactly(id);
        assertThat(Portal.get("/api/v1/products/" + id).json().getBoolean("orderable")).isTrue();
    }

    @Test
    void aSupplierUnderExclusionProceedingsOrAskingToLeaveSellsNothing() {
        Type type = portalType("HYGIENE_MEANS");
        Company pending = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-75"));
        Company leaving = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-75"));
        String name = unique();
        offer(pending, type, name, type.sum().toPlainString(), "\"KZ-75\"");
        offer(leaving, type, name, type.sum().toPlainString(), "\"KZ-75\"");
        assertThat(hitIds(search("q=" + name))).hasSize(2);
        assertThat(TestSuppliers.decide(pending.id(), "OPEN_EXCLUSION", "UNANSWERED_ORDERS", TestSuppliers.authority())
                .status()).isEqualTo(200);
        assertThat(Portal.post("/api/v1/suppliers/" + leaving.id() + "/withdrawal", "{\"reason\":\"closing\"}",
                leaving.token()).status()).isEqualTo(200);
        assertThat(hitIds(search("q=" + name))).isEmpty();
    }

    @Test
    void theSupplierWithdrawsACardAndTheAuthorityHidesOne() {
        Type type = portalType("HYGIENE_MEANS");
        Company c = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-75"));
        String name = unique();
        long kept = offer(c, type, name + " A", type.sum().toPlainString(), "\"KZ-75\"").getJsonNumber("id").longValue();
        long gone = offer(c, type, name + " B", type.sum().toPlainString(), "\"KZ-75\"").getJsonNumber("id").longValue();

        Reply withdrawn = Portal.request("DELETE", "/api/v1/products/" + gone).token(c.token()).send();
        assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");
        assertThat(hitIds(search("q=" + name))).containsExactly(kept);
        assertThat(Portal.get("/api/v1/products/" + gone).status()).isEqualTo(404);
        assertThat(Portal.get("/api/v1/products/" + gone, c.token()).status()).isEqualTo(200);

        String authority = TestSuppliers.authority();
        assertThat(Portal.post("/api/v1/products/" + kept + "/hiding", "{\"reason\":\"\"}", authority).status()).isEqualTo(400);
        assertThat(Portal.post("/api/v1/products/" + kept + "/hiding", "{\"reason\":\"x\"}", c.token()).status()).isEqualTo(403);
        Reply hidden = Portal.post("/api/v1/products/" + kept + "/hiding", "{\"reason\":\"Misleading photos\"}", authority);
        assertThat(hidden.json().getString("hiddenReason")).isEqualTo("Misleading photos");
        assertThat(hitIds(search("q=" + name))).isEmpty();
        assertThat(Portal.request("DELETE", "/api/v1/products/" + kept + "/hiding").token(authority).send().status())
                .isEqualTo(200);
        assertThat(hitIds(search("q=" + name))).containsExactly(kept);
        JsonArray history = Portal.get("/api/v1/audit?entity=Product&id=" + kept, TestDatabase.userWithRoles("AUDITOR").token())
                .jsonArray();
        assertThat(history.stream().map(v -> v.asJsonObject().getString("action")).toList())
                .contains("CREATED", "HIDDEN", "SHOWN");
    }

    @Test
    void aPriceChangeIsSeenAtOnceAndAnEditOnAStaleVersionIsRefused() {
        Type type = portalType("HYGIENE_MEANS");
        Company c = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-75"));
        String name = unique();
        JsonObject card = offer(c, type, name, type.sum().toPlainString(), "\"KZ-75\"");
        long id = card.getJsonNumber("id").longValue();
        long version = card.getJsonNumber("version").longValue();
        String edit = productJson(c.id(), type, name, type.sum().add(BigDecimal.TEN).toPlainString(), "\"KZ-75\"")
                .replace("\"available\":true", "\"available\":true,\"version\":" + version);
        Reply edited = Portal.request("PUT", "/api/v1/products/" + id).token(c.token()).json(edit).send();
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(search("q=" + name).getJsonArray("items").getJsonObject(0).getJsonNumber("topUp").bigDecimalValue())
                .isEqualByComparingTo("10.00");
        Reply stale = Portal.request("PUT", "/api/v1/products/" + id).token(c.token()).json(edit).send();
        assertThat(stale.problemCode()).isEqualTo("STALE_VERSION");
    }

    @Test
    void aCardIsCheckedAgainstItsTypeAndItsSupplierBeforeAnythingIsStored() {
        Type type = portalType("HYGIENE_MEANS");
        Company c = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-75"));
        String name = unique();
        assertThat(Portal.post("/api/v1/products", productJson(c.id(), type, name, "10", "\"KZ-19\""), c.token())
                .problemCode()).isEqualTo("REGION_NOT_SERVED");
        Type chair = portalType("WHEELCHAIRS");
        assertThat(Portal.post("/api/v1/products", productJson(c.id(), chair, name, "10", "\"KZ-75\""), c.token())
                .problemCode()).isEqualTo("CATEGORY_NOT_LISTED");
        if (!type.attributes().equals("{}")) {
            String missing = productJson(c.id(), type, name, "10", "\"KZ-75\"").replace(type.attributes(), "{}");
            assertThat(Portal.post("/api/v1/products", missing, c.token()).problemCode()).isEqualTo("ATTRIBUTE_MISSING");
        }
        String procurement = productJson(c.id(), type, name, "10", "\"KZ-75\"").replace(type.code(), procurementType());
        assertThat(Portal.post("/api/v1/products", procurement, c.token()).problemCode()).isIn("PRODUCT_TYPE_NOT_ON_PORTAL",
                "CATEGORY_NOT_LISTED");
        assertThat(Portal.post("/api/v1/products", productJson(c.id(), type, name, "-1", "\"KZ-75\""), c.token()).status())
                .isEqualTo(400);
        Company other = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-75"));
        assertThat(Portal.post("/api/v1/products", productJson(c.id(), type, name, "10", "\"KZ-75\""), other.token())
                .status()).isEqualTo(403);
        Company applied = TestSuppliers.applied(List.of("HYGIENE_MEANS"), List.of("KZ-75"));
        assertThat(Portal.post("/api/v1/products", productJson(applied.id(), type, name, "10", "\"KZ-75\""), applied.token())
                .problemCode()).isEqualTo("SUPPLIER_NOT_LISTED");
        assertThat(search("q=" + name).getInt("total")).isZero();
        assertThat(Portal.get("/api/v1/suppliers/" + c.id() + "/products", c.token()).jsonArray()).isEmpty();
    }

    @Test
    void searchParametersOutOfRangeAreRefused() {
        assertThat(Portal.get("/api/v1/products?size=1000").problemCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(Portal.get("/api/v1/products?sort=cheapest").problemCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(Portal.get("/api/v1/products?maxTopUp=abc").problemCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(Portal.get("/api/v1/products/comparison?ids=1,2,3,4,5").problemCode()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void photosAreScaledAndServedWithACacheableDigest() throws IOException {
        Type type = portalType("HYGIENE_MEANS");
        Company c = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-75"));
        long id = offer(c, type, unique(), "100", "\"KZ-75\"").getJsonNumber("id").longValue();
        BufferedImage image = new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);

        Reply added = Portal.request("POST", "/api/v1/products/" + id + "/photos").token(c.token())
                .bodyBytes("image/png", png.toByteArray()).send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().getInt("width")).isEqualTo(1200);
        String thumbnailUrl = added.json().getString("thumbnailUrl").replace("/api/v1", "/api/v1");
        Reply thumb = Portal.get(thumbnailUrl);
        assertThat(thumb.status()).isEqualTo(200);
        assertThat(thumb.contentType()).startsWith("image/jpeg");
        String etag = thumb.header("ETag").orElseThrow();
        assertThat(Portal.request("GET", thumbnailUrl).header("If-None-Match", etag).send().status()).isEqualTo(304);
        assertThat(Portal.request("POST", "/api/v1/products/" + id + "/photos").token(c.token())
                .bodyBytes("image/png", "not an image".getBytes()).send().problemCode()).isEqualTo("PHOTO_TYPE");
        Company other = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-75"));
        assertThat(Portal.request("POST", "/api/v1/products/" + id + "/photos").token(other.token())
                .bodyBytes("image/png", png.toByteArray()).send().status()).isEqualTo(403);
        JsonObject card = Portal.get("/api/v1/products/" + id).json();
        assertThat(card.getJsonArray("photos")).hasSize(1);
    }

    @Test
    void upToFourProductsAreComparedSideBySide() {
        Type type = portalType("HYGIENE_MEANS");
        Company c = TestSuppliers.listed(List.of("HYGIENE_MEANS"), List.of("KZ-75"));
        long a = offer(c, type, unique(), "100", "\"KZ-75\"").getJsonNumber("id").longValue();
        long b = offer(c, type, unique(), "200", "\"KZ-75\"").getJsonNumber("id").longValue();
        JsonArray compared = Portal.get("/api/v1/products/comparison?ids=" + a + "," + b + "&region=KZ-75").jsonArray();
        assertThat(compared.stream().map(v -> v.asJsonObject().getJsonNumber("price").bigDecimalValue().intValue()).toList())
                .containsExactly(100, 200);
    }
}
