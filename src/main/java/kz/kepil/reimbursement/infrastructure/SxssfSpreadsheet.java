package kz.kepil.reimbursement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import kz.kepil.reimbursement.domain.ReportFile;
import kz.kepil.reimbursement.domain.Spreadsheet;
import kz.kepil.reimbursement.domain.Table;
import kz.kepil.shared.domain.KzTime;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A table written as an .xlsx workbook with POI's streaming SXSSF: only a window of rows is kept in memory,
 * the rest goes to a compressed temporary file as it is written. A bold header row stays frozen above an
 * auto-filter; money is numeric with a tenge format, days and moments (Almaty time) are date cells; a total
 * row sums each money column with SUBTOTAL, so a filter in the spreadsheet sums only the rows it shows, and
 * carries the exact total as its value for readers that do not calculate.
 */
@ApplicationScoped
public class SxssfSpreadsheet implements Spreadsheet {

    /** Rows kept in memory while writing; older ones are flushed to the temporary file. */
    static final int WINDOW = 200;
    static final String TENGE = "#,##0.00\\ \"₸\"";

    @Override
    public ReportFile write(String fileName, Table table) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            fill(workbook, table);
            return new Workbook(fileName, workbook);
        } catch (RuntimeException e) {
            closeQuietly(workbook);
            throw e;
        }
    }

    private static void fill(SXSSFWorkbook workbook, Table table) {
        Styles styles = new Styles(workbook);
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.sheetName()));
        List<Table.Column> columns = table.columns();
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.min(255, Math.max(6, columns.get(i).width())) * 256);
        }
        List<BigDecimal> sums = new ArrayList<>();
        columns.forEach(c -> sums.add(BigDecimal.ZERO));
        int rowIndex = 0;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(++rowIndex);
            for (int i = 0; i < columns.size(); i++) {
                Object value = i < values.size() ? values.get(i) : null;
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                switch (columns.get(i).kind()) {
                    case MONEY -> {
                        BigDecimal amount = (BigDecimal) value;
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(styles.money);
                        sums.set(i, sums.get(i).add(amount));
                    }
                    case INTEGER -> {
                        cell.setCellValue(((Number) value).doubleValue());
                        cell.setCellStyle(styles.integer);
                    }
                    case DATE -> {
                        cell.setCellValue(value instanceof Instant at ? at.atZone(KzTime.ALMATY).toLocalDate() : (LocalDate) value);
                        cell.setCellStyle(styles.date);
                    }
                    case DATE_TIME -> {
                        cell.setCellValue(((Instant) value).atZone(KzTime.ALMATY).toLocalDateTime());
                        cell.setCellStyle(styles.dateTime);
                    }
                    case TEXT -> cell.setCellValue(String.valueOf(value));
                }
            }
        }
        int lastData = rowIndex;
        if (table.totals()) {
            Row total = sheet.createRow(lastData + 1);
            Cell label = total.createCell(0);
            label.setCellValue(table.totalLabel());
            label.setCellStyle(styles.totalLabel);
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).kind() != Table.Kind.MONEY) {
                    continue;
                }
                Cell cell = total.createCell(i);
                if (lastData > 0) {
                    String column = CellReference.convertNumToColString(i);
                    cell.setCellFormula("SUBTOTAL(9," + column + "2:" + column + (lastData + 1) + ")");
                }
                cell.setCellValue(sums.get(i).doubleValue());
                cell.setCellStyle(styles.totalMoney);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastData, 1), 0, columns.size() - 1));
    }

    private static void closeQuietly(SXSSFWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // nothing more to free
        }
    }

    /** The cell styles of one workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle integer;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle totalLabel;
        final CellStyle totalMoney;

        Styles(SXSSFWorkbook workbook) {
            DataFormat formats = workbook.createDataFormat();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            money = workbook.createCellStyle();
            money.setDataFormat(formats.getFormat(TENGE));
            integer = workbook.createCellStyle();
            integer.setDataFormat(formats.getFormat("0"));
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("dd.mm.yyyy"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(formats.getFormat("dd.mm.yyyy hh:mm"));
            totalLabel = workbook.createCellStyle();
            totalLabel.setFont(boldFont);
            totalLabel.setBorderTop(BorderStyle.THIN);
            totalMoney = workbook.createCellStyle();
            totalMoney.setFont(boldFont);
            totalMoney.setBorderTop(BorderStyle.THIN);
            totalMoney.setDataFormat(formats.getFormat(TENGE));
        }
    }

    /** The workbook made; written once, then its temporary files are deleted. */
    private record Workbook(String name, SXSSFWorkbook workbook) implements ReportFile {

        @Override
        public String mediaType() {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try {
                workbook.write(out);
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            closeQuietly(workbook);
        }
    }
}
