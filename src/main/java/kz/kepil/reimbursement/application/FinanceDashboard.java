package kz.kepil.reimbursement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import kz.kepil.registry.application.SupplierStandings;
import kz.kepil.reimbursement.domain.Budget;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.error.DomainException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The finance dashboard of an akimat for a year, each figure aggregated by the database (GROUP BY and
 * percentiles), never by loading rows: (a) the budget month by month from its ledger — allocated, reserved,
 * released and spent in each month, and where allocation, commitment and spending stood at each month's
 * end (a movement before the year counts in January, after it in December); (b) by category, the state's
 * share and the beneficiaries' top-up of the orders completed in the year whose claims were not rejected,
 * and how much of the state's share is reimbursed; (c) per supplier, how long it took to decide on the
 * orders submitted in the year (submitted → accepted or refused, in hours) and to deliver the orders it
 * accepted in the year (accepted → delivered, in days), as median and 90th percentile. It reads the tables
 * of ordering and the catalog for (b) and (c), and only reads. Finance staff of the akimat and auditors.
 */
@ApplicationScoped
public class FinanceDashboard {

    @PersistenceContext
    EntityManager em;

    @Inject
    Budgets budgets;

    @Inject
    FinanceReports reports;

    @Inject
    SupplierStandings suppliers;

    /** The dashboard's figures. */
    public record Dashboard(String akimatCode, int year, Budget budget, List<Month> months, List<Category> categories,
                            List<SupplierTimes> suppliers) {
    }

    /** One month of the budget: what moved in it, and where the budget stood at its end. */
    public record Month(int month, BigDecimal allocated, BigDecimal reserved, BigDecimal released, BigDecimal spent,
                        BigDecimal allocatedToDate, BigDecimal committedToDate, BigDecimal spentToDate) {
    }

    /** One category: orders completed, the state's share, what of it is reimbursed, the top-up. */
    public record Category(String category, long orders, BigDecimal stateAmount, BigDecimal reimbursed, BigDecimal topUp) {
    }

    /** One supplier's response (hours) and delivery (days) times; null where it has none. */
    public record SupplierTimes(long supplierId, String name, long decided, BigDecimal responseMedianHours,
                                BigDecimal responseP90Hours, long delivered, BigDecimal deliveryMedianDays,
                                BigDecimal deliveryP90Days) {
    }

    /** The dashboard of an akimat (the caller's own for finance; an auditor names one) for a year. */
    public Dashboard of(String akimatCode, int year) {
        String akimat = reports.readableAkimat(akimatCode);
        if (akimat == null) {
            throw DomainException.invalid("VALIDATION_FAILED", "akimatCode names the akimat whose dashboard to show");
        }
        Budgets.checkYear(year);
        Budget budget = budgets.read(akimat, year);
        return new Dashboard(akimat, year, budget, months(akimat, year), categories(akimat, year), times(akimat, year));
    }

    private static Instant start(int year, int month) {
        return LocalDate.of(year, month, 1).atStartOfDay(KzTime.ALMATY).toInstant();
    }

    private List<Month> months(String akimat, int year) {
        // The month of a movement, by the Almaty month boundaries of the year: before February is January, and so on.
        StringBuilder month = new StringBuilder("CASE");
        for (int m = 2; m <= 12; m++) {
            month.append(" WHEN at < ?").append(m).append(" THEN ").append(m - 1);
        }
        month.append(" ELSE 12 END");
        Query q = em.createNativeQuery("SELECT " + month + " AS month_of_year, kind, SUM(amount) FROM budget_movement"
                + " WHERE akimat_code = ?13 AND budget_year = ?14 GROUP BY month_of_year, kind");
        for (int m = 2; m <= 12; m++) {
            q.setParameter(m, Timestamp.from(start(year, m)));
        }
        q.setParameter(13, akimat).setParameter(14, year);
        Map<String, BigDecimal[]> byKind = new LinkedHashMap<>();
        for (String kind : List.of("ALLOCATION", "RESERVE", "RELEASE", "SPEND")) {
            BigDecimal[] zero = new BigDecimal[12];
            java.util.Arrays.fill(zero, BigDecimal.ZERO);
            byKind.put(kind, zero);
        }
        for (Object o : q.getResultList()) {
            Object[] row = (Object[]) o;
            int m = ((Number) row[0]).intValue();
            BigDecimal[] sums = byKind.get((String) row[1]);
            if (sums != null) {
                sums[m - 1] = decimal(row[2]);
            }
        }
        List<Month> months = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (int i = 0; i < 12; i++) {
            BigDecimal a = byKind.get("ALLOCATION")[i];
            BigDecimal reserved = byKind.get("RESERVE")[i];
            BigDecimal released = byKind.get("RELEASE")[i];
            BigDecimal s = byKind.get("SPEND")[i];
            allocated = allocated.add(a);
            // A payment moves its amount from committed to spent.
            committed = committed.add(reserved).subtract(released).subtract(s);
            spent = spent.add(s);
            months.add(new Month(i + 1, a, reserved, released, s, allocated, committed, spent));
        }
        return months;
    }

