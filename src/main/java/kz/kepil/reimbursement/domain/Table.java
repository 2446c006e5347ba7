package kz.kepil.reimbursement.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a spreadsheet export holds: one sheet, a header row of typed columns, the rows (read lazily, page by
 * page, so a large export is never all in memory) and, when a column is money, a total row that sums it.
 * A row's values follow the columns: text as String, counts as Number, money as BigDecimal, days as
 * LocalDate, moments as Instant (shown in Almaty time); null leaves the cell empty.
 */
public record Table(String sheetName, List<Column> columns, Iterable<List<Object>> rows, String totalLabel) {

    /** How a column's cells are written. */
    public enum Kind {
        TEXT, INTEGER, MONEY, DATE, DATE_TIME
    }

    /** A column: its header and kind, and its width in characters. */
    public record Column(String header, Kind kind, int width) {
        public Column {
            Objects.requireNonNull(header);
            Objects.requireNonNull(kind);
        }
    }

    public Table {
        Objects.requireNonNull(sheetName);
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows);
    }

    /** Whether a total row follows the rows: when some column is money. */
    public boolean totals() {
        return columns.stream().anyMatch(c -> c.kind() == Kind.MONEY);
    }
}
