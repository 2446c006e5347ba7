package kz.kepil.reimbursement.infrastructure;

import kz.kepil.reimbursement.domain.ReportFile;
import kz.kepil.reimbursement.domain.Table;
import kz.kepil.reimbursement.domain.Table.Column;
import kz.kepil.reimbursement.domain.Table.Kind;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table written with SXSSF (more rows than its in-memory window), opened again with POI: a header row
 * frozen above an auto-filter, money as numbers with the tenge format, days and moments as date cells in
 * Almaty time, and a total row whose value is the exact sum.
 */
class SxssfSpreadsheetTest {

    static final int ROWS = SxssfSpreadsheet.WINDOW * 3 + 7;

    static List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add(Arrays.asList("O-" + i, i, new BigDecimal("1000.10").add(new BigDecimal(i).movePointLeft(2)),
                    LocalDate.of(2026, 3, 1 + i % 28), Instant.parse("2026-03-31T19:30:00Z"), i % 5 == 0 ? null : "Қасымов Асан"));
        }
        return rows;
    }

    static XSSFWorkbook written(Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportFile file = new SxssfSpreadsheet().write("claims.xlsx", table)) {
            assertThat(file.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            file.writeTo(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void moneyIsNumericWithTheTengeFormatDaysAreDatesAndTheTotalIsTheExactSum() throws IOException {
        List<List<Object>> rows = rows();
        Table table = new Table("Өтінімдер", List.of(new Column("Тапсырыс", Kind.TEXT, 12), new Column("No.", Kind.INTEGER, 6),
                new Column("Сомасы", Kind.MONEY, 16), new Column("Күні", Kind.DATE, 12), new Column("Уақыты", Kind.DATE_TIME, 18),
                new Column("Алушы", Kind.TEXT, 20)), rows, "Барлығы");
        try (XSSFWorkbook book = written(table)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Өтінімдер");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Тапсырыс");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Сомасы");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getLastRowNum()).as("header, every row, total").isEqualTo(ROWS + 1);

            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 1; i <= ROWS; i++) {
                Row row = sheet.getRow(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("O-" + i);
                Cell money = row.getCell(2);
                assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(money.getCellStyle().getDataFormatString()).contains("#,##0.00").contains("₸");
                BigDecimal amount = BigDecimal.valueOf(money.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
                assertThat(amount).isEqualByComparingTo((BigDecimal) rows.get(i - 1).get(2));
                sum = sum.add(amount);
                Cell day = row.getCell(3);
                assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
                assertThat(day.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(rows.get(i - 1).get(3));
                assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
                assertThat(row.getCell(4).getLocalDateTimeCellValue()).as("19:30 UTC is half past midnight in Almaty")
                        .isEqualTo(LocalDateTime.of(2026, 4, 1, 0, 30));
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(i);
                assertThat(row.getCell(5) == null).isEqualTo(i % 5 == 0);
            }
            Row total = sheet.getRow(ROWS + 1);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Барлығы");
            Cell totalCell = total.getCell(2);
            assertThat(totalCell.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(totalCell.getCellFormula()).isEqualTo("SUBTOTAL(9,C2:C" + (ROWS + 1) + ")");
            BigDecimal expected = rows.stream().map(r -> (BigDecimal) r.get(2)).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(BigDecimal.valueOf(totalCell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP))
                    .isEqualByComparingTo(expected).isEqualByComparingTo(sum);
            assertThat(book.getCreationHelper().createFormulaEvaluator().evaluate(totalCell).getNumberValue())
                    .isCloseTo(expected.doubleValue(), org.assertj.core.data.Offset.offset(0.001));

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F" + (ROWS + 1));
        }
    }

    @Test
    void anEmptyExportStillHasItsHeaderAndAZeroTotal() throws IOException {
        Table table = new Table("Claims", List.of(new Column("Order", Kind.TEXT, 12), new Column("Amount", Kind.MONEY, 16)),
                List.of(), "Total");
        try (XSSFWorkbook book = written(table)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Amount");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isZero();
        }
    }
}