    private List<Category> categories(String akimat, int year) {
        Query q = em.createNativeQuery("SELECT t.category, COUNT(*), SUM(c.amount),"
                + " SUM(CASE WHEN c.status = 'REIMBURSED' THEN c.amount ELSE 0 END), SUM(o.top_up)"
                + " FROM claim c JOIN purchase_order o ON o.id = c.order_id JOIN classifier_type t ON t.code = c.classifier_code"
                + " WHERE c.akimat_code = ?1 AND c.order_completed_at >= ?2 AND c.order_completed_at < ?3 AND c.status <> 'REJECTED'"
                + " GROUP BY t.category ORDER BY t.category")
                .setParameter(1, akimat).setParameter(2, Timestamp.from(start(year, 1)))
                .setParameter(3, Timestamp.from(start(year + 1, 1)));
        List<Category> categories = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] row = (Object[]) o;
            categories.add(new Category((String) row[0], ((Number) row[1]).longValue(), decimal(row[2]), decimal(row[3]),
                    decimal(row[4])));
        }
        return categories;
    }

    private List<SupplierTimes> times(String akimat, int year) {
        Map<Long, Object[]> response = percentiles("submitted_at", "decided_at", "submitted_at", akimat, year);
        Map<Long, Object[]> delivery = percentiles("decided_at", "delivered_at", "decided_at", akimat, year);
        List<Long> ids = new ArrayList<>(response.keySet());
        delivery.keySet().stream().filter(id -> !response.containsKey(id)).forEach(ids::add);
        List<SupplierTimes> times = new ArrayList<>();
        for (long id : ids.stream().sorted().toList()) {
            Object[] r = response.get(id);
            Object[] d = delivery.get(id);
            times.add(new SupplierTimes(id, name(id), r == null ? 0 : ((Number) r[1]).longValue(),
                    r == null ? null : per(r[2], 3600), r == null ? null : per(r[3], 3600),
                    d == null ? 0 : ((Number) d[1]).longValue(), d == null ? null : per(d[2], 86400),
                    d == null ? null : per(d[3], 86400)));
        }
        return times;
    }

    /**
     * Per supplier: how many orders went from {@code from} to {@code to} (those whose {@code in} falls in the
     * year; a delivery counts only when the order was accepted), and the median and 90th percentile, in seconds.
     */
    private Map<Long, Object[]> percentiles(String from, String to, String in, String akimat, int year) {
        String accepted = to.equals("delivered_at") ? " AND status IN ('DELIVERED_BY_SUPPLIER', 'COMPLETED', 'REIMBURSED')" : "";
        Query q = em.createNativeQuery("SELECT DISTINCT supplier_id, COUNT(*) OVER (PARTITION BY supplier_id),"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY seconds) OVER (PARTITION BY supplier_id),"
                + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY seconds) OVER (PARTITION BY supplier_id)"
                + " FROM (SELECT supplier_id, TIMESTAMPDIFF(SECOND, " + from + ", " + to + ") AS seconds FROM purchase_order"
                + " WHERE akimat_code = ?1 AND " + in + " >= ?2 AND " + in + " < ?3 AND " + to + " IS NOT NULL" + accepted + ") timed")
                .setParameter(1, akimat).setParameter(2, Timestamp.from(start(year, 1)))
                .setParameter(3, Timestamp.from(start(year + 1, 1)));
        Map<Long, Object[]> bySupplier = new LinkedHashMap<>();
        for (Object o : q.getResultList()) {
            Object[] row = (Object[]) o;
            bySupplier.put(((Number) row[0]).longValue(), row);
        }
        return bySupplier;
    }

    private String name(long supplierId) {
        try {
            return suppliers.account(supplierId).name();
        } catch (DomainException gone) {
            return String.valueOf(supplierId);
        }
    }

    private static BigDecimal per(Object seconds, int unit) {
        return seconds == null ? null : decimal(seconds).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }
}
