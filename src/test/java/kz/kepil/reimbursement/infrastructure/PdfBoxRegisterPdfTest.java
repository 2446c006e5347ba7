package kz.kepil.reimbursement.infrastructure;

import kz.kepil.reimbursement.domain.RegisterReport;
import kz.kepil.reimbursement.domain.RegisterStatus;
import kz.kepil.reimbursement.domain.ReportFile;
import kz.kepil.reimbursement.domain.ReportTexts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's PDF, opened again with PDFBox: every line and the total in the text, Kazakh letters and the
 * tenge sign printable, the approval's signed document and CMS attached byte for byte, the signature's facts
 * shown; a draft says on its pages that it is not approved and carries no attachment.
 */
class PdfBoxRegisterPdfTest {

    static final String DOCUMENT = "{\"akimat\":{\"name\":\"Алматы қаласы әкімдігі\"},\"documentType\":\"PAYMENT_REGISTER\","
            + "\"registerNumber\":\"R-7\",\"total\":\"1234567.89\"}";
    static final byte[] CMS = {0x30, (byte) 0x82, 0x01, 0x00, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, 0x00, (byte) 0xff, 0x7f};
    static final RegisterReport.Party AKIMAT = new RegisterReport.Party("Алматы қаласы жұмыспен қамту және әлеуметтік бағдарламалар басқармасы",
            "SD-75", "990340000004", "KZ740700KZT750000000", "KKMFKZ2A");
    static final RegisterReport.Party SUPPLIER = new RegisterReport.Party("«Мейірім медтехника» ЖШС", "41", "100440000004",
            "KZ86125KZT5004100100", "HSBKKZKX");

    static List<RegisterReport.Line> lines(int count) {
        List<RegisterReport.Line> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(new RegisterReport.Line(i, "O-" + (1000 + i), String.format("8502143%05d", i), "HYG-DIAPER-M",
                    "Жаялық (памперс), ересектерге арналған, M өлшемі", Instant.parse("2026-03-0" + (1 + i % 9) + "T06:00:00Z"),
                    new BigDecimal("1234.56").add(BigDecimal.valueOf(i)), 41));
        }
        return lines;
    }

    static BigDecimal total(List<RegisterReport.Line> lines) {
        return lines.stream().map(RegisterReport.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static RegisterReport report(RegisterStatus status, List<RegisterReport.Line> lines, boolean paid) {
        Optional<RegisterReport.Approval> approval = status == RegisterStatus.DRAFT ? Optional.empty()
                : Optional.of(new RegisterReport.Approval(new RegisterReport.Person("830422400003", "Жұмабаева Сәуле"),
                "CN=ЖҰМАБАЕВА СӘУЛЕ,SERIALNUMBER=IIN830422400003,OU=BIN990340000004", "4f1a2b3c", "CN=ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (RSA) TEST",
                Instant.parse("2026-03-31T09:15:00Z"), "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                DOCUMENT, CMS, true, "verified again"));
        Optional<RegisterReport.Payment> payment = paid ? Optional.of(new RegisterReport.Payment("KKMF-2026-0001",
                LocalDate.of(2026, 4, 2), Instant.parse("2026-04-02T10:00:00Z"), "Тоқтаров Нұрлан")) : Optional.empty();
        return new RegisterReport("R-7", status, AKIMAT, List.of(SUPPLIER), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                lines.size(), total(lines), new RegisterReport.Person("900101300007", "Тоқтаров Нұрлан"),
                Instant.parse("2026-03-31T05:00:00Z"), approval, payment, "https://kepil.example/verify.xhtml");
    }

    static byte[] print(RegisterReport report, List<RegisterReport.Line> lines, ReportTexts texts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportFile file = new PdfBoxRegisterPdf().write("register-R-7.pdf", report, lines, texts)) {
            assertThat(file.mediaType()).isEqualTo("application/pdf");
            file.writeTo(out);
        }
        return out.toByteArray();
    }

    /** The text as PDFBox reads it back, with the spaces numbers are grouped by made plain. */
    static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void anApprovedRegisterPrintsEveryLineAndTheTotalAndCarriesTheSignedDocumentAndItsSignature() throws IOException {
        List<RegisterReport.Line> lines = lines(120);
        ReportTexts kk = ReportTexts.in(Locale.forLanguageTag("kk"));
        byte[] pdf = print(report(RegisterStatus.PAID, lines, true), lines, kk);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("120 lines do not fit one page").isGreaterThan(2);
            String text = text(doc);
            assertThat(text).contains("Төлемге арналған тізілім R-7").contains("Алматы қаласы жұмыспен қамту")
                    .contains("«Мейірім медтехника» ЖШС").contains("01.03.2026 – 31.03.2026");
            for (RegisterReport.Line l : lines) {
                assertThat(text).contains(l.orderNumber() + " " + l.beneficiaryIin());
            }
            assertThat(text).contains(plain(kk.tenge(total(lines)))).contains(plain(kk.tenge(lines.get(0).amount())));
            assertThat(total(lines)).isEqualByComparingTo("155407.20");
            assertThat(text).contains("Жұмабаева Сәуле, ЖСН 830422400003").contains("SERIALNUMBER=IIN830422400003")
                    .contains("4f1a2b3c").contains("31.03.2026 14:15").contains("9f86d081884c7d659a2feaa0c55ad015")
                    .contains("қолтаңба жарамды").contains("https://kepil.example/verify.xhtml")
                    .contains("KKMF-2026-0001").contains("02.04.2026").doesNotContain("БЕКІТІЛМЕГЕН");

            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
            assertThat(files).containsOnlyKeys("register-R-7.json", "register-R-7.json.p7s");
            assertThat(new String(files.get("register-R-7.json").getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8))
                    .isEqualTo(DOCUMENT);
            assertThat(files.get("register-R-7.json.p7s").getEmbeddedFile().toByteArray()).isEqualTo(CMS);
            assertThat(files.get("register-R-7.json.p7s").getEmbeddedFile().getSubtype()).isEqualTo("application/pkcs7-signature");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Төлемге арналған тізілім R-7");
        }
    }

    @Test
    void aDraftSaysOnEveryPageThatItIsNotApprovedAndCarriesNoSignature() throws IOException {
        List<RegisterReport.Line> lines = lines(60);
        ReportTexts en = ReportTexts.in(Locale.ENGLISH);
        byte[] pdf = print(report(RegisterStatus.DRAFT, lines, false), lines, en);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).as("page " + page).contains("NOT APPROVED");
            }
            String text = text(doc);
            assertThat(text).contains("DRAFT: this register is not approved, and it is no instruction to pay.")
                    .contains(plain(en.tenge(total(lines)))).doesNotContain("Approval with EDS").doesNotContain("Bank reference");
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            assertThat(names == null || names.getEmbeddedFiles() == null).isTrue();
        }
    }

    @Test
    void russianTextsAndTheTengeSignArePrintedAsTheyAre() throws IOException {
        List<RegisterReport.Line> lines = lines(3);
        ReportTexts ru = ReportTexts.in(Locale.forLanguageTag("ru"));
        byte[] pdf = print(report(RegisterStatus.APPROVED, lines, false), lines, ru);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertThat(text).contains("Реестр на оплату R-7").contains("Итого").contains("₸").contains("Ещё не оплачен.")
                    .contains("ИИН получателя").contains("Жаялық (памперс)");
        }
    }
}
