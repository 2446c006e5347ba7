package kz.kepil.reimbursement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import kz.kepil.reimbursement.domain.RegisterPdf;
import kz.kepil.reimbursement.domain.RegisterReport;
import kz.kepil.reimbursement.domain.RegisterStatus;
import kz.kepil.reimbursement.domain.ReportFile;
import kz.kepil.reimbursement.domain.ReportTexts;
import kz.kepil.shared.domain.KzTime;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * A payment register printed with PDFBox on A4 landscape in DejaVu Sans (every Kazakh letter and the tenge
 * sign; the font's subset is embedded). The lines are printed page by page as the source gives them, and
 * every finished page goes to a temporary file, not to memory, so a register of hundreds of thousands of
 * lines costs the same memory as a small one. An approved register carries the exact document its approver
 * signed and the CMS signature as attachments (EmbeddedFiles), and the signature's facts on its last page; a
 * draft says on every page that it is not approved.
 */
@ApplicationScoped
public class PdfBoxRegisterPdf implements RegisterPdf {

    static final String FONT = "/kz/kepil/reimbursement/infrastructure/fonts/DejaVuSans.ttf";
    static final String BOLD = "/kz/kepil/reimbursement/infrastructure/fonts/DejaVuSans-Bold.ttf";

    private static final float MARGIN = 36;
    private static final float ROW = 12.5f;
    private static final float BODY = 9;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);

    @Override
    public ReportFile write(String fileName, RegisterReport report, Iterable<RegisterReport.Line> lines, ReportTexts texts) {
        PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        try {
            new Printer(doc, report, texts).print(lines);
            return new PdfFile(fileName, doc);
        } catch (IOException | RuntimeException e) {
            closeQuietly(doc);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * The font file, read once, without its glyph substitution table: ligatures are not wanted in a table of
     * numbers and names, and PDFBox applies the table to every text it draws, which cost most of the time
     * of a large register. The table is only renamed in the font's directory, so that nothing reads it.
     */
    static byte[] fontFile(String resource) {
        byte[] font;
        try (InputStream in = PdfBoxRegisterPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the build unpacks DejaVu Sans there");
            }
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (font[record] == 'G' && font[record + 1] == 'S' && font[record + 2] == 'U' && font[record + 3] == 'B') {
                font[record] = 'x';
            }
        }
        return font;
    }

    private static final Map<String, byte[]> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // the temporary files go with the JVM at worst
        }
    }

    /** The document made; saved to the output once, then closed with its temporary files. */
    private record PdfFile(String name, PDDocument doc) implements ReportFile {

        @Override
        public String mediaType() {
            return "application/pdf";
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try {
                doc.save(out);
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            closeQuietly(doc);
        }
    }

    /** One column of the lines' table. */
    private record Column(String header, float width, boolean right) {
    }

    /** Prints one register: the facts, the lines, the total, the approval and the payment. */
    private static final class Printer {

        private final PDDocument doc;
        private final RegisterReport r;
        private final ReportTexts t;
        private final PDType0Font font;
        private final PDType0Font bold;
        private final Map<Integer, Boolean> printable = new HashMap<>();
        private final Map<String, String> fitted = new HashMap<>();
        private final Map<Integer, Float> regularAdvances = new HashMap<>();
        private final Map<Integer, Float> boldAdvances = new HashMap<>();
        private final List<Column> columns;
        private final PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        private PDPageContentStream out;
        private int pageNumber;
        private float y;

        Printer(PDDocument doc, RegisterReport r, ReportTexts t) throws IOException {
            this.doc = doc;
            this.r = r;
            this.t = t;
            this.font = load(doc, FONT);
            this.bold = load(doc, BOLD);
            float width = size.getWidth() - 2 * MARGIN;
            float fixed = 34 + 80 + 104 + 70 + 80 + 110;
            this.columns = List.of(new Column(t.text("pdf.col.position"), 34, true), new Column(t.text("pdf.col.order"), 80, false),
                    new Column(t.text("pdf.col.iin"), 104, false), new Column(t.text("pdf.col.type"), width - fixed, false),
                    new Column(t.text("pdf.col.completed"), 70, false), new Column(t.text("pdf.col.supplier"), 80, false),
                    new Column(t.text("pdf.col.amount"), 110, true));
        }

        private static PDType0Font load(PDDocument doc, String resource) throws IOException {
            return PDType0Font.load(doc, new ByteArrayInputStream(FONTS.computeIfAbsent(resource, PdfBoxRegisterPdf::fontFile)), true);
        }

        void print(Iterable<RegisterReport.Line> lines) throws IOException {
            describe();
            newPage();
            facts();
            tableHeader();
            for (RegisterReport.Line line : lines) {
                if (y - ROW < MARGIN + ROW) {
                    newPage();
                    tableHeader();
                }
                line(line);
            }
            total();
            approval();
            payment();
            finishPage();
            attach();
        }

        private void describe() {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(t.format("pdf.title", r.number()));
            info.setSubject(t.text("pdf.subtitle"));
            info.setAuthor(r.akimat().name());
            info.setCreator("Kepil");
            info.setCreationDate(new GregorianCalendar(TimeZone.getTimeZone(KzTime.ALMATY)));
            doc.getDocumentCatalog().setLanguage(t.locale().getLanguage());
        }

        private void newPage() throws IOException {
            finishPage();
            PDPage page = new PDPage(size);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            pageNumber++;
            if (!r.approved()) {
                watermark();
            }
            y = size.getHeight() - MARGIN;
            text(font, 8, MARGIN, y, GREY, t.format("pdf.header", t.format("pdf.title", r.number()), r.akimat().name()),
                    size.getWidth() - 2 * MARGIN - 80);
            String number = t.format("pdf.page", pageNumber);
            text(font, 8, size.getWidth() - MARGIN - width(font, 8, number), y, GREY, number, 80);
            y -= 16;
        }

        private void finishPage() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }

        /** Across every page of a register that is not approved. */
        private void watermark() throws IOException {
            PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
            faint.setNonStrokingAlphaConstant(0.18f);
            out.saveGraphicsState();
            out.setGraphicsStateParameters(faint);
            out.beginText();
            out.setFont(bold, 64);
            out.setNonStrokingColor(new Color(0xC0, 0x00, 0x00));
            out.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(24), 150, 130));
            out.showText(printable(t.text("pdf.draft.watermark")));
            out.endText();
            out.restoreGraphicsState();
        }

        private void facts() throws IOException {
            y -= 6;
            text(bold, 16, MARGIN, y, Color.BLACK, t.format("pdf.title", r.number()), size.getWidth() - 2 * MARGIN);
            y -= 15;
            text(font, 10, MARGIN, y, GREY, t.text("pdf.subtitle"), size.getWidth() - 2 * MARGIN);
            y -= 18;
            if (r.status() == RegisterStatus.DRAFT || r.status() == RegisterStatus.DISCARDED || !r.approved()) {
                String notice = t.text(r.status() == RegisterStatus.DISCARDED ? "pdf.discarded.notice" : "pdf.draft.notice");
                paragraph(bold, 11, new Color(0xB0, 0x00, 0x00), notice);
                y -= 4;
            }
            fact(t.text("pdf.status"), t.text("status." + r.status().name()));
            fact(t.text("pdf.akimat"), r.akimat().name() + " (" + r.akimat().code() + ")");
            fact("", t.format("pdf.account", dash(r.akimat().identifier()), dash(r.akimat().iban()), dash(r.akimat().bic())));
            if (r.suppliers().isEmpty()) {
                fact(t.text("pdf.suppliers"), t.text("pdf.allSuppliers"));
            }
            boolean first = true;
            for (RegisterReport.Party s : r.suppliers()) {
                fact(first ? t.text("pdf.suppliers") : "", s.name() + " (" + s.code() + ")");
                fact("", t.format("pdf.account", dash(s.identifier()), dash(s.iban()), dash(s.bic())));
                first = false;
            }
            fact(t.text("pdf.period"), t.date(r.periodFrom()) + " – " + t.date(r.periodTo()));
            fact(t.text("pdf.lineCount"), String.valueOf(r.lineCount()));
            fact(t.text("pdf.total"), t.tenge(r.total()));
            fact(t.text("pdf.maker"), person(r.maker()) + ", " + t.dateTime(r.createdAt()));
            y -= 8;
        }

        private void fact(String label, String value) throws IOException {
            float labelWidth = 230;
            List<String> wrapped = wrap(font, 10, value, size.getWidth() - 2 * MARGIN - labelWidth);
            ensure(wrapped.size() * 13f);
            text(bold, 10, MARGIN, y, Color.BLACK, label, labelWidth - 6);
            for (String part : wrapped) {
                text(font, 10, MARGIN + labelWidth, y, Color.BLACK, part, size.getWidth() - 2 * MARGIN - labelWidth);
                y -= 13;
            }
        }

        private void paragraph(PDType0Font f, float fontSize, Color color, String value) throws IOException {
            for (String part : wrap(f, fontSize, value, size.getWidth() - 2 * MARGIN)) {
                ensure(fontSize + 4);
                text(f, fontSize, MARGIN, y, color, part, size.getWidth() - 2 * MARGIN);
                y -= fontSize + 4;
            }
        }

        private void tableHeader() throws IOException {
            row(bold, columns.stream().map(Column::header).toList());
            rule();
        }

        private void line(RegisterReport.Line l) throws IOException {
            row(font, List.of(String.valueOf(l.position()), l.orderNumber(), l.beneficiaryIin(),
                    l.classifierCode() + (l.classifierName() == null || l.classifierName().equals(l.classifierCode()) ? ""
                            : " " + l.classifierName()),
                    t.date(ReportTexts.day(l.completedAt())), String.valueOf(l.supplierId()), t.tenge(l.amount())));
        }

        private void total() throws IOException {
            ensure(ROW * 2);
            rule();
            String label = t.text("pdf.total");
            String amount = t.tenge(r.total());
            text(bold, 10, MARGIN, y - 10, Color.BLACK, label + " (" + r.lineCount() + ")", 300);
            text(bold, 10, size.getWidth() - MARGIN - width(bold, 10, amount), y - 10, Color.BLACK, amount, 200);
            y -= ROW + 14;
        }

        private void approval() throws IOException {
            if (r.approval().isEmpty() || !r.approved()) {
                return;
            }
            RegisterReport.Approval a = r.approval().get();
            ensure(150);
            heading(t.text("pdf.approval"));
            fact(t.text("pdf.approver"), person(a.approver()));
            fact(t.text("pdf.certificate.subject"), dash(a.certificateSubject()));
            fact(t.text("pdf.certificate.serial"), dash(a.certificateSerial()));
            fact(t.text("pdf.certificate.issuer"), dash(a.certificateIssuer()));
            fact(t.text("pdf.signedAt"), t.dateTime(a.signedAt()));
            fact(t.text("pdf.sha256"), dash(a.documentSha256()));
            y -= 4;
            paragraph(bold, 10, a.verified() ? new Color(0x00, 0x60, 0x20) : new Color(0xB0, 0x00, 0x00),
                    a.verified() ? t.text("pdf.verified") : t.format("pdf.notVerified", a.verification()));
            paragraph(font, 10, Color.BLACK, t.format("pdf.attachments", r.documentFileName(), r.signatureFileName(),
                    dash(r.verifyUrl())));
            y -= 8;
        }

        private void payment() throws IOException {
            if (!r.approved()) {
                return;
            }
            ensure(70);
            heading(t.text("pdf.payment"));
            if (r.payment().isEmpty()) {
                paragraph(font, 10, Color.BLACK, t.text("pdf.notPaid"));
                return;
            }
            RegisterReport.Payment p = r.payment().get();
            fact(t.text("pdf.bankReference"), p.bankReference());
            fact(t.text("pdf.paidOn"), t.date(p.paidOn()));
            fact("", t.format("pdf.recorded", dash(p.recordedBy()), t.dateTime(p.recordedAt())));
        }

        private void heading(String text) throws IOException {
            ensure(30);
            y -= 4;
            text(bold, 12, MARGIN, y, Color.BLACK, text, size.getWidth() - 2 * MARGIN);
            y -= 16;
        }

        /** The two attachments that let anyone verify the approval: the document signed and the signature. */
        private void attach() throws IOException {
            if (r.approval().isEmpty() || !r.approved()) {
                return;
            }
            RegisterReport.Approval a = r.approval().get();
            Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
            files.put(r.documentFileName(), file(r.documentFileName(), a.document().getBytes(StandardCharsets.UTF_8),
                    "application/json", t.text("pdf.attachment.document")));
            files.put(r.signatureFileName(), file(r.signatureFileName(), a.cms(), "application/pkcs7-signature",
                    t.text("pdf.attachment.signature")));
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(files);
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
        }

        private PDComplexFileSpecification file(String name, byte[] content, String mediaType, String description) throws IOException {
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(name);
            spec.setFileUnicode(name);
            spec.setFileDescription(description);
            PDEmbeddedFile embedded = new PDEmbeddedFile(doc, new ByteArrayInputStream(content));
            embedded.setSubtype(mediaType);
            embedded.setSize(content.length);
            Calendar now = new GregorianCalendar(TimeZone.getTimeZone(KzTime.ALMATY));
            embedded.setCreationDate(now);
            spec.setEmbeddedFile(embedded);
            spec.setEmbeddedFileUnicode(embedded);
            return spec;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void row(PDType0Font f, List<String> cells) throws IOException {
            float x = MARGIN;
            y -= ROW;
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                String cell = fit(f, BODY, cells.get(i), c.width() - 6);
                float at = c.right() ? x + c.width() - 6 - width(f, BODY, cell) : x;
                draw(f, BODY, at, y + 3, Color.BLACK, cell);
                x += c.width();
            }
        }

        private void rule() throws IOException {
            out.setStrokingColor(RULE);
            out.setLineWidth(0.5f);
            out.moveTo(MARGIN, y);
            out.lineTo(size.getWidth() - MARGIN, y);
            out.stroke();
        }

        private void text(PDType0Font f, float fontSize, float x, float atY, Color color, String value, float maxWidth)
                throws IOException {
            draw(f, fontSize, x, atY, color, fit(f, fontSize, value, maxWidth));
        }

        /** Draws text that is printable and fits already. */
        private void draw(PDType0Font f, float fontSize, float x, float atY, Color color, String s) throws IOException {
            if (s.isEmpty()) {
                return;
            }
            out.beginText();
            out.setFont(f, fontSize);
            out.setNonStrokingColor(color);
            out.newLineAtOffset(x, atY);
            out.showText(s);
            out.endText();
        }

        /** The text cut with an ellipsis to fit the width; the same few type names recur on every page, so they are kept. */
        private String fit(PDType0Font f, float fontSize, String value, float maxWidth) throws IOException {
            String s = printable(value);
            if (width(f, fontSize, s) <= maxWidth) {
                return s;
            }
            String key = (f == bold ? "b" : "r") + fontSize + "/" + maxWidth + "/" + s;
            String cut = fitted.get(key);
            if (cut == null) {
                int low = 0;
                int high = s.length();
                while (low < high) {
                    int middle = (low + high + 1) / 2;
                    if (width(f, fontSize, s.substring(0, middle) + "…") <= maxWidth) {
                        low = middle;
                    } else {
                        high = middle - 1;
                    }
                }
                cut = s.substring(0, low) + "…";
                if (fitted.size() > 10_000) {
                    fitted.clear();
                }
                fitted.put(key, cut);
            }
            return cut;
        }

        private List<String> wrap(PDType0Font f, float fontSize, String value, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : printable(value).split(" ")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (current.length() > 0 && width(f, fontSize, candidate) > maxWidth) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        /** The width of printable text: the sum of its glyphs' advances (PDFBox draws no kerning), each looked up once. */
        private float width(PDType0Font f, float fontSize, String s) throws IOException {
            Map<Integer, Float> advances = f == bold ? boldAdvances : regularAdvances;
            float units = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                Float advance = advances.get(cp);
                if (advance == null) {
                    advance = f.getStringWidth(new String(Character.toChars(cp)));
                    advances.put(cp, advance);
                }
                units += advance;
                i += Character.charCount(cp);
            }
            return units / 1000 * fontSize;
        }

        /** What the font can draw: controls become spaces, anything it lacks a glyph for becomes "?". */
        private String printable(String value) {
            if (value == null) {
                return "";
            }
            StringBuilder s = new StringBuilder(value.length());
            value.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp) || Character.isWhitespace(cp) || cp == 0x00A0 || cp == 0x202F) {
                    s.append(' ');
                } else if (printable.computeIfAbsent(cp, this::drawable)) {
                    s.appendCodePoint(cp);
                } else {
                    s.append('?');
                }
            });
            return s.toString();
        }

        private boolean drawable(int codePoint) {
            try {
                String s = new String(Character.toChars(codePoint));
                font.encode(s);
                bold.encode(s);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        private static String dash(String value) {
            return value == null || value.isBlank() ? "—" : value;
        }

        private String person(RegisterReport.Person p) {
            return p.name() == null || p.name().isBlank() ? t.format("pdf.iin", p.iin()) : t.format("pdf.person", p.name(), p.iin());
        }
    }
}
