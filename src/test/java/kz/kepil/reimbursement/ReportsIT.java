package kz.kepil.reimbursement;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import kz.kepil.reimbursement.domain.ReportTexts;
import kz.kepil.signing.infrastructure.pki.OrganisationRole;
import kz.kepil.signing.infrastructure.pki.PersonalKeys;
import kz.kepil.testsupport.Eds;
import kz.kepil.testsupport.EdsBrowser;
import kz.kepil.testsupport.FacesBrowser;
import kz.kepil.testsupport.Portal;
import kz.kepil.testsupport.Portal.Reply;
import kz.kepil.testsupport.TestDatabase;
import kz.kepil.testsupport.TestDatabase.TestUser;
import kz.kepil.testsupport.TestOrders;
import kz.kepil.testsupport.TestOrders.Shop;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finance reports of an akimat no other test uses (SD-11), so that every figure is known: two orders
 * completed, claimed, registered, approved with a financial-role EDS and paid; the register's PDF (a draft's
 * and the paid one's, whose attached document and signature verify on the portal), the spreadsheets of its
 * lines, the claims and the registers, the dashboard's figures and its page. Nobody else sees them.
 */
class ReportsIT {

    static final String AKIMAT = "SD-11";
    static final String AKIMAT_BIN = "990340011009";
    static final String AKIMAT_NAME = "Ақмола облысы әкімдігінің жұмыспен қамту және әлеуметтік бағдарламалар басқармасы";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));
    static final String BANK_REFERENCE = "KKMF-SD11-0001";

    static Shop shop;
    static List<Long> orders = new ArrayList<>();
    static TestUser officer;
    static TestUser approver;
    static long register;
    static BigDecimal total;
    static byte[] draftPdf;

    /** A finance user of SD-11 with a fresh session (roles are read from the database with each session). */
    static TestUser finance(String role) {
        TestUser user = TestDatabase.userWithRoles(role);
        try (Connection c = TestDatabase.connect();
             PreparedStatement move = c.prepareStatement("UPDATE user_role SET akimat_code = ? WHERE user_id = ?")) {
            move.setString(1, AKIMAT);
            move.setLong(2, user.id());
            move.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new TestUser(user.id(), user.iin(), TestDatabase.longSession(user.id()));
    }

    @BeforeAll
    static void aPaidRegisterOfTwoOrders() {
        shop = TestOrders.shop("KZ-11");
        for (int quantity = 1; quantity <= 2; quantity++) {
            orders.add(TestOrders.completed(shop, TestOrders.buyer(shop, quantity), quantity));
        }
        Portal.request("POST", "/api/v1/platform/jobs").send();
        officer = finance("FINANCE_OFFICER");
        approver = finance("FINANCE_APPROVER");
        Reply built = Portal.post("/api/v1/reimbursement/registers", """
                {"akimatCode":"%s","supplierId":%d,"periodFrom":"%s","periodTo":"%s"}"""
                .formatted(AKIMAT, shop.supplier().id(), TODAY.minusDays(1), TODAY.plusDays(1)), officer.token());
        assertThat(built.status()).as(built.toString()).isEqualTo(201);
        register = built.json().getJsonNumber("id").longValue();
        total = built.json().getJsonNumber("total").bigDecimalValue();
        assertThat(total).isEqualByComparingTo(shop.sum().multiply(BigDecimal.valueOf(3)));
        draftPdf = bytes("/api/v1/reimbursement/registers/" + register + "/pdf?lang=en", officer.token(), "application/pdf");

        PersonalKeys keys = Eds.newStaff(approver.iin(), AKIMAT_BIN, AKIMAT_NAME, OrganisationRole.MAY_SIGN_FINANCIAL);
        Reply approved = Eds.signDocument("/api/v1/reimbursement/registers/" + register + "/document",
                "/api/v1/reimbursement/registers/" + register + "/approval", keys.signing(), approver.token());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        Reply paid = Portal.post("/api/v1/reimbursement/registers/" + register + "/payment",
                "{\"bankReference\":\"" + BANK_REFERENCE + "\",\"paidOn\":\"" + TODAY + "\"}", officer.token());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    }

    static HttpResponse<byte[]> download(String path, String token) {
        return Portal.request("GET", path).token(token).sendForBytes();
    }

    static byte[] bytes(String path, String token, String mediaType) {
        HttpResponse<byte[]> r = download(path, token);
        assertThat(r.statusCode()).as(path + ": " + new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(mediaType);
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        return r.body();
    }

    static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    static BigDecimal money(Cell cell) {
        assertThat(cell.getCellType()).isIn(CellType.NUMERIC, CellType.FORMULA);
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    static int column(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    static String sha256(String s) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void thePaidRegistersPdfPrintsEveryLineAndTheTotalAndCarriesAnApprovalAnyoneCanVerify() throws Exception {
        byte[] pdf = bytes("/api/v1/reimbursement/registers/" + register + "/pdf?lang=kk", approver.token(), "application/pdf");
        ReportTexts kk = ReportTexts.in(Locale.forLanguageTag("kk"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertThat(text).contains("Төлемге арналған тізілім R-" + register).contains("Ақмола облысы")
                    .contains(kk.tenge(total).replace('\u00a0', ' ').replace('\u202f', ' '))
                    .contains(approver.iin()).contains(BANK_REFERENCE).contains("KZ640700KZT110000000").doesNotContain("БЕКІТІЛМЕГЕН");
            for (long order : orders) {
                assertThat(text).contains("O-" + order);
            }
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
            String document = new String(files.get("register-R-" + register + ".json").getEmbeddedFile().toByteArray(),
                    StandardCharsets.UTF_8);
            byte[] cms = files.get("register-R-" + register + ".json.p7s").getEmbeddedFile().toByteArray();
            assertThat(document).contains("\"documentType\":\"PAYMENT_REGISTER\"")
                    .contains("\"total\":\"" + total.setScale(2).toPlainString() + "\"");
            assertThat(document).isEqualTo(Portal.get("/api/v1/reimbursement/registers/" + register + "/document", officer.token())
                    .json().getString("content"));
            assertThat(text).contains(sha256(document));

            // What the PDF carries is what /verify checks: the approver's signature over exactly that document.
            Reply verified = Portal.post("/api/v1/signatures/verification", Json.object("content", document, "cms",
                    Base64.getEncoder().encodeToString(cms)), null);
            assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
            assertThat(verified.json().getBoolean("valid")).isTrue();
            assertThat(verified.body()).contains(approver.iin());
        }
    }

    @Test
    void aDraftsPdfSaysItIsNotApprovedAndCarriesNoSignature() throws IOException {
        try (PDDocument doc = Loader.loadPDF(draftPdf)) {
            String text = text(doc);
            assertThat(text).contains("NOT APPROVED").contains("DRAFT: this register is not approved")
                    .contains(ReportTexts.in(Locale.ENGLISH).tenge(total).replace('\u00a0', ' '));
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            assertThat(names == null || names.getEmbeddedFiles() == null).isTrue();
        }
    }

    @Test
    void theSpreadsheetsOfTheLinesTheClaimsAndTheRegistersAddUpToTheRegister() throws IOException {
        try (XSSFWorkbook lines = new XSSFWorkbook(new ByteArrayInputStream(bytes("/api/v1/reimbursement/registers/" + register
                + "/lines.xlsx?lang=en", officer.token(), XLSX)))) {
            Sheet sheet = lines.getSheetAt(0);
            int amount = column(sheet, "State amount");
            assertThat(sheet.getLastRowNum()).as("header, two lines, total").isEqualTo(3);
            assertThat(money(sheet.getRow(1).getCell(amount)).add(money(sheet.getRow(2).getCell(amount))))
                    .isEqualByComparingTo(total);
            assertThat(money(sheet.getRow(3).getCell(amount))).isEqualByComparingTo(total);
            assertThat(List.of(sheet.getRow(1).getCell(column(sheet, "Order")).getStringCellValue(),
                    sheet.getRow(2).getCell(column(sheet, "Order")).getStringCellValue()))
                    .containsExactlyInAnyOrder("O-" + orders.get(0), "O-" + orders.get(1));
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(column(sheet, "Receipt confirmed")))).isTrue();
        }

        try (XSSFWorkbook claims = new XSSFWorkbook(new ByteArrayInputStream(bytes("/api/v1/reimbursement/claims.xlsx?supplierId="
                + shop.supplier().id() + "&from=" + TODAY.minusDays(1) + "&to=" + TODAY + "&lang=en", officer.token(), XLSX)))) {
            Sheet sheet = claims.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 1; i <= 2; i++) {
                Row row = sheet.getRow(i);
                assertThat(row.getCell(column(sheet, "Status")).getStringCellValue()).isEqualTo("Reimbursed");
                assertThat(row.getCell(column(sheet, "Register")).getStringCellValue()).isEqualTo("R-" + register);
                sum = sum.add(money(row.getCell(column(sheet, "State amount"))));
            }
            assertThat(sum).isEqualByComparingTo(total);
        }
        assertThat(download("/api/v1/reimbursement/claims.xlsx?from=" + TODAY.plusDays(2) + "&to=" + TODAY, officer.token())
                .statusCode()).isEqualTo(400);

        try (XSSFWorkbook registers = new XSSFWorkbook(new ByteArrayInputStream(bytes("/api/v1/reimbursement/registers.xlsx?year="
                + TODAY.getYear() + "&lang=ru", officer.token(), XLSX)))) {
            Sheet sheet = registers.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(column(sheet, "Реестр")).getStringCellValue()).isEqualTo("R-" + register);
            assertThat(sheet.getRow(1).getCell(column(sheet, "Статус")).getStringCellValue()).isEqualTo("Оплачен");
            assertThat(money(sheet.getRow(1).getCell(column(sheet, "Итого")))).isEqualByComparingTo(total);
            assertThat(sheet.getRow(1).getCell(column(sheet, "Референс банка")).getStringCellValue()).isEqualTo(BANK_REFERENCE);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void theDashboardAddsUpTheLedgerMonthByMonthAndTheOrdersByCategoryAndSupplier() {
        Reply reply = Portal.get("/api/v1/reimbursement/dashboard?year=" + TODAY.getYear(), officer.token());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject d = reply.json();
        assertThat(d.getString("akimatCode")).isEqualTo(AKIMAT);
        JsonObject budget = d.getJsonObject("budget");
        JsonArray months = d.getJsonArray("months");
        assertThat(months).hasSize(12);
        JsonObject december = months.getJsonObject(11);
        assertThat(december.getJsonNumber("allocatedToDate").bigDecimalValue()).isEqualByComparingTo(
                budget.getJsonNumber("allocated").bigDecimalValue());
        assertThat(december.getJsonNumber("committedToDate").bigDecimalValue()).isEqualByComparingTo(
                budget.getJsonNumber("committed").bigDecimalValue());
        assertThat(december.getJsonNumber("spentToDate").bigDecimalValue()).isEqualByComparingTo(total)
                .isEqualByComparingTo(budget.getJsonNumber("spent").bigDecimalValue());
        JsonObject now = months.getJsonObject(TODAY.getMonthValue() - 1);
        assertThat(now.getJsonNumber("reserved").bigDecimalValue()).isEqualByComparingTo(total);
        assertThat(now.getJsonNumber("spent").bigDecimalValue()).isEqualByComparingTo(total);

        JsonArray categories = d.getJsonArray("categories");
        assertThat(categories).hasSize(1);
        JsonObject hygiene = categories.getJsonObject(0);
        assertThat(hygiene.getString("category")).isEqualTo("HYGIENE_MEANS");
        assertThat(hygiene.getJsonNumber("orders").longValue()).isEqualTo(2);
        assertThat(hygiene.getJsonNumber("stateAmount").bigDecimalValue()).isEqualByComparingTo(total);
        assertThat(hygiene.getJsonNumber("reimbursed").bigDecimalValue()).isEqualByComparingTo(total);
        assertThat(hygiene.getJsonNumber("topUp").bigDecimalValue()).isEqualByComparingTo(TestOrders.EXTRA.multiply(BigDecimal.valueOf(3)));

        JsonArray suppliers = d.getJsonArray("suppliers");
        assertThat(suppliers).hasSize(1);
        JsonObject s = suppliers.getJsonObject(0);
        assertThat(s.getJsonNumber("supplierId").longValue()).isEqualTo(shop.supplier().id());
        assertThat(s.getJsonNumber("decided").longValue()).isEqualTo(2);
        assertThat(s.getJsonNumber("delivered").longValue()).isEqualTo(2);
        assertThat(s.getJsonNumber("responseMedianHours").bigDecimalValue()).isNotNegative()
                .isLessThanOrEqualTo(s.getJsonNumber("responseP90Hours").bigDecimalValue());
        assertThat(s.getJsonNumber("deliveryMedianDays").bigDecimalValue()).isNotNegative()
                .isLessThanOrEqualTo(s.getJsonNumber("deliveryP90Days").bigDecimalValue());
    }

    @Test
    void theDashboardPageDrawsItsChartsAndGivesTheirFiguresAsTables() {
        FacesBrowser page = new FacesBrowser(officer.token());
        assertThat(page.open("/akimat/dashboard.xhtml?year=" + TODAY.getYear()).statusCode()).isEqualTo(200);
        String html = page.html();
        assertThat(html).contains("id=\"months-table\"").contains("id=\"categories-table\"").contains("id=\"suppliers-table\"")
                .contains("id=\"supplier-" + shop.supplier().id() + "\"").contains("role=\"img\"").contains("months-chart")
                .contains("categories-chart").contains("response-chart").contains("delivery-chart")
                .contains("/akimat/dashboard.xhtml");
        assertThat(html.split("<tr>", -1).length).as("twelve months, one category, one supplier and their headers")
                .isGreaterThanOrEqualTo(12 + 1 + 1 + 3);
        page.open("/akimat/register.xhtml?id=" + register);
        assertThat(page.html()).contains("/api/v1/reimbursement/registers/" + register + "/pdf?lang=")
                .contains("/api/v1/reimbursement/registers/" + register + "/lines.xlsx?lang=");
        page.open("/akimat/claims.xhtml?status=REIMBURSED");
        assertThat(page.html()).contains("/api/v1/reimbursement/claims.xlsx?status=REIMBURSED");

        FacesBrowser auditor = new FacesBrowser(TestDatabase.userWithRoles("AUDITOR").token());
        assertThat(auditor.open("/akimat/dashboard.xhtml?akimat=" + AKIMAT).statusCode()).isEqualTo(200);
        assertThat(auditor.html()).contains("id=\"supplier-" + shop.supplier().id() + "\"");
        assertThat(new FacesBrowser(TestDatabase.userWithRoles("BENEFICIARY").token()).open("/akimat/dashboard.xhtml").statusCode())
                .isEqualTo(403);
    }

    @Test
    void inChromiumEveryChartIsDrawnAndNamedAndTheTablesAreThere() {
        PersonalKeys keys = Eds.newStaff(officer.iin(), AKIMAT_BIN, AKIMAT_NAME, OrganisationRole.EMPLOYEE);
        try (EdsBrowser browser = EdsBrowser.start()) {
            browser.signIn(keys.authentication()).open("/akimat/dashboard.xhtml?year=" + TODAY.getYear());
            for (String chart : List.of("months-chart", "categories-chart", "response-chart", "delivery-chart")) {
                WebElement canvas = browser.driver().findElement(By.id(chart + "_canvas"));
                assertThat(canvas.getAttribute("role")).isEqualTo("img");
                assertThat(canvas.getAttribute("aria-label")).isNotBlank();
                browser.waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "var c = Chart.getChart(arguments[0]); return !!c && c.data.datasets.length > 0;", canvas)));
                assertThat(canvas.getSize().getHeight()).as(chart).isGreaterThan(100);
            }
            Object state = ((JavascriptExecutor) browser.driver()).executeScript("return Chart.getChart(arguments[0]).data.datasets[0].data;",
                    browser.driver().findElement(By.id("categories-chart_canvas")));
            assertThat(state.toString()).contains(total.stripTrailingZeros().toPlainString());
            assertThat(browser.has("months-table")).isTrue();
            assertThat(browser.text("suppliers-table")).contains(String.valueOf(shop.supplier().id()));
        }
    }

    @Test
    void nobodyButTheAkimatsFinanceStaffAndAuditorsGetsTheReports() {
        String beneficiary = TestDatabase.userWithRoles("BENEFICIARY").token();
        String otherAkimat = TestDatabase.userWithRoles("FINANCE_OFFICER").token();
        String auditor = TestDatabase.userWithRoles("AUDITOR").token();
        String pdf = "/api/v1/reimbursement/registers/" + register + "/pdf";
        String lines = "/api/v1/reimbursement/registers/" + register + "/lines.xlsx";
        for (String path : List.of(pdf, lines, "/api/v1/reimbursement/claims.xlsx", "/api/v1/reimbursement/registers.xlsx",
                "/api/v1/reimbursement/dashboard")) {
            assertThat(Portal.get(path, beneficiary).status()).as(path).isEqualTo(403);
            assertThat(Portal.get(path).status()).as(path).isEqualTo(401);
        }
        for (String path : List.of(pdf, lines, "/api/v1/reimbursement/claims.xlsx?akimatCode=" + AKIMAT,
                "/api/v1/reimbursement/registers.xlsx?akimatCode=" + AKIMAT, "/api/v1/reimbursement/dashboard?akimatCode=" + AKIMAT)) {
            Reply r = Portal.get(path, otherAkimat);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(download(pdf, auditor).statusCode()).isEqualTo(200);
        assertThat(download(lines, auditor).statusCode()).isEqualTo(200);
        assertThat(Portal.get("/api/v1/reimbursement/dashboard?akimatCode=" + AKIMAT, auditor).status()).isEqualTo(200);
        assertThat(Portal.get("/api/v1/reimbursement/dashboard", auditor).problemCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(Portal.get(pdf + "?lang=de", officer.token()).problemCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(Portal.get("/api/v1/reimbursement/registers.xlsx?year=1900", officer.token()).problemCode())
                .isEqualTo("VALIDATION_FAILED");
        // Reports are audited: who took the register's PDF is in the trail.
        JsonArray trail = Portal.get("/api/v1/audit?entity=PaymentRegister&id=" + register, auditor).jsonArray();
        assertThat(trail.stream().map(JsonValue::asJsonObject).map(e -> e.getString("action")).toList()).contains("PDF", "LINES_XLSX");
    }

    /** Small JSON bodies for the tests. */
    static final class Json {
        static String object(String... keysAndValues) {
            jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                b.add(keysAndValues[i], keysAndValues[i + 1]);
            }
            return b.build().toString();
        }
    }
}
