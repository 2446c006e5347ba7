package kz.kepil.reimbursement.api;

import kz.kepil.reimbursement.application.FinanceDashboard;

import java.util.List;

/**
 * The finance dashboard's figures: the year's budget, its ledger by month (moved in the month and standing at
 * its end), the state's share and the top-up by category, and the suppliers' response and delivery times.
 */
public record DashboardView(String akimatCode, int year, BudgetView budget, List<FinanceDashboard.Month> months,
                            List<FinanceDashboard.Category> categories, List<FinanceDashboard.SupplierTimes> suppliers) {

    static DashboardView of(FinanceDashboard.Dashboard d) {
        return new DashboardView(d.akimatCode(), d.year(), BudgetView.of(d.budget()), d.months(), d.categories(), d.suppliers());
    }
}
