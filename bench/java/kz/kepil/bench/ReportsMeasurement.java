package kz.kepil.bench;

import kz.kepil.reimbursement.domain.RegisterReport;
import kz.kepil.reimbursement.domain.RegisterStatus;
import kz.kepil.reimbursement.domain.ReportFile;
import kz.kepil.reimbursement.domain.ReportTexts;
import kz.kepil.reimbursement.domain.Table;
import kz.kepil.reimbursement.infrastructure.PdfBoxRegisterPdf;
import kz.kepil.reimbursement.infrastructure.SxssfSpreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * What a large payment register costs to print and to export: {@code N} lines (100 000 by default) made on
 * the fly, as the database pages give them, printed as the register's PDF and written as a spreadsheet;
 * the time, the file's size and the peak heap used. Run with a small heap (e.g. -Xmx128m) to see that the
 * size of a register does not decide the memory it needs:
 * {@code java -Xmx128m -cp target/classes:$(cat cp.txt) bench/java/kz/kepil/bench/ReportsMeasurement.java 100000}.
 */
public final class ReportsMeasurement {

    private ReportsMeasurement() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ReportTexts kk = ReportTexts.in(Locale.forLanguageTag("kk"));
        IntFunction<RegisterReport.Line> line = i -> new RegisterReport.Line(i, "O-" + (100_000 + i), String.format("85021430%04d", i % 10_000),
                "HYG-DIAPER-M", "Жаялық (памперс), ересектерге арналған, M өлшемі", Instant.parse("2026-03-15T06:00:00Z"),
                new BigDecimal("1234.56"), 41);
        Iterable<RegisterReport.Line> lines = () -> generated(n, line);
        BigDecimal total = new BigDecimal("1234.56").multiply(BigDecimal.valueOf(n));
        RegisterReport report = new RegisterReport("R-1", RegisterStatus.APPROVED,
                new RegisterReport.Party("Алматы қаласы әкімдігі", "SD-75", "990340000004", "KZ740700KZT750000000", "KKMFKZ2A"),
                List.of(new RegisterReport.Party("«Мейірім медтехника» ЖШС", "41", "100440000004", "KZ86125KZT5004100100", "HSBKKZKX")),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), n, total, new RegisterReport.Person("900101300007", "Тоқтаров Нұрлан"),
                Instant.now(), Optional.of(new RegisterReport.Approval(new RegisterReport.Person("830422400003", "Жұмабаева Сәуле"),
                "CN=ЖҰМАБАЕВА СӘУЛЕ", "4f1a", "CN=TEST CA", Instant.now(), "00", "{}", new byte[] {0x30}, true, "ok")),
                Optional.empty(), "http://localhost/verify.xhtml");

        measure("PDF, " + n + " lines", () -> new PdfBoxRegisterPdf().write("r.pdf", report, lines, kk));
        Iterable<List<Object>> rows = () -> {
            Iterator<RegisterReport.Line> it = generated(n, line);
            return new Iterator<>() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                public List<Object> next() {
                    RegisterReport.Line l = it.next();
                    return Arrays.asList(l.position(), l.orderNumber(), l.beneficiaryIin(), l.classifierCode(), l.classifierName(),
                            l.completedAt(), l.supplierId(), "«Мейірім медтехника» ЖШС", l.amount());
                }
            };
        };
        measure("XLSX, " + n + " rows", () -> new SxssfSpreadsheet().write("r.xlsx", new Table("Lines", List.of(
                new Table.Column("No.", Table.Kind.INTEGER, 8), new Table.Column("Order", Table.Kind.TEXT, 14),
                new Table.Column("IIN", Table.Kind.TEXT, 15), new Table.Column("Type", Table.Kind.TEXT, 14),
                new Table.Column("Name", Table.Kind.TEXT, 40), new Table.Column("Completed", Table.Kind.DATE_TIME, 18),
                new Table.Column("Supplier id", Table.Kind.INTEGER, 10), new Table.Column("Supplier", Table.Kind.TEXT, 30),
                new Table.Column("Amount", Table.Kind.MONEY, 18)), rows, "Total")));
    }

    private static Iterator<RegisterReport.Line> generated(int n, IntFunction<RegisterReport.Line> line) {
        return new Iterator<>() {
            private int i;

            public boolean hasNext() {
                return i < n;
            }

            public RegisterReport.Line next() {
                return line.apply(++i);
            }
        };
    }

    private interface Maker {
        ReportFile make() throws IOException;
    }

    private static void measure(String what, Maker maker) throws IOException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long[] bytes = {0};
        try (ReportFile file = maker.make()) {
            file.writeTo(new OutputStream() {
                @Override
                public void write(int b) {
                    bytes[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes[0] += len;
                }
            });
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%s: %d ms, %.1f MB file, peak heap %.0f MB (max %.0f MB)%n", what, millis, bytes[0] / 1e6, peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }
}
